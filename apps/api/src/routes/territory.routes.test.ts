import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-api';
import { DEPARTEMENTS_FILE, territoryHandlers } from './territory.routes';

let api: TestApi;
let dir: string;

const square = (lon: number, lat: number) => [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 0.6], [lon, lat + 0.6], [lon, lat]]];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'passerelles-geo-'));
  await mkdir(join(dir, 'geo'));
  await writeFile(join(dir, DEPARTEMENTS_FILE), JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { code: '76', nom: 'Seine-Maritime' }, geometry: { type: 'Polygon', coordinates: square(0.5, 49.4) } },
      { type: 'Feature', properties: { code: '27', nom: 'Eure' }, geometry: { type: 'Polygon', coordinates: square(0.5, 48.7) } },
    ],
  }));
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('territory map API', () => {
  it('answers the bundled départements as projected paths with the projection (the real file, read once)', async () => {
    const { status, body } = await api.get('/api/v1/territory/map');
    expect(status).toBe(200);
    // The app reads DATA_DIR (default ../shared/data): the five Normandy départements.
    expect(body.departements.map((d: { code: string }) => d.code)).toEqual(['14', '27', '50', '61', '76']);
    expect(body.departements.find((d: { code: string }) => d.code === '27').name).toBe('Eure');
    expect(body.viewBox.width).toBe(600);
    expect(body.viewBox.height).toBeGreaterThan(200);
    for (const d of body.departements) expect(d.d).toMatch(/^M[\d. LZM]+$/);
    // Simplified: far fewer characters than the 187 KB source.
    expect(JSON.stringify(body.departements).length).toBeLessThan(60_000);
    expect(body.projection).toMatchObject({ originLon: expect.any(Number), xScale: expect.any(Number) });
    expect(body.source.producer).toBe('IGN');
  });

  it('reads another folder and caches its drawing', async () => {
    const handlers = territoryHandlers(dir);
    const first = await handlers.getTerritoryMap({} as never);
    expect(first.departements.map((d) => d.code)).toEqual(['27', '76']);
    await rm(join(dir, DEPARTEMENTS_FILE));
    expect(await handlers.getTerritoryMap({} as never)).toEqual(first);
  });

  it('answers an empty map, not an error, when the file is absent', async () => {
    const map = await territoryHandlers(join(dir, 'nowhere')).getTerritoryMap({} as never);
    expect(map).toEqual({ viewBox: { width: 0, height: 0 }, projection: null, departements: [], source: null });
  });
});
