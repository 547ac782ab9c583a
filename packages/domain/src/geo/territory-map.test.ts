import { describe, expect, it } from 'vitest';
import { boundsOf, fitProjection, projectPoint } from './projection';
import { ringArea, simplifyLine } from './simplify';
import { buildTerritoryMap, readBoundaryFeatures, spreadOverlapping } from './territory-map';

const square = (lon: number, lat: number, size: number) => [
  [lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat],
];

describe('projection', () => {
  const bounds = { minLon: -1.9, minLat: 48.2, maxLon: 1.8, maxLat: 50.1 };
  const fitted = fitProjection(bounds, 600, 10);

  it('fits the bounds to the width with the padding, north up, shapes kept', () => {
    expect(projectPoint(fitted.projection, { lon: -1.9, lat: 50.1 })).toEqual({ x: 10, y: 10 });
    const se = projectPoint(fitted.projection, { lon: 1.8, lat: 48.2 });
    expect(se.x).toBeCloseTo(590);
    expect(se.y).toBeCloseTo(fitted.height - 10);
    // One degree of longitude is cos(latitude) of one degree of latitude.
    expect(fitted.projection.xScale / fitted.projection.yScale).toBeCloseTo(Math.cos((49.15 * Math.PI) / 180));
  });

  it('refuses empty bounds', () => {
    expect(() => fitProjection({ minLon: 1, minLat: 1, maxLon: 1, maxLat: 2 }, 100)).toThrow(RangeError);
  });

  it('finds the bounds of positions, skipping non-finite ones', () => {
    expect(boundsOf([[1, 2], [3, -1], [Number.NaN, 9]])).toEqual({ minLon: 1, minLat: -1, maxLon: 3, maxLat: 2 });
    expect(boundsOf([])).toBeNull();
  });
});

describe('simplification', () => {
  it('drops points closer to the line than the tolerance, keeps the corners', () => {
    const line = [{ x: 0, y: 0 }, { x: 1, y: 0.1 }, { x: 2, y: -0.1 }, { x: 3, y: 0 }, { x: 3, y: 5 }];
    expect(simplifyLine(line, 0.5)).toEqual([{ x: 0, y: 0 }, { x: 3, y: 0 }, { x: 3, y: 5 }]);
    expect(simplifyLine(line, 0.01)).toHaveLength(5);
  });

  it('handles a long line without recursion limits', () => {
    const line = Array.from({ length: 20_000 }, (_, i) => ({ x: i, y: Math.sin(i / 10) * 20 }));
    const out = simplifyLine(line, 0.5);
    expect(out.length).toBeLessThan(line.length);
    expect(out[0]).toEqual(line[0]);
    expect(out.at(-1)).toEqual(line.at(-1));
  });

  it('measures ring areas', () => {
    expect(ringArea([{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 2, y: 3 }, { x: 0, y: 3 }])).toBe(6);
  });
});

describe('territory map', () => {
  const collection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { code: '76', nom: 'Seine-Maritime' }, geometry: { type: 'Polygon', coordinates: [square(0, 49.5, 1)] } },
      {
        type: 'Feature',
        properties: { code: '27', nom: 'Eure' },
        geometry: { type: 'MultiPolygon', coordinates: [[square(0, 48.5, 1)], [square(1.5, 48.5, 0.001)]] },
      },
      { type: 'Feature', properties: { nom: 'Sans code' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
      { type: 'Feature', properties: { code: '99', nom: 'Point' }, geometry: { type: 'Point', coordinates: [0, 0] } },
      { type: 'Feature', properties: { code: '98', nom: 'Bad' }, geometry: { type: 'Polygon', coordinates: [[['a', 1]]] } },
    ],
  };

  it('reads the features with a code, a name and polygons; ignores the rest', () => {
    expect(readBoundaryFeatures(collection).map((f) => f.code)).toEqual(['76', '27']);
    expect(readBoundaryFeatures(null)).toEqual([]);
    expect(readBoundaryFeatures({ type: 'FeatureCollection', features: 'x' })).toEqual([]);
  });

  it('draws one path per area, sorted by code, leaving out islets, with a projection for points', () => {
    const map = buildTerritoryMap(readBoundaryFeatures(collection), { width: 200, padding: 0 });
    expect(map.areas.map((a) => a.code)).toEqual(['27', '76']);
    expect(map.areas[0]!.d.match(/M/g)).toHaveLength(1);
    expect(map.areas[1]!.d).toMatch(/^M[\d. L]+Z$/);
    // The name of the 76 square (lon 0–1, lat 49.5–50.5) sits at its centre.
    const centre = projectPoint(map.projection!, { lon: 0.5, lat: 50 });
    expect(map.areas[1]!.label.x).toBeCloseTo(centre.x, 0);
    expect(map.areas[1]!.label.y).toBeCloseTo(centre.y, 0);
    expect(map.width).toBe(200);
    expect(map.projection).not.toBeNull();
    const corner = projectPoint(map.projection!, { lon: 0, lat: 50.5 });
    expect(corner).toEqual({ x: 0, y: 0 });
  });

  it('is empty without features', () => {
    expect(buildTerritoryMap([])).toEqual({ width: 0, height: 0, projection: null, areas: [] });
  });

  it('spreads points at the same place around it, leaves lone points', () => {
    const points = [{ x: 10, y: 10, id: 'a' }, { x: 10, y: 10, id: 'b' }, { x: 50, y: 50, id: 'c' }];
    const out = spreadOverlapping(points, 4);
    expect(out.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(out[2]).toEqual(points[2]);
    expect(Math.hypot(out[0]!.x - out[1]!.x, out[0]!.y - out[1]!.y)).toBeCloseTo(8);
    expect(Math.hypot(out[0]!.x - 10, out[0]!.y - 10)).toBeCloseTo(4);
  });
});
