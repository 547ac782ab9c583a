import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type TestApi } from '../test-api';

const TODAY = '2026-03-02';
let api: TestApi;
beforeAll(async () => {
  api = await startDemoApi(TODAY);
});
afterAll(() => api?.close());

const get = (url: string) => api.get(url);

describe('GET /api/v1/metiers/{code}/mobilites', () => {
  it('ranks the other métiers by shared skills, with what is shared and what is missing', async () => {
    const { status, body } = await get('/api/v1/metiers/H2304/mobilites?limit=3');
    expect(status).toBe(200);
    expect(body.metier).toEqual({ code: 'H2304', label: 'Opérateur / Opératrice de fabrication des industries chimiques', isSensitive: true, inSector: true });
    expect(body.items.map((i: { code: string }) => i.code)).toEqual(['H2303', 'H2301', 'H2302']);
    const pharma = body.items[0];
    expect(pharma).toMatchObject({ label: 'Opérateur / Opératrice de fabrication en industrie pharmaceutique', inSector: true });
    expect(pharma.score).toBeGreaterThan(body.items[1].score);
    expect(pharma.sharedSkills).toEqual([{ ogrCode: '100003', label: expect.any(String), isCore: false }]);
    expect(pharma.missingSkills).toEqual([
      { ogrCode: '100001', label: 'Appliquer les Bonnes Pratiques de Fabrication (BPF)', isCore: true },
      { ogrCode: '100004', label: expect.any(String), isCore: false },
    ]);
    expect(pharma.explanation).toBe('0 compétence cœur en commun sur 1 · 1 à acquérir');
  });

  it('answers 404 for an unknown fiche and 400 for a malformed code or limit', async () => {
    const missing = await get('/api/v1/metiers/H9999/mobilites');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('H9999') });
    expect((await get('/api/v1/metiers/HH/mobilites')).status).toBe(400);
    expect((await get('/api/v1/metiers/H2304/mobilites?limit=0')).status).toBe(400);
  });
});

describe('GET /api/v1/metiers/{code}/mobilites/{target}', () => {
  it('closes the gap with the nearest adult sessions that teach the missing skills', async () => {
    const { status, body } = await get('/api/v1/metiers/H2304/mobilites/H2303?commune=27229');
    expect(status).toBe(200);
    expect(body.from.code).toBe('H2304');
    expect(body.to).toMatchObject({ code: 'H2303', isSensitive: false });
    expect(body.missingSkills.map((s: { ogrCode: string }) => s.ogrCode)).toEqual(['100001', '100004']);
    // The Bac pro PIPAC prepares for H2303 (sample link): one of its sessions covers the whole gap.
    expect(body.path).toMatchObject({ uncovered: [], coveredShare: 1 });
    expect(body.path.steps).toHaveLength(1);
    const [step] = body.path.steps;
    expect(step.certification.code).toBe('RNCP37699');
    expect(step.covers.map((s: { ogrCode: string }) => s.ogrCode)).toEqual(['100001', '100004']);
    expect(['initial_scolaire', 'vae']).not.toContain(step.modality);
    expect(step.distanceKm).toBeGreaterThanOrEqual(0);
    expect(step.startDate === null || step.startDate >= TODAY).toBe(true);
  });

  it('says what nothing covers under the filters given', async () => {
    const far = await get('/api/v1/metiers/H2304/mobilites/H2303?commune=50502&radiusKm=5');
    expect(far.status).toBe(200);
    expect(far.body.path).toEqual({ steps: [], uncovered: far.body.missingSkills, coveredShare: 0 });
    const vaeOnly = await get('/api/v1/metiers/H2304/mobilites/H2303?modality=vae');
    expect(vaeOnly.body.path.steps).toEqual([]);
    const target = await get('/api/v1/metiers/H2303/mobilites/H2301');
    expect(target.body).toMatchObject({ missingSkills: [], path: { steps: [], uncovered: [], coveredShare: 1 } });
  });

  it('answers 404, 422 and 400 with the error shape', async () => {
    expect((await get('/api/v1/metiers/H2304/mobilites/H9999')).status).toBe(404);
    const same = await get('/api/v1/metiers/H2304/mobilites/H2304');
    expect(same.status).toBe(422);
    expect(same.body).toMatchObject({ code: 'UNPROCESSABLE', details: { field: 'target' } });
    const noPlace = await get('/api/v1/metiers/H2304/mobilites/H2303?radiusKm=20');
    expect(noPlace.body).toMatchObject({ code: 'UNPROCESSABLE', details: { field: 'radiusKm' } });
    const nowhere = await get('/api/v1/metiers/H2304/mobilites/H2303?commune=76095');
    expect(nowhere.body).toMatchObject({ code: 'UNPROCESSABLE', details: { field: 'commune' } });
    expect((await get('/api/v1/metiers/H2304/mobilites/H2303?modality=teleportation')).status).toBe(400);
  });
});

describe('GET /api/v1/campus/metiers', () => {
  it('lists the sector’s métiers the reference data knows, by label, trades at risk flagged', async () => {
    const { status, body } = await get('/api/v1/campus/metiers');
    expect(status).toBe(200);
    expect(body.items).toEqual([
      { code: 'H2301', label: 'Conducteur / Conductrice de ligne en industrie chimique', isSensitive: true },
      { code: 'H2302', label: 'Conducteur / Conductrice de procédé de fabrication en industrie pharmaceutique', isSensitive: false },
      { code: 'H2304', label: 'Opérateur / Opératrice de fabrication des industries chimiques', isSensitive: true },
      { code: 'H2303', label: 'Opérateur / Opératrice de fabrication en industrie pharmaceutique', isSensitive: false },
    ]);
  });
});
