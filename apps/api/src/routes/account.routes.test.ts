import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@passerelles/db';
import { TEST_PASSWORD, createTestAccount, startTestApi, type TestApi } from '../test-api';

let api: TestApi;
let clock = new Date('2026-11-29T09:00:00Z');
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
const tokenOf = (link: string | null) => new URL(link!).searchParams.get('jeton')!;

beforeAll(async () => {
  api = await startTestApi(undefined, { auth: { now: () => clock, publicUrl: 'https://passerelles.test' } });
});
afterAll(async () => api?.close());

const signUpBody = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  displayName: 'Léa Martin',
  password: TEST_PASSWORD,
  accountType: 'learner',
  acceptTerms: true,
  ...extra,
});

describe('sign-up, verification, sign-in', () => {
  it('creates an account that signs in only once its address is confirmed', async () => {
    const created = await api.call('POST', '/api/v1/compte', { body: signUpBody('lea@example.fr') });
    expect(created.status).toBe(200);
    const mail = api.mailer.sent.at(-1)!;
    expect(mail.to).toBe('lea@example.fr');
    expect(mail.subject).toMatch(/Confirmez/);
    const link = api.mailer.lastLink('lea@example.fr');
    expect(link).toMatch(/^https:\/\/passerelles\.test\/compte\/verification\?jeton=/);

    const early = await api.call('POST', '/api/v1/session', { body: { email: 'lea@example.fr', password: TEST_PASSWORD } });
    expect(early.status).toBe(403);
    expect(early.body.details).toEqual({ reason: 'email_not_verified' });

    expect((await api.call('POST', '/api/v1/compte/verification', { body: { token: tokenOf(link) } })).status).toBe(200);
    // Single use.
    const again = await api.call('POST', '/api/v1/compte/verification', { body: { token: tokenOf(link) } });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('INVALID_LINK');

    const session = await api.signIn('LEA@example.fr', TEST_PASSWORD);
    const me = await api.call('GET', '/api/v1/compte', { session });
    expect(me.body.account).toMatchObject({ email: 'lea@example.fr', displayName: 'Léa Martin', accountType: 'learner', platformRole: null, memberships: [] });
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await queryRows<{ passwordHash: string }>(api.database.db, sql`select password_hash as "passwordHash" from users where email = 'lea@example.fr'`);
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it('answers a sign-up for a taken address exactly like a new one (no enumeration)', async () => {
    const sentBefore = api.mailer.sent.length;
    const taken = await api.call('POST', '/api/v1/compte', { body: signUpBody('Lea@Example.fr') });
    const fresh = await api.call('POST', '/api/v1/compte', { body: signUpBody('nouvelle@example.fr') });
    expect(taken.status).toBe(fresh.status);
    expect(taken.body.message.replace('Lea@Example.fr', 'X')).toBe(fresh.body.message.replace('nouvelle@example.fr', 'X'));
    // The confirmed owner of the taken address gets no new mail; the new address gets its link.
    expect(api.mailer.sent.slice(sentBefore).map((m) => m.to)).toEqual(['nouvelle@example.fr']);
  });

  it('gives one answer for an unknown address and a wrong password', async () => {
    const unknown = await api.call('POST', '/api/v1/session', { body: { email: 'personne@example.fr', password: TEST_PASSWORD } });
    const wrong = await api.call('POST', '/api/v1/session', { body: { email: 'lea@example.fr', password: 'pas le bon mot de passe' } });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('sets an HTTP-only, Secure, SameSite session cookie, new at every sign-in', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'lea@example.fr', password: TEST_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'pl_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const second = await api.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { cookie: `pl_session=${cookie.value}` },
      payload: { email: 'lea@example.fr', password: TEST_PASSWORD },
    });
    const rotated = second.cookies.find((c) => c.name === 'pl_session')!;
    expect(rotated.value).not.toBe(cookie.value);
    // The session the browser came with is over.
    const old = await api.call('GET', '/api/v1/compte', { headers: { cookie: `pl_session=${cookie.value}` } });
    expect(old.body.account).toBeNull();
    const [stored] = await queryRows<{ n: number }>(api.database.db, sql`select count(*)::int as n from auth_sessions where token_hash = ${rotated.value}`);
    expect(stored!.n).toBe(0); // only the hash is stored
  });

  it('signs out with the CSRF token only, and the session ends', async () => {
    const session = await api.signIn('lea@example.fr', TEST_PASSWORD);
    const forged = await api.call('DELETE', '/api/v1/session', { headers: { cookie: session.cookie } });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('CSRF_REJECTED');
    const out = await api.call('DELETE', '/api/v1/session', { session });
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/pl_session=;/);
    expect((await api.call('GET', '/api/v1/compte', { session })).body.account).toBeNull();
  });

  it('refuses a state-changing request sent from another site', async () => {
    const res = await api.call('POST', '/api/v1/session', {
      body: { email: 'lea@example.fr', password: TEST_PASSWORD },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_REJECTED');
  });

  it('ends a session after a week without use', async () => {
    const session = await api.signIn('lea@example.fr', TEST_PASSWORD);
    later(6 * 86_400_000);
    expect((await api.call('GET', '/api/v1/compte', { session })).body.account).not.toBeNull();
    later(6 * 86_400_000); // used 6 days ago: still on
    expect((await api.call('GET', '/api/v1/compte', { session })).body.account).not.toBeNull();
    later(8 * 86_400_000);
    expect((await api.call('GET', '/api/v1/compte', { session })).body.account).toBeNull();
  });
});

describe('password reset', () => {
  it('sends a single-use link that sets a new password and closes every session', async () => {
    const session = await api.signIn('lea@example.fr', TEST_PASSWORD);
    const asked = await api.call('POST', '/api/v1/compte/mot-de-passe/oubli', { body: { email: 'lea@example.fr' } });
    const unknown = await api.call('POST', '/api/v1/compte/mot-de-passe/oubli', { body: { email: 'inconnu@example.fr' } });
    expect(asked.status).toBe(200);
    expect(unknown.status).toBe(200);
    const link = api.mailer.lastLink('lea@example.fr');
    expect(link).toMatch(/\/compte\/nouveau-mot-de-passe\?jeton=/);
    expect(api.mailer.sent.some((m) => m.to === 'inconnu@example.fr')).toBe(false);

    const newPassword = 'un tout nouveau mot de passe';
    const short = await api.call('POST', '/api/v1/compte/mot-de-passe', { body: { token: tokenOf(link), password: 'court' } });
    expect(short.status).toBe(400);
    expect((await api.call('POST', '/api/v1/compte/mot-de-passe', { body: { token: tokenOf(link), password: newPassword } })).status).toBe(200);
    expect((await api.call('POST', '/api/v1/compte/mot-de-passe', { body: { token: tokenOf(link), password: newPassword } })).status).toBe(422);
    expect((await api.call('GET', '/api/v1/compte', { session })).body.account).toBeNull();
    await expect(api.signIn('lea@example.fr', TEST_PASSWORD)).rejects.toThrow(/401/);
    await api.signIn('lea@example.fr', newPassword);
  });

  it('refuses an expired link', async () => {
    await api.call('POST', '/api/v1/compte/mot-de-passe/oubli', { body: { email: 'lea@example.fr' } });
    const link = api.mailer.lastLink('lea@example.fr');
    later(61 * 60_000);
    const res = await api.call('POST', '/api/v1/compte/mot-de-passe', { body: { token: tokenOf(link), password: 'encore un autre mot de passe' } });
    expect(res.status).toBe(422);
  });
});

describe('rate limits', () => {
  it('stops password guessing on one address after 10 attempts in 15 minutes, with retry-after', async () => {
    later(60 * 60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await api.call('POST', '/api/v1/session', { body: { email: 'cible@example.fr', password: `essai ${i}` } })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const blocked = await api.call('POST', '/api/v1/session', { body: { email: 'cible@example.fr', password: 'encore' } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    later(16 * 60_000);
    expect((await api.call('POST', '/api/v1/session', { body: { email: 'cible@example.fr', password: 'encore' } })).status).toBe(401);
  });
});

describe('under 15', () => {
  it('keeps the account closed until a parent consents by e-mail', async () => {
    await api.call('POST', '/api/v1/compte', { body: signUpBody('jeune@example.fr', { under15: true, parentEmail: 'parent@example.fr' }) });
    expect(api.mailer.lastLink('parent@example.fr')).toMatch(/\/compte\/consentement-parental\?jeton=/);
    await api.call('POST', '/api/v1/compte/verification', { body: { token: tokenOf(api.mailer.lastLink('jeune@example.fr')) } });
    const waiting = await api.call('POST', '/api/v1/session', { body: { email: 'jeune@example.fr', password: TEST_PASSWORD } });
    expect(waiting.status).toBe(403);
    expect(waiting.body.details).toEqual({ reason: 'parental_consent' });
    expect((await api.call('POST', '/api/v1/compte/consentement-parental', { body: { token: tokenOf(api.mailer.lastLink('parent@example.fr')) } })).status).toBe(200);
    await api.signIn('jeune@example.fr', TEST_PASSWORD);
  });

  it('asks for the parent’s address when the person is under 15', async () => {
    const res = await api.call('POST', '/api/v1/compte', { body: signUpBody('jeune2@example.fr', { under15: true }) });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toEqual(['parentEmail']);
  });
});

describe('personal data', () => {
  it('exports everything about the person, and erases the account on request', async () => {
    await createTestAccount(api.database.db, { email: 'efface@example.fr', displayName: 'Camille Efface' });
    const session = await api.signIn('efface@example.fr', TEST_PASSWORD);
    const exported = await api.call('GET', '/api/v1/compte/export', { session });
    expect(exported.status).toBe(200);
    expect(String(exported.headers['content-disposition'])).toMatch(/attachment; filename="passerelles-mes-donnees-/);
    expect(exported.body.account).toMatchObject({ email: 'efface@example.fr', displayName: 'Camille Efface', hasPassword: true });
    expect(exported.body.sessions).toHaveLength(1);
    expect(JSON.stringify(exported.body)).not.toMatch(/argon2/);

    const wrong = await api.call('POST', '/api/v1/compte/effacement', { session, body: { password: 'faux mot de passe', confirm: true } });
    expect(wrong.status).toBe(401);
    const erased = await api.call('POST', '/api/v1/compte/effacement', { session, body: { password: TEST_PASSWORD, confirm: true } });
    expect(erased.status).toBe(200);
    expect(api.mailer.sent.at(-1)!.to).toBe('efface@example.fr');
    expect((await api.call('GET', '/api/v1/compte', { session })).body.account).toBeNull();
    const rows = await queryRows<Record<string, unknown>>(api.database.db, sql`select email, display_name, password_hash from users where display_name = 'Compte effacé'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.password_hash).toBeNull();
    expect(String(rows[0]!.email)).toMatch(/^efface-\d+@invalid$/);
    // The address is free again.
    expect((await api.call('POST', '/api/v1/compte', { body: signUpBody('efface@example.fr') })).status).toBe(200);
    expect(api.mailer.lastLink('efface@example.fr')).toMatch(/verification/);
  });
});
