import { sql } from 'drizzle-orm';
import type { AccountType, MembershipRole, MembershipStatus, PlatformRole, Principal, TokenPurpose } from '@passerelles/domain';
import type { Db } from '../client';
import { queryRows } from '../query';

// ---------------------------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------------------------

export interface UserRow {
  id: number;
  email: string;
  emailVerifiedAt: Date | null;
  passwordHash: string | null;
  displayName: string;
  accountType: AccountType;
  platformRole: PlatformRole | null;
  parentEmail: string | null;
  parentalConsentAt: Date | null;
  createdAt: Date;
  lastSignInAt: Date | null;
}

const USER_COLUMNS = sql`id, email, email_verified_at as "emailVerifiedAt", password_hash as "passwordHash", display_name as "displayName",
  account_type as "accountType", platform_role as "platformRole", parent_email as "parentEmail",
  parental_consent_at as "parentalConsentAt", created_at as "createdAt", last_sign_in_at as "lastSignInAt"`;

const asDate = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));
function toUser(r: UserRow): UserRow {
  return {
    ...r,
    emailVerifiedAt: asDate(r.emailVerifiedAt),
    parentalConsentAt: asDate(r.parentalConsentAt),
    createdAt: new Date(r.createdAt),
    lastSignInAt: asDate(r.lastSignInAt),
  };
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string | null;
  accountType: AccountType;
  platformRole?: PlatformRole | null;
  parentEmail?: string | null;
  emailVerifiedAt?: Date | null;
}

/** Creates an account; `null` when the address already has one (compared lower case). */
export async function createUser(db: Db, user: NewUser): Promise<number | null> {
  const [row] = await queryRows<{ id: number }>(db, sql`
    insert into users (email, display_name, password_hash, account_type, platform_role, parent_email, email_verified_at)
    values (${user.email}, ${user.displayName}, ${user.passwordHash}, ${user.accountType}, ${user.platformRole ?? null},
            ${user.parentEmail ?? null}, ${user.emailVerifiedAt?.toISOString() ?? null})
    on conflict (lower(email)) do nothing
    returning id`);
  return row?.id ?? null;
}

/** A live (not erased) account by e-mail address, case-insensitively. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await queryRows<UserRow>(db, sql`select ${USER_COLUMNS} from users where lower(email) = lower(${email}) and erased_at is null`);
  return row ? toUser(row) : null;
}

export async function getUser(db: Db, id: number): Promise<UserRow | null> {
  const [row] = await queryRows<UserRow>(db, sql`select ${USER_COLUMNS} from users where id = ${id} and erased_at is null`);
  return row ? toUser(row) : null;
}

export async function markEmailVerified(db: Db, userId: number, at: Date): Promise<void> {
  await db.execute(sql`update users set email_verified_at = coalesce(email_verified_at, ${at.toISOString()}) where id = ${userId}`);
}

export async function recordParentalConsent(db: Db, userId: number, at: Date): Promise<void> {
  await db.execute(sql`update users set parental_consent_at = coalesce(parental_consent_at, ${at.toISOString()}) where id = ${userId}`);
}

/** Sets a new password and signs the account out everywhere (a reset must end every session an attacker may hold). */
export async function setPassword(db: Db, userId: number, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`update users set password_hash = ${passwordHash} where id = ${userId}`);
    await tx.execute(sql`delete from auth_sessions where user_id = ${userId}`);
  });
}

export async function setPlatformRole(db: Db, userId: number, role: PlatformRole | null): Promise<void> {
  await db.execute(sql`update users set platform_role = ${role} where id = ${userId}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Identities at OpenID Connect providers
// ---------------------------------------------------------------------------------------------------------------

export async function findUserByIdentity(db: Db, issuer: string, subject: string): Promise<number | null> {
  const [row] = await queryRows<{ id: number }>(db, sql`
    select u.id from user_identities i join users u on u.id = i.user_id
    where i.issuer = ${issuer} and i.subject = ${subject} and u.erased_at is null`);
  return row?.id ?? null;
}

export async function linkIdentity(db: Db, userId: number, issuer: string, subject: string): Promise<void> {
  await db.execute(sql`insert into user_identities (issuer, subject, user_id) values (${issuer}, ${subject}, ${userId}) on conflict do nothing`);
}

// ---------------------------------------------------------------------------------------------------------------
// Browser sessions
// ---------------------------------------------------------------------------------------------------------------

export interface NewAuthSession {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  now: Date;
  expiresAt: Date;
}

/** Opens a session and stamps the sign-in; sessions are created anew at each sign-in (never reused). */
export async function createAuthSession(db: Db, s: NewAuthSession): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into auth_sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
      values (${s.tokenHash}, ${s.userId}, ${s.csrfToken}, ${s.now.toISOString()}, ${s.now.toISOString()}, ${s.expiresAt.toISOString()})`);
    await tx.execute(sql`update users set last_sign_in_at = ${s.now.toISOString()} where id = ${s.userId}`);
  });
}

