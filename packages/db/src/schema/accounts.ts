import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AccountType, MembershipRole, MembershipStatus, PlatformRole, TokenPurpose } from '@passerelles/domain';
import { organisations } from './network';

/**
 * A person's account. The e-mail is stored as typed and compared lower case (one account per address). An account
 * that signs in only through single sign-on has no password. An erased account keeps its row (organisation data may
 * point at it) with every personal field blanked and `erased_at` set.
 */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** argon2id PHC string; null for single-sign-on-only accounts. */
    passwordHash: text('password_hash'),
    displayName: text('display_name').notNull(),
    accountType: text('account_type').$type<AccountType>().notNull(),
    platformRole: text('platform_role').$type<PlatformRole>(),
    /** Under 15 at sign-up: the account waits for a parent's consent (RGPD art. 8, French law: 15). */
    parentEmail: text('parent_email'),
    parentalConsentAt: timestamp('parental_consent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

/** An identity at an OpenID Connect provider, linked to one account. */
export const userIdentities = pgTable(
  'user_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('user_identities_user_idx').on(t.userId)],
);

/** A signed-in browser. The cookie holds a random token; the table holds only its SHA-256. */
export const authSessions = pgTable(
  'auth_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sent back by forms and API calls that change something (synchronizer token against CSRF). */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId), index('auth_sessions_expires_idx').on(t.expiresAt)],
);

/** Single-use links sent by e-mail (verify an address, reset a password, join an organisation). SHA-256 only. */
export const userTokens = pgTable(
  'user_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: text('purpose').$type<TokenPurpose>().notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role').$type<MembershipRole>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('user_tokens_user_idx').on(t.userId), index('user_tokens_expires_idx').on(t.expiresAt)],
);

/** A person in an organisation: asked to join (pending), in (active), or turned down (refused). */
export const organisationMemberships = pgTable(
  'organisation_memberships',
  {
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<MembershipRole>().notNull(),
    status: text('status').$type<MembershipStatus>().notNull(),
    /** Why the person asks to join (shown to whoever decides). */
    message: text('message'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('organisation_memberships_user_idx').on(t.userId)],
);

/**
 * Sensitive actions (role changes, approvals, exports, erasures, staff reading personal data). The actor is kept as
 * an id and never as an e-mail, so erasing an account leaves the log readable and free of personal data.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    action: text('action').notNull(),
    organisationId: integer('organisation_id'),
    subjectUserId: integer('subject_user_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_organisation_idx').on(t.organisationId)],
);

/** Fixed-window counters shared by every API process (sign-in, sign-up and reset attempts). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
});

