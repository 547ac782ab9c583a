import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../query';
import type { certificationMetiers, certifications, certificationSuccessions } from '../schema/index';
import { skillBlocks } from '../schema/index';
import { bulkUpsert, type WriteCounts } from './bulk-write';

export type CertificationRecord = typeof certifications.$inferSelect;
export type SkillBlockRecord = typeof skillBlocks.$inferSelect;
export type CertificationMetierRecord = typeof certificationMetiers.$inferSelect;
export type CertificationSuccessionRecord = typeof certificationSuccessions.$inferSelect;

/** The sources that describe certifications, poorest first: a richer one wins, a poorer one only fills gaps. */
export const CERTIFICATION_SOURCES = ['campus', 'certif-info', 'kit-apprentissage', 'rncp'] as const;
export type CertificationSource = (typeof CERTIFICATION_SOURCES)[number];

const LIST_SEPARATOR = '\u001f';

type Kind = 'text' | 'int2' | 'boolean' | 'timestamp' | 'date' | 'list' | 'required_text' | 'required_boolean';
const COLUMNS: [keyof CertificationRecord, string, Kind][] = [
  ['register', 'register', 'required_text'],
  ['title', 'title', 'required_text'],
  ['level', 'level', 'int2'],
  ['type', 'type', 'text'],
  ['certifiers', 'certifiers', 'list'],
  ['isActive', 'is_active', 'required_boolean'],
  ['validUntil', 'valid_until', 'timestamp'],
  ['typeLabel', 'type_label', 'text'],
  ['registrationType', 'registration_type', 'text'],
  ['registeredOn', 'registered_on', 'date'],
  ['certifierSirets', 'certifier_sirets', 'list'],
  ['nsfCodes', 'nsf_codes', 'list'],
  ['formacodes', 'formacodes', 'list'],
  ['cfdCodes', 'cfd_codes', 'list'],
  ['apprenticeship', 'apprenticeship', 'boolean'],
];

const ident = (name: string) => sql.raw(`"${name}"`);
const rankOf = (expr: SQL) =>
  sql`(case ${expr} ${sql.join(CERTIFICATION_SOURCES.map((s, i) => sql.raw(`when '${s}' then ${i}`)), sql` `)} else 0 end)`;

function parameterArray(kind: Kind, values: unknown[]): SQL {
  switch (kind) {
    case 'list':
      return sql`${sql.param(values.map((v) => (v as string[]).join(LIST_SEPARATOR)))}::text[]`;
    case 'int2':
      return sql`${sql.param(values)}::int2[]`;
    case 'boolean':
    case 'required_boolean':
      return sql`${sql.param(values)}::boolean[]`;
    default:
      return sql`${sql.param(values)}::text[]`;
  }
}

function selected(name: string, kind: Kind): SQL {
  const c = sql`u.${ident(name)}`;
  if (kind === 'list') return sql`coalesce(string_to_array(${c}, chr(31)), '{}')`;
  if (kind === 'timestamp') return sql`${c}::timestamp`;
  if (kind === 'date') return sql`${c}::date`;
  return c;
}

/**
 * The value a column takes when a source writes over a row: the same source replaces, a richer one replaces what
 * it knows and keeps the rest, a poorer one only fills what is empty.
 */
function merged(name: string, kind: Kind, newer: SQL, older: SQL): SQL {
  const x = sql`excluded.${ident(name)}`;
  const e = sql`"certifications".${ident(name)}`;
  if (kind === 'required_text' || kind === 'required_boolean') return sql`case when ${newer} >= ${older} then ${x} else ${e} end`;
  if (kind === 'list') {
    return sql`case when ${newer} = ${older} then ${x}
      when ${newer} > ${older} then (case when cardinality(${x}) > 0 then ${x} else ${e} end)
      else (case when cardinality(${e}) > 0 then ${e} else ${x} end) end`;
  }
  return sql`case when ${newer} = ${older} then ${x} when ${newer} > ${older} then coalesce(${x}, ${e}) else coalesce(${e}, ${x}) end`;
}

/** The columns a source knows about; the others keep what other sources wrote (a new row gets the value given). */
export type CertificationColumn = Exclude<keyof CertificationRecord, 'code' | 'dataSource'>;

/**
 * Inserts or merges certifications (see `merged`), touching on existing rows only the columns the source
 * `describes`: that is what keeps a re-import of one source from erasing what another one added.
 * Rows must not repeat a code within one call.
 */
export async function upsertCertifications(db: Db, rows: CertificationRecord[], describes: readonly CertificationColumn[]): Promise<WriteCounts> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const all: [keyof CertificationRecord, string, Kind][] = [['code', 'code', 'required_text'], ...COLUMNS, ['dataSource', 'data_source', 'required_text']];
  const names = sql.join(all.map(([, n]) => ident(n)), sql`, `);
  const arrays = sql.join(all.map(([k, , kind]) => parameterArray(kind, rows.map((r) => r[k]))), sql`, `);
  const newer = rankOf(sql`excluded."data_source"`);
  const older = rankOf(sql`"certifications"."data_source"`);
  const targets = [...COLUMNS.filter(([k]) => describes.includes(k as CertificationColumn)).map(([, n, kind]) => [n, merged(n, kind, newer, older)] as const), ['data_source', merged('data_source', 'required_text', newer, older)] as const];
  const [counts] = await queryRows<WriteCounts>(
    db,
    sql`with written as (
          insert into "certifications" (${names})
          select ${sql.join(all.map(([, n, kind]) => selected(n, kind)), sql`, `)} from unnest(${arrays}) as u(${names})
          on conflict ("code") do update set ${sql.join(targets.map(([n, v]) => sql`${ident(n)} = ${v}`), sql`, `)}
          where (${sql.join(targets.map(([n]) => sql`"certifications".${ident(n)}`), sql`, `)})
            is distinct from (${sql.join(targets.map(([, v]) => v), sql`, `)})
          returning ("certifications".xmax = 0) as fresh
        )
        select (count(*) filter (where fresh))::int as inserted, (count(*) filter (where not fresh))::int as updated from written`,
  );
  return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
}

