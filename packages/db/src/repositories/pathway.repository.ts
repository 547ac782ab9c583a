import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../query';

/** What the pathway planner needs to know about certifications beyond the sessions: names, levels, blocs, links. */
export interface PathwayReference {
  certifications: Map<string, { code: string; title: string; level: number | null; type: string | null; isActive: boolean }>;
  /** Every bloc of a certification (holding them all is holding it). */
  blocks: Record<string, string[]>;
  /** The campus chain: certification → those that follow it (curated progressions). */
  chainNext: Record<string, string[]>;
  /** Register successions: an old certification → the ones that replaced it (holding the old counts as the new). */
  successors: Record<string, string[]>;
}

function group(rows: { key: string; value: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { key, value } of rows) (out[key] ??= []).push(value);
  return out;
}

export async function loadPathwayReference(db: Db): Promise<PathwayReference> {
  const [certs, blocks, chain, successions] = await Promise.all([
    queryRows<{ code: string; title: string; level: number | null; type: string | null; is_active: boolean }>(
      db,
      sql`select code, title, level, type, is_active from certifications order by code`,
    ),
    queryRows<{ key: string; value: string }>(db, sql`select certification_code as key, code as value from skill_blocks order by 1, 2`),
    queryRows<{ key: string; value: string }>(db, sql`select from_code as key, to_code as value from chain_links order by 1, 2`),
    queryRows<{ key: string; value: string }>(db, sql`select previous_code as key, next_code as value from certification_successions order by 1, 2`),
  ]);
  return {
    certifications: new Map(certs.map((c) => [c.code, { code: c.code, title: c.title, level: c.level === null ? null : Number(c.level), type: c.type, isActive: c.is_active }])),
    blocks: group(blocks),
    chainNext: group(chain),
    successors: group(successions),
  };
}

/**
 * For a person's current métier (and, optionally, the skills they say they have): the certifications a VAE could
 * validate. A certification qualifies when it prepares for the person's métier itself, or for a métier of the same
 * domaine professionnel whose core skills the person's declared skills cover at least half of.
 */
export async function vaeCertifications(db: Db, romeCode: string, skills: readonly string[]): Promise<{ code: string; through: string; metierLabel: string }[]> {
  const skillList = sql`array[${sql.join(skills.length ? skills.map((s) => sql`${s}`) : [sql`''`], sql`, `)}]::text[]`;
  return queryRows<{ code: string; through: string; metierLabel: string }>(db, sql`
    with me as (select rome_code, domain_code from metiers where rome_code = ${romeCode}),
    candidates as (
      select cm.certification_code as code, m.rome_code as through, m.label as metier_label, (m.rome_code = me.rome_code) as own
      from me
      join metiers m on m.rome_code = me.rome_code or (m.domain_code = me.domain_code and m.domain_code is not null)
      join certification_metiers cm on cm.rome_code = m.rome_code
    ),
    eligible as (
      select c.* from candidates c
      where c.own or (
        select count(*) filter (where ms.ogr_code = any(${skillList}))::float / nullif(count(*), 0)
        from metier_skills ms where ms.rome_code = c.through and ms.is_core
      ) >= 0.5
    )
    select distinct on (code) code, through, metier_label as "metierLabel" from eligible order by code, own desc, through`);
}

/** The id of the last successful import of any source (0: none): reference data the planner reads changed with it. */
export async function lastImportRunId(db: Db): Promise<number> {
  const [row] = await queryRows<{ id: number | null }>(db, sql`select max(id) as id from import_runs where status = 'succeeded'`);
  return Number(row?.id ?? 0);
}
