import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, endDayAfter } from './dates';
import { planRoutes, routeSignature } from './planner';
import { DAYS_PER_MONTH, MAX_ROUTE_STEPS, PLANNER_WEIGHTS, UNKNOWN_DISTANCE_KM, UNKNOWN_PRICE_EUR, type PlannerOffer, type PlannerRequest } from './types';

// Small generated catalogues, checked against an exhaustive search written independently of the planner.

const CERTS = ['C0', 'C1', 'C2', 'C3', 'C4'];
const DATES = ['2026-01-05', '2026-09-01', '2027-03-01', '2027-09-01', '2028-09-01', '2029-01-01'];

/** Absent three times out of four. */
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });

const arbCase = fc
  .record({
    // Levels rise with the certification's number, as in a real ladder, with some ties.
    levels: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 5, maxLength: 5 }).map((steps) => steps.map((_, i) => Math.min(8, 3 + i + steps[i]!))),
    withBlocks: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    offers: fc.array(
      fc.record({
        kind: fc.constantFrom('training', 'training', 'blocs', 'blocs', 'vae') as fc.Arbitrary<'training' | 'blocs' | 'vae'>,
        cert: fc.integer({ min: 0, max: 4 }),
        blocMask: fc.constantFrom(1, 2, 3, 3),
        /** Below the certification's level by this much; null: no level asked. */
        levelBelow: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 4 }),
        anyOf: fc.subarray([0, 1, 2, 3, 4], { maxLength: 2 }),
        modality: fc.constantFrom('apprentissage', 'formation_continue', 'initial_scolaire'),
        start: fc.option(fc.constantFrom(...DATES), { nil: null }),
        months: fc.constantFrom(1, 3, 6, 12, 24),
        price: fc.constantFrom(null, 0, 500, 3000),
        distance: fc.constantFrom(null, 5, 30, 80),
        organisation: fc.constantFrom('Lycée A', 'CFA B', 'Université C'),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    fromLevel: fc.option(fc.integer({ min: 3, max: 4 }), { nil: null }),
    held: fc.subarray([0, 1], { maxLength: 1 }),
    heldBlock: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 }),
    targets: fc.subarray([2, 3, 4], { minLength: 1, maxLength: 2 }),
    maxDistanceKm: rarely(fc.constantFrom(10, 40)),
    modalities: rarely(fc.subarray(['apprentissage', 'formation_continue', 'initial_scolaire'], { minLength: 1 })),
    maxMonths: rarely(fc.constantFrom(12, 30)),
    maxBudgetEur: rarely(fc.constantFrom(0, 1000, 4000)),
    startAfter: rarely(fc.constantFrom('2026-06-01', '2027-01-01')),
    maxRoutes: fc.integer({ min: 1, max: 3 }),
  })
  .map((g) => {
    const blocksOf = (c: number) => (g.withBlocks[c] ? [`C${c}-B1`, `C${c}-B2`] : []);
    const offers: PlannerOffer[] = g.offers.map((o, i) => {
      const blocs = blocksOf(o.cert).filter((_, b) => o.blocMask & (1 << b));
      const kind = o.kind === 'blocs' && blocs.length === 0 ? 'training' : o.kind;
      return {
        id: `o${i}`,
        kind,
        title: `Formation ${i}`,
        organisation: kind === 'vae' ? null : o.organisation,
        place: null,
        certificationCode: CERTS[o.cert]!,
        certificationLevel: g.levels[o.cert]!,
        blockCodes: kind === 'blocs' ? blocs : [],
        requires:
          kind === 'vae'
            ? { minLevel: null, anyOfCertifications: [] }
            : { minLevel: o.levelBelow === null ? null : g.levels[o.cert]! - o.levelBelow, anyOfCertifications: o.anyOf.filter((c) => c !== o.cert).map((c) => CERTS[c]!) },
        modality: kind === 'vae' ? 'vae' : o.modality,
        startDate: kind === 'vae' ? null : o.start,
        endDate: null,
        durationMonths: o.months,
        priceEur: o.price,
        fundings: [],
        distanceKm: kind === 'vae' ? null : o.distance,
        // Sessions of one organisation at one distance share a place: the planner reads one distance for them.
        siteKey: kind === 'vae' ? null : `${o.organisation}@${o.distance}`,
        employmentRate: null,
      };
    });
    const req: PlannerRequest = {
      from: { certifications: g.held.map((c) => CERTS[c]!), level: g.fromLevel, blocks: g.heldBlock === null ? [] : blocksOf(g.heldBlock).slice(0, 1) },
      to: { certifications: g.targets.map((c) => CERTS[c]!) },
      constraints: {
        maxDistanceKm: g.maxDistanceKm,
        modalities: g.modalities && [...g.modalities, 'vae'],
        maxMonths: g.maxMonths,
        maxBudgetEur: g.maxBudgetEur,
        startAfter: g.startAfter,
      },
      certificationBlocks: Object.fromEntries(CERTS.map((c, i): [string, string[]] => [c, blocksOf(i)]).filter(([, b]) => b.length > 0)),
      certificationLevels: Object.fromEntries(CERTS.map((c, i) => [c, g.levels[i]!])),
      today: '2026-01-01',
      maxRoutes: g.maxRoutes,
    };
    return { offers, req };
  });

