import { sql } from 'drizzle-orm';
import type { Funding, Modality, OrganisationType } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';
import type { TrainingSource, TrainingStatus } from '../schema/network';
import { refreshSessionSearch } from './sessions-search.repository';

export interface SpaceOrganisation {
  id: number;
  slug: string;
  name: string;
  type: OrganisationType;
}

export async function findSpaceOrganisation(db: Db, slug: string): Promise<SpaceOrganisation | null> {
  const [row] = await queryRows<SpaceOrganisation>(db, sql`select id, slug, name, type from organisations where slug = ${slug} and is_member`);
  return row ?? null;
}

export interface TrainingFields {
  title: string;
  certificationCode: string | null;
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
  url: string | null;
}

export interface SessionFields {
  siteId: number | null;
  modality: Modality;
  startDate: string | null;
  endDate: string | null;
  durationHours: number | null;
  priceEur: number | null;
  fundings: Funding[];
  capacity: number | null;
  seatsLeft: number | null;
  registrationUrl: string | null;
}

export interface ManagedSessionRow extends SessionFields {
  id: number;
  siteLabel: string | null;
  commune: string | null;
}

export interface ManagedTrainingRow extends TrainingFields {
  id: number;
  status: TrainingStatus;
  certificationTitle: string | null;
  isDemo: boolean;
  source: TrainingSource;
  updatedAt: string;
  sessions: ManagedSessionRow[];
}

/** An organisation's trainings in every state, newest change first, each with its sessions (by start date). */
export async function listManagedTrainings(db: Db, organisationId: number, trainingId?: number): Promise<ManagedTrainingRow[]> {
  const rows = await queryRows<Omit<ManagedTrainingRow, 'sessions'> & { sessions: ManagedSessionRow[] | string; updatedAt: string | Date }>(db, sql`
    with sessions as (
      select s.training_id, json_agg(json_build_object(
               'id', s.id, 'siteId', s.site_id, 'siteLabel', site.label, 'commune', c.name, 'modality', s.modality,
               'startDate', s.start_date, 'endDate', s.end_date, 'durationHours', s.duration_hours,
               'priceEur', s.price_eur::float8, 'fundings', s.fundings, 'capacity', s.capacity, 'seatsLeft', s.seats_left,
               'registrationUrl', s.registration_url)
             order by s.start_date nulls last, s.id) as sessions
      from training_sessions s
      join trainings t on t.id = s.training_id and t.organisation_id = ${organisationId}
      left join organisation_sites site on site.id = s.site_id
      left join communes c on c.insee_code = site.commune_code
      group by s.training_id
    )
    select t.id, t.status, t.title, t.certification_code as "certificationCode", cert.title as "certificationTitle",
           t.description, t.objective, t.content, t.expected_results as "expectedResults", t.entry_level as "entryLevel",
           t.entry_requirements as "entryRequirements", t.accessibility, t.contact_label as "contactLabel",
           t.contact_email as "contactEmail", t.contact_phone as "contactPhone", t.url, t.is_demo as "isDemo", t.source,
           t.updated_at as "updatedAt", coalesce(s.sessions, '[]'::json) as sessions
    from trainings t
    left join certifications cert on cert.code = t.certification_code
    left join sessions s on s.training_id = t.id
    where t.organisation_id = ${organisationId} ${trainingId === undefined ? sql`` : sql`and t.id = ${trainingId}`}
    order by t.updated_at desc, t.id desc`);
  return rows.map((r) => ({
    ...r,
    updatedAt: new Date(r.updatedAt).toISOString(),
    sessions: typeof r.sessions === 'string' ? (JSON.parse(r.sessions) as ManagedSessionRow[]) : r.sessions,
  }));
}

export async function listOrganisationSites(db: Db, organisationId: number): Promise<{ id: number; label: string; commune: string | null }[]> {
  return queryRows(db, sql`
    select s.id, s.label, c.name as commune from organisation_sites s left join communes c on c.insee_code = s.commune_code
    where s.organisation_id = ${organisationId} order by s.id`);
}

export async function certificationExists(db: Db, code: string): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from certifications where code = ${code}`)).length > 0;
}

export async function siteBelongsTo(db: Db, siteId: number, organisationId: number): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from organisation_sites where id = ${siteId} and organisation_id = ${organisationId}`)).length > 0;
}

