import { queryRows, referenceFingerprint } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, fixturePath } from '../testing/fixture-copy';
import { nafSource } from './naf-import';
import { nsfSource } from './nsf-import';

const FIXTURE = fixturePath('nomenclatures', 'nomenclatures');
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('NAF and NSF imports', () => {
  it('imports NAF sections and sous-classes with their division and section', async () => {
    const report = await nafSource.run(database, FIXTURE, { dryRun: false });
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0, fileVersion: 'NAF rév. 2' });
    expect(report.tables).toMatchObject({ naf_sections: { inserted: 20 }, naf_codes: { inserted: 40 } });
    const [code] = await queryRows<Record<string, string>>(database.db, sql`select * from naf_codes where code = '0111Z'`);
    expect(code).toMatchObject({ division: '01', section_code: 'A' });
    expect(code!.label).toMatch(/^Culture de céréales/);
  });

  it('imports the NSF tree (catégories, domaines, groupes) with readable labels', async () => {
    const report = await nsfSource.run(database, FIXTURE, { dryRun: false });
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0 });
    const rows = await queryRows<Record<string, string>>(database.db, sql`select * from nsf_specialites where code in ('2', '22', '229', '324') order by code`);
    expect(rows.map((r) => [r.code, r.level, r.parent_code])).toEqual([['2', 'categorie', null], ['22', 'domaine', '2'], ['229', 'groupe', '22'], ['324', 'groupe', '32']]);
    expect(rows[3]!.label).toBe('Secrétariat, bureautique');
  });

  it('changes nothing on a re-run', async () => {
    const before = await referenceFingerprint(database.db);
    expect((await nafSource.run(database, FIXTURE, { dryRun: false })).updated).toBe(0);
    expect((await nsfSource.run(database, FIXTURE, { dryRun: false })).updated).toBe(0);
    expect(await referenceFingerprint(database.db)).toEqual(before);
  });

  it('refuses a missing column, an unknown parent and a cp1252-damaged file, leaving the database as it was', async () => {
    const cases: [string, (b: Buffer) => Buffer | string, RegExp, typeof nafSource][] = [
      ['naf_labels.csv', (b) => b.toString().replace('naf_id|naf_label', 'naf_id'), /colonnes manquantes : naf_label/, nafSource],
      ['n_groupe_specialite_.csv', (b) => b.toString().replace('\n229;22;', '\n229;77;'), /parent « 77 » inconnu/, nsfSource],
      ['naf_labels.csv', (b) => Buffer.concat([b, Buffer.from('9999Z|Activit\xe9 inconnue\n', 'latin1')]), /encodage mixte/, nafSource],
    ];
    for (const [file, edit, expected, source] of cases) {
      const copy = copyFixture(FIXTURE);
      try {
        copy.edit(file, edit);
        const before = await referenceFingerprint(database.db);
        const report = await source.run(database, copy.path, { dryRun: false });
        expect(report.status).toBe('failed');
        expect([report.error, ...report.rejections.map((r) => r.reason)].join('\n')).toMatch(expected);
        expect(await referenceFingerprint(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    }
  });
});
