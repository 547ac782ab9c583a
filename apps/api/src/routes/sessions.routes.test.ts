import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { refreshSessionSearch, seedDemoCampus, tables, type Db } from '@passerelles/db';
import { insertCertificationSample, insertRomeSample, insertTerritoryCommunes } from '@passerelles/db/testing';
import { startTestApi, type TestApi } from '../test-api';


async function prepare(db: Db) {
  await insertTerritoryCommunes(db);
  await insertRomeSample(db);
  await insertCertificationSample(db);
  // BTS Bioanalyses et contrôles: CFD 32022207; two regions' outcomes, one rate unpublished.
  await db.update(tables.certifications).set({ cfdCodes: ['32022207'] }).where(sql`code = 'RNCP38884'`);
  await db.insert(tables.outcomes).values([
    { id: '2021_2022_28_scolaire_x', cohort: '2021_2022', regionCode: '28', route: 'scolaire', cfd: '32022207', finalYearStudents: 120, leavers: 40, employmentRate6Months: 55, employmentRate12Months: 63, employmentRate24Months: null, furtherStudyRate: 58, maskedFields: ['taux_emploi_24_mois'] },
    { id: '2021_2022_11_scolaire_x', cohort: '2021_2022', regionCode: '11', route: 'scolaire', cfd: '32022207', finalYearStudents: 900, leavers: 300, employmentRate6Months: 60, employmentRate12Months: 70, employmentRate24Months: 75, furtherStudyRate: 50 },
  ]);
  await seedDemoCampus(db, { today: new Date('2026-03-02T10:00:00Z') });
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(prepare);
});
afterAll(() => api?.close());

const get = (url: string) => api.get(url);
type Item = { id: number; startDate: string | null; distanceKm: number | null; modality: string; fundings: string[]; training: { id: number; title: string }; certification: { code: string } | null; organisation: { slug: string }; commune: { code: string; departement: string } | null };
const items = (body: { items: Item[] }) => body.items;