export const upsertSkillBlocks = (db: Db, rows: SkillBlockRecord[]): Promise<WriteCounts> => bulkUpsert(db, skillBlocks, rows);

/** Links are keys only: a link two sources give is kept once, under the origin that gave it first. */
async function insertKeys(db: Db, table: string, columns: string[], values: string[][]): Promise<WriteCounts> {
  if (values[0]?.length === 0) return { inserted: 0, updated: 0 };
  const names = sql.join(columns.map(ident), sql`, `);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with written as (
          insert into ${ident(table)} (${names})
          select * from unnest(${sql.join(values.map((v) => sql`${sql.param(v)}::text[]`), sql`, `)})
          on conflict do nothing returning 1
        ) select count(*)::int as n from written`,
  );
  return { inserted: Number(row?.n ?? 0), updated: 0 };
}

export const insertCertificationMetiers = (db: Db, rows: CertificationMetierRecord[]) =>
  insertKeys(db, 'certification_metiers', ['certification_code', 'rome_code', 'origin'], [
    rows.map((r) => r.certificationCode), rows.map((r) => r.romeCode), rows.map((r) => r.origin),
  ]);

export const insertCertificationSuccessions = (db: Db, rows: CertificationSuccessionRecord[]) =>
  insertKeys(db, 'certification_successions', ['previous_code', 'next_code', 'origin'], [
    rows.map((r) => r.previousCode), rows.map((r) => r.nextCode), rows.map((r) => r.origin),
  ]);

/** What a complete import holds for the certifications it describes: everything else of theirs is pruned. */
export interface CertificationChildren {
  /** The import whose links are pruned (a source name; the CSV and XML exports of the register prune apart). */
  origin: string;
  certificationCodes: string[];
  /** Bloc codes; null when the source does not describe blocs (they are then left alone). */
  blocCodes: string[] | null;
  metiers: [string[], string[]];
  successions: [string[], string[]];
}

/**
 * Removes the blocs, métier links and succession links a re-imported file no longer gives for its certifications.
 * Campus blocs and links given by another source are kept.
 */
export async function pruneCertificationChildren(db: Db, keep: CertificationChildren): Promise<Record<string, number>> {
  // `x in (select unnest(…))` rather than `x = any(…)`: the planner hashes the list, where `any` scans it per row
  // (10 000 fiches × 100 000 blocs would be 10⁹ comparisons).
  const codes = sql`(select unnest(${sql.param(keep.certificationCodes)}::text[]))`;
  const count = async (query: SQL) => Number((await queryRows<{ n: number }>(db, sql`with gone as (${query} returning 1) select count(*)::int as n from gone`))[0]?.n ?? 0);
  const blocs = keep.blocCodes
    ? await count(sql`delete from "skill_blocks" where not "is_campus_data" and "certification_code" in ${codes}
        and "code" not in (select unnest(${sql.param(keep.blocCodes)}::text[]))`)
    : 0;
  const metiers = await count(sql`delete from "certification_metiers" m where m."origin" = ${keep.origin} and m."certification_code" in ${codes}
      and not exists (select 1 from unnest(${sql.param(keep.metiers[0])}::text[], ${sql.param(keep.metiers[1])}::text[]) as k(c, r)
        where k.c = m."certification_code" and k.r = m."rome_code")`);
  const successions = await count(sql`delete from "certification_successions" s where s."origin" = ${keep.origin}
      and (s."previous_code" in ${codes} or s."next_code" in ${codes})
      and not exists (select 1 from unnest(${sql.param(keep.successions[0])}::text[], ${sql.param(keep.successions[1])}::text[]) as k(p, n)
        where k.p = s."previous_code" and k.n = s."next_code")`);
  return { skill_blocks: blocs, certification_metiers: metiers, certification_successions: successions };
}

/**
 * Where each ROME code leads among the fiches in the database: a ROME 3 code (a parent) to every fiche it is the
 * parent of (itself included), a ROME 4 sub-fiche code to itself.
 */
export async function loadRomeTargets(db: Db): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ code: string; parent: string | null }>(db, sql`select "rome_code" as code, "parent_code" as parent from "metiers"`);
  const targets = new Map<string, string[]>();
  for (const { code, parent } of rows) {
    if (parent) targets.set(parent, [...(targets.get(parent) ?? []), code]);
  }
  for (const { code } of rows) if (!targets.has(code)) targets.set(code, [code]);
  for (const list of targets.values()) list.sort();
  return targets;
}

/** Row counts and content hashes of the certification tables: how tests prove « nothing changed ». */
export async function certificationFingerprint(db: Db): Promise<Record<string, { rows: number; hash: string }>> {
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const name of ['certifications', 'skill_blocks', 'certification_metiers', 'certification_successions']) {
    const [row] = await queryRows<{ rows: number; hash: string | null }>(
      db,
      sql`select count(*)::int as rows, md5(string_agg(t::text, chr(10) order by t::text)) as hash from ${ident(name)} t`,
    );
    result[name] = { rows: Number(row?.rows ?? 0), hash: row?.hash ?? '' };
  }
  return result;
}
