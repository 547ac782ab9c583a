import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Funding, LheoFormation, LheoPlace, Modality } from '@passerelles/domain';
import type { Db } from '../client';
import { certifications, communes, organisationSites, organisations, trainingSessions, trainings } from '../schema/index';

// ---------------------------------------------------------------------------------------------------------------
// Export: the published offer, shaped for the LHÉO writer

type PlaceRow = {
  label: string | null;
  address: string | null;
  inseeCode: string | null;
  communeName: string | null;
  postalCodes: string[] | null;
  departement: string | null;
  latitude: number | null;
  longitude: number | null;
};

const placeOf = (row: PlaceRow): LheoPlace | null =>
  row.label === null
    ? null
    : {
      label: row.label,
      address: row.address,
      inseeCode: row.inseeCode,
      communeName: row.communeName,
      postalCode: row.postalCodes?.[0] ?? null,
      departement: row.departement,
      latitude: row.latitude,
      longitude: row.longitude,
    };

const siteColumns = {
  label: organisationSites.label,
  address: organisationSites.address,
  inseeCode: organisationSites.communeCode,
  communeName: communes.name,
  postalCodes: communes.postalCodes,
  departement: communes.departement,
  latitude: sql<number | null>`coalesce(${organisationSites.latitude}, ${communes.latitude})`,
  longitude: sql<number | null>`coalesce(${organisationSites.longitude}, ${communes.longitude})`,
};

/**
 * The published trainings (all organisations, or the one whose slug is given) with their sessions, sites and
 * organisations. `organisationFound` is false when a slug names no organisation.
 */
export async function readLheoOffer(db: Db, filter: { organisationSlug?: string } = {}): Promise<{ organisationFound: boolean; formations: LheoFormation[] }> {
  let organisationId: number | null = null;
  if (filter.organisationSlug !== undefined) {
    const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, filter.organisationSlug));
    if (!row) return { organisationFound: false, formations: [] };
    organisationId = row.id;
  }
  const rows = await db
    .select({
      training: trainings,
      organisation: organisations,
      exitLevel: certifications.level,
    })
    .from(trainings)
    .innerJoin(organisations, eq(organisations.id, trainings.organisationId))
    .leftJoin(certifications, eq(certifications.code, trainings.certificationCode))
    .where(and(eq(trainings.status, 'published'), organisationId === null ? undefined : eq(trainings.organisationId, organisationId)))
    .orderBy(asc(organisations.name), asc(trainings.title), asc(trainings.id));
  if (rows.length === 0) return { organisationFound: true, formations: [] };

  const trainingIds = rows.map((r) => r.training.id);
  const sessions = await db
    .select({ session: trainingSessions, ...siteColumns })
    .from(trainingSessions)
    .leftJoin(organisationSites, eq(organisationSites.id, trainingSessions.siteId))
    .leftJoin(communes, eq(communes.inseeCode, organisationSites.communeCode))
    .where(inArray(trainingSessions.trainingId, trainingIds))
    .orderBy(asc(trainingSessions.startDate), asc(trainingSessions.id));
  const organisationIds = [...new Set(rows.map((r) => r.organisation.id))];
  const sites = await db
    .select({ organisationId: organisationSites.organisationId, ...siteColumns })
    .from(organisationSites)
    .leftJoin(communes, eq(communes.inseeCode, organisationSites.communeCode))
    .where(inArray(organisationSites.organisationId, organisationIds))
    .orderBy(asc(organisationSites.id));
  const firstSite = new Map<number, LheoPlace | null>();
  for (const site of sites) if (!firstSite.has(site.organisationId)) firstSite.set(site.organisationId, placeOf(site));

  const byTraining = new Map<number, LheoFormation['sessions']>();
  for (const { session: s, ...site } of sessions) {
    const list = byTraining.get(s.trainingId) ?? [];
    list.push({
      id: s.id,
      externalId: s.externalId,
      modality: s.modality,
      startDate: s.startDate,
      endDate: s.endDate,
      durationHours: s.durationHours,
      priceEur: s.priceEur,
      fundings: s.fundings,
      capacity: s.capacity,
      seatsLeft: s.seatsLeft,
      registrationUrl: s.registrationUrl,
      isDemo: s.isDemo,
      place: placeOf(site),
    });
    byTraining.set(s.trainingId, list);
  }

  const formations = rows.map(({ training: t, organisation: o, exitLevel }): LheoFormation => ({
    id: t.id,
    externalId: t.externalId,
    title: t.title,
    description: t.description,
    objective: t.objective,
    content: t.content,
    expectedResults: t.expectedResults,
    entryLevel: t.entryLevel,
    exitLevel,
    entryRequirements: t.entryRequirements,
    accessibility: t.accessibility,
    contact: { label: t.contactLabel, email: t.contactEmail, phone: t.contactPhone, url: t.contactUrl },
    formacodes: t.formacodes,
    url: t.url,
    certificationCode: t.certificationCode,
    isDemo: t.isDemo,
    organisation: { slug: o.slug, name: o.name, siret: o.siret, uai: o.uai, websiteUrl: o.websiteUrl, isDemo: o.isDemo, place: firstSite.get(o.id) ?? null },
    sessions: byTraining.get(t.id) ?? [],
  }));
  return { organisationFound: true, formations };
}

