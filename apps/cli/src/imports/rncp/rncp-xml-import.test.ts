import { queryRows } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../testing/fixture-copy';
import { rncpXmlSource } from './rncp-xml-import';
import { certificationFixture, databaseState, insertFixtureMetiers } from './testing/certification-fixtures';

const FIXTURE = certificationFixture('rncp', 'xml');
const RNCP = 'export_fiches_RNCP_fixture.xml';
const RS = 'export_fiches_RS_fixture.xml';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertFixtureMetiers(database.db);
});
afterAll(() => database.dispose());

const run = (path: string, dryRun = false) => rncpXmlSource.run(database, path, { dryRun });

describe('RNCP / RS XML import of real fiches', () => {
  it('imports certifications, blocs, métier links and successions; a link to an unknown métier is reported, the fiche kept', async () => {
    const report = await run(FIXTURE);
    expect(report).toMatchObject({ status: 'succeeded', fileVersion: 'flux 4.1', updated: 0 });
    expect(report.tables.certifications).toMatchObject({ accepted: 5, inserted: 5 });
    const rows = await queryRows<Record<string, unknown>>(database.db, sql`select code, register, level, type, is_active, registered_on::text as registered_on from certifications order by code`);
    expect(rows.map((r) => r.code)).toEqual(['RNCP35809', 'RNCP37488', 'RNCP37674', 'RS5000', 'RS6604']);
    expect(rows[0]).toMatchObject({ register: 'RNCP', level: 5, type: 'BTS', is_active: true, registered_on: '2021-09-01' });
    expect(rows[3]).toMatchObject({ register: 'RS', level: null, is_active: false });
    const links = await queryRows<{ certification_code: string; rome_code: string }>(database.db, sql`select certification_code, rome_code from certification_metiers order by 1, 2`);
    // RNCP37674 names M1805 (ROME 3) → the fiche M1805; RNCP35809 names F1201 (known) and F1202 (unknown).
    expect(links).toEqual([{ certification_code: 'RNCP35809', rome_code: 'F1201' }, { certification_code: 'RNCP37674', rome_code: 'M1805' }]);
    expect(report.rejections).toContainEqual({ location: `${RNCP} FICHE #1 (RNCP35809) ligne 4`, field: 'ROME', reason: expect.stringMatching(/« F1202 » absent de la base/) });
    const blocs = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from skill_blocks where certification_code = 'RNCP35809' and cardinality(skill_list) > 1`);
    expect(blocs[0]!.n).toBe(4);
    const succession = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from certification_successions where previous_code = 'RS5000' and next_code = 'RS6604'`);
    expect(succession[0]!.n).toBe(1);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await databaseState(database.db);
    const report = await run(FIXTURE);
    expect(report).toMatchObject({ status: 'succeeded', updated: 0 });
    expect(Object.values(report.tables).every((t) => t.inserted === 0 && t.updated === 0 && t.removed === 0)).toBe(true);
    expect(await databaseState(database.db)).toEqual(before);
  });

  it('counts a changed title as updated and removes a bloc the new file no longer has; a dry run writes nothing', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      copy.edit(RNCP, (b) => b.toString('utf8').replace('<CODE>RNCP35809BC04</CODE>', '<CODE>RNCP35809BC09</CODE>').replace(/(<NUMERO_FICHE>RNCP37488<\/NUMERO_FICHE>\s*<INTITULE>)Cybersécurité/, '$1Cybersécurité (nouveau titre)'));
      const before = await databaseState(database.db);
      const dry = await run(copy.path, true);
      expect(dry).toMatchObject({ status: 'dry_run', updated: 2 });
      expect(await databaseState(database.db)).toEqual(before);
      const report = await run(copy.path);
      expect(report.tables.certifications).toMatchObject({ updated: 1, inserted: 0 });
      expect(report.tables.skill_blocks).toMatchObject({ inserted: 1, removed: 1 });
    } finally {
      copy.dispose();
    }
    expect((await run(FIXTURE)).status).toBe('succeeded');
  });
});

describe('RNCP XML import of broken files leaves the database exactly as it was', () => {
  const broken: [string, (b: Buffer) => Buffer | string, RegExp][] = [
    ['a truncated file', (b) => b.subarray(0, Math.floor(b.length / 2)), /XML incomplet \(fichier tronqué \?\)/],
    ['cp1252 bytes in a UTF-8 file', (b) => Buffer.concat([b.subarray(0, 2000), Buffer.from([0xe9]), b.subarray(2000)]), /octets invalides en UTF-8/],
    ['an empty file', () => '', /fichier vide \(0 octet\)/],
    ['a file that is not an RNCP export', () => '<?xml version="1.0"?><lheo/>', /élément racine <lheo>/],
  ];
  for (const [label, change, message] of broken) {
    it(`refuses ${label}`, async () => {
      const copy = copyFixture(FIXTURE);
      try {
        copy.edit(RNCP, change);
        const before = await databaseState(database.db);
        const report = await run(copy.path);
        expect(report.status).toBe('failed');
        expect(report.error).toMatch(message);
        expect(await databaseState(database.db)).toEqual(before);
      } finally {
        copy.dispose();
      }
    });
  }

  it('rejects a duplicate fiche, an unknown level and a bad date, naming the fiche and the field', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      copy.edit(RS, (b) => b.toString('utf8').replace('<NUMERO_FICHE>RS6604</NUMERO_FICHE>', '<NUMERO_FICHE>RS5000</NUMERO_FICHE>'));
      copy.edit(RNCP, (b) => b.toString('utf8').replace('<NIVEAU>NIV4</NIVEAU>', '<NIVEAU>NIV9</NIVEAU>').replace('<DATE_FIN_ENREGISTREMENT>01/09/2028', '<DATE_FIN_ENREGISTREMENT>31/02/2028'));
      const before = await databaseState(database.db);
      const report = await run(copy.path);
      expect(report).toMatchObject({ status: 'failed', error: expect.stringMatching(/rien n'a été écrit/) });
      expect(report.rejections).toEqual(expect.arrayContaining([
        { location: `${RS} FICHE #2 (RS5000) ligne 86`, field: 'code', reason: 'certification « RS5000 » en double dans le fichier' },
        { location: `${RNCP} FICHE #2 (RNCP37488) ligne 138`, field: 'NOMENCLATURE_EUROPE/NIVEAU', reason: 'niveau « NIV9 » inconnu (NIV3 à NIV8)' },
        { location: `${RNCP} FICHE #3 (RNCP37674) ligne 259`, field: 'DATE_FIN_ENREGISTREMENT', reason: 'date « 31/02/2028 » invalide (jj/mm/aaaa attendu)' },
      ]));
      expect(await databaseState(database.db)).toEqual(before);
    } finally {
      copy.dispose();
    }
  });
});
