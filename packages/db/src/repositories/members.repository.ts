import { sql } from 'drizzle-orm';
import { MODALITIES, ORGANISATION_TYPES, type Modality, type OrganisationType } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

export interface MemberSite {
  label: string;
  commune: { code: string; name: string; departement: string } | null;
  latitude: number | null;
  longitude: number | null;
}

export interface MemberSummaryRow {
  id: number;
  slug: string;
  name: string;
  type: OrganisationType;
  qualiopi: boolean;
  isDemo: boolean;
  sites: MemberSite[];
  trainingCount: number;
}

export interface MemberFilters {
  type?: readonly OrganisationType[];
  departement?: readonly string[];
  q?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

interface SiteRow extends MemberSite {
  organisationId: number;
}

/** Sites of the given organisations with their commune, in a stable order (site id). */
async function sitesOf(db: Db, organisationIds: number[]): Promise<Map<number, MemberSite[]>> {
  const bySite = new Map<number, MemberSite[]>();
  if (!organisationIds.length) return bySite;
  const rows = await queryRows<SiteRow & { communeCode: string | null; communeName: string | null; communeDepartement: string | null }>(db, sql`
    select s.organisation_id as "organisationId", s.label, s.latitude, s.longitude,
           c.insee_code as "communeCode", c.name as "communeName", c.departement as "communeDepartement"
    from organisation_sites s left join communes c on c.insee_code = s.commune_code
    where s.organisation_id in (${sql.join(organisationIds.map((id) => sql`${id}`), sql`, `)})
    order by s.organisation_id, s.id`);
  for (const r of rows) {
    const site: MemberSite = {
      label: r.label,
      commune: r.communeCode ? { code: r.communeCode, name: r.communeName!, departement: r.communeDepartement! } : null,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
    };
    bySite.set(r.organisationId, [...(bySite.get(r.organisationId) ?? []), site]);
  }
  return bySite;
}

/** « Évreux », « evreux », « ÉVREUX » are the same words; `%` and `_` are letters, not wildcards. */
function nameCondition(q: string | undefined) {
  const words = q?.trim();
  if (!words) return sql``;
  const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`and lower(unaccent(o.name)) like lower(unaccent(${pattern}))`;
}

const departementsOf = (m: MemberSummaryRow) => new Set(m.sites.flatMap((s) => (s.commune ? [s.commune.departement] : [])));

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/**
 * The network's members, by name, with their sites and number of published trainings. Facets count what each
 * choice would give with the other filters kept (a type's count ignores the type filter, and so on), so a
 * person sees where each click leads. A network has tens to hundreds of members: the filtering after the one
 * query is in memory.
 */
export async function listMembers(db: Db, filters: MemberFilters): Promise<{ items: MemberSummaryRow[]; total: number; facets: { type: FacetCount[]; departement: FacetCount[] } }> {
  const rows = await queryRows<Omit<MemberSummaryRow, 'sites'>>(db, sql`
    select o.id, o.slug, o.name, o.type, o.qualiopi, o.is_demo as "isDemo",
           (select count(*)::int from trainings t where t.organisation_id = o.id and t.status = 'published') as "trainingCount"
    from organisations o
    where o.is_member ${nameCondition(filters.q)}`);
  const sites = await sitesOf(db, rows.map((r) => r.id));
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  const all = rows
    .map((r) => ({ ...r, trainingCount: Number(r.trainingCount), sites: sites.get(r.id) ?? [] }))
    .sort((a, b) => collator.compare(a.name, b.name));

  const typeOk = (m: MemberSummaryRow) => !filters.type?.length || filters.type.includes(m.type);
  const departementOk = (m: MemberSummaryRow) => {
    if (!filters.departement?.length) return true;
    const mine = departementsOf(m);
    return filters.departement.some((d) => mine.has(d));
  };
  const items = all.filter((m) => typeOk(m) && departementOk(m));

  const types = countBy(all.filter(departementOk).map((m) => m.type));
  const departements = countBy(all.filter(typeOk).flatMap((m) => [...departementsOf(m)]));
  return {
    items,
    total: items.length,
    facets: {
      type: ORGANISATION_TYPES.filter((t) => types.has(t)).map((t) => ({ value: t, count: types.get(t)! })),
      departement: [...departements.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([value, count]) => ({ value, count })),
    },
  };
}

export interface MemberTraining {
  id: number;
  title: string;
  certification: { code: string; title: string; level: number | null; type: string | null } | null;
  sessionCount: number;
  modalities: Modality[];
}

/** One member by its slug, with its sites, identifiers and published trainings; null when unknown. */
export async function getMemberDetail(db: Db, slug: string) {
  const [row] = await queryRows<Omit<MemberSummaryRow, 'sites' | 'trainingCount'> & {
    siret: string | null; uai: string | null; naf: string | null; description: string | null; websiteUrl: string | null;
  }>(db, sql`
    select o.id, o.slug, o.name, o.type, o.qualiopi, o.is_demo as "isDemo", o.siret, o.uai, o.naf, o.description, o.website_url as "websiteUrl"
    from organisations o where o.slug = ${slug} and o.is_member`);
  if (!row) return null;
  const [sites, trainings] = await Promise.all([
    sitesOf(db, [row.id]),
    queryRows<{ id: number; title: string; code: string | null; certTitle: string | null; level: number | null; certType: string | null; sessionCount: number; modalities: string[] | null }>(db, sql`
      select t.id, t.title, c.code, c.title as "certTitle", c.level::int as level, c.type as "certType",
             (select count(*)::int from training_sessions s where s.training_id = t.id) as "sessionCount",
             (select array_agg(distinct s.modality) from training_sessions s where s.training_id = t.id) as modalities
      from trainings t left join certifications c on c.code = t.certification_code
      where t.organisation_id = ${row.id} and t.status = 'published'
      order by c.level nulls last, t.title, t.id`),
  ]);
  const items: MemberTraining[] = trainings.map((t) => ({
    id: t.id,
    title: t.title,
    certification: t.code ? { code: t.code, title: t.certTitle!, level: t.level === null ? null : Number(t.level), type: t.certType } : null,
    sessionCount: Number(t.sessionCount),
    modalities: MODALITIES.filter((m) => (t.modalities ?? []).includes(m)),
  }));
  return { ...row, sites: sites.get(row.id) ?? [], trainingCount: items.length, trainings: items };
}
