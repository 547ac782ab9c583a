import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addMember, queryRows } from '@passerelles/db';
import { insertTerritoryCommunes } from '@passerelles/db/testing';
import { TEST_PASSWORD, createTestAccount, startTestApi, type TestApi, type TestSession } from '../test-api';

let api: TestApi;
let applicant: TestSession;
let orgAdmin: TestSession;
let campusAdmin: TestSession;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await insertTerritoryCommunes(db);
    await db.execute(sql`insert into organisations (slug, name, type) values ('labo-test', 'Labo de test', 'research_lab')`);
  });
  const db = api.database.db;
  const [labo] = await queryRows<{ id: number }>(db, sql`select id from organisations`);
  await createTestAccount(db, { email: 'fondatrice@example.fr', displayName: 'Inès Fondatrice' });
  const adminId = await createTestAccount(db, { email: 'admin@labo.example' });
  await addMember(db, { organisationId: labo!.id, userId: adminId, role: 'admin', decidedBy: null, now: new Date() });
  await createTestAccount(db, { email: 'nadia@campus.example', platformRole: 'campus_admin' });
  applicant = await api.signIn('fondatrice@example.fr', TEST_PASSWORD);
  orgAdmin = await api.signIn('admin@labo.example', TEST_PASSWORD);
  campusAdmin = await api.signIn('nadia@campus.example', TEST_PASSWORD);
});
afterAll(async () => api?.close());

describe('a new organisation joining the network', () => {
  it('applies, stays out of the directory until the campus approves, then its applicant is its admin', async () => {
    const applied = await api.call('POST', '/api/v1/reseau/candidatures', {
      session: applicant,
      body: { name: 'Bioprocédés d’Évreux', type: 'company', siret: '12345678901234', communeCode: '27229', message: 'Nous produisons des enzymes.' },
    });
    expect(applied.status).toBe(200);
    expect(applied.body.slug).toBe('bioprocedes-d-evreux-evreux');
    expect((await api.call('GET', '/api/v1/members/bioprocedes-d-evreux-evreux')).status).toBe(404);
    const twice = await api.call('POST', '/api/v1/reseau/candidatures', { session: applicant, body: { name: 'BIOPROCÉDÉS D’ÉVREUX', type: 'company', communeCode: '27229' } });
    expect(twice.status).toBe(409);

    const candidates = await api.call('GET', '/api/v1/reseau/candidatures', { session: campusAdmin });
    expect(candidates.body.items).toEqual([
      expect.objectContaining({ slug: 'bioprocedes-d-evreux-evreux', commune: 'Évreux', requestedBy: 'Inès Fondatrice', message: 'Nous produisons des enzymes.' }),
    ]);
    // The applicant's own membership waits with the application, not among the requests to join members.
    const pending = await api.call('GET', '/api/v1/campus/adhesions', { session: campusAdmin });
    expect(pending.status).toBe(200);
    expect(pending.body.items.map((r: { organisationSlug: string }) => r.organisationSlug)).not.toContain('bioprocedes-d-evreux-evreux');
    expect((await api.call('GET', '/api/v1/compte/adhesions', { session: applicant })).body.items).toEqual([
      expect.objectContaining({ organisationSlug: 'bioprocedes-d-evreux-evreux', status: 'pending', role: 'admin' }),
    ]);
    const approved = await api.call('POST', '/api/v1/reseau/candidatures/bioprocedes-d-evreux-evreux', { session: campusAdmin, body: { approve: true } });
    expect(approved.status).toBe(200);
    expect(api.mailer.sent.at(-1)).toMatchObject({ to: 'fondatrice@example.fr', subject: expect.stringMatching(/acceptée/) });
    expect((await api.call('GET', '/api/v1/members/bioprocedes-d-evreux-evreux')).status).toBe(200);
    const me = await api.call('GET', '/api/v1/compte', { session: applicant });
    expect(me.body.account.memberships).toEqual([{ organisationSlug: 'bioprocedes-d-evreux-evreux', organisationName: 'Bioprocédés d’Évreux', role: 'admin' }]);
    expect((await api.call('GET', '/api/v1/reseau/candidatures', { session: campusAdmin })).body.items).toEqual([]);
  });
});

describe('an organisation admin', () => {
  it('edits the profile shown on the member page', async () => {
    const saved = await api.call('PUT', '/api/v1/members/labo-test/profile', {
      session: orgAdmin,
      body: { description: 'Microbiologie appliquée aux procédés.', websiteUrl: 'https://labo.example', siret: '', uai: '', naf: '72.19z' },
    });
    expect(saved.status).toBe(200);
    const page = await api.call('GET', '/api/v1/members/labo-test');
    expect(page.body).toMatchObject({ description: 'Microbiologie appliquée aux procédés.', websiteUrl: 'https://labo.example', naf: '72.19Z', siret: null });
    const bad = await api.call('PUT', '/api/v1/members/labo-test/profile', { session: orgAdmin, body: { siret: '123' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toEqual(['siret']);
  });

  it('adds a site placed at its commune, and removes it', async () => {
    const added = await api.call('POST', '/api/v1/members/labo-test/sites', { session: orgAdmin, body: { label: 'Antenne de Louviers', communeCode: '27375' } });
    expect(added.status).toBe(200);
    const [site] = await queryRows<{ latitude: number | null }>(api.database.db, sql`select latitude from organisation_sites where id = ${added.body.id}`);
    expect(site!.latitude).not.toBeNull();
    expect((await api.call('POST', '/api/v1/members/labo-test/sites', { session: orgAdmin, body: { label: 'Nulle part', communeCode: '99999' } })).status).toBe(422);
    expect((await api.call('DELETE', `/api/v1/members/labo-test/sites/${added.body.id}`, { session: orgAdmin })).status).toBe(200);
    expect((await api.call('DELETE', `/api/v1/members/labo-test/sites/${added.body.id}`, { session: orgAdmin })).status).toBe(404);
  });
});
