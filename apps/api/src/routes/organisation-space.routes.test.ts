import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addMember, queryRows } from '@passerelles/db';
import { insertTerritoryCommunes } from '@passerelles/db/testing';
import { TEST_PASSWORD, createTestAccount, startTestApi, type TestApi, type TestSession } from '../test-api';

let api: TestApi;
let staff: TestSession;
let outsider: TestSession;
let siteId: number;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await insertTerritoryCommunes(db);
    await db.execute(sql`insert into organisations (slug, name, type) values ('greta-test', 'GRETA de test', 'training_organisation'), ('usine-test', 'Usine de test', 'company')`);
    await db.execute(sql`insert into organisation_sites (organisation_id, label, commune_code, latitude, longitude)
      select id, 'Évreux', '27229', 49.0241, 1.1508 from organisations where slug = 'greta-test'`);
  });
  const db = api.database.db;
  const [greta, usine] = await queryRows<{ id: number }>(db, sql`select id from organisations order by slug`);
  [{ id: siteId }] = (await queryRows<{ id: number }>(db, sql`select id from organisation_sites`)) as [{ id: number }];
  const staffId = await createTestAccount(db, { email: 'formation@greta.example' });
  const outsiderId = await createTestAccount(db, { email: 'rh@usine.example' });
  await addMember(db, { organisationId: greta!.id, userId: staffId, role: 'member', decidedBy: null, now: new Date() });
  await addMember(db, { organisationId: usine!.id, userId: outsiderId, role: 'admin', decidedBy: null, now: new Date() });
  staff = await api.signIn('formation@greta.example', TEST_PASSWORD);
  outsider = await api.signIn('rh@usine.example', TEST_PASSWORD);
});
afterAll(async () => api?.close());

const training = {
  title: 'Préparation aux BPF en production stérile',
  objective: 'Appliquer les bonnes pratiques de fabrication en zone à atmosphère contrôlée.',
  entryLevel: '3',
  contactEmail: 'formation@greta.example',
  url: '',
};
const session = { siteId: '', modality: 'formation_continue', startDate: '2027-02-01', endDate: '2027-02-05', durationHours: '35', priceEur: '1200', fundings: ['cpf', 'opco'], capacity: '12' };

describe('a training organisation’s space', () => {
  it('creates a draft, adds a session, publishes it, and the public search then finds it', async () => {
    const search = () => api.call('GET', '/api/v1/sessions?q=BPF+production+sterile');
    expect((await search()).body.total).toBe(0);

    const created = await api.call('POST', '/api/v1/members/greta-test/trainings', { session: staff, body: training });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: 'draft', title: training.title, entryLevel: 3, url: null, sessions: [] });
    const id = created.body.id as number;

    const early = await api.call('POST', `/api/v1/members/greta-test/trainings/${id}/status`, { session: staff, body: { status: 'published' } });
    expect(early.status).toBe(422);
    expect(early.body.details[0].path).toEqual(['status']);

    const noSite = await api.call('POST', `/api/v1/members/greta-test/trainings/${id}/sessions`, { session: staff, body: session });
    expect(noSite.status).toBe(422);
    const added = await api.call('POST', `/api/v1/members/greta-test/trainings/${id}/sessions`, { session: staff, body: { ...session, siteId: String(siteId) } });
    expect(added.status).toBe(200);
    expect(added.body.sessions).toMatchObject([{ siteId, commune: 'Évreux', startDate: '2027-02-01', durationHours: 35, priceEur: 1200, fundings: ['cpf', 'opco'], capacity: 12 }]);

    expect((await search()).body.total).toBe(0); // still a draft
    const published = await api.call('POST', `/api/v1/members/greta-test/trainings/${id}/status`, { session: staff, body: { status: 'published' } });
    expect(published.body.status).toBe('published');
    const found = await search();
    expect(found.body.total).toBe(1);
    expect(found.body.items[0]).toMatchObject({ training: { id, title: training.title } });

    const archived = await api.call('POST', `/api/v1/members/greta-test/trainings/${id}/status`, { session: staff, body: { status: 'archived' } });
    expect(archived.body.status).toBe('archived');
    expect((await search()).body.total).toBe(0);
  });

  it('validates like the API everywhere: dates in order, places within capacity, a known certification', async () => {
    const created = await api.call('POST', '/api/v1/members/greta-test/trainings', { session: staff, body: { ...training, certificationCode: 'RNCP99999' } });
    expect(created.status).toBe(422);
    expect(created.body.details[0].path).toEqual(['certificationCode']);
    const ok = await api.call('POST', '/api/v1/members/greta-test/trainings', { session: staff, body: training });
    const bad = await api.call('POST', `/api/v1/members/greta-test/trainings/${ok.body.id}/sessions`, {
      session: staff,
      body: { ...session, siteId: String(siteId), endDate: '2027-01-01', capacity: '5', seatsLeft: '9' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string[] }) => d.path[0]).sort()).toEqual(['endDate', 'seatsLeft']);
  });

  it('edits and removes sessions of its own trainings only', async () => {
    const { body: t } = await api.call('POST', '/api/v1/members/greta-test/trainings', { session: staff, body: training });
    const { body: withSession } = await api.call('POST', `/api/v1/members/greta-test/trainings/${t.id}/sessions`, { session: staff, body: { ...session, siteId: String(siteId) } });
    const sessionId = withSession.sessions[0].id as number;
    const edited = await api.call('PUT', `/api/v1/members/greta-test/trainings/${t.id}/sessions/${sessionId}`, { session: staff, body: { ...session, siteId: String(siteId), seatsLeft: '3' } });
    expect(edited.body.sessions[0].seatsLeft).toBe(3);
    // Another organisation's admin reaches nothing here, and a company publishes no training.
    expect((await api.call('DELETE', `/api/v1/members/greta-test/trainings/${t.id}/sessions/${sessionId}`, { session: outsider })).status).toBe(403);
    expect((await api.call('POST', '/api/v1/members/usine-test/trainings', { session: outsider, body: training })).status).toBe(422);
    expect((await api.call('PUT', `/api/v1/members/greta-test/trainings/999999`, { session: staff, body: training })).status).toBe(404);
    await api.call('POST', `/api/v1/members/greta-test/trainings/${t.id}/status`, { session: staff, body: { status: 'published' } });
    const removed = await api.call('DELETE', `/api/v1/members/greta-test/trainings/${t.id}/sessions/${sessionId}`, { session: staff });
    expect(removed.body.sessions).toEqual([]);
    // Without a session a training cannot stay published.
    expect(removed.body.status).toBe('draft');
  });

  it('lists every training of the organisation with its sites', async () => {
    const res = await api.call('GET', '/api/v1/members/greta-test/trainings', { session: staff });
    expect(res.body.organisation).toEqual({ slug: 'greta-test', name: 'GRETA de test', deliversTraining: true });
    expect(res.body.sites).toEqual([{ id: siteId, label: 'Évreux', commune: 'Évreux' }]);
    expect(res.body.items).toHaveLength(3);
    expect(new Set(res.body.items.map((t: { status: string }) => t.status))).toEqual(new Set(['archived', 'draft']));
  });
});
