import { rmSync } from 'node:fs';
import { referenceFingerprint, queryRows, latestSuccessfulImports } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, fixturePath, lines, unlines } from '../testing/fixture-copy';
import { romeSource } from './rome-import';

const FIXTURE = fixturePath('rome', 'rome-v460');
const file = (name: string) => `unix_${name}_v460_utf8.csv`;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const runRome = (path: string, dryRun = false) => romeSource.run(database, path, { dryRun });

describe('ROME import of real fixture files', () => {
  it('imports fiches with their domain, texts, RIASEC, appellations, skills, links and facets', async () => {
    const report = await runRome(FIXTURE);
    expect(report).toMatchObject({ status: 'succeeded', rejected: 0, fileVersion: 'ROME 4.0 v460', updated: 0 });
    expect(report.tables.metiers).toMatchObject({ accepted: 4, inserted: 4 });
    const [h1501] = await queryRows<Record<string, string>>(database.db, sql`select * from metiers where rome_code = 'H1501'`);
    expect(h1501).toMatchObject({ label: "Responsable de laboratoire d'analyse industrielle", domain_code: 'H15', riasec_major: 'E', parent_code: 'H1501' });
    // unix_texte's doubled apostrophes are undone, sentences kept in order.
    expect(h1501!.definition).toMatch(/^Le Responsable de laboratoire d'analyse industrielle supervise/);
    expect(h1501!.definition).toContain("\nOrganise des activités de mesure et interprète les résultats d'analyse");
    expect(h1501!.access).toMatch(/^Cet emploi est accessible avec un Bac \+ 5/);
    const [a1102] = await queryRows<Record<string, string>>(database.db, sql`select parent_code from metiers where rome_code = 'A1102'`);
    expect(a1102!.parent_code).toBe('A1101');

    const counts = await referenceFingerprint(database.db);
    expect(counts.metiers!.rows).toBe(4);
    expect(counts.appellations!.rows).toBe(12);
    // 4 fiche + 12 appellation + 44 skill/knowledge + 12 work-context links: the 72 rows of the links file.
    expect(counts.metiers!.rows + counts.appellations!.rows + counts.metier_skills!.rows + counts.metier_work_contexts!.rows).toBe(72);
    const kinds = await queryRows<{ kind: string; n: number }>(database.db, sql`select kind, count(*)::int as n from skills group by kind order by kind`);
    expect(kinds.map((k) => k.kind)).toEqual(['savoir', 'savoir_etre', 'savoir_faire']);
    const macro = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from skills where macro_code is not null and macro_label is null`);
    expect(macro[0]!.n).toBe(0);
    const core = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from metier_skills where is_core`);
    expect(core[0]!.n).toBeGreaterThan(0);
    // The cp1252 file (despite its _utf8 name) is decoded: its NAF links land on zero-padded divisions.
    const naf = await queryRows<{ division: string }>(database.db, sql`select division from metier_naf_sectors where rome_code = 'A1101' order by 1`);
    expect(naf.map((r) => r.division)).toContain('01');
    expect((await latestSuccessfulImports(database.db)).find((r) => r.source === 'rome')?.fileVersion).toBe('ROME 4.0 v460');
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await referenceFingerprint(database.db);
    const report = await runRome(FIXTURE);
    expect(report).toMatchObject({ status: 'succeeded', updated: 0, rejected: 0 });
    expect(Object.values(report.tables).every((t) => t.inserted === 0 && t.updated === 0 && t.removed === 0)).toBe(true);
    expect(await referenceFingerprint(database.db)).toEqual(before);
  });

  it('counts a changed label as updated and drops links the new version no longer has', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      copy.edit(file('referentiel_code_rome'), (b) => b.toString().replace('"Bûcheron / Bûcheronne"', '"Bûcheron"').replace("d'analyse industrielle\"", 'd\'analyse industrielle (v2)"'));
      const dropped = new Set<string>();
      copy.edit(file('liens_rome_referentiels'), (b) =>
        unlines(lines(b).filter((l) => (l.startsWith('"H2301","6"') ? (dropped.add(l.split(',')[3]!), false) : true))),
      );
      copy.edit(file('coherence_item'), (b) => unlines(lines(b).filter((l) => !(l.startsWith('"H2301"') && dropped.has(l.split(',')[1]!)))));
      const report = await runRome(copy.path, true);
      expect(report.status).toBe('dry_run');
      expect(report.tables.metiers).toMatchObject({ updated: 1 });
      expect(report.tables.metier_work_contexts!.removed).toBe(3);
    } finally {
      copy.dispose();
    }
  });
});

