import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '@passerelles/db';
import { startTestApi, type TestApi } from '../test-api';

/** Real rows of the COG 2026 file with the 2020 coordinates (Sainte-Marie of the Cantal has none here on purpose). */
const COMMUNES = [
  { inseeCode: '27229', name: 'Évreux', departement: '27', postalCodes: ['27000'], population: 49360, latitude: 49.02015421, longitude: 1.14164412464 },
  { inseeCode: '27448', name: 'Pacy-sur-Eure', departement: '27', postalCodes: ['27120'], population: 5027, latitude: 49.0221961311, longitude: 1.39950768038 },
  { inseeCode: '27397', name: 'Ménilles', departement: '27', postalCodes: ['27120'], population: 1708, latitude: 49.0388433559, longitude: 1.37049652274 },
  { inseeCode: '27004', name: 'Aigleville', departement: '27', postalCodes: ['27120'], population: 414, latitude: 49.0059752091, longitude: 1.42580857291 },
  { inseeCode: '27016', name: 'Les Andelys', departement: '27', postalCodes: ['27700'], population: 7706, latitude: 49.2459086784, longitude: 1.42805086604 },
  { inseeCode: '27517', name: 'Saint-Aubin-sur-Gaillon', departement: '27', postalCodes: ['27600'], population: 2153, latitude: 49.132834827, longitude: 1.33624192382 },
  { inseeCode: '27511', name: 'Saint-Aubin-d’Écrosville', departement: '27', postalCodes: ['27110'], population: 759, latitude: 49.1431219204, longitude: 0.986919369779 },
  { inseeCode: '76540', name: 'Rouen', departement: '76', postalCodes: ['76000', '76100'], population: 117662, latitude: 49.4413460103, longitude: 1.09256784278 },
  { inseeCode: '08390', name: 'Sainte-Marie', departement: '08', postalCodes: ['08400'], population: 75, latitude: null, longitude: null },
  { inseeCode: '15198', name: 'Sainte-Marie', departement: '15', postalCodes: ['15230'], population: 98, latitude: null, longitude: null },
];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await db.insert(tables.communes).values(COMMUNES);
  });
});
afterAll(() => api?.close());

const codes = (body: { items: { code: string }[] }) => body.items.map((i) => i.code);

describe('GET /api/v1/communes', () => {
  it('finds a commune however its name is typed: accents, case, hyphens', async () => {
    for (const q of ['Pacy-sur-Eure', 'pacy sur eure', 'PACY SUR EURE', 'pacy-sur-eure ']) {
      const { status, body } = await api.get(`/api/v1/communes?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(body.items[0]).toEqual({ code: '27448', name: 'Pacy-sur-Eure', departement: '27', postalCodes: ['27120'], population: 5027, located: true, match: 'exact' });
    }
    expect(codes((await api.get('/api/v1/communes?q=evreux')).body)).toEqual(['27229']);
  });

  it('ranks the exact name, then names starting with the words, then names with a word starting with them', async () => {
    const { body } = await api.get('/api/v1/communes?q=saint%20aubin');
    expect(codes(body)).toEqual(['27517', '27511']);
    expect(body.items.map((i: { match: string }) => i.match)).toEqual(['prefix', 'prefix']);
    const andelys = await api.get('/api/v1/communes?q=andelys');
    expect(andelys.body.items).toMatchObject([{ code: '27016', match: 'prefix' }]);
    const inside = await api.get('/api/v1/communes?q=eure');
    expect(inside.body.items).toMatchObject([{ code: '27448', match: 'prefix' }]);
    expect(codes((await api.get('/api/v1/communes?q=ouen')).body)).toEqual(['76540']);
  });

  it('finds the communes of a postal code, or of its start, the most populated first', async () => {
    expect(codes((await api.get('/api/v1/communes?q=27120')).body)).toEqual(['27448', '27397', '27004']);
    expect(codes((await api.get('/api/v1/communes?q=761')).body)).toEqual(['76540']);
    expect((await api.get('/api/v1/communes?q=27120&limit=1')).body.items).toMatchObject([{ code: '27448', match: 'postal' }]);
  });

  it('tells homonyms apart by département and says which have no position', async () => {
    const both = await api.get('/api/v1/communes?q=Sainte-Marie');
    expect(both.body.items).toMatchObject([
      { code: '15198', departement: '15', located: false, match: 'exact' },
      { code: '08390', departement: '08', located: false, match: 'exact' },
    ]);
    expect(codes((await api.get('/api/v1/communes?q=Sainte-Marie&departement=08')).body)).toEqual(['08390']);
  });

  it('answers an empty list for nothing found, and 400 for an empty or oversized query', async () => {
    expect((await api.get('/api/v1/communes?q=zzzz')).body).toEqual({ items: [] });
    expect((await api.get('/api/v1/communes?q=%25_')).body).toEqual({ items: [] });
    const empty = await api.get('/api/v1/communes?q=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
    expect((await api.get(`/api/v1/communes?q=${'a'.repeat(101)}`)).status).toBe(400);
  });
});

describe('GET /api/v1/communes/{code}', () => {
  it('gives one commune, 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await api.get('/api/v1/communes/76540')).body).toEqual({ code: '76540', name: 'Rouen', departement: '76', postalCodes: ['76000', '76100'], population: 117662, located: true });
    const missing = await api.get('/api/v1/communes/27999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    expect((await api.get('/api/v1/communes/abc')).status).toBe(400);
  });
});
