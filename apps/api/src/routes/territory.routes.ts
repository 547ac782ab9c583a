import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPTY_TERRITORY_MAP, buildTerritoryMap, readBoundaryFeatures, type TerritoryMap } from '@passerelles/domain';
import type { getTerritoryMap } from '@passerelles/contracts';
import type { Handler } from '../http/register-routes';
import { dataDirFrom } from '../env';

/** The bundled boundaries (IGN Admin Express, through the reference data folder); never a copy in the repo. */
export const DEPARTEMENTS_FILE = 'geo/departements-normandie.geojson';

const SOURCE = { producer: 'IGN', dataset: 'Admin Express (limites des départements)', licence: 'Licence Ouverte / Etalab 2.0' };

async function loadMap(dataDir: string): Promise<TerritoryMap> {
  let text: string;
  try {
    text = await readFile(join(dataDir, DEPARTEMENTS_FILE), 'utf8');
  } catch {
    // Absent (a checkout without the data folder): the pages work without the drawing.
    return EMPTY_TERRITORY_MAP;
  }
  try {
    return buildTerritoryMap(readBoundaryFeatures(JSON.parse(text)), { width: 600, padding: 8, tolerance: 0.6, minArea: 3 });
  } catch {
    return EMPTY_TERRITORY_MAP;
  }
}

/**
 * The territory map, computed once per process (≈ 190 KB of GeoJSON projected and simplified to ≈ 15 KB of
 * paths) and then served from memory.
 */
export function territoryHandlers(dataDir: string = dataDirFrom()): { getTerritoryMap: Handler<typeof getTerritoryMap> } {
  let cached: Promise<TerritoryMap> | null = null;
  return {
    async getTerritoryMap() {
      cached ??= loadMap(dataDir);
      const map = await cached;
      return {
        viewBox: { width: map.width, height: map.height },
        projection: map.projection,
        departements: map.areas,
        source: map.areas.length ? SOURCE : null,
      };
    },
  };
}
