/** A longitude / latitude pair in degrees (WGS84, GeoJSON order is [lon, lat]). */
export interface LonLat {
  lon: number;
  lat: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Bounds {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/**
 * An affine map from degrees to drawing units: x = offsetX + (lon − originLon) × xScale,
 * y = offsetY + (originLat − lat) × yScale. Over a region the size of Normandy an equirectangular projection
 * with longitudes shrunk by cos(mean latitude) distorts shapes by well under 1 %, and its parameters are
 * plain numbers the API can hand to the page, which then places member sites with the same formula.
 */
export interface Projection {
  originLon: number;
  originLat: number;
  xScale: number;
  yScale: number;
  offsetX: number;
  offsetY: number;
}

export interface FittedProjection {
  projection: Projection;
  /** The drawing's size in its own units: `viewBox="0 0 width height"`. */
  width: number;
  height: number;
}

/** The projection that draws `bounds` `width` units wide, with `padding` units on each side. */
export function fitProjection(bounds: Bounds, width: number, padding = 0): FittedProjection {
  if (!(bounds.maxLon > bounds.minLon) || !(bounds.maxLat > bounds.minLat)) throw new RangeError('fitProjection: empty bounds');
  if (!(width > 2 * padding)) throw new RangeError('fitProjection: width must exceed the padding');
  const meanLat = ((bounds.minLat + bounds.maxLat) / 2) * (Math.PI / 180);
  const shrink = Math.cos(meanLat);
  const inner = width - 2 * padding;
  const yScale = inner / ((bounds.maxLon - bounds.minLon) * shrink);
  const xScale = yScale * shrink;
  const height = (bounds.maxLat - bounds.minLat) * yScale + 2 * padding;
  return {
    projection: { originLon: bounds.minLon, originLat: bounds.maxLat, xScale, yScale, offsetX: padding, offsetY: padding },
    width,
    height,
  };
}

export function projectPoint(p: Projection, at: LonLat): Point {
  return { x: p.offsetX + (at.lon - p.originLon) * p.xScale, y: p.offsetY + (p.originLat - at.lat) * p.yScale };
}

/** The smallest box holding every position ([lon, lat] pairs); null when there is none. */
export function boundsOf(positions: Iterable<readonly number[]>): Bounds | null {
  let b: Bounds | null = null;
  for (const [lon, lat] of positions) {
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    if (!b) b = { minLon: lon, minLat: lat, maxLon: lon, maxLat: lat };
    else {
      b.minLon = Math.min(b.minLon, lon);
      b.maxLon = Math.max(b.maxLon, lon);
      b.minLat = Math.min(b.minLat, lat);
      b.maxLat = Math.max(b.maxLat, lat);
    }
  }
  return b;
}