/** Each broken variant: a clear report, and the database exactly as it was. */
describe('ROME import of broken files', () => {
  const cases: { name: string; break(copy: ReturnType<typeof copyFixture>): void; expected: RegExp }[] = [
    {
      name: 'a file with cp1252 bytes in a UTF-8 file',
      break: (c) => c.edit(file('referentiel_appellation'), (b) => Buffer.concat([b, iconv.encode('"99999","Opérateur","Opérateur","H1501","","","","","","SYNONYME","","H1501","N"\n', 'win1252')])),
      expected: /unix_referentiel_appellation_v460_utf8\.csv : encodage mixte/,
    },
    {
      name: 'a truncated file (cut inside a quoted field)',
      break: (c) => c.edit(file('texte'), (b) => b.subarray(0, b.length - 40)),
      expected: /unix_texte_v460_utf8\.csv ligne \d+ : guillemet ouvert jamais refermé — fichier tronqué/,
    },
    {
      name: 'a missing column',
      break: (c) => c.edit(file('referentiel_savoir'), (b) => b.toString().replace('"libelle_savoir",', '')),
      expected: /unix_referentiel_savoir_v460_utf8\.csv : en-tête inattendu — colonnes manquantes : libelle_savoir/,
    },
    {
      name: 'an extra column',
      break: (c) => c.edit(file('grand_domaine'), (b) => b.toString().replace('"libelle_grand_domaine"', '"libelle_grand_domaine","commentaire"')),
      expected: /unix_grand_domaine_v460_utf8\.csv : en-tête inattendu — colonnes en trop : commentaire/,
    },
    {
      name: 'a duplicate key',
      break: (c) => c.edit(file('referentiel_appellation'), (b) => { const l = lines(b); return unlines([...l.slice(0, 2), l[1]!.replace(/^("\d+",)"[^"]*"/, '$1"Autre intitulé"'), ...l.slice(2)]); }),
      expected: /clé « \d+ » en double/,
    },
    {
      name: 'an unknown code in a link table',
      break: (c) => c.edit(file('liens_rome_referentiels'), (b) => b.toString().replace(/"(H1501","5","1",)"\d+"/, '"$1"999999999"')),
      expected: /compétence ou savoir « 999999999 » inconnu/,
    },
    {
      name: 'an unknown fiche in a link table',
      break: (c) => c.edit(file('arborescence_centre_interet'), (b) => b.toString().replace(/"H1501"/, '"Z9999"')),
      expected: /fiche « Z9999 » inconnue/,
    },
    { name: 'an empty file', break: (c) => c.edit(file('coherence_item'), () => ''), expected: /unix_coherence_item_v460_utf8\.csv : fichier vide/ },
    {
      name: 'a record cut short (truncated between fields)',
      break: (c) => c.edit(file('referentiel_contexte_travail'), (b) => b.toString().trimEnd().replace(/,"[^"]*","[^"]*"$/, '')),
      expected: /unix_referentiel_contexte_travail_v460_utf8\.csv ligne \d+ : 2 champ\(s\) au lieu de 4/,
    },
  ];

  for (const { name, break: breakIt, expected } of cases) {
    it(`refuses ${name}`, async () => {
      const copy = copyFixture(FIXTURE);
      try {
        // Every broken copy also renames a fiche: had anything been committed, the fingerprint would show it.
        copy.edit(file('referentiel_code_rome'), (b) => b.toString().replace('"Bûcheron / Bûcheronne"', '"Bûcheron (ne doit pas être écrit)"'));
        breakIt(copy);
        const before = await referenceFingerprint(database.db);
        const report = await runRome(copy.path);
        expect(report.status).toBe('failed');
        expect([report.error ?? '', ...report.rejections.map((r) => `${r.location} : ${r.reason}`)].join('\n')).toMatch(expected);
        expect(await referenceFingerprint(database.db)).toEqual(before);
        const [stored] = await queryRows<{ status: string; rejected: number }>(database.db, sql`select status, rejected from import_runs order by id desc limit 1`);
        expect(stored).toEqual({ status: 'failed', rejected: report.rejected });
      } finally {
        copy.dispose();
      }
    });
  }

  it('refuses a folder that misses a file, naming it', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      rmSync(copy.file(file('secteur_naf')));
      const before = await referenceFingerprint(database.db);
      const report = await runRome(copy.path);
      expect(report).toMatchObject({ status: 'failed', fileVersion: null });
      expect(report.error).toMatch(/manquant\(s\) : unix_secteur_naf_v460_utf8\.csv/);
      expect(await referenceFingerprint(database.db)).toEqual(before);
    } finally {
      copy.dispose();
    }
  });

  it('reports with line numbers, and a dry run of good files writes nothing', async () => {
    const copy = copyFixture(FIXTURE);
    try {
      copy.edit(file('liens_rome_referentiels'), (b) => b.toString().replace(/"(H1501","5","1",)"\d+"/, '"$1"999999999"'));
      const report = await runRome(copy.path);
      expect(report.rejections[0]).toMatchObject({ location: expect.stringMatching(/^unix_liens_rome_referentiels_v460_utf8\.csv ligne \d+$/), field: 'code_ogr' });
    } finally {
      copy.dispose();
    }
    const before = await referenceFingerprint(database.db);
    const modified = copyFixture(FIXTURE);
    try {
      modified.edit(file('referentiel_code_rome'), (b) => b.toString().replace('"Bûcheron / Bûcheronne"', '"Bûcheron"'));
      const dry = await runRome(modified.path, true);
      expect(dry).toMatchObject({ status: 'dry_run', rejected: 0 });
      expect(await referenceFingerprint(database.db)).toEqual(before);
    } finally {
      modified.dispose();
    }
  });
});
