import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/index';
import { queryRows } from '../query';
import { addMember, createAuthSession, createUser, createUserToken, recordAudit, requestMembership, decideMembership } from './accounts.repository';
import { DEFAULT_RETENTION, enforceRetention, retentionPolicyFromEnv } from './privacy.repository';

const DAY = 86_400_000;
const now = new Date('2026-11-29T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('retention', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.dispose());

  it('deletes or erases what is past its period, and keeps the rest', async () => {
    const db = database.db;
    await db.execute(sql`insert into organisations (slug, name, type) values ('org', 'Org', 'school')`);
    const [{ id: org }] = (await queryRows<{ id: number }>(db, sql`select id from organisations`)) as [{ id: number }];
    const user = async (email: string, created: Date, verified: boolean) => {
      const id = (await createUser(db, { email, displayName: email, passwordHash: null, accountType: 'learner', emailVerifiedAt: verified ? created : null }))!;
      await db.execute(sql`update users set created_at = ${created.toISOString()} where id = ${id}`);
      return id;
    };
    await user('old-unverified@example.fr', ago(31), false);
    await user('new-unverified@example.fr', ago(2), false);
    const inactive = await user('inactive@example.fr', ago(1200), true);
    const active = await user('active@example.fr', ago(1200), true);
    await db.execute(sql`update users set last_sign_in_at = ${ago(10).toISOString()} where id = ${active}`);
    const admin = await user('admin@example.fr', ago(2000), true);
    await db.execute(sql`update users set platform_role = 'campus_admin' where id = ${admin}`);
    await createAuthSession(db, { tokenHash: 'expired', userId: active, csrfToken: 'x', now: ago(40), expiresAt: ago(10) });
    await createAuthSession(db, { tokenHash: 'live', userId: active, csrfToken: 'x', now: ago(1), expiresAt: new Date(now.getTime() + DAY) });
    await createUserToken(db, { tokenHash: 'old-link', purpose: 'reset_password', userId: active, email: 'active@example.fr', now: ago(3), expiresAt: ago(2) });
    await requestMembership(db, { organisationId: org, userId: active, message: null, now: ago(400) });
    await decideMembership(db, { organisationId: org, userId: active, approve: false, role: 'member', decidedBy: admin, now: ago(380) });
    await addMember(db, { organisationId: org, userId: admin, role: 'admin', decidedBy: null, now: ago(10) });
    await recordAudit(db, { actorUserId: admin, action: 'old' }, ago(400));
    await recordAudit(db, { actorUserId: admin, action: 'recent' }, ago(3));

    const report = await enforceRetention(db, now, DEFAULT_RETENTION);
    expect(report).toMatchObject({ expiredSessions: 1, expiredLinks: 1, unverifiedAccounts: 1, inactiveAccounts: 1, refusedRequests: 1, auditEntries: 1 });
    const users = await queryRows<{ email: string; erased: boolean }>(db, sql`select email, erased_at is not null as erased from users order by id`);
    expect(users).toEqual([
      { email: 'new-unverified@example.fr', erased: false },
      { email: `efface-${inactive}@invalid`, erased: true },
      { email: 'active@example.fr', erased: false },
      { email: 'admin@example.fr', erased: false },
    ]);
    expect(await queryRows(db, sql`select action from audit_log`)).toEqual([{ action: 'recent' }]);
    // Idempotent.
    expect(Object.values(await enforceRetention(db, now, DEFAULT_RETENTION)).every((n) => n === 0)).toBe(true);
  });

  it('reads its periods from the environment, and names a wrong one', () => {
    expect(retentionPolicyFromEnv({ RETENTION_AUDIT_DAYS: '90' })).toEqual({ ...DEFAULT_RETENTION, auditDays: 90 });
    expect(() => retentionPolicyFromEnv({ RETENTION_INACTIVE_DAYS: 'trois ans' })).toThrow(/RETENTION_INACTIVE_DAYS/);
  });
});
