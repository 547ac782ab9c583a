import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { demoCampusProfile, saveCampusProfile } from '@passerelles/db';
import { TEST_PASSWORD, createTestAccount, startTestApi, type TestApi, type TestSession } from '../test-api';

let api: TestApi;
let person: TestSession;
let campusAdmin: TestSession;
let campusTeam: TestSession;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await saveCampusProfile(db, demoCampusProfile);
    await db.execute(sql`insert into organisations (slug, name, type) values ('lycee-test', 'Lycée de test', 'school'), ('labo-test', 'Labo de test', 'research_lab')`);
  });
  const db = api.database.db;
  await createTestAccount(db, { email: 'prof@example.fr', displayName: 'Claire Prof' });
  await createTestAccount(db, { email: 'admin@campus.fr', platformRole: 'campus_admin' });
  await createTestAccount(db, { email: 'equipe@campus.fr', platformRole: 'campus_team' });
  person = await api.signIn('prof@example.fr', TEST_PASSWORD);
  campusAdmin = await api.signIn('admin@campus.fr', TEST_PASSWORD);
  campusTeam = await api.signIn('equipe@campus.fr', TEST_PASSWORD);
});
afterAll(async () => api?.close());

describe('joining an organisation', () => {
  it('goes from a request to a campus approval, and the member then holds the role', async () => {
    const asked = await api.call('POST', '/api/v1/members/lycee-test/join-requests', { session: person, body: { message: 'Enseignante en STL' } });
    expect(asked.status).toBe(200);
    expect((await api.call('POST', '/api/v1/members/lycee-test/join-requests', { session: person, body: {} })).status).toBe(409);

    const mine = await api.call('GET', '/api/v1/compte/adhesions', { session: person });
    expect(mine.body.items).toMatchObject([{ organisationSlug: 'lycee-test', status: 'pending', message: 'Enseignante en STL' }]);

    // The person cannot decide for themselves; the campus team sees the request; the campus admin decides.
    expect((await api.call('POST', `/api/v1/members/lycee-test/join-requests/${person.userId}`, { session: person, body: { approve: true } })).status).toBe(403);
    const pending = await api.call('GET', '/api/v1/campus/adhesions', { session: campusTeam });
    expect(pending.body.items.map((m: { email: string }) => m.email)).toEqual(['prof@example.fr']);
    const decided = await api.call('POST', `/api/v1/members/lycee-test/join-requests/${person.userId}`, { session: campusAdmin, body: { approve: true, role: 'admin' } });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'active', role: 'admin' });
    expect(api.mailer.sent.at(-1)).toMatchObject({ to: 'prof@example.fr' });

    const me = await api.call('GET', '/api/v1/compte', { session: person });
    expect(me.body.account.memberships).toEqual([{ organisationSlug: 'lycee-test', organisationName: 'Lycée de test', role: 'admin' }]);
    // Now an admin of this organisation, not of another one.
    expect((await api.call('GET', '/api/v1/members/lycee-test/join-requests', { session: person })).status).toBe(200);
    expect((await api.call('GET', '/api/v1/members/labo-test/join-requests', { session: person })).status).toBe(403);
  });

  it('answers 404 for an unknown organisation and 401 to a visitor', async () => {
    expect((await api.call('POST', '/api/v1/members/inconnue/join-requests', { session: person, body: {} })).status).toBe(404);
    expect((await api.call('POST', '/api/v1/members/lycee-test/join-requests', { body: {} })).status).toBe(401);
  });

  it('keeps the last admin from erasing their account', async () => {
    const res = await api.call('POST', '/api/v1/compte/effacement', { session: person, body: { password: TEST_PASSWORD, confirm: true } });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/Lycée de test/);
  });
});

