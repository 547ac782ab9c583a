import { rmSync } from 'node:fs';
import { queryRows } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, lines, unlines } from '../testing/fixture-copy';
import { rncpCsvSource } from './rncp-csv-import';
import { certificationFixture, databaseState, insertFixtureMetiers } from './testing/certification-fixtures';

const FIXTURE = certificationFixture('rncp', 'csv-export-2024-02-22');
const table = (name: string) => `export_fiches_CSV_${name}_2024_02_22.csv`;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertFixtureMetiers(database.db);
});
afterAll(() => database.dispose());

const run = (path: string) => rncpCsvSource.run(database, path, { dryRun: false });

describe('RNCP CSV export (10 tables)', () => {
  it('joins the tables into certifications with blocs, NSF, Formacode, certifiers and successions', async () => {
    const report = await run(FIXTURE);
    expect(report).toMatchObject({ status: 'succeeded', fileDate: '2024-02-22', updated: 0 });
    expect(report.tables.certifications).toMatchObject({ accepted: 8, inserted: 8 });
    const [cap] = await queryRows<Record<string, unknown>>(database.db, sql`select * from certifications where code = 'RNCP509'`);
    // The export puts a tab before each SIRET: it is trimmed. « REPRISE » is a fiche without level.
    expect(cap).toMatchObject({ level: 3, type: 'CAP', type_label: "Certificat d'aptitude professionnelle", is_active: false, nsf_codes: ['251'], formacodes: ['42872'], certifier_sirets: ['11004301500012'] });
    const [tourier] = await queryRows<{ level: number | null }>(database.db, sql`select level from certifications where code = 'RNCP19468'`);
    expect(tourier!.level).toBeNull();
    const blocs = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from skill_blocks where certification_code = 'RNCP509'`);
    expect(blocs[0]!.n).toBe(6);
    // RNCP38228 is not in the Standard table, yet its link to RNCP509 is kept (the links table has no foreign key).
    const successions = await queryRows<{ previous_code: string }>(database.db, sql`select previous_code from certification_successions where next_code = 'RNCP38228'`);
    expect(successions).toEqual([{ previous_code: 'RNCP509' }]);
    // None of the fixture's ROME codes (I1203, D14xx, H1102…) is among the test métiers: all links are reported, none written.
    expect(report.rejections.every((r) => r.field === 'ROME')).toBe(true);
    expect(report.rejected).toBeGreaterThan(0);
  });

  it('changes nothing when the same export is imported again', async () => {
    const before = await databaseState(database.db);
    const report = await run(FIXTURE);
    expect(Object.values(report.tables).every((t) => t.inserted === 0 && t.updated === 0 && t.removed === 0)).toBe(true);
    expect(await databaseState(database.db)).toEqual(before);
  });

  const broken: [string, string, (b: Buffer) => Buffer | string, RegExp][] = [
    ['a missing column', 'Nsf', (b) => unlines(lines(b).map((l) => l.split(';').slice(0, 2).join(';'))), /colonnes manquantes : Nsf_Intitule/],
    ['an extra column', 'Formacode', (b) => unlines(lines(b).map((l, i) => (l ? `${l.replace(/\r$/, '')};${i === 0 ? '"Extra"' : '"x"'}` : l))), /colonnes en trop : Extra/],
    ['an empty Standard table', 'Standard', () => '', /fichier vide/],
  ];
  for (const [label, name, change, message] of broken) {
    it(`refuses ${label} and leaves the database as it was`, async () => {
      const copy = copyFixture(FIXTURE);
      try {
        copy.edit(table(name), change);
        const before = await databaseState(database.db);
        const report = await run(copy.path);
        expect(report).toMatchObject({ status: 'failed', error: expect.stringMatching(message) });
        expect(await databaseState(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }

  it('rejects a link row for a fiche the Standard table lacks, and a duplicate fiche', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      copy.edit(table('Rome'), (b) => `${b.toString('utf8')}"RNCP99999";"H1102";"Management et ingénierie d''affaires"\r\n`);
      copy.edit(table('Standard'), (b) => { const l = lines(b); return unlines([...l.slice(0, 3), l[2]!, ...l.slice(3)]); });
      const before = await databaseState(database.db);
      const report = await run(copy.path);
      expect(report.status).toBe('failed');
      expect(report.rejections).toEqual(expect.arrayContaining([
        { location: `${table('Rome')} ligne 16`, field: 'Numero_Fiche', reason: 'fiche « RNCP99999 » absente de la table Standard' },
        expect.objectContaining({ location: `${table('Standard')} ligne 4 (RNCP1197)`, reason: 'certification « RNCP1197 » en double dans le fichier' }),
      ]));
      expect(await databaseState(database.db)).toEqual(before);
    } finally {
      copy.dispose();
    }
  });

  it('refuses a folder that lacks one of the 10 tables', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      rmSync(copy.file(table('CCN')));
      const report = await run(copy.path);
      expect(report).toMatchObject({ status: 'failed', error: expect.stringMatching(/export_fiches_CSV_CCN_\*\.csv/) });
    } finally {
      copy.dispose();
    }
  });
});