interface Replay {
  cost: number;
  reachedAt: number;
  startDays: number[];
}

/** Replays a sequence of offers by the rules, step by step; null when a step is not allowed. */
function replay(seq: readonly PlannerOffer[], req: PlannerRequest): Replay | null {
  const c = req.constraints;
  const held = new Set(req.from.certifications);
  const blocks = new Set(req.from.blocks ?? []);
  for (const [code, all] of Object.entries(req.certificationBlocks)) if (all.length && all.every((b) => blocks.has(b))) held.add(code);
  let level = Math.max(req.from.level ?? 0, ...req.from.certifications.map((code) => req.certificationLevels[code] ?? 0));
  let prevEnd = Math.max(dayNumber(req.today), c.startAfter ? dayNumber(c.startAfter) : 0) - 1;
  let months = 0;
  let known = 0;
  let cost = 0;
  let reachedAt = -1;
  const startDays: number[] = [];
  for (const [i, o] of seq.entries()) {
    const { minLevel, anyOfCertifications } = o.requires;
    const open = (minLevel === null && anyOfCertifications.length === 0) || (minLevel !== null && level >= minLevel) || anyOfCertifications.some((x) => held.has(x));
    if (!open) return null;
    if (c.modalities?.length && !c.modalities.includes(o.modality)) return null;
    if (c.maxDistanceKm !== undefined && o.distanceKm !== null && o.distanceKm > c.maxDistanceKm) return null;
    const code = o.certificationCode!;
    if (held.has(code)) return null;
    let obtained = o.blockCodes.length === 0;
    if (!obtained) {
      if (o.blockCodes.every((b) => blocks.has(b))) return null;
      for (const b of o.blockCodes) blocks.add(b);
      obtained = (req.certificationBlocks[code] ?? []).length > 0 && req.certificationBlocks[code]!.every((b) => blocks.has(b));
    }
    const available = prevEnd + 1;
    const start = o.startDate === null ? available : dayNumber(o.startDate);
    if (start < available) return null;
    prevEnd = endDayAfter(start, o.durationMonths);
    months += o.durationMonths;
    known += o.priceEur ?? 0;
    if (c.maxMonths !== undefined && months > c.maxMonths) return null;
    if (c.maxBudgetEur !== undefined && known > c.maxBudgetEur) return null;
    const km = o.distanceKm ?? (o.kind === 'vae' ? 0 : UNKNOWN_DISTANCE_KM);
    cost +=
      PLANNER_WEIGHTS.months * o.durationMonths +
      PLANNER_WEIGHTS.eur * (o.priceEur ?? UNKNOWN_PRICE_EUR) +
      PLANNER_WEIGHTS.waitMonths * ((start - available) / DAYS_PER_MONTH) +
      PLANNER_WEIGHTS.km * km;
    startDays.push(start);
    if (obtained) {
      held.add(code);
      level = Math.max(level, req.certificationLevels[code] ?? 0);
      if (reachedAt < 0 && req.to.certifications.includes(code) && !req.from.certifications.includes(code)) {
        reachedAt = i;
        cost += PLANNER_WEIGHTS.level * (8 - (req.certificationLevels[code] ?? level));
      }
    }
  }
  return { cost, reachedAt, startDays };
}

/** Every allowed route (target first held after its last step, no single step removable), best per signature. */
function bruteForce(offers: readonly PlannerOffer[], req: PlannerRequest): { cost: number; ids: string }[] {
  const best = new Map<string, { cost: number; ids: string }>();
  const visit = (seq: PlannerOffer[]) => {
    if (seq.length) {
      const run = replay(seq, req);
      if (!run) return;
      if (run.reachedAt >= 0) {
        if (run.reachedAt !== seq.length - 1) return;
        const minimal = seq.length === 1 || seq.every((_, skip) => (replay(seq.filter((__, i) => i !== skip), req)?.reachedAt ?? -1) < 0);
        if (!minimal) return;
        const sig = routeSignature(seq.map((offer) => ({ offer })));
        const ids = seq.map((o) => o.id).join('>');
        const seen = best.get(sig);
        if (!seen || run.cost < seen.cost - 1e-9 || (Math.abs(run.cost - seen.cost) <= 1e-9 && ids < seen.ids)) best.set(sig, { cost: run.cost, ids });
        return;
      }
    }
    if (seq.length >= MAX_ROUTE_STEPS) return;
    for (const o of offers) if (!seq.includes(o)) visit([...seq, o]);
  };
  visit([]);
  // Costs within 1e-9 are equal (sums in another order differ in the last bits): then the offer ids decide.
  return [...best.values()].sort((a, b) => (Math.abs(a.cost - b.cost) > 1e-9 ? a.cost - b.cost : a.ids < b.ids ? -1 : 1));
}

