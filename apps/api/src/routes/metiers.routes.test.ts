import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCampus } from '@passerelles/db';
import { insertRomeSample } from '@passerelles/db/testing';
import { startTestApi, type TestApi } from '../test-api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await seedDemoCampus(db);
    await insertRomeSample(db);
  });
});
afterAll(() => api?.close());

const get = (url: string) => api.get(url);

describe('métiers API', () => {
  it('finds métiers from accent-less, abbreviated and misspelt words', async () => {
    const pharma = await get('/api/v1/metiers?q=operateur%20pharma');
    expect(pharma.status).toBe(200);
    expect(pharma.body.items[0]).toMatchObject({ code: 'H2303', inSector: true });

    const typo = await get('/api/v1/metiers?q=operatrice%20fabricaton%20chimiques');
    expect(typo.body.items[0].code).toBe('H2304');

    const byAppellation = await get('/api/v1/metiers?q=preparatrice%20effervescents');
    expect(byAppellation.body.items[0]).toMatchObject({ code: 'H2303', matchedLabel: expect.stringContaining('effervescents') });
  });

  it('answers a ROME code with its fiche, and an empty query with every fiche', async () => {
    const byCode = await get('/api/v1/metiers?q=h2302');
    expect(byCode.body.items.map((i: { code: string }) => i.code)).toEqual(['H2302']);
    const all = await get('/api/v1/metiers?limit=2');
    expect(all.body.total).toBe(4);
    expect(all.body.items).toHaveLength(2);
  });

  it('returns nothing, not an error, when nothing matches', async () => {
    expect((await get('/api/v1/metiers?q=astronaute')).body).toEqual({ items: [], total: 0 });
    expect((await get('/api/v1/metiers?q=d%C2%A0e')).body).toEqual({ items: [], total: 0 });
  });

  it('rejects an out-of-range limit with the error shape', async () => {
    const res = await get('/api/v1/metiers?limit=1000');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('gives a fiche with its domain, appellations and skills with core flags', async () => {
    const { status, body } = await get('/api/v1/metiers/h2303');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code: 'H2303',
      grandDomaine: { code: 'H', label: 'Industrie' },
      domaine: { code: 'H23', label: 'Chimie et pharmacie' },
      inSector: true,
      isSensitive: false,
    });
    expect(body.appellations[0]).toMatchObject({ code: '17090', isPrincipal: true });
    expect(body.skills).toContainEqual(expect.objectContaining({ ogrCode: '100001', kind: 'savoir_faire', isCore: true }));
    expect(body.skills.map((s: { kind: string }) => s.kind)).toEqual(expect.arrayContaining(['savoir_faire', 'savoir_etre', 'savoir']));
    expect((await get('/api/v1/metiers/H2304')).body.isSensitive).toBe(true);
  });

  it('answers an unknown or malformed code with 404 / 400 and the error shape', async () => {
    const missing = await get('/api/v1/metiers/Z9999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Z9999') });
    const malformed = await get('/api/v1/metiers/not-a-code');
    expect(malformed.status).toBe(400);
  });

  it('lists the reference data sources with attribution', async () => {
    const { body } = await get('/api/v1/reference-data');
    const rome = body.items.find((s: { id: string }) => s.id === 'rome');
    expect(rome).toMatchObject({ producer: 'France Travail', licence: 'Licence Ouverte / Etalab 2.0', lastImport: null });
  });
});
