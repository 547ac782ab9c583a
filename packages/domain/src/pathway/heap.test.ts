import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap, NumberedMinHeap } from './heap';

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

describe('NumberedMinHeap', () => {
  it('numbers entries in push order and gives them back by key, then by number, across its growth', () => {
    // Pushes and pops interleaved (a run of pops after each batch), past the initial capacity of 256.
    const batches = fc.array(fc.record({ keys: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 120 }), pops: fc.nat({ max: 60 }) }), { maxLength: 12 });
    fc.assert(
      fc.property(batches, (runs) => {
        const heap = new NumberedMinHeap();
        const waiting: { key: number; id: number }[] = [];
        const out: number[] = [];
        const expected: number[] = [];
        const take = () => {
          waiting.sort((a, b) => a.key - b.key || a.id - b.id);
          expected.push(waiting.shift()!.id);
          const id = heap.pop();
          out.push(id);
        };
        for (const { keys, pops } of runs) {
          for (const key of keys) {
            const id = heap.push(key);
            expect(id).toBe(heap.pushed - 1);
            waiting.push({ key, id });
          }
          for (let i = 0; i < pops && waiting.length; i++) take();
          expect(heap.size).toBe(waiting.length);
          expect(heap.peekKey()).toBe(waiting.length ? Math.min(...waiting.map((w) => w.key)) : Number.POSITIVE_INFINITY);
        }
        while (waiting.length) take();
        expect(out).toEqual(expected);
        expect(out.every((id) => heap.keyOf(id) === runs.flatMap((r) => r.keys)[id])).toBe(true);
        expect(heap.pop()).toBe(-1);
        expect(heap.peek()).toBe(-1);
      }),
    );
  });
});