/** A one-month offer with unknown price, for the counterexamples below. */
const small = (id: string, cert: string, level: number, over: Partial<PlannerOffer> = {}): PlannerOffer => ({
  id,
  kind: 'training',
  title: id,
  organisation: 'Lycée A',
  place: null,
  certificationCode: cert,
  certificationLevel: level,
  blockCodes: [],
  requires: { minLevel: null, anyOfCertifications: [] },
  modality: 'apprentissage',
  startDate: null,
  endDate: null,
  durationMonths: 1,
  priceEur: null,
  fundings: [],
  distanceKm: null,
  employmentRate: null,
  ...over,
});
const smallRequest = (over: Partial<PlannerRequest>): PlannerRequest => ({
  from: { certifications: [], level: null, blocks: [] },
  to: { certifications: [] },
  constraints: {},
  certificationBlocks: {},
  certificationLevels: { C0: 3, C1: 4, C2: 5, C3: 6, C4: 7 },
  today: '2026-01-01',
  ...over,
});
const expectSameAsExhaustive = (offers: PlannerOffer[], req: PlannerRequest) => {
  const expected = bruteForce(offers, req).slice(0, req.maxRoutes);
  const result = planRoutes(offers, req);
  expect(result.routes.map((r) => r.steps.map((s) => s.offer.id).join('>'))).toEqual(expected.map((e) => e.ids));
  result.routes.forEach((route, i) => expect(route.cost).toBeCloseTo(expected[i]!.cost, 9));
};

// Counterexamples found by running the property below with many seeds (it failed about one run in twelve).
describe('planner against an exhaustive search, counterexamples', () => {
  it('takes an open step after a certification when a later bloc needs that certification (waiting less)', () => {
    // C2 first, then the dated bloc B2 (its wait is shorter after C2), then bloc B1 that needs level 5.
    const offers = [
      small('o0', 'C3', 6, { kind: 'blocs', blockCodes: ['C3-B2'], startDate: '2027-03-01' }),
      small('o1', 'C2', 5),
      small('o2', 'C3', 6, { kind: 'blocs', blockCodes: ['C3-B1'], requires: { minLevel: 5, anyOfCertifications: [] }, durationMonths: 24 }),
      small('o3', 'C0', 3),
    ];
    expectSameAsExhaustive(offers, smallRequest({ to: { certifications: ['C3', 'C4'] }, certificationBlocks: { C3: ['C3-B1', 'C3-B2'] }, maxRoutes: 1 }));
  });

  it('keeps every route of equal cost, whatever order the steps could come in', () => {
    const offers = [
      small('o0', 'C2', 5, { kind: 'blocs', blockCodes: ['C2-B2'], requires: { minLevel: null, anyOfCertifications: ['C0'] }, modality: 'formation_continue' }),
      small('o1', 'C2', 5, { kind: 'blocs', blockCodes: ['C2-B1'], modality: 'formation_continue' }),
      small('o2', 'C0', 3, { requires: { minLevel: 3, anyOfCertifications: [] }, modality: 'initial_scolaire' }),
    ];
    expectSameAsExhaustive(
      offers,
      smallRequest({ from: { certifications: [], level: 3, blocks: [] }, to: { certifications: ['C2', 'C3'] }, certificationBlocks: { C2: ['C2-B1', 'C2-B2'] }, maxRoutes: 3 }),
    );
  });

  // (This one guards the fix of the first: once any held key may open the next step, dominance must see unused steps.)
  it('does not let a prefix with an unused step stand in for one whose steps are all used', () => {
    // o3 > o2 reaches the same state as o3 > o0, cheaper, with the same signature, but o3 is useless there.
    const offers = [
      small('o0', 'C4', 7, { requires: { minLevel: null, anyOfCertifications: ['C0'] } }),
      small('o1', 'C2', 5, { requires: { minLevel: 5, anyOfCertifications: [] } }),
      small('o2', 'C4', 7, { distanceKm: 30 }),
      small('o3', 'C0', 3, { requires: { minLevel: 3, anyOfCertifications: [] } }),
    ];
    expectSameAsExhaustive(offers, smallRequest({ from: { certifications: [], level: 3, blocks: [] }, to: { certifications: ['C2'] }, maxRoutes: 2 }));
  });

  it('breaks ties between equal costs by offer ids, even when one prefix dominates the other', () => {
    const offers = [
      small('o0', 'C2', 5),
      small('o1', 'C3', 6, { kind: 'blocs', blockCodes: ['C3-B2'], requires: { minLevel: 5, anyOfCertifications: [] }, startDate: '2026-09-01' }),
      small('o2', 'C3', 6, { kind: 'blocs', blockCodes: ['C3-B1'] }),
    ];
    expectSameAsExhaustive(offers, smallRequest({ to: { certifications: ['C3'] }, constraints: { maxDistanceKm: 10 }, certificationBlocks: { C3: ['C3-B1', 'C3-B2'] }, maxRoutes: 1 }));
  });
});

