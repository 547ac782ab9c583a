import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryRows, referenceFingerprint, trainingReferenceFingerprint, type Db } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, lines, unlines } from '../testing/fixture-copy';
import { formacodeSource } from './formacode-import';

const FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const FILE = 'formacode-2003.csv';
const state = async (db: Db) => ({ ...(await referenceFingerprint(db)), ...(await trainingReferenceFingerprint(db)) });
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const run = (path: string, dryRun = false) => formacodeSource.run(database, path, { dryRun });

describe('Formacode 2003 import', () => {
  it('leaves nothing behind on a dry run', async () => {
    const report = await run(join(FOLDER, FILE), true);
    expect(report).toMatchObject({ status: 'dry_run', accepted: 47, rejected: 0 });
    expect((await trainingReferenceFingerprint(database.db)).formacodes!.rows).toBe(0);
  });

  it('imports descriptors with their field, broader term, kinds and the realigned 14-field line', async () => {
    const report = await run(join(FOLDER, FILE));
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0, fileVersion: 'Formacode 2003', tables: { formacodes: { inserted: 47 } } });
    expect(report.notes).toMatchObject({ 'lignes à 14 champs remises en place (colonne vide manquante avant le groupe NSF)': 1 });
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`select code, parent_code, field_code, kinds, nsf_code from formacodes where code in ('11001', '11461', '80001') order by code`);
    expect(rows).toEqual([
      { code: '11001', parent_code: '11022', field_code: '110', kinds: ['DOM'], nsf_code: '114' },
      { code: '11461', parent_code: '11452', field_code: '114', kinds: ['DOM'], nsf_code: '115' },
      { code: '80001', parent_code: null, field_code: null, kinds: ['PUB'], nsf_code: null },
    ]);
  });

  it('changes nothing on a re-run', async () => {
    const before = await state(database.db);
    const report = await run(join(FOLDER, FILE));
    expect(report.tables.formacodes).toMatchObject({ inserted: 0, updated: 0 });
    expect(await state(database.db)).toEqual(before);
  });

  const broken: [string, (b: Buffer) => Buffer | string, RegExp][] = [
    ['cp1252 bytes among UTF-8 text', (b) => Buffer.concat([b, Buffer.from('\n99999;CAFE;caf\xe9;DOM\n', 'latin1')]), /encodage mixte/],
    ['a line with a missing column', (b) => unlines(lines(b).map((l, i) => (i === 3 ? l.split(';').slice(0, 13).join(';') : l))), /13 champ\(s\) au lieu de 15/],
    ['a line with an extra column', (b) => unlines(lines(b).map((l, i) => (i === 3 ? `${l};en trop` : l))), /16 champ\(s\)/],
    ['a duplicate code', (b) => `${b.toString()}\n${lines(b)[0]}`, /code « 11001 » en double/],
    ['an unknown broader term', (b) => b.toString().replace('11022 RECHERCHE OPERATIONNELLE', '19999 INCONNU'), /terme générique « 19999 » absent du fichier/],
    ['an empty file', () => '', /fichier vide/],
  ];
  for (const [label, change, message] of broken) {
    it(`refuses ${label} and leaves the database as it was`, async () => {
      const copy = copyFixture(FOLDER);
      try {
        copy.edit(FILE, change);
        const before = await state(database.db);
        const report = await run(copy.file(FILE));
        expect(report.status).toBe('failed');
        expect([report.error, ...report.rejections.map((r) => r.reason)].join('\n')).toMatch(message);
        expect(await state(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }
});
