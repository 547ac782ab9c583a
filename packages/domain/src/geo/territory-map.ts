import { boundsOf, fitProjection, projectPoint, type Point, type Projection } from './projection';
import { ringArea, simplifyLine } from './simplify';

/** The few GeoJSON shapes a boundary file holds; anything else is ignored, not trusted. */
type Ring = readonly (readonly number[])[];
interface BoundaryFeature {
  code: string;
  name: string;
  polygons: Ring[][];
}

export interface AreaPath {
  code: string;
  name: string;
  /** SVG path data in the drawing's units. */
  d: string;
  /** Where its name goes: the centroid of its largest ring. */
  label: Point;
}

export interface TerritoryMap {
  width: number;
  height: number;
  projection: Projection | null;
  areas: AreaPath[];
}

export const EMPTY_TERRITORY_MAP: TerritoryMap = { width: 0, height: 0, projection: null, areas: [] };

export interface TerritoryMapOptions {
  /** Drawing width in units (the height follows the territory's shape). */
  width?: number;
  padding?: number;
  /** Douglas–Peucker tolerance in drawing units. */
  tolerance?: number;
  /** Rings (islets) smaller than this many square units are left out. */
  minArea?: number;
}

function isRing(value: unknown): value is Ring {
  return Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
}

function polygonsOf(geometry: unknown): Ring[][] {
  if (!geometry || typeof geometry !== 'object') return [];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const polygon = (value: unknown): Ring[] | null => (Array.isArray(value) && value.every(isRing) ? (value as Ring[]) : null);
  if (type === 'Polygon') {
    const p = polygon(coordinates);
    return p ? [p] : [];
  }
  if (type === 'MultiPolygon' && Array.isArray(coordinates)) return coordinates.map(polygon).filter((p): p is Ring[] => p !== null);
  return [];
}

/**
 * The features of a GeoJSON FeatureCollection that have a code and a name (IGN / Etalab files say `code` and
 * `nom`) and polygon geometry. Input is untrusted JSON: what does not fit is skipped.
 */
export function readBoundaryFeatures(json: unknown): BoundaryFeature[] {
  if (!json || typeof json !== 'object' || (json as { type?: unknown }).type !== 'FeatureCollection') return [];
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  const out: BoundaryFeature[] = [];
  for (const f of features) {
    if (!f || typeof f !== 'object') continue;
    const props = ((f as { properties?: unknown }).properties ?? {}) as Record<string, unknown>;
    const code = props.code;
    const name = props.nom ?? props.name;
    const polygons = polygonsOf((f as { geometry?: unknown }).geometry);
    if (typeof code === 'string' && typeof name === 'string' && polygons.length) out.push({ code, name, polygons });
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Centroid of a simple polygon (the mean of its points when it is degenerate). */
export function ringCentroid(ring: readonly Point[]): Point {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    const cross = p.x * q.y - q.x * p.y;
    a += cross;
    cx += (p.x + q.x) * cross;
    cy += (p.y + q.y) * cross;
  }
  if (Math.abs(a) < 1e-9) {
    const n = Math.max(1, ring.length);
    return { x: ring.reduce((t, p) => t + p.x, 0) / n, y: ring.reduce((t, p) => t + p.y, 0) / n };
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}

function ringPath(points: readonly Point[]): string {
  return `M${points.map((p) => `${round(p.x)} ${round(p.y)}`).join('L')}Z`;
}

/**
 * Boundaries projected to fit `width`, simplified and written as SVG paths, sorted by code. The projection is
 * returned so that points (member sites) can be placed on the same drawing.
 */
export function buildTerritoryMap(features: readonly BoundaryFeature[], options: TerritoryMapOptions = {}): TerritoryMap {
  const { width = 600, padding = 8, tolerance = 0.6, minArea = 4 } = options;
  const bounds = boundsOf(features.flatMap((f) => f.polygons.flatMap((p) => p.flatMap((r) => r))));
  if (!bounds || bounds.maxLon === bounds.minLon || bounds.maxLat === bounds.minLat) return EMPTY_TERRITORY_MAP;
  const fitted = fitProjection(bounds, width, padding);
  const areas = features
    .map((f) => {
      const rings = f.polygons.flatMap((polygon) =>
        polygon.map((ring) => simplifyLine(ring.map(([lon, lat]) => projectPoint(fitted.projection, { lon: lon!, lat: lat! })), tolerance)),
      );
      const kept = rings.filter((r) => r.length >= 3 && ringArea(r) >= minArea);
      const largest = kept.reduce<Point[] | null>((best, r) => (!best || ringArea(r) > ringArea(best) ? r : best), null);
      const at = largest ? ringCentroid(largest) : { x: 0, y: 0 };
      return { code: f.code, name: f.name, d: kept.map(ringPath).join(''), label: { x: round(at.x), y: round(at.y) } };
    })
    .filter((a) => a.d !== '')
    .sort((a, b) => a.code.localeCompare(b.code));
  return { width: fitted.width, height: round(fitted.height), projection: fitted.projection, areas };
}

/**
 * Points at the same place (several members in one commune) drawn on a small circle around it so that each
 * stays visible; a lone point stays where it is. Order in, order out.
 */
export function spreadOverlapping<T extends Point>(points: readonly T[], radius: number, closerThan = radius / 2): T[] {
  const groups: number[][] = [];
  points.forEach((p, i) => {
    const group = groups.find((g) => Math.hypot(points[g[0]!]!.x - p.x, points[g[0]!]!.y - p.y) < closerThan);
    if (group) group.push(i);
    else groups.push([i]);
  });
  const out = [...points];
  for (const group of groups) {
    if (group.length < 2) continue;
    const centre = points[group[0]!]!;
    const r = radius * Math.max(1, group.length / 6);
    group.forEach((index, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / group.length;
      out[index] = { ...points[index]!, x: round(centre.x + r * Math.cos(angle)), y: round(centre.y + r * Math.sin(angle)) };
    });
  }
  return out;
}
