import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryRows, referenceFingerprint, trainingReferenceFingerprint, type Db } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mefSource } from '../mef/mef-import';
import { copyFixture, lines, unlines } from '../testing/fixture-copy';
import type { ImportSource } from '../types';
import { inserjeunesEstablishmentsSource } from './establishments-import';
import { inserjeunesSource } from './inserjeunes-import';

const here = dirname(fileURLToPath(import.meta.url));
const FOLDER = join(here, 'fixtures');
const MEF_FOLDER = join(here, '..', 'mef', 'fixtures');
const IJ = 'ij_region_data.csv';
const ESTABLISHMENTS = join(FOLDER, 'etablissements');
const state = async (db: Db) => ({ ...(await referenceFingerprint(db)), ...(await trainingReferenceFingerprint(db)) });
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const run = (source: ImportSource, path: string) => source.run(database, path, { dryRun: false });

describe('MEF and InserJeunes imports', () => {
  it('imports the MEF table (folder or file), the bridge from MEFSTAT11 to diploma codes', async () => {
    const report = await run(mefSource, MEF_FOLDER);
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0, tables: { mef_codes: { inserted: 16 } } });
    const [mef] = await queryRows<Record<string, unknown>>(database.db, sql`select cfd, opened_on, closed_on from mef_codes where mefstat11 = '32221022002'`);
    expect(mef).toMatchObject({ cfd: '32022002' });
  });

  it('imports outcomes, school rows getting their CFD through the MEF table and masked values kept null with a note', async () => {
    const report = await run(inserjeunesSource, join(FOLDER, IJ));
    expect(report).toMatchObject({ status: 'succeeded', accepted: 26, rejected: 1, tables: { outcomes: { inserted: 26 } } });
    expect(report.rejections).toEqual([{ location: expect.stringMatching(/\(2022_2023_14_scolaire_32221032614\)$/), field: 'mefstat11', reason: expect.stringMatching(/absent de la table MEF : CFD laissé vide, ligne gardée/) }]);
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`select id, route, mefstat11, cfd, leavers, employment_rate_6_months, note from outcomes
      where id in ('2019_2020_10_scolaire_32221022002', '2019_2020_14_scolaire_32221032211', '2019_2020_14_scolaire_23110023411', '2022_2023_14_scolaire_32221032614') order by id`);
    expect(rows).toEqual([
      { id: '2019_2020_10_scolaire_32221022002', route: 'scolaire', mefstat11: '32221022002', cfd: '32022002', leavers: 21, employment_rate_6_months: 43, note: null },
      { id: '2019_2020_14_scolaire_23110023411', route: 'scolaire', mefstat11: '23110023411', cfd: expect.any(String), leavers: null, employment_rate_6_months: null, note: expect.stringMatching(/non diffusées/) },
      { id: '2019_2020_14_scolaire_32221032211', route: 'scolaire', mefstat11: '32221032211', cfd: expect.any(String), leavers: 12, employment_rate_6_months: null, note: expect.stringMatching(/secret statistique : moins de 20 sortants/) },
      { id: '2022_2023_14_scolaire_32221032614', route: 'scolaire', mefstat11: '32221032614', cfd: null, leavers: expect.any(Number), employment_rate_6_months: expect.toBeOneOf([null, expect.any(Number)]), note: expect.anything() },
    ]);
    const [apprentices] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from outcomes where route = 'apprentissage' and cfd is not null and mefstat11 is null`);
    expect(apprentices!.n).toBeGreaterThan(5);
  });

  it('imports the establishment files of a folder, with cohort, route and population of each line', async () => {
    const report = await run(inserjeunesEstablishmentsSource, ESTABLISHMENTS);
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0, fileVersion: expect.stringMatching(/^DEPP 2022 \(2021_2022-apprentissage, .*2022_2023-pro\)$/), tables: { establishment_outcomes: { inserted: 52 } } });
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`select cohort, route, population, employment_rate, value_added, region_code, masked_fields from establishment_outcomes where uai = '0140014P' order by cohort`);
    expect(rows).toContainEqual({ cohort: '2022_2023', route: 'pro', population: 'ensemble', employment_rate: null, value_added: null, region_code: '28', masked_fields: ['Taux', 'Taux attendu', 'Valeur ajoutée'] });
  });

  it('changes nothing on a re-run, of the folder or of one of its files', async () => {
    const before = await state(database.db);
    for (const [source, path] of [[mefSource, MEF_FOLDER], [inserjeunesSource, join(FOLDER, IJ)], [inserjeunesEstablishmentsSource, ESTABLISHMENTS], [inserjeunesEstablishmentsSource, join(ESTABLISHMENTS, 'depp-2022-etablissements-2022_2023-pro.csv')]] as const) {
      const report = await run(source, path);
      expect(report.status).toBe('succeeded');
      expect(Object.values(report.tables).every((t) => t.inserted === 0 && t.updated === 0)).toBe(true);
    }
    expect(await state(database.db)).toEqual(before);
  });

  const DEPP_PRO = 'depp-2022-etablissements-2021_2022-pro.csv';
  const broken: [string, ImportSource, string, string, (b: Buffer) => Buffer | string, RegExp][] = [
    ['cp1252 bytes among UTF-8 text', inserjeunesSource, FOLDER, IJ, (b) => Buffer.concat([b, Buffer.from('x;2019_2020;14;28;scolaire;;caf\xe9\n', 'latin1')]), /encodage mixte|octets invalides/],
    ['a missing column', inserjeunesSource, FOLDER, IJ, (b) => b.toString().replace(';taux_poursuite_etudes', ''), /colonnes manquantes : taux_poursuite_etudes/],
    ['a duplicate row id', inserjeunesSource, FOLDER, IJ, (b) => unlines([...lines(b).filter(Boolean), lines(b)[1]!]), /en double/],
    ['a masked value written as text', inserjeunesSource, FOLDER, IJ, (b) => unlines(lines(b).map((l, i) => (i === 1 ? l.replace(/;60$/, ';s') : l))), /valeur « s » invalide/],
    ['an empty file', inserjeunesSource, FOLDER, IJ, () => '', /fichier vide/],
    ['a duplicate MEF', mefSource, MEF_FOLDER, 'nMef.csv', (b) => unlines([...lines(b).filter(Boolean), lines(b)[1]!]), /code MEF « \d+ » en double/],
    ['an establishment file with an extra column', inserjeunesEstablishmentsSource, ESTABLISHMENTS, DEPP_PRO, (b) => b.toString().replace('\r\n', ';Extra\r\n'), /colonnes en trop : Extra/],
    ['a duplicate establishment line', inserjeunesEstablishmentsSource, ESTABLISHMENTS, DEPP_PRO, (b) => { const l = b.toString().split('\r\n'); return [...l.slice(0, 2), l[1], ...l.slice(2)].join('\r\n'); }, /établissement « 0010001W » \(ensemble\) en double/],
  ];
  for (const [label, source, folder, file, change, message] of broken) {
    it(`refuses ${label} and leaves the database as it was`, async () => {
      const copy = copyFixture(folder);
      try {
        copy.edit(file, change);
        const before = await state(database.db);
        const report = await run(source, source === inserjeunesSource ? copy.file(file) : copy.path);
        expect(report.status).toBe('failed');
        expect([report.error, ...report.rejections.map((r) => r.reason)].join('\n')).toMatch(message);
        expect(await state(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }
});
