import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCertificationSample, insertRomeSample } from '@passerelles/db/testing';
import { startTestApi, type TestApi } from '../test-api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await insertRomeSample(db);
    await insertCertificationSample(db);
  });
});
afterAll(() => api?.close());

const get = (url: string) => api.get(url);

describe('certifications API', () => {
  it('searches titles without accents, filters by level, finds codes', async () => {
    const bio = await get('/api/v1/certifications?q=bioanalyse%20controle');
    expect(bio.body.items.map((c: { code: string }) => c.code)).toEqual(['RNCP38884']);
    expect(bio.body.items[0]).toMatchObject({ level: 5, register: 'RNCP', isActive: true });

    const level4 = await get('/api/v1/certifications?level=4');
    expect(level4.body.total).toBe(2);
    expect(level4.body.items[0].code).toBe('RNCP37699'); // active first

    expect((await get('/api/v1/certifications?q=rncp7586')).body.items[0].code).toBe('RNCP7586');
  });

  it('gives a certification with blocs, métiers and its predecessor', async () => {
    const { status, body } = await get('/api/v1/certifications/rncp37699');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 'RNCP37699', level: 4, isActive: true });
    expect(body.blocks[0]).toMatchObject({ code: 'RNCP37699BC01', isCampusData: true, skills: expect.arrayContaining(['Préparer la production']) });
    expect(body.metiers).toEqual([{ code: 'H2303', label: expect.stringContaining('pharmaceutique') }]);
    expect(body.predecessors).toEqual([{ code: 'RNCP7586', title: 'Bio-industries de transformation' }]);
    expect((await get('/api/v1/certifications/RNCP7586')).body.successors[0].code).toBe('RNCP37699');
  });

  it('answers unknown codes with 404 and malformed ones with 400', async () => {
    const missing = await get('/api/v1/certifications/RNCP999999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    expect((await get('/api/v1/certifications/ABC')).status).toBe(400);
    expect((await get('/api/v1/certifications?level=9')).status).toBe(400);
  });
});