describe('planner against an exhaustive search', () => {
  it('finds the same best distinct routes, at the same costs, as trying every sequence', () => {
    const seen = { found: 0, multiStep: 0, blocs: 0, several: 0 };
    fc.assert(
      fc.property(arbCase, ({ offers, req }) => {
        const result = planRoutes(offers, req);
        const expected = bruteForce(offers, req).slice(0, req.maxRoutes);
        if (expected.length) seen.found++;
        if (expected.length > 1) seen.several++;
        if (expected.some((e) => e.ids.includes('>'))) seen.multiStep++;
        if (result.routes.some((r) => r.steps.some((s) => s.offer.kind === 'blocs'))) seen.blocs++;
        expect(result.routes.map((r) => r.cost)).toHaveLength(expected.length);
        result.routes.forEach((route, i) => expect(route.cost).toBeCloseTo(expected[i]!.cost, 9));
        expect(result.routes[0]?.steps.map((s) => s.offer.id).join('>')).toBe(expected[0]?.ids);
        expect(result.incomplete).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
    // The generated cases must exercise what they claim to: routes, several steps, blocs, several routes. Over 120
    // seeds a run saw on average 748 / 171 / 85 / 142 of them (standard deviations 25 / 13 / 9 / 12); each bound is
    // six standard deviations below, so that no seed fails it (odds below one in a billion), yet a generator that
    // stopped producing such cases would.
    expect(seen.found).toBeGreaterThan(600);
    expect(seen.multiStep).toBeGreaterThan(95);
    expect(seen.blocs).toBeGreaterThan(33);
    expect(seen.several).toBeGreaterThan(68);
  }, 60_000);

  it('meets every step’s prerequisites from the steps before it, and breaks no constraint', () => {
    fc.assert(
      fc.property(arbCase, ({ offers, req }) => {
        for (const route of planRoutes(offers, req).routes) {
          const seq = route.steps.map((s) => s.offer);
          const run = replay(seq, req);
          expect(run).not.toBeNull();
          expect(run!.reachedAt).toBe(seq.length - 1);
          expect(route.steps.map((s) => dayNumber(s.startDate))).toEqual(run!.startDays);
          const c = req.constraints;
          if (c.maxMonths !== undefined) expect(route.totals.months).toBeLessThanOrEqual(c.maxMonths);
          if (c.maxBudgetEur !== undefined) expect(route.totals.costEur).toBeLessThanOrEqual(c.maxBudgetEur);
          if (c.maxDistanceKm !== undefined && route.totals.maxDistanceKm !== null) expect(route.totals.maxDistanceKm).toBeLessThanOrEqual(c.maxDistanceKm);
          for (const s of route.steps) {
            if (c.modalities) expect(c.modalities).toContain(s.offer.modality);
            expect(s.startDate >= (c.startAfter ?? req.today) && s.startDate >= req.today).toBe(true);
            expect(s.endDate >= s.startDate).toBe(true);
          }
          route.steps.slice(1).forEach((s, i) => expect(s.startDate > route.steps[i]!.endDate).toBe(true));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns distinct routes, best first, and the same answer twice', () => {
    fc.assert(
      fc.property(arbCase, ({ offers, req }) => {
        const a = planRoutes(offers, req);
        const b = planRoutes([...offers], structuredClone(req));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        const sigs = a.routes.map((r) => routeSignature(r.steps));
        expect(new Set(sigs).size).toBe(sigs.length);
        a.routes.slice(1).forEach((r, i) => expect(r.cost).toBeGreaterThanOrEqual(a.routes[i]!.cost));
        const allHeld = req.to.certifications.every((t) => req.from.certifications.includes(t));
        expect(a.unreachable !== undefined).toBe(a.routes.length === 0 && !allHeld);
      }),
      { numRuns: 300 },
    );
  });
});
