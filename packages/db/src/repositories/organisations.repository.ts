import { sql } from 'drizzle-orm';
import type { OrganisationType } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';
import { refreshSessionSearch } from './sessions-search.repository';

export interface OrganisationProfileFields {
  description: string | null;
  websiteUrl: string | null;
  siret: string | null;
  uai: string | null;
  naf: string | null;
}

export async function updateOrganisationProfileRow(db: Db, organisationId: number, p: OrganisationProfileFields): Promise<void> {
  await db.execute(sql`
    update organisations set description = ${p.description}, website_url = ${p.websiteUrl}, siret = ${p.siret}, uai = ${p.uai}, naf = ${p.naf}
    where id = ${organisationId}`);
}

/** A commune's position, or null when the commune is unknown. */
async function communePosition(db: Db, code: string): Promise<{ latitude: number | null; longitude: number | null } | null> {
  const [row] = await queryRows<{ latitude: number | null; longitude: number | null }>(db, sql`select latitude, longitude from communes where insee_code = ${code}`);
  return row ?? null;
}

/** Adds a site placed at its commune; null when the commune is unknown. */
export async function insertOrganisationSite(db: Db, organisationId: number, s: { label: string; address: string | null; communeCode: string }): Promise<number | null> {
  const position = await communePosition(db, s.communeCode);
  if (!position) return null;
  const [row] = await queryRows<{ id: number }>(db, sql`
    insert into organisation_sites (organisation_id, label, address, commune_code, latitude, longitude)
    values (${organisationId}, ${s.label}, ${s.address}, ${s.communeCode}, ${position.latitude}, ${position.longitude}) returning id`);
  return row!.id;
}

/** Removes a site no session uses: 'removed', 'in-use' or 'unknown'. */
export async function deleteOrganisationSiteRow(db: Db, organisationId: number, siteId: number): Promise<'removed' | 'in-use' | 'unknown'> {
  const [site] = await queryRows<{ used: boolean }>(db, sql`
    select exists (select 1 from training_sessions where site_id = ${siteId}) as used
    from organisation_sites where id = ${siteId} and organisation_id = ${organisationId}`);
  if (!site) return 'unknown';
  if (site.used) return 'in-use';
  await db.execute(sql`delete from organisation_sites where id = ${siteId} and organisation_id = ${organisationId}`);
  return 'removed';
}

export interface NetworkCandidateRow {
  id: number;
  slug: string;
  name: string;
  type: OrganisationType;
  siret: string | null;
  commune: string | null;
  message: string | null;
  requestedBy: string;
  requestedByEmail: string;
  requestedById: number;
  requestedAt: Date;
}

/** Whether a member or a pending candidate already has this name (compared unaccented) or SIRET (a refused one may apply again). */
export async function organisationExists(db: Db, name: string, siret: string | null): Promise<boolean> {
  const rows = await queryRows(db, sql`
    select 1 from organisations o
    where (o.is_member or exists (select 1 from organisation_memberships m where m.organisation_id = o.id and m.status = 'pending'))
      and (lower(public.unaccent(o.name)) = lower(public.unaccent(${name})) ${siret ? sql`or o.siret = ${siret}` : sql``}) limit 1`);
  return rows.length > 0;
}

/**
 * An organisation asking to join: stored outside the network (is_member false: no public page, no search) with its
 * applicant as a pending admin, and its first site at its commune.
 */
export async function insertNetworkCandidate(
  db: Db,
  c: { slug: string; name: string; type: OrganisationType; siret: string | null; communeCode: string; communeName: string; userId: number; message: string | null; now: Date },
): Promise<number> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [org] = await queryRows<{ id: number }>(tx, sql`
      insert into organisations (slug, name, type, siret, is_member) values (${c.slug}, ${c.name}, ${c.type}, ${c.siret}, false) returning id`);
    await insertOrganisationSite(tx, org!.id, { label: c.communeName, address: null, communeCode: c.communeCode });
    await tx.execute(sql`
      insert into organisation_memberships (organisation_id, user_id, role, status, message, requested_at)
      values (${org!.id}, ${c.userId}, 'admin', 'pending', ${c.message}, ${c.now.toISOString()})`);
    return org!.id;
  });
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from organisations where slug = ${slug}`)).length > 0;
}

export async function listNetworkCandidateRows(db: Db, slug?: string): Promise<NetworkCandidateRow[]> {
  const rows = await queryRows<NetworkCandidateRow>(db, sql`
    select o.id, o.slug, o.name, o.type, o.siret, c.name as commune, m.message, u.display_name as "requestedBy", u.email as "requestedByEmail",
           u.id as "requestedById", m.requested_at as "requestedAt"
    from organisations o
    join organisation_memberships m on m.organisation_id = o.id and m.status = 'pending' and m.role = 'admin'
    join users u on u.id = m.user_id and u.erased_at is null
    left join lateral (select s.commune_code from organisation_sites s where s.organisation_id = o.id order by s.id limit 1) s on true
    left join communes c on c.insee_code = s.commune_code
    where not o.is_member ${slug ? sql`and o.slug = ${slug}` : sql``}
    order by m.requested_at, o.id`);
  return rows.map((r) => ({ ...r, requestedAt: new Date(r.requestedAt) }));
}

/** Approve: the organisation joins the network (its search documents are rebuilt) and its applicant becomes its admin. */
export async function decideNetworkCandidateRow(db: Db, candidate: NetworkCandidateRow, approve: boolean, decidedBy: number, now: Date): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await tx.execute(sql`
      update organisation_memberships set status = ${approve ? 'active' : 'refused'}, decided_at = ${now.toISOString()}, decided_by = ${decidedBy}
      where organisation_id = ${candidate.id} and user_id = ${candidate.requestedById}`);
    if (approve) {
      await tx.execute(sql`update organisations set is_member = true where id = ${candidate.id}`);
      await refreshSessionSearch(tx);
    }
  });
}
