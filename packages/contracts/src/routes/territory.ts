import { z } from 'zod';
import { defineRoute } from '../define';

/** The affine degrees → drawing units map of the drawing (see `projectPoint` in the domain package). */
export const MapProjection = z
  .object({
    originLon: z.number(),
    originLat: z.number(),
    xScale: z.number(),
    yScale: z.number(),
    offsetX: z.number(),
    offsetY: z.number(),
  })
  .meta({ id: 'MapProjection', description: 'x = offsetX + (lon − originLon) × xScale; y = offsetY + (originLat − lat) × yScale' });

export const TerritoryMap = z
  .object({
    /** `viewBox="0 0 width height"`; 0 × 0 when the boundaries file is absent. */
    viewBox: z.object({ width: z.number(), height: z.number() }),
    /** Null when there is nothing to draw: the page then shows its lists without the map. */
    projection: MapProjection.nullable(),
    departements: z.array(z.object({ code: z.string(), name: z.string(), d: z.string(), label: z.object({ x: z.number(), y: z.number() }) })),
    source: z.object({ producer: z.string(), dataset: z.string(), licence: z.string() }).nullable(),
  })
  .meta({ id: 'TerritoryMap' });

export const getTerritoryMap = defineRoute({
  method: 'GET',
  path: '/api/v1/territory/map',
  operationId: 'getTerritoryMap',
  summary: 'The territory’s départements as projected, simplified SVG paths, and the projection to place points on them',
  tags: ['catalogue'],
  auth: 'public',
  responses: { 200: TerritoryMap },
});
