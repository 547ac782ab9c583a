import { describe, expect, it } from 'vitest';
import { AnswerCache, canonicalKey } from './answer-cache';

const counter = () => {
  let calls = 0;
  return { compute: (value: string) => async () => { calls++; return value; }, get calls() { return calls; } };
};

describe('AnswerCache', () => {
  it('computes once per key and version, and again when the version changes', async () => {
    const cache = new AnswerCache<string>(10);
    const c = counter();
    expect(await cache.get(1, { q: 'bio' }, c.compute('a'))).toBe('a');
    expect(await cache.get(1, { q: 'bio' }, c.compute('b'))).toBe('a');
    expect(c.calls).toBe(1);
    expect(await cache.get(2, { q: 'bio' }, c.compute('c'))).toBe('c');
    expect(c.calls).toBe(2);
    expect(cache.size).toBe(1);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 2 });
  });

  it('shares one computation between concurrent identical requests', async () => {
    const cache = new AnswerCache<string>(10);
    let release!: (v: string) => void;
    let calls = 0;
    const slow = () => { calls++; return new Promise<string>((r) => { release = r; }); };
    const both = Promise.all([cache.get(1, { q: 'x' }, slow), cache.get(1, { q: 'x' }, slow)]);
    release('done');
    expect(await both).toEqual(['done', 'done']);
    expect(calls).toBe(1);
  });

  it('forgets a failed computation so that the next request tries again', async () => {
    const cache = new AnswerCache<string>(10);
    await expect(cache.get(1, { q: 'x' }, () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(cache.size).toBe(0);
    expect(await cache.get(1, { q: 'x' }, async () => 'ok')).toBe('ok');
  });

  it('drops the least recently used entry when full', async () => {
    const cache = new AnswerCache<string>(2);
    const c = counter();
    await cache.get(1, { q: 'a' }, c.compute('a'));
    await cache.get(1, { q: 'b' }, c.compute('b'));
    await cache.get(1, { q: 'a' }, c.compute('a')); // a is now the most recent
    await cache.get(1, { q: 'c' }, c.compute('c')); // evicts b
    expect(c.calls).toBe(3);
    await cache.get(1, { q: 'a' }, c.compute('a'));
    expect(c.calls).toBe(3);
    await cache.get(1, { q: 'b' }, c.compute('b'));
    expect(c.calls).toBe(4);
    expect(cache.size).toBe(2);
  });

  it('keeps nothing when its size is 0', async () => {
    const cache = new AnswerCache<string>(0);
    const c = counter();
    await cache.get(1, { q: 'a' }, c.compute('a'));
    await cache.get(1, { q: 'a' }, c.compute('a'));
    expect(c.calls).toBe(2);
    expect(cache.size).toBe(0);
  });
});

describe('canonicalKey', () => {
  it('ignores key order, array order and undefined values, and tells different inputs apart', () => {
    expect(canonicalKey({ level: [5, 4], q: 'bio', radiusKm: undefined })).toBe(canonicalKey({ q: 'bio', level: [4, 5] }));
    expect(canonicalKey({ q: 'bio', page: 1 })).not.toBe(canonicalKey({ q: 'bio', page: 2 }));
    expect(canonicalKey({ level: [4] })).not.toBe(canonicalKey({ level: [4, 5] }));
  });
});
