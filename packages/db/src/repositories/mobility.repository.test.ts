import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMobilityIndex, closestMetiers, mobilityGap } from '@passerelles/domain';
import { createTestDatabase, insertRomeSample, type TestDatabase } from '../testing/index';
import { loadMobilityInputs } from './mobility.repository';

describe('mobility repository', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.dispose());

  it('loads nothing from an empty database', async () => {
    expect(await loadMobilityInputs(database.db)).toEqual({ metiers: [], skills: [] });
  });

  it('loads every fiche with its links and the linked skills, and ranks the sample sensibly', async () => {
    await insertRomeSample(database.db);
    const { metiers, skills } = await loadMobilityInputs(database.db);
    expect(metiers.map((m) => m.romeCode)).toEqual(['H2301', 'H2302', 'H2303', 'H2304']);
    expect(metiers.find((m) => m.romeCode === 'H2303')).toEqual({
      romeCode: 'H2303',
      label: 'Opérateur / Opératrice de fabrication en industrie pharmaceutique',
      domainCode: 'H23',
      skills: [
        { ogrCode: '100001', isCore: true, isEmerging: false },
        { ogrCode: '100003', isCore: false, isEmerging: false },
        { ogrCode: '100004', isCore: false, isEmerging: false },
      ],
    });
    expect(metiers.find((m) => m.romeCode === 'H2301')!.skills).toEqual([]);
    expect(skills).toContainEqual({
      ogrCode: '100001', label: 'Appliquer les Bonnes Pratiques de Fabrication (BPF)', kind: 'savoir_faire', isMacro: false,
      macroCode: 'M1', category: null,
    });
    expect(skills.find((s) => s.ogrCode === '100004')).toMatchObject({ kind: 'savoir', category: 'Normes et procédés' });

    const index = buildMobilityIndex(metiers, skills);
    const closest = closestMetiers(index, 'H2303', 10)!;
    // H2304 shares a skill with H2303; the two fiches without skills come after it, in code order.
    expect(closest.map((c) => c.code)).toEqual(['H2304', 'H2301', 'H2302']);
    expect(closest[0]!.score).toBeGreaterThan(closest[1]!.score);
    expect(closest[0]!.missingSkills).toEqual([{ ogrCode: '100002', label: 'Conduire une installation de production', isCore: true }]);
    expect(closest[0]!.sharedSkills.map((s) => s.ogrCode)).toEqual(['100003']);
    expect(mobilityGap(index, 'H2304', 'H2303')!.missing.map((s) => s.ogrCode)).toEqual(['100001', '100004']);
    expect(closestMetiers(index, 'H9999', 10)).toBeNull();
  });
});