export async function deleteAuthSession(db: Db, tokenHash: string): Promise<void> {
  await db.execute(sql`delete from auth_sessions where token_hash = ${tokenHash}`);
}

export interface SessionPrincipal extends Principal {
  email: string;
  displayName: string;
  csrfToken: string;
  lastSeenAt: Date;
  memberships: readonly { organisationId: number; organisationSlug: string; organisationName: string; role: MembershipRole }[];
}

/**
 * The account behind a session token, with its active memberships, in one query; `null` when the session is unknown,
 * past its absolute expiry, idle for longer than `idleMs`, or its account erased.
 */
export async function loadSessionPrincipal(db: Db, tokenHash: string, now: Date, idleMs: number): Promise<SessionPrincipal | null> {
  const idleSince = new Date(now.getTime() - idleMs).toISOString();
  const [row] = await queryRows<Omit<SessionPrincipal, 'lastSeenAt'> & { lastSeenAt: string | Date }>(db, sql`
    select u.id as "userId", u.email, u.display_name as "displayName", u.account_type as "accountType",
           u.platform_role as "platformRole", s.csrf_token as "csrfToken", s.last_seen_at as "lastSeenAt",
           coalesce((
             select json_agg(json_build_object('organisationId', o.id, 'organisationSlug', o.slug, 'organisationName', o.name, 'role', m.role)
                             order by o.name, o.id)
             from organisation_memberships m join organisations o on o.id = m.organisation_id
             where m.user_id = u.id and m.status = 'active'), '[]'::json) as memberships
    from auth_sessions s join users u on u.id = s.user_id
    where s.token_hash = ${tokenHash} and s.expires_at > ${now.toISOString()} and s.last_seen_at > ${idleSince}
      and u.erased_at is null`);
  if (!row) return null;
  const memberships = typeof row.memberships === 'string' ? (JSON.parse(row.memberships) as SessionPrincipal['memberships']) : row.memberships;
  return { ...row, memberships, lastSeenAt: new Date(row.lastSeenAt) };
}

