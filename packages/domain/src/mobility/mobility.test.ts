import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_MOBILITY_OPTIONS, buildMobilityIndex, closestMetiers, explainMobility, mobilityGap, mobilityScore,
  type MobilityMetierInput, type MobilityOptions, type MobilitySkillInput,
} from './mobility';

const sf = (ogrCode: string, macroCode: string | null = null): MobilitySkillInput => ({
  ogrCode, label: `Savoir-faire ${ogrCode}`, kind: 'savoir_faire', isMacro: false, macroCode, category: 'Technique',
});
const SKILLS: MobilitySkillInput[] = [
  sf('1', 'M1'), sf('2', 'M1'), sf('3', 'M2'), sf('4', 'M2'), sf('5', 'M3'), sf('6', 'M3'),
  { ogrCode: 'M1', label: 'Macro 1', kind: 'savoir_faire', isMacro: true, macroCode: null, category: null },
  { ogrCode: 'K1', label: 'Connaissance 1', kind: 'savoir', isMacro: false, macroCode: null, category: 'Normes et procédés' },
  { ogrCode: 'E1', label: 'Travailler en équipe', kind: 'savoir_etre', isMacro: true, macroCode: null, category: null },
];
const link = (ogrCode: string, isCore = false, isEmerging = false) => ({ ogrCode, isCore, isEmerging });
const metier = (romeCode: string, domainCode: string | null, skills: ReturnType<typeof link>[]): MobilityMetierInput => ({
  romeCode, label: `Métier ${romeCode}`, domainCode, skills,
});

/** A broad fiche (A), a narrower one inside it (B), one far away (C), one sharing only macro-compétences with A (D). */
const METIERS: MobilityMetierInput[] = [
  metier('A0001', 'A00', [link('1', true), link('2', true), link('3'), link('K1', true), link('E1')]),
  metier('A0002', 'A00', [link('1', true), link('K1'), link('E1')]),
  metier('C0001', 'C00', [link('5', true), link('6'), link('E1')]),
  metier('D0001', 'D00', [link('M1', true), link('4', true)]),
];

describe('closestMetiers', () => {
  const index = buildMobilityIndex(METIERS, SKILLS);

  it('answers null for an unknown code, never lists the fiche itself, and stops at the limit', () => {
    expect(closestMetiers(index, 'Z9999', 5)).toBeNull();
    expect(mobilityGap(index, 'Z9999', 'A0001')).toBeNull();
    expect(mobilityGap(index, 'A0001', 'Z9999')).toBeNull();
    const all = closestMetiers(index, 'A0001', 10)!;
    expect(all.map((c) => c.code)).not.toContain('A0001');
    expect(all).toHaveLength(3);
    expect(closestMetiers(index, 'A0001', 1)).toHaveLength(1);
    expect(closestMetiers(index, 'A0001', 0)).toEqual([]);
  });

  it('ranks the fiche that shares most first and the unrelated one last', () => {
    const codes = closestMetiers(index, 'A0001', 10)!.map((c) => c.code);
    expect(codes[0]).toBe('A0002');
    expect(codes.at(-1)).toBe('C0001');
  });

  it('lets two different items of the same macro-compétence partly match, only with the roll-up', () => {
    expect(mobilityScore(index, 'A0001', 'D0001')!).toBeGreaterThan(0);
    const noRollUp = buildMobilityIndex(METIERS, SKILLS, { ...DEFAULT_MOBILITY_OPTIONS, macroShare: 0, domainPrior: 0 });
    expect(mobilityScore(noRollUp, 'A0001', 'D0001')).toBe(0);
  });

  it('is directional: a broad fiche covers a narrow one better than the reverse', () => {
    expect(mobilityScore(index, 'A0001', 'A0002')!).toBeGreaterThan(mobilityScore(index, 'A0002', 'A0001')!);
    const symmetric = buildMobilityIndex(METIERS, SKILLS, { ...DEFAULT_MOBILITY_OPTIONS, containment: 0 });
    expect(mobilityScore(symmetric, 'A0001', 'A0002')).toBeCloseTo(mobilityScore(symmetric, 'A0002', 'A0001')!, 6);
  });

  it('gives missing = target minus source, core skills of the target first, and flags core for the target', () => {
    const gap = mobilityGap(index, 'A0002', 'A0001')!;
    expect(gap.missing.map((s) => s.ogrCode)).toEqual(['2', '3']);
    expect(gap.missing[0]).toEqual({ ogrCode: '2', label: 'Savoir-faire 2', isCore: true });
    expect(gap.shared.map((s) => s.ogrCode).sort()).toEqual(['1', 'E1', 'K1']);
    // K1 is not core for A0002 but is for the target A0001.
    expect(gap.shared.find((s) => s.ogrCode === 'K1')!.isCore).toBe(true);
    expect(mobilityGap(index, 'A0001', 'A0002')!.missing).toEqual([]);
  });

  it('explains a move in French', () => {
    expect(explainMobility(mobilityGap(index, 'A0002', 'A0001')!)).toBe('2 compétences cœur en commun sur 3 · 1 à acquérir');
    expect(explainMobility(mobilityGap(index, 'A0001', 'A0002')!)).toBe('1 compétence cœur en commun sur 1 · toutes déjà acquises');
    expect(explainMobility({ shared: [], missing: [{ ogrCode: 'x', label: 'x', isCore: false }] })).toBe('0 compétence en commun sur 1');
  });

  it('scores identical fiches of the same domain 1 and breaks ties by code', () => {
    const twins = [
      metier('B0003', 'B00', [link('1', true), link('3')]),
      metier('B0001', 'B00', [link('1', true), link('3')]),
      metier('B0002', 'B00', [link('1', true), link('3')]),
    ];
    const twinIndex = buildMobilityIndex(twins, SKILLS);
    const list = closestMetiers(twinIndex, 'B0003', 5)!;
    expect(list.map((c) => [c.code, c.score])).toEqual([['B0001', 1], ['B0002', 1]]);
  });
});

