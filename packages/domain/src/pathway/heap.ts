/** A binary min-heap ordered by `key`, then by insertion order (so that equal keys come out deterministically). */
export class MinHeap<T extends { key: number; seq: number }> {
  private readonly items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, a[parent]!)) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = item;
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (top === undefined || last === undefined || a.length === 0) return top;
    let i = 0;
    const n = a.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && before(a[r]!, a[l]!) ? r : l;
      if (!before(a[child]!, last)) break;
      a[i] = a[child]!;
      i = child;
    }
    a[i] = last;
    return top;
  }
}

function before(x: { key: number; seq: number }, y: { key: number; seq: number }): boolean {
  return x.key < y.key || (x.key === y.key && x.seq < y.seq);
}

/**
 * A binary min-heap of entry numbers 0, 1, 2… (given in order by {@link push}), ordered by key, then by number: the
 * same order as {@link MinHeap}, over typed arrays, for the many small entries of a graph walk (the caller keeps what
 * each number stands for in its own typed columns).
 */
export class NumberedMinHeap {
  private keys = new Float64Array(256);
  private heap = new Int32Array(256);
  private count = 0;
  /** Entries pushed so far (the next entry's number). */
  pushed = 0;

  get size(): number {
    return this.count;
  }

  /** The least entry's number, −1 when empty. */
  peek(): number {
    return this.count ? this.heap[0]! : -1;
  }

  /** The least entry's key, +∞ when empty. */
  peekKey(): number {
    return this.count ? this.keys[this.heap[0]!]! : Number.POSITIVE_INFINITY;
  }

  keyOf(entry: number): number {
    return this.keys[entry]!;
  }

  /** Adds an entry and returns its number. */
  push(key: number): number {
    const id = this.pushed++;
    if (id >= this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    if (this.count >= this.heap.length) {
      const heap = new Int32Array(this.heap.length * 2);
      heap.set(this.heap);
      this.heap = heap;
    }
    this.keys[id] = key;
    const { heap, keys } = this;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!(key < keys[p]! || (key === keys[p]! && id < p))) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = id;
    return id;
  }

  /** Removes the least entry and returns its number, −1 when empty. */
  pop(): number {
    if (!this.count) return -1;
    const { heap, keys } = this;
    const top = heap[0]!;
    const last = heap[--this.count]!;
    const n = this.count;
    if (n === 0) return top;
    const lk = keys[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let child = l;
      const r = l + 1;
      if (r < n) {
        const a = heap[r]!;
        const b = heap[l]!;
        if (keys[a]! < keys[b]! || (keys[a]! === keys[b]! && a < b)) child = r;
      }
      const c = heap[child]!;
      if (!(keys[c]! < lk || (keys[c]! === lk && c < last))) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
