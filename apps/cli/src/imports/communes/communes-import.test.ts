import { queryRows, referenceFingerprint } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, fixturePath, lines, unlines } from '../testing/fixture-copy';
import { communesSource } from './communes-import';

const FIXTURE = fixturePath('communes', 'geo');
const COG = 'communes-cog-2026.json';
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const run = (path: string, dryRun = false) => communesSource.run(database, path, { dryRun });

describe('communes import', () => {
  it('imports current communes of the COG with zero-padded coordinates, and nothing else', async () => {
    const report = await run(FIXTURE);
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0, fileVersion: 'COG 2026 + coordonnées 2020' });
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`select * from communes order by insee_code`);
    expect(rows.map((r) => r.insee_code)).toEqual(['14001', '14003', '14118', '27229', '2A004', '50129', '61001', '75056', '76095', '76540', '97411', '98411']);
    const caen = rows.find((r) => r.insee_code === '14118')!;
    expect(caen).toMatchObject({ name: 'Caen', departement: '14', region: '28' });
    expect(caen.latitude).toBeCloseTo(49.18, 1);
    expect((caen.postal_codes as string[]).length).toBeGreaterThan(0);
    // Bihorel has no coordinates in the 2020 file: kept, without them.
    expect(rows.find((r) => r.insee_code === '76095')).toMatchObject({ latitude: null, longitude: null });
    expect(report.notes['communes déléguées, associées et arrondissements municipaux (non importés)']).toBe(4);
  });

  it('changes nothing on a re-run, and reads the json file given directly', async () => {
    const before = await referenceFingerprint(database.db);
    const report = await run(`${FIXTURE}/${COG}`);
    expect(report).toMatchObject({ status: 'succeeded', updated: 0 });
    expect(report.tables.communes).toMatchObject({ inserted: 0, updated: 0 });
    expect(await referenceFingerprint(database.db)).toEqual(before);
  });

  const broken: { name: string; edit(b: Buffer): Buffer | string; expected: RegExp }[] = [
    { name: 'a truncated json', edit: (b) => b.subarray(0, b.length - 60), expected: /JSON illisible|pas refermé/ },
    { name: 'an empty json', edit: () => '', expected: /communes-cog-2026\.json : fichier vide/ },
    {
      name: 'a duplicate INSEE code',
      edit: (b) => { const l = lines(b); return unlines([l[0]!, l[1]!.replace('"nom":"', '"nom":"Doublon '), ...l.slice(1)]); },
      expected: /code INSEE « \d{5} » en double/,
    },
  ];
  for (const { name, edit, expected } of broken) {
    it(`refuses ${name} and leaves the database as it was`, async () => {
      const copy = copyFixture(FIXTURE);
      try {
        copy.edit(COG, (b) => b.toString().replace('"nom":"Caen"', '"nom":"Caen (ne doit pas être écrit)"'));
        copy.edit(COG, edit);
        const before = await referenceFingerprint(database.db);
        const report = await run(copy.path);
        expect(report.status).toBe('failed');
        expect([report.error, ...report.rejections.map((r) => `${r.location} : ${r.reason}`)].join('\n')).toMatch(expected);
        expect(await referenceFingerprint(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }

  it('refuses invalid coordinates with the line', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      copy.edit('communes-france-coords-2020.csv', (b) => b.toString().replace(/^(14118,\d+,)[\d.]+/m, '$1nord'));
      const report = await run(copy.path);
      expect(report.status).toBe('failed');
      expect(report.rejections[0]).toMatchObject({ location: expect.stringMatching(/^communes-france-coords-2020\.csv ligne \d+$/), field: 'latitude' });
    } finally {
      copy.dispose();
    }
  });
});
