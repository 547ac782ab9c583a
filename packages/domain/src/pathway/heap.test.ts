import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './heap';

describe('MinHeap', () => {
  it('gives items back by key, then in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (keys) => {
        const heap = new MinHeap<{ key: number; seq: number }>();
        keys.forEach((key, seq) => heap.push({ key, seq }));
        const out: { key: number; seq: number }[] = [];
        for (let item = heap.pop(); item; item = heap.pop()) out.push(item);
        const expected = keys.map((key, seq) => ({ key, seq })).sort((a, b) => a.key - b.key || a.seq - b.seq);
        expect(out).toEqual(expected);
        expect(heap.size).toBe(0);
      }),
    );
  });
});
