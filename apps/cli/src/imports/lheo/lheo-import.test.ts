import { sql } from 'drizzle-orm';
import { queryRows, searchSessions } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../testing/fixture-copy';
import { lheoSource } from './lheo-import';
import { insertKerneuzec, lheoState, ONISEP_SAMPLE } from './testing/lheo-fixtures';

const FILE = 'exemple-bts-onisep.xml';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertKerneuzec(database.db);
});
afterAll(() => database.dispose());

/** Imports a variant of the real sample, written to a throw-away copy. */
async function runVariant(change: (text: string) => string | Buffer, dryRun = false) {
  const copy = copyFixture(ONISEP_SAMPLE.slice(0, ONISEP_SAMPLE.lastIndexOf('/')));
  try {
    copy.edit(FILE, (b) => change(b.toString('utf8')));
    return await lheoSource.run(database, copy.file(FILE), { dryRun });
  } finally {
    copy.dispose();
  }
}

type Row = Record<string, unknown>;

describe('LHÉO import of the real Onisep 2.2 offer', () => {
  it('imports the formation as a training of the member matched by SIRET, with its session at a new site in its commune', async () => {
    const progress: number[] = [];
    const report = await lheoSource.run(database, ONISEP_SAMPLE, { dryRun: false, onProgress: (done) => progress.push(done) });
    expect(report).toMatchObject({ status: 'succeeded', fileVersion: 'LHÉO 2.2', accepted: 2 });
    expect(report.tables.trainings).toMatchObject({ accepted: 1, inserted: 1, updated: 0, removed: 0 });
    expect(report.tables.training_sessions).toMatchObject({ accepted: 1, inserted: 1 });
    expect(progress.length).toBeGreaterThan(0);
    // RNCP474 is not in this database: the link goes, the training stays, the report says so.
    expect(report.rejections).toContainEqual({ location: `${FILE} formation #1 (numero 9436_18706) ligne 4`, field: 'certification', reason: expect.stringMatching(/« RNCP474 » absente de la base/) });

    const [training] = await queryRows<Row>(database.db, sql`select t.*, o.slug from trainings t join organisations o on o.id = t.organisation_id`);
    expect(training).toMatchObject({
      slug: 'lycee-kerneuzec', title: 'BTS négociation et relation client', source: 'lheo', external_id: '9436_18706', status: 'published',
      certification_code: null, entry_level: null, entry_requirements: null, formacodes: ['34582', '34076'],
      url: 'https://www2.cndp.fr/archivage/valid/brochadmin/bouton/c052.htm', is_demo: false,
    });
    // The HTML Onisep writes as text becomes plain text.
    expect(training!.objective).toMatch(/^A la fois vendeur, manager et commercial/);
    expect(training!.objective).not.toMatch(/<|&lt;/);
    expect(training!.content).toMatch(/\n• Gestion de clientèles/);
    expect(training!.expected_results).toMatch(/^Les objectifs :\n/);

    const sessions = await queryRows<Row>(database.db, sql`select s.*, si.label, si.commune_code from training_sessions s join organisation_sites si on si.id = s.site_id`);
    expect(sessions).toEqual([expect.objectContaining({
      external_id: '9436_18706', modality: 'initial_scolaire', start_date: '2015-09-01', end_date: '2017-08-31', duration_hours: null,
      price_eur: null, fundings: [], label: 'Lycée Kerneuzec', commune_code: '29233',
    })]);
    // Imported offers are searchable as soon as the import commits.
    const found = await searchSessions(database.db, { sort: 'relevance', page: 1, pageSize: 5 });
    expect(found.items.map((i) => i.training.id)).toEqual([training!.id]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await lheoState(database.db);
    const report = await lheoSource.run(database, ONISEP_SAMPLE, { dryRun: false });
    expect(report).toMatchObject({ status: 'succeeded', updated: 0 });
    expect(report.tables.trainings).toMatchObject({ inserted: 0, updated: 0, removed: 0 });
    expect(await lheoState(database.db)).toEqual(before);
  });

  it('reads the same offer in the 2.3 namespace and in a DTD-based file without namespace; a dry run writes nothing', async () => {
    const before = await lheoState(database.db);
    const as23 = await runVariant((t) => t.replace('http://www.lheo.org/2.2', 'http://lheo.gouv.fr/2.3').replace('BTS négociation et relation client', 'BTS NRC'), true);
    expect(as23).toMatchObject({ status: 'dry_run', fileVersion: 'LHÉO 2.3', updated: 1 });
    const dtd = await runVariant((t) => t.replace('<lheo xmlns="http://www.lheo.org/2.2">', '<!DOCTYPE lheo SYSTEM "lheo.dtd">\n<lheo>'));
    expect(dtd).toMatchObject({ status: 'succeeded', fileVersion: 'LHÉO (DTD, sans espace de noms)', updated: 0 });
    expect(await lheoState(database.db)).toEqual(before);
  });

  it('updates a changed formation and archives, never deletes, the formations a newer file of the organisation no longer has', async () => {
    const second = (t: string) => t.replace(/<formation numero="9436_18706">[\s\S]*<\/formation>/, (f) => `${f}\n${f.replaceAll('9436_18706', '9436_99999').replace('BTS négociation et relation client', 'BTS MCO')}`);
    const both = await runVariant(second);
    expect(both.tables.trainings).toMatchObject({ accepted: 2, inserted: 1, updated: 0 });
    const onlyNew = await runVariant((t) => second(t).replace(/<formation numero="9436_18706">[\s\S]*?<\/formation>/, ''));
    expect(onlyNew).toMatchObject({ status: 'succeeded', notes: expect.objectContaining({ 'formations archivées (absentes du nouveau fichier de leur organisme)': 1 }) });
    expect(onlyNew.tables.trainings).toMatchObject({ removed: 1 });
    const rows = await queryRows<Row>(database.db, sql`select external_id, status from trainings order by external_id`);
    expect(rows).toEqual([{ external_id: '9436_18706', status: 'archived' }, { external_id: '9436_99999', status: 'published' }]);
    // Back in a file: published again.
    const back = await lheoSource.run(database, ONISEP_SAMPLE, { dryRun: false });
    expect(back.tables.trainings).toMatchObject({ updated: 1, removed: 1 });
    expect(await queryRows<Row>(database.db, sql`select external_id, status from trainings order by external_id`)).toEqual([
      { external_id: '9436_18706', status: 'published' }, { external_id: '9436_99999', status: 'archived' },
    ]);
  });
});

describe('LHÉO import of broken files leaves the database exactly as it was', () => {
  const refused: [string, (t: string) => string | Buffer, RegExp][] = [
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length / 2)), /XML incomplet \(fichier tronqué \?\)/],
    ['a file that is not LHÉO', () => '<?xml version="1.0"?><FICHES><FICHE/></FICHES>', /élément racine <FICHES>, <lheo> attendu/],
    ['another LHÉO version', (t) => t.replace('http://www.lheo.org/2.2', 'http://www.lheo.org/2.1'), /espace de noms « http:\/\/www\.lheo\.org\/2\.1 » non pris en charge/],
    ['a foreign namespace', (t) => t.replace('http://www.lheo.org/2.2', 'urn:example'), /LHÉO 2\.2 .* ou 2\.3 .* attendu/],
    ['cp1252 bytes in a UTF-8 file', (t) => Buffer.from(t.replace('QUIMPERLÉ', 'QUIMPERL\u0000'), 'utf8').map((b) => (b === 0 ? 0xc9 : b)) as Buffer, /ligne 46 : octets invalides en UTF-8/],
    ['an offer without formation', () => '<?xml version="1.0"?><lheo xmlns="http://lheo.gouv.fr/2.3"><offres></offres></lheo>', /aucune <formation> dans <offres>/],
    ['an empty file', () => '', /fichier vide \(0 octet\)/],
  ];
  for (const [label, change, message] of refused) {
    it(`refuses ${label}`, async () => {
      const before = await lheoState(database.db);
      const report = await runVariant(change);
      expect(report.status).toBe('failed');
      expect(report.error).toMatch(message);
      expect(await lheoState(database.db)).toEqual(before);
    });
  }

  const rejected: [string, (t: string) => string, { field: string; reason: RegExp }][] = [
    ['a formation without its mandatory title', (t) => t.replace(/<intitule-formation>.*<\/intitule-formation>/, ''), { field: 'intitule-formation', reason: /élément obligatoire <intitule-formation> absent/ }],
    ['an action without session', (t) => t.replace(/<session numero[\s\S]*<\/session>/, ''), { field: 'action #1/session', reason: /<session> absent/ }],
    ['a session with an impossible date', (t) => t.replace('<debut>20150901</debut>', '<debut>20150231</debut>'), { field: 'action #1 session #1/periode/debut', reason: /date « 20150231 » invalide/ }],
    ['an organisation that is not a member', (t) => t.replace('19290076900014', '12345678901234').replace('<nom-organisme>Lycée Kerneuzec</nom-organisme>', '<nom-organisme>Lycée Inconnu</nom-organisme>'),
      { field: 'organisme-formation-responsable', reason: /organisme responsable inconnu \(SIRET 12345678901234, nom « Lycée Inconnu »\) : aucun membre/ }],
  ];
  for (const [label, change, rejection] of rejected) {
    it(`rejects ${label}, naming the formation and the field; nothing is written`, async () => {
      const before = await lheoState(database.db);
      const report = await runVariant((t) => change(t).replace('BTS négociation et relation client', 'BTS changé'));
      expect(report).toMatchObject({ status: 'failed', error: expect.stringMatching(/rien n'a été écrit/) });
      expect(report.rejections).toContainEqual({ location: expect.stringMatching(/^exemple-bts-onisep\.xml formation #1 \(numero 9436_18706\) ligne 4$/), field: rejection.field, reason: expect.stringMatching(rejection.reason) });
      expect(await lheoState(database.db)).toEqual(before);
    });
  }
});
