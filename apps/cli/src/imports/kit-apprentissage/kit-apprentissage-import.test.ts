import { queryRows } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../testing/fixture-copy';
import { certificationFixture, databaseState } from '../rncp/testing/certification-fixtures';
import { kitApprentissageSource } from './kit-apprentissage-import';

const FOLDER = certificationFixture('kit-apprentissage');
const FILE = 'Kit_apprentissage_20240426.csv';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const run = (path: string) => kitApprentissageSource.run(database, path, { dryRun: false });
/** The data rows of the fixture start after its 5-line header (cells with line breaks). */
const editRows = (change: (rows: string[]) => string[]) => (b: Buffer) => {
  const text = b.toString('utf8');
  const start = text.indexOf('\n25122101');
  return text.slice(0, start + 1) + change(text.slice(start + 1).split('\n')).join('\n');
};

describe('Kit apprentissage import', () => {
  it('reads the multi-line header and imports CFD ↔ RNCP, level, active flag, apprenticeship and successions', async () => {
    const report = await run(`${FOLDER}/${FILE}`);
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0, fileDate: '2024-04-26', notes: { 'diplômes sans fiche RNCP (NR, ignorés)': 1 } });
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`select code, level, type, is_active, apprenticeship, cfd_codes, valid_until::date::text as until from certifications order by code`);
    expect(rows.map((r) => r.code)).toEqual(['RNCP2705', 'RNCP35368', 'RNCP37302', 'RNCP37699', 'RNCP7586']);
    expect(rows.find((r) => r.code === 'RNCP7586')).toEqual({ code: 'RNCP7586', level: 4, type: 'BAC PRO', is_active: false, apprenticeship: true, cfd_codes: ['40022003'], until: '2023-08-31' });
    // « RNCP22961|RNCP22108 »-style cells hold several old fiches.
    const olds = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from certification_successions where next_code = 'RNCP37302'`);
    expect(olds[0]!.n).toBeGreaterThan(1);
    const bts = await queryRows<{ next_code: string }>(database.db, sql`select next_code from certification_successions where previous_code = 'RNCP2705'`);
    expect(bts).toEqual([{ next_code: 'RNCP38884' }]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await databaseState(database.db);
    const report = await run(`${FOLDER}/${FILE}`);
    expect(report).toMatchObject({ status: 'succeeded', updated: 0 });
    expect(Object.values(report.tables).every((t) => t.inserted === 0 && t.updated === 0 && t.removed === 0)).toBe(true);
    expect(await databaseState(database.db)).toEqual(before);
  });

  const broken: [string, (b: Buffer) => Buffer | string, { error?: RegExp; rejection?: object }][] = [
    ['a duplicate (CFD, fiche) pair', editRows((r) => [r[0]!, ...r]), { rejection: { location: `${FILE} ligne 7`, field: 'Code Diplôme', reason: expect.stringMatching(/en double/) } }],
    ['an unknown level', editRows((r) => [r[0]!.replace('Niveau 6', 'Niveau 9'), ...r.slice(1)]), { rejection: { location: `${FILE} ligne 6`, field: 'Niveau fiche RNCP', reason: 'niveau « Niveau 9 » inconnu (Niveau 3 à Niveau 8)' } }],
    ['an extra column', (b) => b.toString('utf8').replace('Ancienne Certification (RNCP)', 'Ancienne Certification (RNCP);Commentaire'), { error: /colonnes en trop : Commentaire/ }],
    ['an empty file', () => '', { error: /fichier vide/ }],
  ];
  for (const [label, change, expected] of broken) {
    it(`refuses ${label} and leaves the database as it was`, async () => {
      const copy = copyFixture(FOLDER);
      try {
        copy.edit(FILE, change);
        const before = await databaseState(database.db);
        const report = await run(copy.file(FILE));
        expect(report.status).toBe('failed');
        if (expected.error) expect(report.error).toMatch(expected.error);
        if (expected.rejection) expect(report.rejections).toContainEqual(expected.rejection);
        expect(await databaseState(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }
});
