// National-scale catalogue for benchmarks (never committed): 35 000 communes, 10 000 certifications, 3 000
// organisations, 30 000 trainings and 300 000 sessions, generated inside the database with generate_series (one
// statement per table), deterministic (setseed). Real reference data already imported is kept; only the missing
// part is synthetic. Run alone: `tsx bench/src/generate-national.ts` with DATABASE_URL or PGLITE_DIR.
import { sql } from 'drizzle-orm';
import { databaseConfigFromEnv, demoCampusProfile, openDatabase, queryRows, refreshSessionSearch, saveCampusProfile, type Db } from '@passerelles/db';

export interface NationalScale {
  communes: number;
  certifications: number;
  organisations: number;
  trainings: number;
  sessions: number;
}

export const NATIONAL: NationalScale = { communes: 35_000, certifications: 10_000, organisations: 3_000, trainings: 30_000, sessions: 300_000 };

/** Real communes the benchmarks measure distances from (INSEE code, coordinates of the public commune file). */
export const ANCHOR_COMMUNES = [
  { code: '27229', name: 'Évreux', dep: '27', lat: 49.0202, lon: 1.1416 },
  { code: '76540', name: 'Rouen', dep: '76', lat: 49.4413, lon: 1.0926 },
  { code: '14118', name: 'Caen', dep: '14', lat: 49.1848, lon: -0.3698 },
  { code: '75056', name: 'Paris', dep: '75', lat: 48.8589, lon: 2.347 },
  { code: '69123', name: 'Lyon', dep: '69', lat: 45.758, lon: 4.835 },
  { code: '13055', name: 'Marseille', dep: '13', lat: 43.2999, lon: 5.3811 },
  { code: '31555', name: 'Toulouse', dep: '31', lat: 43.6007, lon: 1.4329 },
  { code: '33063', name: 'Bordeaux', dep: '33', lat: 44.8572, lon: -0.5737 },
  { code: '59350', name: 'Lille', dep: '59', lat: 50.6311, lon: 3.0468 },
  { code: '44109', name: 'Nantes', dep: '44', lat: 47.2317, lon: -1.5483 },
  { code: '67482', name: 'Strasbourg', dep: '67', lat: 48.5712, lon: 7.7676 },
];

const JOBS = ['Technicien', 'Technicienne supérieure', 'Opérateur', 'Conducteur de ligne', 'Responsable', 'Ingénieur', 'Agent', 'Assistant',
  'Chargé de mission', 'Manager', 'Préparateur', 'Animateur d’équipe', 'Gestionnaire', 'Développeur', 'Contrôleur', 'Analyste'];
const DOMAINS = ['laboratoire', 'contrôle qualité', 'production pharmaceutique', 'bioproduction', 'cosmétique', 'agroalimentaire', 'chimie',
  'biotechnologies', 'microbiologie', 'maintenance industrielle', 'logistique', 'commerce', 'comptabilité', 'informatique', 'réseaux', 'bâtiment',
  'électricité', 'mécanique', 'soudage', 'hôtellerie', 'restauration', 'santé', 'soins infirmiers', 'petite enfance', 'transport', 'sécurité',
  'environnement', 'énergie', 'agriculture', 'viticulture', 'horticulture', 'banque', 'assurance', 'immobilier', 'communication', 'marketing',
  'ressources humaines', 'paie', 'tourisme', 'sport', 'design', 'audiovisuel', 'plasturgie', 'métallurgie', 'aéronautique', 'automobile', 'textile',
  'bois', 'emballage', 'hygiène et sécurité', 'traitement des eaux', 'analyses biologiques', 'biochimie', 'génie des procédés', 'instrumentation',
  'robotique', 'cybersécurité', 'données', 'intelligence artificielle', 'pharmacie'];
const QUALIFIERS = ['', '', 'industrielle', 'appliquée', 'avancée', 'et développement durable', 'option production', 'option contrôle',
  'de proximité', 'à l’international', 'numérique', 'en milieu stérile'];
const TYPES_BY_LEVEL: Record<number, string[]> = { 3: ['CAP', 'TP', 'CQP'], 4: ['BAC PRO', 'BP', 'TP'], 5: ['BTS', 'BTSA', 'TP'], 6: ['BUT', 'LP', 'TP'], 7: ['MASTER', 'TITRE INGENIEUR'], 8: ['DOCTORAT'] };
const NSF = ['118', '221', '222', '331', '200', '227', '230', '250', '310', '312', '320', '330', '334', '344'];
const DEPARTEMENTS = Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((d) => d !== '20');

const textArray = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`);
const pick = (values: readonly string[]) => sql`(${textArray(values)})[1 + floor(random() * ${values.length})::int]`;

async function count(db: Db, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`));
  return Number(row?.n ?? 0);
}