const trainingValues = (t: TrainingFields) => sql`
  ${t.title}, ${t.certificationCode}, ${t.description}, ${t.objective}, ${t.content}, ${t.expectedResults}, ${t.entryLevel},
  ${t.entryRequirements}, ${t.accessibility}, ${t.contactLabel}, ${t.contactEmail}, ${t.contactPhone}, ${t.url}`;
const TRAINING_COLUMNS = sql`title, certification_code, description, objective, content, expected_results, entry_level,
  entry_requirements, accessibility, contact_label, contact_email, contact_phone, url`;

/**
 * Every change to an organisation's offer goes through here: the write and the refresh of the search views in one
 * transaction, so what is committed is what the public search shows (and search caches see the new version).
 */
async function changeOffer<T>(db: Db, write: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const result = await write(tx);
    await refreshSessionSearch(tx);
    return result;
  });
}

/** A new training, as a draft (it reaches the public search once published). */
export async function insertTraining(db: Db, organisationId: number, t: TrainingFields): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, sql`
    insert into trainings (organisation_id, ${TRAINING_COLUMNS}, status, source)
    values (${organisationId}, ${trainingValues(t)}, 'draft', 'campus') returning id`);
  return row!.id;
}

/** `false` when the training is not the organisation's. */
export async function updateTrainingFields(db: Db, organisationId: number, id: number, t: TrainingFields): Promise<boolean> {
  return changeOffer(db, async (tx) => {
    const rows = await queryRows(tx, sql`
      update trainings set (${TRAINING_COLUMNS}) = (${trainingValues(t)}), updated_at = now()
      where id = ${id} and organisation_id = ${organisationId} returning 1`);
    return rows.length > 0;
  });
}

export async function updateTrainingStatus(db: Db, organisationId: number, id: number, status: TrainingStatus): Promise<boolean> {
  return changeOffer(db, async (tx) => {
    const rows = await queryRows(tx, sql`
      update trainings set status = ${status}, updated_at = now() where id = ${id} and organisation_id = ${organisationId} returning 1`);
    return rows.length > 0;
  });
}

const sessionValues = (s: SessionFields) => sql`
  ${s.siteId}, ${s.modality}, ${s.startDate}, ${s.endDate}, ${s.durationHours}, ${s.priceEur},
  ${sql`array[${sql.join(s.fundings.map((f) => sql`${f}`), sql`, `)}]::text[]`}, ${s.capacity}, ${s.seatsLeft}, ${s.registrationUrl}`;
const SESSION_COLUMNS = sql`site_id, modality, start_date, end_date, duration_hours, price_eur, fundings, capacity, seats_left, registration_url`;

/** Whether the training is the organisation's (sessions are only ever reached through their training). */
async function ownsTraining(db: Db, organisationId: number, trainingId: number): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from trainings where id = ${trainingId} and organisation_id = ${organisationId}`)).length > 0;
}

export async function insertSession(db: Db, organisationId: number, trainingId: number, s: SessionFields): Promise<boolean> {
  return changeOffer(db, async (tx) => {
    if (!(await ownsTraining(tx, organisationId, trainingId))) return false;
    await tx.execute(sql`insert into training_sessions (training_id, ${SESSION_COLUMNS}) values (${trainingId}, ${sessionValues(s)})`);
    await tx.execute(sql`update trainings set updated_at = now() where id = ${trainingId}`);
    return true;
  });
}

export async function updateSessionFields(db: Db, organisationId: number, trainingId: number, sessionId: number, s: SessionFields): Promise<boolean> {
  return changeOffer(db, async (tx) => {
    if (!(await ownsTraining(tx, organisationId, trainingId))) return false;
    const rows = await queryRows(tx, sql`
      update training_sessions set (${SESSION_COLUMNS}) = (${sessionValues(s)})
      where id = ${sessionId} and training_id = ${trainingId} returning 1`);
    if (rows.length) await tx.execute(sql`update trainings set updated_at = now() where id = ${trainingId}`);
    return rows.length > 0;
  });
}

export async function deleteSessionRow(db: Db, organisationId: number, trainingId: number, sessionId: number): Promise<boolean> {
  return changeOffer(db, async (tx) => {
    if (!(await ownsTraining(tx, organisationId, trainingId))) return false;
    const rows = await queryRows(tx, sql`delete from training_sessions where id = ${sessionId} and training_id = ${trainingId} returning 1`);
    if (rows.length) await tx.execute(sql`update trainings set updated_at = now() where id = ${trainingId}`);
    return rows.length > 0;
  });
}