describe('audit log', () => {
  it('records approvals and reads of personal data, for the campus admin only', async () => {
    expect((await api.call('GET', '/api/v1/campus/journal', { session: campusTeam })).status).toBe(403);
    const log = await api.call('GET', '/api/v1/campus/journal', { session: campusAdmin });
    expect(log.status).toBe(200);
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['membership.requested', 'membership.approved', 'personal_data.read']));
    const approval = log.body.items.find((e: { action: string }) => e.action === 'membership.approved');
    expect(approval).toMatchObject({ organisationName: 'Lycée de test', subjectName: 'Claire Prof', details: { role: 'admin' } });
    // Newest first, paged by id.
    const ids = log.body.items.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const older = await api.call('GET', `/api/v1/campus/journal?before=${ids[0]}&limit=1`, { session: campusAdmin });
    expect(older.body.items).toHaveLength(1);
    expect(older.body.items[0].id).toBe(ids[1]);
  });
});

describe('invitations', () => {
  it('lets an organisation admin invite by e-mail; only the invited address can accept, once', async () => {
    // The person became admin of lycee-test above.
    const invited = await api.call('POST', '/api/v1/members/lycee-test/invitations', { session: person, body: { email: 'collegue@example.fr', role: 'member' } });
    expect(invited.status).toBe(200);
    const link = api.mailer.lastLink('collegue@example.fr');
    expect(link).toMatch(/\/compte\/invitation\?jeton=/);
    const token = new URL(link!).searchParams.get('jeton');

    // Someone else who got the link forwarded cannot use it.
    expect((await api.call('POST', '/api/v1/invitations/acceptation', { session: campusTeam, body: { token } })).status).toBe(403);
    await createTestAccount(api.database.db, { email: 'collegue@example.fr', displayName: 'Collègue' });
    const colleague = await api.signIn('collegue@example.fr', TEST_PASSWORD);
    const accepted = await api.call('POST', '/api/v1/invitations/acceptation', { session: colleague, body: { token } });
    expect(accepted.body).toEqual({ message: 'Vous avez rejoint « Lycée de test ».', organisationSlug: 'lycee-test' });
    expect((await api.call('POST', '/api/v1/invitations/acceptation', { session: colleague, body: { token } })).status).toBe(422);
    const me = await api.call('GET', '/api/v1/compte', { session: colleague });
    expect(me.body.account.memberships).toEqual([{ organisationSlug: 'lycee-test', organisationName: 'Lycée de test', role: 'member' }]);
    // A member (not admin) cannot invite.
    expect((await api.call('POST', '/api/v1/members/lycee-test/invitations', { session: colleague, body: { email: 'x@example.fr' } })).status).toBe(403);
  });
});

describe('campus profile', () => {
  it('is edited by the campus admin only, checked, and logged', async () => {
    const { slug: _slug, ...editable } = demoCampusProfile;
    const body = { ...editable, shortName: 'Campus Bio Normandie', sensitiveRomeCodes: ['H2304'], romeCodes: [...editable.romeCodes] };
    expect((await api.call('PUT', '/api/v1/campus', { session: campusTeam, body })).status).toBe(403);
    const outside = await api.call('PUT', '/api/v1/campus', { session: campusAdmin, body: { ...body, sensitiveRomeCodes: ['K2111'] } });
    expect(outside.status).toBe(422);
    expect(outside.body.details[0].path).toEqual(['sensitiveRomeCodes']);
    const saved = await api.call('PUT', '/api/v1/campus', { session: campusAdmin, body });
    expect(saved.status).toBe(200);
    expect((await api.call('GET', '/api/v1/campus')).body.profile).toMatchObject({ slug: demoCampusProfile.slug, shortName: 'Campus Bio Normandie', sensitiveRomeCodes: ['H2304'] });
    const log = await api.call('GET', '/api/v1/campus/journal?limit=1', { session: campusAdmin });
    expect(log.body.items[0]).toMatchObject({ action: 'campus.profile_updated', details: { changed: expect.arrayContaining(['shortName']) } });
  });
});
