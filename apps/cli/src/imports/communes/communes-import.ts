import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { upsertCommunes } from '@passerelles/db';
import {
  filesTotalBytes, ImportFileError, latestModificationDate, readCsv, readJsonArrayLines, runImport, TableWriter,
  type ImportContext, type ImportJob,
} from '../pipeline/index';
import type { ImportSource } from '../types';
import { coordinates, cogProblem, isCurrentCommune, padInseeCode, toCommuneRecord, type CogCommune } from './communes-mapping';

const COG_FILE = /^communes-cog-(\d{4})\.json$/;
const COORDS_FILE = 'communes-france-coords-2020.csv';
const COORDS_COLUMNS = [
  'code_commune_INSEE', 'code_postal', 'latitude', 'longitude', 'code_commune', 'nom_commune', 'code_departement',
  'nom_departement', 'code_region', 'nom_region',
] as const;

/** The folder `geo/` (or the COG json itself): the official commune list, coordinates from the file beside it. */
async function locate(path: string): Promise<{ cog: string; coords: string; year: string }> {
  const isFolder = await stat(path).then((s) => s.isDirectory(), () => {
    throw new ImportFileError(`${path} : introuvable (attendu : le dossier geo/ ou communes-cog-AAAA.json)`);
  });
  const folder = isFolder ? path : dirname(path);
  const cogName = isFolder ? (await readdir(folder)).filter((n) => COG_FILE.test(n)).sort().at(-1) : basename(path);
  const year = cogName ? COG_FILE.exec(cogName)?.[1] : undefined;
  if (!cogName || !year) throw new ImportFileError(`${path} : aucun fichier communes-cog-AAAA.json (liste officielle des communes)`);
  return { cog: join(folder, cogName), coords: join(folder, COORDS_FILE), year };
}

/** Coordinates by INSEE code; the file has one row per postal code, all with the commune's centre. */
async function readCoordinates(context: ImportContext, path: string): Promise<Map<string, [number, number]>> {
  const byCode = new Map<string, [number, number]>();
  const name = basename(path);
  const rows = readCsv({ path, columns: COORDS_COLUMNS }, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  for await (const { line, values: v } of rows) {
    const code = padInseeCode(v.code_commune_INSEE);
    const point = coordinates(v.latitude, v.longitude);
    if (point === undefined) context.rejections.add(`${name} ligne ${line}`, `coordonnées « ${v.latitude}, ${v.longitude} » invalides`, 'latitude');
    else if (point && !byCode.has(code)) byCode.set(code, point);
  }
  return byCode;
}

async function importCommunes(context: ImportContext, cogPath: string, coordsPath: string): Promise<void> {
  const coords = await readCoordinates(context, coordsPath);
  const name = basename(cogPath);
  const seen = new Set<string>();
  let skipped = 0;
  const writer = new TableWriter(context, 'communes', upsertCommunes);
  const elements = readJsonArrayLines(cogPath, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  for await (const { line, value } of elements) {
    const where = `${name} ligne ${line}`;
    const problem = cogProblem(value);
    if (problem) {
      context.rejections.add(where, problem);
      continue;
    }
    const commune = value as CogCommune;
    if (!isCurrentCommune(commune)) skipped++;
    else if (seen.has(commune.code)) context.rejections.add(where, `code INSEE « ${commune.code} » en double`, 'code');
    else {
      seen.add(commune.code);
      await writer.add(toCommuneRecord(commune, coords.get(commune.code)));
    }
  }
  await writer.flush();
  context.note('communes déléguées, associées et arrondissements municipaux (non importés)', skipped);
  context.note('communes sans coordonnées', [...seen].filter((c) => !coords.has(c)).length);
}

function communesJob(path: string): ImportJob {
  return {
    source: 'communes',
    file: basename(path),
    async prepare() {
      const { cog, coords, year } = await locate(path);
      return {
        fileVersion: `COG ${year} + coordonnées 2020`,
        fileDate: await latestModificationDate([cog]),
        totalBytes: await filesTotalBytes([cog, coords]),
        work: (context) => importCommunes(context, cog, coords),
      };
    },
  };
}

export const communesSource: ImportSource = {
  name: 'communes',
  description: 'Communes (COG INSEE + coordonnées) : dossier geo/ ou fichier communes-cog-AAAA.json',
  run: (database, path, options) => runImport(database, communesJob(path), options),
};
