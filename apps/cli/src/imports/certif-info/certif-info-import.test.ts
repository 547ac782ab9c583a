import { queryRows } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, lines, unlines } from '../testing/fixture-copy';
import { kitApprentissageSource } from '../kit-apprentissage/kit-apprentissage-import';
import { certificationFixture, databaseState, insertFixtureMetiers } from '../rncp/testing/certification-fixtures';
import { certifInfoSource } from './certif-info-import';

const FOLDER = certificationFixture('certif-info');
const FILE = 'certif_info.csv';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertFixtureMetiers(database.db);
});
afterAll(() => database.dispose());

const run = (path: string) => certifInfoSource.run(database, path, { dryRun: false });

describe('Certif Info import', () => {
  it('imports RNCP and RS certifications with their level, CFD, NSF, Formacode and ROME 3 codes mapped to ROME 4 fiches', async () => {
    const report = await run(`${FOLDER}/${FILE}`);
    expect(report).toMatchObject({ status: 'succeeded', updated: 0 });
    expect(report.notes).toMatchObject({ 'formations sans code RNCP ni RS (ignorées)': 1 });
    const [bts] = await queryRows<Record<string, unknown>>(database.db, sql`select * from certifications where code = 'RNCP38884'`);
    expect(bts).toMatchObject({ title: 'BTS bioanalyses en laboratoire de contrôle', level: 5, register: 'RNCP', cfd_codes: ['32022209'], nsf_codes: ['222'], formacodes: ['12058'], data_source: 'certif-info' });
    // H1503 is a ROME 3 code: it leads to every fiche whose parent it is.
    const links = await queryRows<{ rome_code: string }>(database.db, sql`select rome_code from certification_metiers where certification_code = 'RNCP38884' order by 1`);
    expect(links.map((l) => l.rome_code)).toEqual(['H1503', 'H1525']);
    const pipac = await queryRows<{ rome_code: string }>(database.db, sql`select rome_code from certification_metiers where certification_code = 'RNCP37699' order by 1`);
    expect(pipac.map((l) => l.rome_code)).toEqual(['H2301', 'H2302', 'H2303']);
    // H2102 and H2701 are not in the database: reported, the certification kept.
    expect(report.rejections).toContainEqual({ location: `${FILE} ligne 3 (RNCP7586)`, field: 'ROME', reason: expect.stringMatching(/« H2102 » absent de la base/) });
    const [rs] = await queryRows<Record<string, unknown>>(database.db, sql`select register, level from certifications where code = 'RS5638'`);
    expect(rs).toEqual({ register: 'RS', level: null });
    const [succession] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from certification_successions where previous_code = 'RNCP2705' and next_code = 'RNCP38884'`);
    expect(succession!.n).toBe(1);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await databaseState(database.db);
    const report = await run(`${FOLDER}/${FILE}`);
    expect(Object.values(report.tables).every((t) => t.inserted === 0 && t.updated === 0 && t.removed === 0)).toBe(true);
    expect(await databaseState(database.db)).toEqual(before);
  });

  it('lets the Kit apprentissage, a richer source, win, and a re-run of Certif Info then keeps the Kit values', async () => {
    const kit = await kitApprentissageSource.run(database, certificationFixture('kit-apprentissage', 'Kit_apprentissage_20240426.csv'), { dryRun: false });
    expect(kit.status).toBe('succeeded');
    const after = await run(`${FOLDER}/${FILE}`);
    expect(after.tables.certifications).toMatchObject({ inserted: 0, updated: 0 });
    const [pipac] = await queryRows<Record<string, unknown>>(database.db, sql`select title, type, nsf_codes, data_source from certifications where code = 'RNCP37699'`);
    expect(pipac).toEqual({ title: 'BAC PRO - Production en industries pharmaceutiques, alimentaires et cosmétiques (PIPAC)', type: 'BAC PRO', nsf_codes: ['221'], data_source: 'kit-apprentissage' });
  });

  const broken: [string, (b: Buffer) => Buffer | string, RegExp][] = [
    ['cp1252 bytes among UTF-8 text', (b) => Buffer.concat([b, Buffer.from('999999;Caf\xe9;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\n', 'latin1')]), /encodage mixte|octets invalides/],
    ['a missing column', (b) => unlines(lines(b).map((l) => l.split(';').slice(0, -1).join(';'))), /colonnes manquantes : codeIdeo2/],
    ['an empty file', () => '', /fichier vide/],
  ];
  for (const [label, change, message] of broken) {
    it(`refuses ${label} and leaves the database as it was`, async () => {
      const copy = copyFixture(FOLDER);
      try {
        copy.edit(FILE, change);
        const before = await databaseState(database.db);
        const report = await run(copy.file(FILE));
        expect(report).toMatchObject({ status: 'failed', error: expect.stringMatching(message) });
        expect(await databaseState(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }

  it('skips a row repeated word for word (noted, not rejected)', async () => {
    const copy = copyFixture(FOLDER);
    try {
      copy.edit(FILE, (b) => { const l = lines(b); return unlines([...l.slice(0, 3), l[2]!, ...l.slice(3)]); });
      const report = await run(copy.file(FILE));
      expect(report).toMatchObject({ status: 'succeeded', notes: { "lignes répétées à l'identique (ignorées)": 1 } });
      expect(report.tables.certifications).toMatchObject({ inserted: 0, updated: 0 });
    } finally {
      copy.dispose();
    }
  });

  it('rejects a repeated key whose content differs, and a wrong field count', async () => {
    const copy = copyFixture(FOLDER);
    try {
      copy.edit(FILE, (b) => {
        const l = lines(b);
        return unlines([...l.slice(0, 3), l[2]!.replace('Bac pro bio-industries', 'Bac pro BIO'), 'trop;court', ...l.slice(3)]);
      });
      const before = await databaseState(database.db);
      const report = await run(copy.file(FILE));
      expect(report.status).toBe('failed');
      expect(report.rejections).toEqual(expect.arrayContaining([
        { location: `${FILE} ligne 4`, field: 'Code_Diplome', reason: expect.stringMatching(/« 64224 7586 {2}FOR\.580 » .* en double avec un contenu différent/) },
        { location: `${FILE} ligne 5`, reason: '2 champ(s) au lieu de 37' },
      ]));
      expect(await databaseState(database.db)).toEqual(before);
    } finally {
      copy.dispose();
    }
  });
});