// ---------------------------------------------------------------------------------------------------------------
// Import: writes of the LHÉO source, inside the import's transaction

export interface MemberOrganisation {
  id: number;
  slug: string;
  name: string;
  siret: string | null;
  uai: string | null;
}

/** Members of the network: the only organisations an LHÉO offer may be attached to. */
export async function listMemberOrganisations(db: Db): Promise<MemberOrganisation[]> {
  return db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, siret: organisations.siret, uai: organisations.uai })
    .from(organisations)
    .where(eq(organisations.isMember, true))
    .orderBy(asc(organisations.id));
}

export async function existingCertificationCodes(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: certifications.code }).from(certifications).where(inArray(certifications.code, codes));
  return new Set(rows.map((r) => r.code));
}

export interface CommuneMatch {
  inseeCode: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

const foldName = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').replace(/\bSTE?\b/g, (m) => (m === 'ST' ? 'SAINT' : 'SAINTE')).trim();

/** The commune of a place: by INSEE code when the list holds it, else by postal code (and city when several share it). */
export async function findCommuneForPlace(db: Db, place: { inseeCode: string | null; postalCode: string | null; city: string | null }): Promise<CommuneMatch | null> {
  const columns = { inseeCode: communes.inseeCode, name: communes.name, latitude: communes.latitude, longitude: communes.longitude };
  if (place.inseeCode) {
    const [row] = await db.select(columns).from(communes).where(eq(communes.inseeCode, place.inseeCode));
    if (row) return row;
  }
  if (!place.postalCode) return null;
  const rows = await db.select(columns).from(communes).where(sql`${place.postalCode} = any(${communes.postalCodes})`);
  if (rows.length === 1 && !place.city) return rows[0]!;
  const city = place.city ? foldName(place.city) : null;
  const named = city ? rows.filter((r) => foldName(r.name) === city) : [];
  if (named.length === 1) return named[0]!;
  return rows.length === 1 ? rows[0]! : null;
}

export interface SiteValues {
  label: string;
  address: string | null;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The organisation's site in that commune (same label first), or a new site. */
export async function findOrCreateSite(db: Db, organisationId: number, site: SiteValues): Promise<{ id: number; created: boolean }> {
  const existing = await db
    .select({ id: organisationSites.id, label: organisationSites.label, communeCode: organisationSites.communeCode })
    .from(organisationSites)
    .where(eq(organisationSites.organisationId, organisationId))
    .orderBy(asc(organisationSites.id));
  const sameLabel = (s: { label: string }) => foldName(s.label) === foldName(site.label);
  const inCommune = site.communeCode ? existing.filter((s) => s.communeCode === site.communeCode) : existing.filter(sameLabel);
  const match = inCommune.find(sameLabel) ?? (site.communeCode ? inCommune[0] : undefined);
  if (match) return { id: match.id, created: false };
  const [row] = await db.insert(organisationSites).values({ organisationId, ...site }).returning({ id: organisationSites.id });
  return { id: row!.id, created: true };
}

export interface LheoTrainingValues {
  title: string;
  description: string | null;
  objective: string | null;
  content: string | null;
  expectedResults: string | null;
  entryLevel: number | null;
  entryRequirements: string | null;
  accessibility: string | null;
  contactLabel: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactUrl: string | null;
  formacodes: string[];
  url: string | null;
  certificationCode: string | null;
  isDemo: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const changed = <T extends object>(values: T, row: Record<string, unknown>) => (Object.keys(values) as (keyof T & string)[]).some((k) => !same(values[k], row[k]));

export type SaveOutcome = 'inserted' | 'updated' | 'unchanged';

/**
 * Creates or updates the organisation's training of that external id (source lheo, published). A training the
 * campus entered with the same id is not taken over: `campusConflict`.
 */
export async function saveLheoTraining(
  db: Db, organisationId: number, externalId: string, values: LheoTrainingValues,
): Promise<{ id: number; outcome: SaveOutcome } | { campusConflict: true }> {
  const [row] = await db.select().from(trainings).where(and(eq(trainings.organisationId, organisationId), eq(trainings.externalId, externalId)));
  if (!row) {
    const [inserted] = await db
      .insert(trainings)
      .values({ organisationId, externalId, source: 'lheo', status: 'published', ...values })
      .returning({ id: trainings.id });
    return { id: inserted!.id, outcome: 'inserted' };
  }
  if (row.source !== 'lheo') return { campusConflict: true };
  if (!changed(values, row) && row.status === 'published') return { id: row.id, outcome: 'unchanged' };
  await db.update(trainings).set({ ...values, status: 'published', updatedAt: new Date() }).where(eq(trainings.id, row.id));
  return { id: row.id, outcome: 'updated' };
}

export interface LheoSessionValues {
  externalId: string;
  siteId: number | null;
  modality: Modality;
  startDate: string | null;
  endDate: string | null;
  durationHours: number | null;
  priceEur: string | null;
  fundings: Funding[];
  capacity: number | null;
  seatsLeft: number | null;
  registrationUrl: string | null;
  isDemo: boolean;
}

/** Makes the training's sessions those of the file: keyed by external id; sessions the file no longer has go. */
export async function replaceLheoSessions(db: Db, trainingId: number, sessions: LheoSessionValues[]): Promise<{ inserted: number; updated: number; removed: number }> {
  const existing = new Map((await db.select().from(trainingSessions).where(eq(trainingSessions.trainingId, trainingId))).map((s) => [s.externalId, s]));
  let inserted = 0;
  let updated = 0;
  for (const session of sessions) {
    const row = existing.get(session.externalId);
    existing.delete(session.externalId);
    if (!row) {
      await db.insert(trainingSessions).values({ trainingId, ...session });
      inserted++;
    } else if (changed(session, row)) {
      await db.update(trainingSessions).set(session).where(eq(trainingSessions.id, row.id));
      updated++;
    }
  }
  const gone = [...existing.values()].map((s) => s.id);
  if (gone.length) await db.delete(trainingSessions).where(inArray(trainingSessions.id, gone));
  return { inserted, updated, removed: gone.length };
}

/** Archives (never deletes) the organisation's LHÉO trainings that a newer file no longer has. */
export async function archiveLheoTrainingsNotIn(db: Db, organisationId: number, keptExternalIds: string[]): Promise<number> {
  const rows = await db
    .select({ id: trainings.id, externalId: trainings.externalId })
    .from(trainings)
    .where(and(eq(trainings.organisationId, organisationId), eq(trainings.source, 'lheo'), ne(trainings.status, 'archived')));
  const kept = new Set(keptExternalIds);
  const gone = rows.filter((r) => r.externalId === null || !kept.has(r.externalId)).map((r) => r.id);
  if (gone.length) await db.update(trainings).set({ status: 'archived', updatedAt: new Date() }).where(inArray(trainings.id, gone));
  return gone.length;
}
