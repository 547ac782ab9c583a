import { sql } from 'drizzle-orm';
import type { Funding, Modality } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

/**
 * The network's offer as the skills engine reads it: every upcoming session of a published training (or one with
 * permanent entry), with what it leads to and what it asks at entry. Read in one query and kept in memory by the
 * API for one catalogue version (see `catalogueVersion`), so that planning and gap closing never query per step.
 */
export interface CatalogueOffer {
  sessionId: number;
  trainingId: number;
  trainingTitle: string;
  organisation: { slug: string; name: string };
  commune: { code: string; name: string } | null;
  latitude: number | null;
  longitude: number | null;
  certification: { code: string; title: string; level: number | null; type: string | null } | null;
  /** Level asked at entry by the training itself (3–8), null when it says none. */
  entryLevel: number | null;
  entryRequirements: string | null;
  /** Blocs de compétences the training covers (empty: the whole certification). */
  blockCodes: string[];
  modality: Modality;
  startDate: string | null;
  endDate: string | null;
  durationHours: number | null;
  priceEur: number | null;
  fundings: Funding[];
  isDemo: boolean;
  /** InserJeunes employment rate 12 months after leaving (latest cohort, Normandy rows first), when published. */
  employmentRate: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function loadCatalogueOffers(db: Db, { today }: { today: string }): Promise<CatalogueOffer[]> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    with rates as (
      select distinct on (c.code) c.code, o.employment_rate_12_months as rate
      from certifications c
      join outcomes o on o.cfd = any(c.cfd_codes)
      where o.employment_rate_12_months is not null
        and exists (select 1 from trainings t where t.certification_code = c.code and t.status = 'published')
      order by c.code, o.cohort desc, (o.region_code = '28') desc, o.final_year_students desc, o.id
    ),
    blocks as (
      select b.training_id, array_agg(b.block_code order by b.block_code) as codes
      from training_skill_blocks b
      group by b.training_id
    )
    select s.id as session_id, t.id as training_id, t.title as training_title,
           o.slug as org_slug, o.name as org_name,
           cm.insee_code as commune_code, cm.name as commune_name,
           coalesce(site.latitude, cm.latitude) as latitude, coalesce(site.longitude, cm.longitude) as longitude,
           c.code as cert_code, c.title as cert_title, c.level as cert_level, c.type as cert_type,
           t.entry_level, t.entry_requirements,
           coalesce(bl.codes, '{}') as block_codes,
           s.modality, s.start_date::text as start_date, s.end_date::text as end_date, s.duration_hours, s.price_eur, s.fundings,
           (s.is_demo or t.is_demo) as is_demo, r.rate
    from training_sessions s
    join trainings t on t.id = s.training_id and t.status = 'published'
    join organisations o on o.id = t.organisation_id
    left join certifications c on c.code = t.certification_code
    left join organisation_sites site on site.id = s.site_id
    left join communes cm on cm.insee_code = site.commune_code
    left join rates r on r.code = c.code
    left join blocks bl on bl.training_id = t.id
    where s.start_date is null or s.start_date >= ${today}::date
    order by s.id`);
  return rows.map((r) => ({
    sessionId: Number(r.session_id),
    trainingId: Number(r.training_id),
    trainingTitle: r.training_title as string,
    organisation: { slug: r.org_slug as string, name: r.org_name as string },
    commune: r.commune_code ? { code: r.commune_code as string, name: r.commune_name as string } : null,
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    certification: r.cert_code
      ? { code: r.cert_code as string, title: r.cert_title as string, level: num(r.cert_level), type: (r.cert_type as string | null) ?? null }
      : null,
    entryLevel: num(r.entry_level),
    entryRequirements: (r.entry_requirements as string | null) ?? null,
    blockCodes: r.block_codes as string[],
    modality: r.modality as Modality,
    startDate: (r.start_date as string | null) ?? null,
    endDate: (r.end_date as string | null) ?? null,
    durationHours: num(r.duration_hours),
    priceEur: num(r.price_eur),
    fundings: r.fundings as Funding[],
    isDemo: Boolean(r.is_demo),
    employmentRate: num(r.rate),
  }));
}

/**
 * Which of the given skills each certification teaches, read from the ROME: a certification teaches the skills of
 * the métiers it prepares for (certification ↔ métier links of the registers and the campus). Only certifications
 * in `certifications` are looked at.
 */
export async function certificationSkillCoverage(db: Db, skills: readonly string[], certifications: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!skills.length || !certifications.length) return out;
  const rows = await queryRows<{ code: string; covers: string[] }>(db, sql`
    select cm.certification_code as code, array_agg(distinct ms.ogr_code order by ms.ogr_code) as covers
    from certification_metiers cm
    join metier_skills ms on ms.rome_code = cm.rome_code
    where ms.ogr_code = any(${sql`array[${sql.join(skills.map((s) => sql`${s}`), sql`, `)}]::text[]`})
      and cm.certification_code = any(${sql`array[${sql.join(certifications.map((c) => sql`${c}`), sql`, `)}]::text[]`})
    group by cm.certification_code`);
  for (const r of rows) out.set(r.code, r.covers);
  return out;
}

/** Certifications that lead to a métier (ROME code), with their level. */
export async function certificationsForMetier(db: Db, romeCode: string): Promise<{ code: string; title: string; level: number | null }[]> {
  const rows = await queryRows<{ code: string; title: string; level: number | null }>(db, sql`
    select c.code, c.title, c.level from certification_metiers cm join certifications c on c.code = cm.certification_code
    where cm.rome_code = ${romeCode} and c.is_active order by c.level nulls last, c.code`);
  return rows.map((r) => ({ ...r, level: num(r.level) }));
}