// ---- Properties over random small referentials.

const codes = SKILLS.map((s) => s.ogrCode);
const arbMetiers = fc
  .uniqueArray(
    fc.record({
      romeCode: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'E1'),
      domainCode: fc.constantFrom('A1', 'A2', 'B1', null),
      skills: fc.uniqueArray(fc.record({ ogrCode: fc.constantFrom(...codes), isCore: fc.boolean(), isEmerging: fc.boolean() }), {
        selector: (l) => l.ogrCode, maxLength: 8,
      }),
    }),
    { selector: (m) => m.romeCode, minLength: 2, maxLength: 8 },
  )
  .map((list) => list.map((m) => ({ ...m, label: `Métier ${m.romeCode}` })));
const arbOptions: fc.Arbitrary<MobilityOptions> = fc.record({
  kindWeights: fc.record({
    savoir_faire: fc.double({ min: 0, max: 2, noNaN: true }),
    savoir: fc.double({ min: 0, max: 2, noNaN: true }),
    savoir_etre: fc.double({ min: 0, max: 2, noNaN: true }),
  }),
  coreWeight: fc.double({ min: 1, max: 4, noNaN: true }),
  emergingWeight: fc.double({ min: 0.1, max: 1, noNaN: true }),
  idf: fc.boolean(),
  macroShare: fc.double({ min: 0, max: 1, noNaN: true }),
  similarity: fc.constantFrom('cosine' as const, 'jaccard' as const),
  containment: fc.double({ min: 0, max: 1, noNaN: true }),
  domainPrior: fc.double({ min: 0, max: 0.5, noNaN: true }),
});

describe('mobility properties', () => {
  it('scores stay in 0..1 with 3 decimals, ranks are sorted with ties by code, self is never listed', () => {
    fc.assert(
      fc.property(arbMetiers, arbOptions, (metiers, options) => {
        const index = buildMobilityIndex(metiers, SKILLS, options);
        for (const m of metiers) {
          const list = closestMetiers(index, m.romeCode, metiers.length)!;
          expect(list).toHaveLength(metiers.length - 1);
          expect(list.map((c) => c.code)).not.toContain(m.romeCode);
          for (const [k, c] of list.entries()) {
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(1);
            expect(Math.round(c.score * 1000) / 1000).toBe(c.score);
            const next = list[k + 1];
            if (next) expect(c.score > next.score || (c.score === next.score && c.code < next.code)).toBe(true);
          }
        }
      }),
    );
  });

  it('does not depend on the order of the input, and the gap is exactly target minus source', () => {
    fc.assert(
      fc.property(arbMetiers, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (metiers, noise) => {
        const shuffled = [...metiers].map((m) => ({ m, k: noise.next().value })).sort((a, b) => a.k - b.k).map((x) => x.m);
        const skills = [...SKILLS].reverse();
        const a = buildMobilityIndex(metiers, SKILLS);
        const b = buildMobilityIndex(shuffled, skills);
        for (const m of metiers) expect(closestMetiers(b, m.romeCode, 3)).toEqual(closestMetiers(a, m.romeCode, 3));
        const [from, to] = [metiers[0]!, metiers[1]!];
        const gap = mobilityGap(a, from.romeCode, to.romeCode)!;
        const have = new Set(from.skills.map((s) => s.ogrCode));
        expect(gap.missing.map((s) => s.ogrCode).sort()).toEqual(to.skills.map((s) => s.ogrCode).filter((c) => !have.has(c)).sort());
        expect([...gap.shared, ...gap.missing]).toHaveLength(to.skills.length);
        const coreFlags = gap.missing.map((s) => s.isCore);
        expect(coreFlags).toEqual([...coreFlags].sort((x, y) => Number(y) - Number(x)));
      }),
    );
  });

  it('is symmetric without the directional part, and a source that holds all of the target covers it at least as well as the reverse', () => {
    fc.assert(
      fc.property(arbMetiers, arbOptions, (metiers, options) => {
        const symmetric = buildMobilityIndex(metiers, SKILLS, { ...options, containment: 0 });
        const [x, y] = [metiers[0]!.romeCode, metiers[1]!.romeCode];
        expect(mobilityScore(symmetric, x, y)!).toBeCloseTo(mobilityScore(symmetric, y, x)!, 5);
        // y' = x plus more: from y' to x is covered, the reverse is not (more than) covered.
        const wider = metiers.map((m, k) => (k === 1 ? { ...m, skills: [...metiers[0]!.skills, link('6', true), link('K1', true)] } : m));
        const directional = buildMobilityIndex(wider, SKILLS, { ...options, containment: 1, domainPrior: 0 });
        expect(mobilityScore(directional, y, x)! + 1e-6).toBeGreaterThanOrEqual(mobilityScore(directional, x, y)!);
      }),
    );
  });
});
