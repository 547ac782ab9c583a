/**
 * A bounded cache of answers for one kind of request, valid for one version of the data they were computed from.
 *
 * - Keys are canonical (object keys sorted, array values sorted), so `level=5&level=4` and `level=4&level=5` share
 *   an entry.
 * - The least recently used entry goes first when the cache is full.
 * - Concurrent requests for the same key share one computation (a burst of identical searches costs one query).
 * - A failed computation is not kept: the next request tries again.
 * - When the data version changes, every entry is dropped at once.
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  private version: number | null = null;
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  async get(version: number, input: unknown, compute: () => Promise<T>): Promise<T> {
    if (this.maxEntries <= 0) return compute();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const key = canonicalKey(input);
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const pending = compute();
    this.entries.set(key, pending);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    return pending;
  }
}

/** A string that is the same for inputs that differ only in key order or in the order of array values. */
export function canonicalKey(input: unknown): string {
  return JSON.stringify(canonical(input));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .map((v) => { const c = canonical(v); return { c, s: JSON.stringify(c) }; })
      .sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0))
      .map((v) => v.c);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