describe('GET /api/v1/sessions', () => {
  it('returns every session with facets when nothing is asked', async () => {
    const { status, body } = await get('/api/v1/sessions?pageSize=100');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(150);
    expect(body.items).toHaveLength(100);
    expect(body).toMatchObject({ page: 1, pageSize: 100 });
    expect(Object.keys(body.facets).sort()).toEqual(['certificationType', 'departement', 'funding', 'level', 'modality', 'sector']);
    expect(items(body).every((i) => i.distanceKm === null)).toBe(true);
  });

  it('finds words with or without accents, by stem, and despite a typo', async () => {
    const accented = await get('/api/v1/sessions?q=proc%C3%A9d%C3%A9s%20aseptiques&pageSize=100');
    const plain = await get('/api/v1/sessions?q=procede%20aseptique&pageSize=100');
    expect(accented.body.total).toBeGreaterThanOrEqual(10);
    expect(plain.body.total).toBe(accented.body.total);
    // The 10 sessions of the module whose title has both words come first; others mention them in their objective.
    expect(items(plain.body).slice(0, 10).every((i) => i.training.title === 'Procédés aseptiques et répartition stérile')).toBe(true);

    const btsTitles = await get('/api/v1/sessions?q=bioanalyses&pageSize=100');
    expect(btsTitles.body.total).toBeGreaterThanOrEqual(5);
    const typo = await get('/api/v1/sessions?q=bioanalises&pageSize=100');
    expect(typo.body.total).toBe(btsTitles.body.total);
    expect(items(typo.body).map((i) => i.id).sort()).toEqual(items(btsTitles.body).map((i) => i.id).sort());

    // The certification title is searched too: « contrôle » finds the real BTS of Évreux.
    const controle = await get('/api/v1/sessions?q=controles&pageSize=100');
    expect(items(controle.body).some((i) => i.organisation.slug === 'lycee-senghor-evreux')).toBe(true);

    const nothing = await get('/api/v1/sessions?q=astronaute%20spatial');
    expect(nothing.body).toMatchObject({ items: [], total: 0 });
  });

  it('ranks the closest titles first by relevance', async () => {
    const { body } = await get('/api/v1/sessions?q=habillage%20zone%20atmosphere%20controlee&sort=relevance');
    expect(body.total).toBe(24);
    expect(items(body)[0]!.training.title).toMatch(/Habillage/);
  });

  it('counts each facet with the other filters applied, and each count is what the filter returns', async () => {
    const base = 'q=bpf';
    const { body } = await get(`/api/v1/sessions?${base}&departement=27`);
    // The département facet ignores its own filter: other départements keep their counts.
    const all = await get(`/api/v1/sessions?${base}`);
    expect(body.facets.departement).toEqual(all.body.facets.departement);
    const facetToParam: Record<string, string> = {
      level: 'level', modality: 'modality', funding: 'funding', departement: 'departement', certificationType: 'certificationType', sector: 'sector',
    };
    const everything = await get('/api/v1/sessions?departement=27&pageSize=1');
    for (const [facet, param] of Object.entries(facetToParam)) {
      const values = everything.body.facets[facet] as { value: string; count: number }[];
      expect(values.length, facet).toBeGreaterThan(0);
      for (const { value, count } of values) {
        // The département facet is counted without the département filter (a second département widens the search).
        const scope = facet === 'departement' ? '' : 'departement=27&';
        const filtered = await get(`/api/v1/sessions?${scope}${param}=${encodeURIComponent(value)}&pageSize=1`);
        expect(filtered.status).toBe(200);
        expect(filtered.body.total, `${facet}=${value}`).toBe(count);
      }
    }
    const modality = await get('/api/v1/sessions?modality=vae&pageSize=100');
    expect(items(modality.body).every((i) => i.modality === 'vae')).toBe(true);
    expect(modality.body.facets.modality.map((m: { value: string }) => m.value)).toContain('apprentissage');
    const funded = await get('/api/v1/sessions?funding=cpf&funding=region&pageSize=100');
    expect(items(funded.body).every((i) => i.fundings.includes('cpf') || i.fundings.includes('region'))).toBe(true);
    const levels = await get('/api/v1/sessions?level=5&pageSize=100');
    expect(levels.body.total).toBeGreaterThan(0);
    expect(levels.body.facets.level).toContainEqual({ value: '4', count: expect.any(Number) });
  });

  it('filters by distance from a commune and gives each result its distance', async () => {
    const near = await get('/api/v1/sessions?commune=27229&radiusKm=10&pageSize=100');
    expect(near.status).toBe(200);
    expect(near.body.total).toBeGreaterThan(0);
    expect(items(near.body).every((i) => i.distanceKm !== null && i.distanceKm <= 10)).toBe(true);
    expect(items(near.body).some((i) => i.organisation.slug === 'lycee-senghor-evreux')).toBe(true);
    expect(items(near.body).every((i) => i.commune?.code === '27229')).toBe(true);

    const wider = await get('/api/v1/sessions?commune=27229&radiusKm=30&pageSize=100');
    expect(wider.body.total).toBeGreaterThan(near.body.total);
    const valDeReuil = items(wider.body).find((i) => i.commune?.code === '27701');
    // Évreux → Val-de-Reuil: 27 km as the crow flies.
    expect(valDeReuil?.distanceKm).toBeGreaterThan(26);
    expect(valDeReuil?.distanceKm).toBeLessThan(29);
    expect(items(wider.body).some((i) => i.commune?.code === '76540')).toBe(false);
  });

  it('sorts by distance, start date and relevance', async () => {
    const byDistance = await get('/api/v1/sessions?commune=76540&sort=distance&pageSize=100');
    const d = items(byDistance.body).map((i) => i.distanceKm ?? Infinity);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(d[0]).toBe(0);

    const byStart = await get('/api/v1/sessions?sort=start&pageSize=100');
    const s = items(byStart.body).map((i) => i.startDate ?? '9999');
    expect(s).toEqual([...s].sort());
    expect(s[0]! >= '2026-03-02').toBe(true);

    const after = await get('/api/v1/sessions?sort=start&startAfter=2026-09-01&pageSize=100');
    expect(items(after.body).every((i) => (i.startDate ?? '') >= '2026-09-01')).toBe(true);
    expect(after.body.total).toBeLessThan(byStart.body.total);
  });

  it('pages through results without overlap', async () => {
    const first = await get('/api/v1/sessions?sort=start&pageSize=5&page=1');
    const second = await get('/api/v1/sessions?sort=start&pageSize=5&page=2');
    const both = await get('/api/v1/sessions?sort=start&pageSize=10&page=1');
    expect(first.body.total).toBe(second.body.total);
    expect([...items(first.body), ...items(second.body)].map((i) => i.id)).toEqual(items(both.body).map((i) => i.id));
    const beyond = await get('/api/v1/sessions?sort=start&pageSize=100&page=50');
    expect(beyond.body.items).toEqual([]);
    expect(beyond.body.total).toBe(first.body.total);
  });

  it('answers 422 with the error shape for an unknown commune or a distance without a commune', async () => {
    for (const url of [
      '/api/v1/sessions?commune=99999',
      '/api/v1/sessions?commune=76095&sort=distance',
      '/api/v1/sessions?radiusKm=20',
      '/api/v1/sessions?sort=distance',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(422);
      expect(res.body).toMatchObject({ code: 'UNPROCESSABLE', message: expect.any(String) });
    }
    expect((await get('/api/v1/sessions?commune=2722')).status).toBe(400);
  });
});

describe('GET /api/v1/trainings/{id}', () => {
  it('gives a training with its certification, blocs, organisation, sessions and Normandy outcomes', async () => {
    const search = await get('/api/v1/sessions?q=bioanalyses&departement=27&pageSize=100');
    const senghor = items(search.body).find((i) => i.organisation.slug === 'lycee-senghor-evreux')!;
    const { status, body } = await get(`/api/v1/trainings/${senghor.training.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      title: 'BTS Bioanalyses et contrôles',
      isDemo: false,
      certification: { code: 'RNCP38884', level: 5, type: 'BTS' },
      organisation: { slug: 'lycee-senghor-evreux', type: 'school' },
      contact: { email: null },
    });
    expect(body.sessions).toHaveLength(1);
    expect(body.sessions[0]).toMatchObject({ modality: 'initial_scolaire', capacity: 30, seatsLeft: null, startDate: '2026-09-01', commune: { code: '27229' } });
    expect(body.outcomes).toEqual([
      { cohort: '2021_2022', region: '28', route: 'scolaire', leavers: 40, employment6: 55, employment12: 63, employment24: null, furtherStudy: 58 },
    ]);
  });

  it('lists the blocs a training covers and the funded sessions of a demo offer', async () => {
    const search = await get('/api/v1/sessions?q=PIPAC&commune=27701&radiusKm=1&pageSize=100');
    const pipac = items(search.body).find((i) => i.organisation.slug === 'lycee-pro-bio-industries-val-de-reuil')!;
    const { body } = await get(`/api/v1/trainings/${pipac.training.id}`);
    expect(body.isDemo).toBe(true);
    expect(body.blocks).toEqual([{ code: 'RNCP37699BC01', label: 'Conduite d’une production' }]);
    expect(body.sessions.map((s: { modality: string }) => s.modality).sort()).toEqual(['apprentissage', 'initial_scolaire']);
    expect(body.contact.email).toMatch(/\.example$/);
    expect(body.outcomes).toEqual([]);
  });

  it('answers 404 for an unknown training and 400 for a malformed id', async () => {
    const missing = await get('/api/v1/trainings/999999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await get('/api/v1/trainings/abc')).status).toBe(400);
  });
});

describe('answers kept between identical searches', () => {
  it('serve the same answer until the catalogue is refreshed, then the new catalogue', async () => {
    const url = '/api/v1/sessions?q=PIPAC&commune=27701&radiusKm=1&pageSize=100';
    const before = await get(url);
    const pipac = items(before.body).find((i) => i.organisation.slug === 'lycee-pro-bio-industries-val-de-reuil')!;
    const title = pipac.training.title;
    const db = api.database.db;
    try {
      await db.update(tables.trainings).set({ title: `${title} (rénovée)` }).where(sql`id = ${pipac.training.id}`);
      // Not refreshed yet: the search views, and so the answers, are those of the last refresh.
      expect((await get(url)).body).toEqual(before.body);
      await refreshSessionSearch(db);
      const after = items((await get(url)).body).find((i) => i.training.id === pipac.training.id)!;
      expect(after.training.title).toBe(`${title} (rénovée)`);
    } finally {
      await db.update(tables.trainings).set({ title }).where(sql`id = ${pipac.training.id}`);
      await refreshSessionSearch(db);
    }
    expect(items((await get(url)).body).find((i) => i.training.id === pipac.training.id)!.training.title).toBe(title);
  });
});
