import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../query';

/**
 * Everything the platform holds about one person (RGPD art. 15 and 20): the account, linked identities, memberships,
 * open sessions (dates only: the tokens are secrets) and the audit entries about them or by them.
 */
export async function exportPersonalData(db: Db, userId: number): Promise<Record<string, unknown>> {
  const [account] = await queryRows<Record<string, unknown>>(db, sql`
    select id, email, display_name as "displayName", account_type as "accountType", platform_role as "platformRole",
           email_verified_at as "emailVerifiedAt", parent_email as "parentEmail", parental_consent_at as "parentalConsentAt",
           created_at as "createdAt", last_sign_in_at as "lastSignInAt", password_hash is not null as "hasPassword"
    from users where id = ${userId} and erased_at is null`);
  const identities = await queryRows(db, sql`select issuer, subject, created_at as "createdAt" from user_identities where user_id = ${userId} order by created_at`);
  const memberships = await queryRows(db, sql`
    select o.name as organisation, m.role, m.status, m.message, m.requested_at as "requestedAt", m.decided_at as "decidedAt"
    from organisation_memberships m join organisations o on o.id = m.organisation_id where m.user_id = ${userId} order by m.requested_at`);
  const sessions = await queryRows(db, sql`
    select created_at as "createdAt", last_seen_at as "lastSeenAt", expires_at as "expiresAt" from auth_sessions where user_id = ${userId} order by created_at`);
  const audit = await queryRows(db, sql`
    select at, action, details, actor_user_id = ${userId} as "byYou" from audit_log
    where actor_user_id = ${userId} or subject_user_id = ${userId} order by id`);
  return { account: account ?? null, identities, memberships, sessions, audit };
}

/** Organisations where this person is the only active admin (erasing them would leave it without one). */
export async function organisationsOnlyAdministeredBy(db: Db, userId: number): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(db, sql`
    select o.name from organisation_memberships m join organisations o on o.id = m.organisation_id
    where m.user_id = ${userId} and m.status = 'active' and m.role = 'admin'
      and not exists (select 1 from organisation_memberships other join users u on u.id = other.user_id and u.erased_at is null
                      where other.organisation_id = m.organisation_id and other.user_id <> ${userId} and other.status = 'active' and other.role = 'admin')
    order by o.name`);
  return rows.map((r) => r.name);
}

/**
 * Erases an account (RGPD art. 17): sessions, links, identities and memberships go; the row stays, blank, so that what
 * the person did for an organisation (its trainings, the audit log) keeps a consistent reference without personal data.
 */
export async function eraseAccount(db: Db, userId: number, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of ['auth_sessions', 'user_tokens', 'user_identities', 'organisation_memberships']) {
      await tx.execute(sql`delete from ${sql.identifier(table)} where user_id = ${userId}`);
    }
    await tx.execute(sql`
      update users set email = 'efface-' || id || '@invalid', display_name = 'Compte effacé', password_hash = null,
             email_verified_at = null, platform_role = null, parent_email = null, parental_consent_at = null,
             last_sign_in_at = null, erased_at = ${now.toISOString()}
      where id = ${userId}`);
  });
}

/** How long each kind of record is kept (configuration, see the privacy page). */
export interface RetentionPolicy {
  /** Accounts never confirmed are deleted after this many days. */
  unverifiedAccountDays: number;
  /** Accounts with no sign-in for this many days are erased (after a warning, for a later issue). */
  inactiveAccountDays: number;
  /** Refused requests to join are deleted after this many days. */
  refusedRequestDays: number;
  /** Audit entries are deleted after this many days. */
  auditDays: number;
}

export interface RetentionReport {
  expiredSessions: number;
  expiredLinks: number;
  unverifiedAccounts: number;
  inactiveAccounts: number;
  refusedRequests: number;
  auditEntries: number;
  rateLimitWindows: number;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

async function count(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  return (await queryRows(db, query)).length;
}

/** Applies the retention periods; idempotent. Inactive accounts are erased one by one (same path as a person's own). */
export async function enforceRetention(db: Db, now: Date, policy: RetentionPolicy): Promise<RetentionReport> {
  const at = now.toISOString();
  const expiredSessions = await count(db, sql`delete from auth_sessions where expires_at <= ${at} returning 1`);
  const expiredLinks = await count(db, sql`delete from user_tokens where expires_at <= ${at} or used_at <= ${daysBefore(now, 1)} returning 1`);
  const unverifiedAccounts = await count(db, sql`
    delete from users where email_verified_at is null and erased_at is null and created_at <= ${daysBefore(now, policy.unverifiedAccountDays)}
      and not exists (select 1 from organisation_memberships m where m.user_id = users.id and m.status = 'active')
    returning 1`);
  const inactive = await queryRows<{ id: number }>(db, sql`
    select id from users where erased_at is null and platform_role is null
      and coalesce(last_sign_in_at, created_at) <= ${daysBefore(now, policy.inactiveAccountDays)}`);
  for (const { id } of inactive) await eraseAccount(db, id, now);
  const refusedRequests = await count(db, sql`
    delete from organisation_memberships where status = 'refused' and decided_at <= ${daysBefore(now, policy.refusedRequestDays)} returning 1`);
  const auditEntries = await count(db, sql`delete from audit_log where at <= ${daysBefore(now, policy.auditDays)} returning 1`);
  const rateLimitWindows = await count(db, sql`delete from rate_limits where window_start <= ${daysBefore(now, 1)} returning 1`);
  return { expiredSessions, expiredLinks, unverifiedAccounts, inactiveAccounts: inactive.length, refusedRequests, auditEntries, rateLimitWindows };
}

export const DEFAULT_RETENTION: RetentionPolicy = { unverifiedAccountDays: 30, inactiveAccountDays: 1095, refusedRequestDays: 365, auditDays: 365 };

/** The policy from RETENTION_* variables (days), each defaulting to DEFAULT_RETENTION; a bad value throws, naming it. */
export function retentionPolicyFromEnv(env: Record<string, string | undefined>): RetentionPolicy {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const days = Number(raw);
    if (!Number.isInteger(days) || days < 1) throw new Error(`Configuration invalide : ${name} doit être un nombre entier de jours (≥ 1), pas « ${raw} ».`);
    return days;
  };
  return {
    unverifiedAccountDays: read('RETENTION_UNVERIFIED_DAYS', DEFAULT_RETENTION.unverifiedAccountDays),
    inactiveAccountDays: read('RETENTION_INACTIVE_DAYS', DEFAULT_RETENTION.inactiveAccountDays),
    refusedRequestDays: read('RETENTION_REFUSED_DAYS', DEFAULT_RETENTION.refusedRequestDays),
    auditDays: read('RETENTION_AUDIT_DAYS', DEFAULT_RETENTION.auditDays),
  };
}