/** Fills an (otherwise empty or reference-only) migrated database to national scale. Returns the row counts. */
export async function generateNational(db: Db, scale: NationalScale = NATIONAL): Promise<Record<string, number>> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await tx.execute(sql`select setseed(0.42)`);
    await saveCampusProfile(tx, demoCampusProfile);
    for (const c of ANCHOR_COMMUNES) {
      await tx.execute(sql`insert into communes (insee_code, name, departement, latitude, longitude)
        values (${c.code}, ${c.name}, ${c.dep}, ${c.lat}, ${c.lon}) on conflict (insee_code) do nothing`);
    }
    const missingCommunes = scale.communes - (await count(tx, 'communes'));
    if (missingCommunes > 0) {
      // Metropolitan France's box; synthetic codes (« S » + number) never collide with INSEE codes.
      await tx.execute(sql`
        insert into communes (insee_code, name, departement, latitude, longitude)
        select 'S' || lpad(i::text, 5, '0'), 'Commune ' || i, ${pick(DEPARTEMENTS)},
               42.5 + random() * 8.5, -4.5 + random() * 12
        from generate_series(1, ${missingCommunes}) i`);
    }
    const missingCertifications = scale.certifications - (await count(tx, 'certifications'));
    if (missingCertifications > 0) {
      await tx.execute(sql`
        insert into certifications (code, register, title, level, type, nsf_codes, is_active, data_source)
        select 'RNCPX' || i, 'RNCP', title, level, types[1 + floor(random() * array_length(types, 1))::int], array[${pick(NSF)}], true, 'bench'
        from (
          select i, level, ${pick(JOBS)} || ' en ' || ${pick(DOMAINS)} || ' ' || ${pick(QUALIFIERS)} as title,
                 (case level ${sql.raw(Object.entries(TYPES_BY_LEVEL).map(([l, t]) => `when ${l} then ${`array[${t.map((x) => `'${x}'`).join(',')}]`}`).join(' '))} end)::text[] as types
          from (select i, 3 + floor(random() * 5.4)::int as level from generate_series(1, ${missingCertifications}) i) g
        ) c`);
    }
    await tx.execute(sql`
      insert into organisations (slug, name, type, qualiopi, is_member, is_demo)
      select 'bench-org-' || i, 'Organisme de formation ' || i, ${pick(['training_organisation', 'school', 'higher_education'])}, random() < 0.8, false, true
      from generate_series(1, ${scale.organisations}) i`);
    await tx.execute(sql`
      insert into organisation_sites (organisation_id, label, commune_code, latitude, longitude)
      select o.id, 'Site principal', c.insee_code, c.latitude, c.longitude
      from (select id, row_number() over (order by id) as n from organisations where slug like 'bench-org-%') o
      join (select insee_code, latitude, longitude, row_number() over (order by random()) as n from communes where latitude is not null) c
        on c.n = 1 + (o.n * 7919) % (select count(*) from communes where latitude is not null)`);
    await tx.execute(sql`
      insert into trainings (organisation_id, certification_code, title, objective, status, source, external_id, is_demo)
      select o.id, c.code, c.title, 'Se former au métier de ' || lower(c.title) || ' : ' || ${pick(DOMAINS)} || ', ' || ${pick(DOMAINS)} || '.',
             'published', 'campus', 'bench:' || t.i, true
      from generate_series(1, ${scale.trainings}) t(i)
      join (select id, row_number() over (order by id) - 1 as n from organisations where slug like 'bench-org-%') o on o.n = (t.i * 31) % ${scale.organisations}
      join (select code, title, row_number() over (order by code) - 1 as n from certifications) c on c.n = (t.i * 7) % ${scale.certifications}`);
    await tx.execute(sql`
      insert into training_sessions (training_id, site_id, modality, start_date, end_date, duration_hours, price_eur, fundings, capacity, seats_left, is_demo)
      select t.id, site.id, m.modality, d.start_date, d.start_date + (5 + floor(random() * 300))::int,
             (7 + floor(random() * 1200))::int, case when m.modality in ('formation_continue', 'vae') then round((300 + random() * 9000)::numeric, 2) end,
             f.fundings, 8 + (s.i % 25), (s.i * 13) % 20, true
      from generate_series(0, ${scale.sessions - 1}) s(i)
      join (select id, organisation_id, row_number() over (order by id) - 1 as n from trainings where external_id like 'bench:%') t
        on t.n = s.i % ${scale.trainings}
      join organisation_sites site on site.organisation_id = t.organisation_id
      cross join lateral (select ${pick(['initial_scolaire', 'initial_etudiant', 'apprentissage', 'apprentissage', 'contrat_pro', 'formation_continue', 'formation_continue', 'vae'])} || left(s.i::text, 0) as modality) m
      cross join lateral (select (current_date + floor(random() * 365)::int + 0 * s.i) as start_date) d
      cross join lateral (select string_to_array((array['cpf', 'opco', 'region', 'france_travail', 'cpf,opco', 'region,france_travail',
        'opco,employer', 'self', ''])[1 + floor(random() * 9)::int + 0 * s.i], ',')::text[] as fundings) f`);
  });
  await refreshSessionSearch(db);
  await db.execute(sql`analyze`);
  const out: Record<string, number> = {};
  for (const t of ['communes', 'certifications', 'organisations', 'trainings', 'training_sessions', 'session_search']) out[t] = await count(db, t);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const database = await openDatabase(databaseConfigFromEnv(process.env));
  await database.migrate();
  const started = performance.now();
  console.log(await generateNational(database.db), `${((performance.now() - started) / 1000).toFixed(1)} s`);
  await database.close();
}