export async function touchAuthSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.execute(sql`update auth_sessions set last_seen_at = ${now.toISOString()} where token_hash = ${tokenHash}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Single-use e-mailed links
// ---------------------------------------------------------------------------------------------------------------

export interface NewUserToken {
  tokenHash: string;
  purpose: TokenPurpose;
  userId: number | null;
  email: string;
  organisationId?: number | null;
  role?: MembershipRole | null;
  now: Date;
  expiresAt: Date;
}

/** Issues a link; earlier unused links of the same purpose for the same account stop working. */
export async function createUserToken(db: Db, t: NewUserToken): Promise<void> {
  await db.transaction(async (tx) => {
    if (t.userId !== null && t.purpose !== 'invitation') {
      await tx.execute(sql`update user_tokens set used_at = ${t.now.toISOString()}
        where user_id = ${t.userId} and purpose = ${t.purpose} and used_at is null`);
    }
    await tx.execute(sql`
      insert into user_tokens (token_hash, purpose, user_id, email, organisation_id, role, created_at, expires_at)
      values (${t.tokenHash}, ${t.purpose}, ${t.userId}, ${t.email}, ${t.organisationId ?? null}, ${t.role ?? null},
              ${t.now.toISOString()}, ${t.expiresAt.toISOString()})`);
  });
}

export interface UserTokenRow {
  purpose: TokenPurpose;
  userId: number | null;
  email: string;
  organisationId: number | null;
  role: MembershipRole | null;
}

/** Uses a link once: atomically marks it used; `null` when unknown, used, expired or for another purpose. */
export async function consumeUserToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<UserTokenRow | null> {
  const [row] = await queryRows<UserTokenRow>(db, sql`
    update user_tokens set used_at = ${now.toISOString()}
    where token_hash = ${tokenHash} and purpose = ${purpose} and used_at is null and expires_at > ${now.toISOString()}
    returning purpose, user_id as "userId", email, organisation_id as "organisationId", role`);
  return row ?? null;
}

/** Reads a link without using it (to show a form before the person confirms). */
export async function peekUserToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<UserTokenRow | null> {
  const [row] = await queryRows<UserTokenRow>(db, sql`
    select purpose, user_id as "userId", email, organisation_id as "organisationId", role from user_tokens
    where token_hash = ${tokenHash} and purpose = ${purpose} and used_at is null and expires_at > ${now.toISOString()}`);
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Memberships
// ---------------------------------------------------------------------------------------------------------------

export interface MembershipRow {
  organisationId: number;
  organisationSlug: string;
  organisationName: string;
  userId: number;
  displayName: string;
  email: string;
  role: MembershipRole;
  status: MembershipStatus;
  message: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
}

const MEMBERSHIP_SELECT = sql`
  select m.organisation_id as "organisationId", o.slug as "organisationSlug", o.name as "organisationName",
         m.user_id as "userId", u.display_name as "displayName", u.email, m.role, m.status, m.message,
         m.requested_at as "requestedAt", m.decided_at as "decidedAt"
  from organisation_memberships m
  join organisations o on o.id = m.organisation_id
  join users u on u.id = m.user_id and u.erased_at is null`;

const toMembership = (r: MembershipRow): MembershipRow => ({ ...r, requestedAt: new Date(r.requestedAt), decidedAt: asDate(r.decidedAt) });

/**
 * Asks to join an organisation. A pending or active membership stays as it is (`false`); a refused one may ask again.
 */
export async function requestMembership(db: Db, m: { organisationId: number; userId: number; message: string | null; now: Date }): Promise<boolean> {
  const rows = await queryRows<{ userId: number }>(db, sql`
    insert into organisation_memberships (organisation_id, user_id, role, status, message, requested_at)
    values (${m.organisationId}, ${m.userId}, 'member', 'pending', ${m.message}, ${m.now.toISOString()})
    on conflict (organisation_id, user_id) do update
      set status = 'pending', message = excluded.message, requested_at = excluded.requested_at, decided_at = null, decided_by = null
      where organisation_memberships.status = 'refused'
    returning user_id as "userId"`);
  return rows.length > 0;
}

/** Adds an active member directly (an accepted invitation, or the first admin of a new organisation). */
export async function addMember(db: Db, m: { organisationId: number; userId: number; role: MembershipRole; decidedBy: number | null; now: Date }): Promise<void> {
  await db.execute(sql`
    insert into organisation_memberships (organisation_id, user_id, role, status, requested_at, decided_at, decided_by)
    values (${m.organisationId}, ${m.userId}, ${m.role}, 'active', ${m.now.toISOString()}, ${m.now.toISOString()}, ${m.decidedBy})
    on conflict (organisation_id, user_id) do update
      set role = excluded.role, status = 'active', decided_at = excluded.decided_at, decided_by = excluded.decided_by`);
}

/**
 * Memberships by status, organisation or person. `membersOnly`: only in organisations of the network (an organisation
 * applying to join has its applicant's pending membership, which the campus decides with the application itself).
 */
export async function listMemberships(db: Db, filter: { status?: MembershipStatus; organisationId?: number; userId?: number; membersOnly?: boolean }): Promise<MembershipRow[]> {
  const where = [
    filter.membersOnly ? sql`o.is_member` : undefined,
    filter.status ? sql`m.status = ${filter.status}` : undefined,
    filter.organisationId !== undefined ? sql`m.organisation_id = ${filter.organisationId}` : undefined,
    filter.userId !== undefined ? sql`m.user_id = ${filter.userId}` : undefined,
  ].filter((w) => w !== undefined);
  const rows = await queryRows<MembershipRow>(db, sql`${MEMBERSHIP_SELECT}
    ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by m.requested_at, m.organisation_id, m.user_id`);
  return rows.map(toMembership);
}

/** Decides a pending request; `null` when there is no pending request for this pair. */
export async function decideMembership(
  db: Db,
  d: { organisationId: number; userId: number; approve: boolean; role: MembershipRole; decidedBy: number; now: Date },
): Promise<MembershipRow | null> {
  const updated = await queryRows<{ userId: number }>(db, sql`
    update organisation_memberships
    set status = ${d.approve ? 'active' : 'refused'}, role = ${d.role}, decided_at = ${d.now.toISOString()}, decided_by = ${d.decidedBy}
    where organisation_id = ${d.organisationId} and user_id = ${d.userId} and status = 'pending'
    returning user_id as "userId"`);
  if (!updated.length) return null;
  const [row] = await queryRows<MembershipRow>(db, sql`${MEMBERSHIP_SELECT} where m.organisation_id = ${d.organisationId} and m.user_id = ${d.userId}`);
  return row ? toMembership(row) : null;
}

/** Changes an active member's role or removes them; `false` when they are not an active member. */
export async function updateMember(db: Db, m: { organisationId: number; userId: number; role: MembershipRole | null }): Promise<boolean> {
  const rows =
    m.role === null
      ? await queryRows(db, sql`delete from organisation_memberships where organisation_id = ${m.organisationId} and user_id = ${m.userId} and status = 'active' returning 1`)
      : await queryRows(db, sql`update organisation_memberships set role = ${m.role}
          where organisation_id = ${m.organisationId} and user_id = ${m.userId} and status = 'active' returning 1`);
  return rows.length > 0;
}

export async function countOrganisationAdmins(db: Db, organisationId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n from organisation_memberships m join users u on u.id = m.user_id and u.erased_at is null
    where m.organisation_id = ${organisationId} and m.status = 'active' and m.role = 'admin'`);
  return Number(row?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Audit log
// ---------------------------------------------------------------------------------------------------------------

export interface AuditEntry {
  actorUserId: number | null;
  action: string;
  organisationId?: number | null;
  subjectUserId?: number | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Db, e: AuditEntry, at: Date): Promise<void> {
  await db.execute(sql`
    insert into audit_log (at, actor_user_id, action, organisation_id, subject_user_id, details)
    values (${at.toISOString()}, ${e.actorUserId}, ${e.action}, ${e.organisationId ?? null}, ${e.subjectUserId ?? null},
            ${JSON.stringify(e.details ?? {})}::jsonb)`);
}

export interface AuditRow {
  id: number;
  at: Date;
  actorUserId: number | null;
  actorName: string | null;
  action: string;
  organisationId: number | null;
  organisationName: string | null;
  subjectUserId: number | null;
  subjectName: string | null;
  details: Record<string, unknown>;
}

/** Newest first; `before` pages on by id. Names are read at display time, so an erased account shows as erased. */
export async function listAudit(db: Db, page: { limit: number; before?: number }): Promise<AuditRow[]> {
  const rows = await queryRows<AuditRow>(db, sql`
    select a.id::int as id, a.at, a.actor_user_id as "actorUserId", actor.display_name as "actorName", a.action,
           a.organisation_id as "organisationId", o.name as "organisationName", a.subject_user_id as "subjectUserId",
           subject.display_name as "subjectName", a.details
    from audit_log a
    left join users actor on actor.id = a.actor_user_id
    left join users subject on subject.id = a.subject_user_id
    left join organisations o on o.id = a.organisation_id
    ${page.before !== undefined ? sql`where a.id < ${page.before}` : sql``}
    order by a.id desc limit ${page.limit}`);
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Rate limits (fixed windows, shared by every API process)
// ---------------------------------------------------------------------------------------------------------------

/** Counts one attempt under `key`; answers the attempts in the current window (this one included) and when it ends. */
export async function hitRateLimit(db: Db, key: string, windowMs: number, now: Date): Promise<{ hits: number; resetAt: Date }> {
  const windowFloor = new Date(now.getTime() - windowMs).toISOString();
  const [row] = await queryRows<{ hits: number; windowStart: string | Date }>(db, sql`
    insert into rate_limits (key, window_start, hits) values (${key}, ${now.toISOString()}, 1)
    on conflict (key) do update set
      hits = case when rate_limits.window_start <= ${windowFloor} then 1 else rate_limits.hits + 1 end,
      window_start = case when rate_limits.window_start <= ${windowFloor} then excluded.window_start else rate_limits.window_start end
    returning hits, window_start as "windowStart"`);
  return { hits: Number(row!.hits), resetAt: new Date(new Date(row!.windowStart).getTime() + windowMs) };
}

/** A member organisation by slug (id and name), for the routes that name one in their path. */
export async function findMemberOrganisation(db: Db, slug: string): Promise<{ id: number; slug: string; name: string } | null> {
  const [row] = await queryRows<{ id: number; slug: string; name: string }>(db, sql`select id, slug, name from organisations where slug = ${slug} and is_member`);
  return row ?? null;
}
