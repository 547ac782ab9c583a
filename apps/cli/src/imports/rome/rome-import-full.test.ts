import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { referenceFingerprint } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataDir } from '../../env';
import { fixturePath } from '../testing/fixture-copy';
import { romeSource } from './rome-import';

/**
 * The whole ROME 4.0 v460 set when the shared data folder is there (the counts France Travail publishes);
 * otherwise the committed cut, with its own counts, so the test always proves something.
 */
const realFolder = join(dataDir(), 'rome-4.0-v460');
const hasRealData = existsSync(realFolder);
const target = hasRealData
  ? { path: realFolder, fiches: 1584, appellations: 13120, skills: 18317, knowledge: 15354, links: 118923 }
  : { path: fixturePath('rome', 'rome-v460'), fiches: 4, appellations: 12, skills: 36, knowledge: 14, links: 72 };

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

it(`imports the ${hasRealData ? 'full real' : 'fixture'} ROME folder with the published counts, then re-imports it unchanged`, async () => {
  const report = await romeSource.run(database, target.path, { dryRun: false });
  expect(report).toMatchObject({ status: 'succeeded', rejected: 0 });
  const before = await referenceFingerprint(database.db);
  const rows = (t: string) => before[t]!.rows;
  expect(rows('metiers')).toBe(target.fiches);
  expect(rows('appellations')).toBe(target.appellations);
  expect(report.tables.skills!.accepted).toBe(target.skills + target.knowledge);
  expect(report.tables.skills!.accepted - rows('skills')).toBe(0);
  // Every row of unix_liens_rome_referentiels is one stored row: the fiche, an appellation, a skill or a context link.
  expect(rows('metiers') + rows('appellations') + rows('metier_skills') + rows('metier_work_contexts')).toBe(target.links);

  const again = await romeSource.run(database, target.path, { dryRun: false });
  expect(again).toMatchObject({ status: 'succeeded', updated: 0, rejected: 0 });
  expect(await referenceFingerprint(database.db)).toEqual(before);
}, 120_000);
