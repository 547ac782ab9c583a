import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.string().optional(),
  PGLITE_DIR: z.string().default('.data/pglite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  WEB_BUILD_DIR: z.string().default(resolve(process.cwd(), 'apps/web/build')),
  /** Distinct catalogue searches whose answers are kept in memory until the catalogue changes (0: no cache). */
  SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  /** The reference data folder (the map reads `geo/departements-normandie.geojson` there). */
  DATA_DIR: z.string().default(resolve(process.cwd(), '../shared/data')),
});
export type Env = z.infer<typeof Env>;

/** Parsed once at boot; a wrong value stops the process with one line naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Configuration invalide : ${issue.path.join('.')} — ${issue.message}`);
  }
  return parsed.data;
}

/** The reference data folder alone, for the parts of the app that read a file from it (never fails: a default). */
export function dataDirFrom(source: NodeJS.ProcessEnv = process.env): string {
  return resolve(source.DATA_DIR || resolve(process.cwd(), '../shared/data'));
}
