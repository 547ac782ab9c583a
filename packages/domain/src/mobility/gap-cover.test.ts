import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverGap, gapWeights, offerCost, type CoverOffer } from './gap-cover';

const offer = (id: string, covers: string[], hours: number | null, distanceKm: number | null = null, trainingId = id): CoverOffer => ({ id, trainingId, covers, hours, distanceKm });

describe('coverGap', () => {
  const gap = gapWeights([
    { ogrCode: 'a', isCore: true },
    { ogrCode: 'b', isCore: true },
    { ogrCode: 'c', isCore: false },
    { ogrCode: 'd', isCore: false },
  ]);

  it('prefers two short trainings to one long one that covers the same', () => {
    const result = coverGap(gap, [offer('long', ['a', 'b', 'c', 'd'], 1400), offer('s1', ['a', 'c'], 200), offer('s2', ['b', 'd'], 300)]);
    expect(result.steps.map((s) => s.offer.id)).toEqual(['s1', 's2']);
    expect(result.steps.map((s) => s.newlyCovered)).toEqual([['a', 'c'], ['b', 'd']]);
    expect(result).toMatchObject({ uncovered: [], coveredShare: 1 });
  });

  it('takes the long one when the short ones are far away', () => {
    const result = coverGap(gap, [offer('long', ['a', 'b', 'c', 'd'], 1000, 5), offer('s1', ['a', 'c'], 200, 400), offer('s2', ['b', 'd'], 300, 400)]);
    expect(result.steps.map((s) => s.offer.id)).toEqual(['long']);
  });

  it('keeps the cheapest session of a training, and says what nothing covers', () => {
    const result = coverGap(gap, [offer('t1-far', ['a'], 100, 200, 't1'), offer('t1-near', ['a'], 100, 10, 't1'), offer('other', ['x'], 10)]);
    expect(result.steps.map((s) => s.offer.id)).toEqual(['t1-near']);
    expect(result.uncovered).toEqual(['b', 'c', 'd']);
    expect(result.coveredShare).toBe(0.333);
  });

  it('stops at the step limit and with nothing to offer', () => {
    expect(coverGap(gap, [offer('1', ['a'], 10), offer('2', ['b'], 10), offer('3', ['c'], 10)], { maxSteps: 2 }).steps).toHaveLength(2);
    expect(coverGap(gap, [])).toEqual({ steps: [], uncovered: ['a', 'b', 'c', 'd'], coveredShare: 0 });
    expect(coverGap([], [offer('1', ['a'], 10)])).toEqual({ steps: [], uncovered: [], coveredShare: 1 });
  });

  it('costs unknown durations as long courses and distance as extra hours', () => {
    expect(offerCost(offer('x', [], null))).toBe(1200);
    expect(offerCost(offer('x', [], 100, 50))).toBe(150);
  });

  // What a training teaches is the same for all its sessions; sessions differ in hours and distance.
  const skill = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'z');
  const arbitraryCase = fc
    .record({
      gap: fc.uniqueArray(fc.record({ ogrCode: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), isCore: fc.boolean() }), { selector: (s) => s.ogrCode, maxLength: 6 }),
      teaches: fc.array(fc.array(skill, { maxLength: 4 }), { minLength: 5, maxLength: 5 }),
      sessions: fc.array(
        fc.record({ training: fc.integer({ min: 0, max: 4 }), hours: fc.option(fc.integer({ min: 1, max: 2000 })), distanceKm: fc.option(fc.integer({ min: 0, max: 300 })) }),
        { maxLength: 10 },
      ),
    })
    .map(({ gap, teaches, sessions }) => ({
      gap,
      offers: sessions.map((s, i) => offer(`s${i}`, teaches[s.training]!, s.hours, s.distanceKm, `t${s.training}`)),
    }));

  it('always: each step covers something new, steps and uncovered split the gap, uncovered skills are in no offer', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ gap: missing, offers }) => {
        const result = coverGap(gapWeights(missing), offers, { maxSteps: 10 });
        const covered = result.steps.flatMap((s) => s.newlyCovered);
        for (const s of result.steps) expect(s.newlyCovered.length).toBeGreaterThan(0);
        expect(new Set(result.steps.map((s) => s.offer.trainingId)).size).toBe(result.steps.length);
        expect([...covered, ...result.uncovered].sort()).toEqual(missing.map((m) => m.ogrCode).sort());
        for (const u of result.uncovered) expect(offers.some((o) => o.covers.includes(u))).toBe(false);
        // Same input, shuffled: same answer.
        expect(coverGap(gapWeights(missing), [...offers].reverse(), { maxSteps: 10 }).steps.map((s) => s.offer.id)).toEqual(result.steps.map((s) => s.offer.id));
      }),
    );
  });
});
