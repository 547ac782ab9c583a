import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certificationFingerprint, queryRows, referenceFingerprint, trainingReferenceFingerprint, type Db } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certifInfoSource } from '../certif-info/certif-info-import';
import { certificationFixture, insertFixtureMetiers } from '../rncp/testing/certification-fixtures';
import { copyFixture, lines, unlines } from '../testing/fixture-copy';
import type { ImportSource } from '../types';
import { onisepFormationsSource } from './onisep-formations-import';
import { onisepMetiersSource } from './onisep-metiers-import';

const FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const FORMATIONS = 'ideo-formations_initiales_en_france.csv';
const METIERS = 'ideo-metiers_onisep.csv';
const state = async (db: Db) => ({ ...(await referenceFingerprint(db)), ...(await certificationFingerprint(db)), ...(await trainingReferenceFingerprint(db)) });
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  // Real ROME fiches and the Certif Info cut (RNCP570, RNCP7586… but not RNCP35335): links to the others are left out.
  await insertFixtureMetiers(database.db);
  const certifications = await certifInfoSource.run(database, certificationFixture('certif-info', 'certif_info.csv'), { dryRun: false });
  expect(certifications.status).toBe('succeeded');
});
afterAll(() => database.dispose());

const run = (source: ImportSource, path: string) => source.run(database, path, { dryRun: false });

describe('Onisep Idéo imports', () => {
  it('imports trainings, linking the RNCP code only to certifications the database holds', async () => {
    const report = await run(onisepFormationsSource, join(FOLDER, FORMATIONS));
    expect(report).toMatchObject({ status: 'succeeded', accepted: 29, rejected: 11, tables: { onisep_formations: { inserted: 29 } } });
    expect(report.rejections).toContainEqual({ location: expect.stringMatching(/ligne \d+ \(FOR\.339\)/), field: 'code RNCP', reason: expect.stringMatching(/« RNCP35335 » absente de la base/) });
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`select id, rncp_code, certification_code, level, duration_months from onisep_formations where rncp_code in ('RNCP570', 'RNCP35335') order by id`);
    expect(rows).toEqual([
      { id: 'FOR.339', rncp_code: 'RNCP35335', certification_code: null, level: 5, duration_months: 24 },
      { id: 'FOR.667', rncp_code: 'RNCP570', certification_code: 'RNCP570', level: 3, duration_months: 24 },
    ]);
  });

  it('imports each métier once with its publications, its ROME 3 code leading to the ROME 4 fiches in the database', async () => {
    const report = await run(onisepMetiersSource, join(FOLDER, METIERS));
    expect(report).toMatchObject({ status: 'succeeded', rejected: 12, tables: { onisep_metiers: { inserted: 16 }, onisep_metier_metiers: { inserted: 3 } } });
    const links = await queryRows<{ onisep_id: string; rome_code: string }>(database.db, sql`select onisep_id, rome_code from onisep_metier_metiers order by 1, 2`);
    expect(links).toEqual([{ onisep_id: 'MET.12', rome_code: 'M1805' }, { onisep_id: 'MET.952', rome_code: 'H1503' }, { onisep_id: 'MET.952', rome_code: 'H1525' }]);
    const [chimiste] = await queryRows<{ publications: string[] }>(database.db, sql`select publications from onisep_metiers where id = 'MET.952'`);
    expect(chimiste!.publications.length).toBe(3);
    const [rd] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from onisep_metiers where label like '%R&D%'`);
    expect(rd!.n).toBe(1);
  });

  it('changes nothing on a re-run', async () => {
    const before = await state(database.db);
    for (const [source, file] of [[onisepFormationsSource, FORMATIONS], [onisepMetiersSource, METIERS]] as const) {
      const report = await run(source, join(FOLDER, file));
      expect(Object.values(report.tables).every((t) => t.inserted === 0 && t.updated === 0 && t.removed === 0)).toBe(true);
    }
    expect(await state(database.db)).toEqual(before);
  });

  it('drops a métier link the file no longer gives', async () => {
    const copy = copyFixture(FOLDER);
    try {
      copy.edit(METIERS, (b) => b.toString().replaceAll(';M1805;', ';F1201;'));
      const report = await run(onisepMetiersSource, copy.file(METIERS));
      expect(report.tables.onisep_metier_metiers).toMatchObject({ inserted: 1, removed: 1 });
      expect(report.updated).toBe(2);
    } finally {
      copy.dispose();
    }
    await run(onisepMetiersSource, join(FOLDER, METIERS));
  });

  const broken: [string, ImportSource, string, (b: Buffer) => Buffer | string, RegExp][] = [
    ['cp1252 bytes among UTF-8 text', onisepFormationsSource, FORMATIONS, (b) => Buffer.concat([b, Buffer.from(';;"formation";"Caf\xe9";;"1 an";;0;"non inscrit au RNCP";"non renseigné";http://x/FOR.1;\n', 'latin1')]), /encodage mixte|octets invalides/],
    ['a missing column', onisepFormationsSource, FORMATIONS, (b) => b.toString().replace('tutelle;', ''), /colonnes manquantes : tutelle/],
    ['an extra column', onisepMetiersSource, METIERS, (b) => unlines(lines(b).map((l, i) => (i === 0 ? `${l};extra` : l))), /colonnes en trop : extra/],
    ['a duplicate training', onisepFormationsSource, FORMATIONS, (b) => unlines([...lines(b), lines(b)[1]!]), /« FOR\.6913 » en double/],
    ['a métier repeated with other content', onisepMetiersSource, METIERS, (b) => unlines([...lines(b), lines(b)[1]!.replace('K1301', 'K1302')]), /« MET\.782 » en double avec un contenu différent/],
    ['an empty file', onisepMetiersSource, METIERS, () => '', /fichier vide/],
  ];
  for (const [label, source, file, change, message] of broken) {
    it(`refuses ${label} and leaves the database as it was`, async () => {
      const copy = copyFixture(FOLDER);
      try {
        copy.edit(file, change);
        const before = await state(database.db);
        const report = await run(source, copy.file(file));
        expect(report.status).toBe('failed');
        expect([report.error, ...report.rejections.map((r) => r.reason)].join('\n')).toMatch(message);
        expect(await state(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }
});
