import { sql } from 'drizzle-orm';
import type { Funding, Modality, OrganisationType } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

/** The region whose outcome indicators a training page shows first (INSEE 28: Normandie). */
export const OUTCOMES_REGION = '28';

export interface TrainingOutcome {
  cohort: string;
  region: string | null;
  route: 'scolaire' | 'apprentissage';
  leavers: number | null;
  employment6: number | null;
  employment12: number | null;
  employment24: number | null;
  furtherStudy: number | null;
}

export interface TrainingSession {
  id: number;
  startDate: string | null;
  endDate: string | null;
  modality: Modality;
  durationHours: number | null;
  priceEur: number | null;
  fundings: Funding[];
  capacity: number | null;
  seatsLeft: number | null;
  isDemo: boolean;
  commune: { code: string; name: string; departement: string } | null;
  distanceKm: number | null;
}

export interface TrainingDetail {
  id: number;
  title: string;
  objective: string | null;
  content: string | null;
  entryLevel: number | null;
  entryRequirements: string | null;
  accessibility: string | null;
  contact: { label: string | null; email: string | null; phone: string | null; url: string | null };
  isDemo: boolean;
  certification: { code: string; title: string; level: number | null; type: string | null } | null;
  blocks: { code: string; label: string }[];
  organisation: { id: number; slug: string; name: string; type: OrganisationType; qualiopi: boolean; websiteUrl: string | null };
  sessions: TrainingSession[];
  outcomes: TrainingOutcome[];
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * One training with its certification, the blocs it covers, its organisation, its sessions (by start date) and the
 * InserJeunes outcomes of its certification's diplomas (CFD codes): the campus region's rows when the table has
 * some, otherwise every region's. Rates stay null where the producer did not publish them.
 */
export async function getTrainingDetail(db: Db, id: number): Promise<TrainingDetail | null> {
  const [t] = await queryRows<Record<string, unknown>>(db, sql`
    select t.id, t.title, t.objective, t.content, t.entry_level, t.entry_requirements, t.accessibility,
           t.contact_label, t.contact_email, t.contact_phone, t.contact_url, t.is_demo,
           c.code as cert_code, c.title as cert_title, c.level as cert_level, c.type as cert_type, c.cfd_codes,
           o.id as org_id, o.slug as org_slug, o.name as org_name, o.type as org_type, o.qualiopi, o.website_url
    from trainings t
    join organisations o on o.id = t.organisation_id
    left join certifications c on c.code = t.certification_code
    where t.id = ${id}`);
  if (!t) return null;
  const cfdCodes = (t.cfd_codes as string[] | null) ?? [];
  const [blocks, sessions, outcomes] = await Promise.all([
    queryRows<{ code: string; label: string }>(db, sql`
      select b.code, b.label from training_skill_blocks tb join skill_blocks b on b.code = tb.block_code
      where tb.training_id = ${id} order by b.code`),
    queryRows<Record<string, unknown>>(db, sql`
      select s.id, s.start_date::text as start_date, s.end_date::text as end_date, s.modality, s.duration_hours,
             s.price_eur::text as price_eur, s.fundings, s.capacity, s.seats_left, s.is_demo,
             cm.insee_code as commune_code, cm.name as commune_name, cm.departement as commune_departement
      from training_sessions s
      left join organisation_sites site on site.id = s.site_id
      left join communes cm on cm.insee_code = site.commune_code
      where s.training_id = ${id}
      order by s.start_date asc nulls last, s.id`),
    cfdCodes.length ? outcomesFor(db, cfdCodes) : Promise.resolve([]),
  ]);
  return {
    id: Number(t.id),
    title: t.title as string,
    objective: (t.objective as string | null) ?? null,
    content: (t.content as string | null) ?? null,
    entryLevel: num(t.entry_level),
    entryRequirements: (t.entry_requirements as string | null) ?? null,
    accessibility: (t.accessibility as string | null) ?? null,
    contact: {
      label: (t.contact_label as string | null) ?? null,
      email: (t.contact_email as string | null) ?? null,
      phone: (t.contact_phone as string | null) ?? null,
      url: (t.contact_url as string | null) ?? null,
    },
    isDemo: Boolean(t.is_demo),
    certification: t.cert_code
      ? { code: t.cert_code as string, title: t.cert_title as string, level: num(t.cert_level), type: (t.cert_type as string | null) ?? null }
      : null,
    blocks,
    organisation: {
      id: Number(t.org_id), slug: t.org_slug as string, name: t.org_name as string, type: t.org_type as OrganisationType,
      qualiopi: Boolean(t.qualiopi), websiteUrl: (t.website_url as string | null) ?? null,
    },
    sessions: sessions.map((s) => ({
      id: Number(s.id),
      startDate: (s.start_date as string | null) ?? null,
      endDate: (s.end_date as string | null) ?? null,
      modality: s.modality as Modality,
      durationHours: num(s.duration_hours),
      priceEur: num(s.price_eur),
      fundings: (s.fundings as Funding[] | null) ?? [],
      capacity: num(s.capacity),
      seatsLeft: num(s.seats_left),
      isDemo: Boolean(s.is_demo),
      commune: s.commune_code
        ? { code: s.commune_code as string, name: (s.commune_name as string | null) ?? '', departement: (s.commune_departement as string | null) ?? '' }
        : null,
      distanceKm: null,
    })),
    outcomes,
  };
}

async function outcomesFor(db: Db, cfdCodes: string[]): Promise<TrainingOutcome[]> {
  const codes = sql`array[${sql.join(cfdCodes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    with matching as (select * from outcomes where cfd = any(${codes})),
         chosen as (
           select * from matching
           where region_code = ${OUTCOMES_REGION} or not exists (select 1 from matching where region_code = ${OUTCOMES_REGION}))
    select cohort, region_code, route, leavers, employment_rate_6_months, employment_rate_12_months,
           employment_rate_24_months, further_study_rate
    from chosen
    order by cohort desc, (region_code = ${OUTCOMES_REGION}) desc, region_code, route, id
    limit 100`);
  return rows.map((r) => ({
    cohort: r.cohort as string,
    region: (r.region_code as string | null) ?? null,
    route: r.route as TrainingOutcome['route'],
    leavers: num(r.leavers),
    employment6: num(r.employment_rate_6_months),
    employment12: num(r.employment_rate_12_months),
    employment24: num(r.employment_rate_24_months),
    furtherStudy: num(r.further_study_rate),
  }));
}
