import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index';
import { DatabaseStartupError } from './errors';
import { acquirePgliteLock } from './pglite-lock';
import { queryRows } from './query';

export type Schema = typeof schema;
/** The query surface shared by both drivers. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseConfig =
  | {
      kind: 'pglite';
      /** null: in memory (tests) */
      dataDir: string | null;
      /** In memory only: start from this copy of a data directory (see {@link migratedPgliteImage}) instead of an empty one. */
      image?: Blob;
    }
  | { kind: 'postgres'; url: string; poolSize?: number };

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Runs pending migrations; idempotent. */
  migrate(): Promise<void>;
  /** The applied migrations, read from the database once and after each migrate(). */
  migrationVersion(): Promise<MigrationVersion>;
  /** Cheapest round trip: throws if the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface MigrationVersion {
  applied: number;
  latest: string | null;
}

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

interface JournalEntry { idx: number; tag: string }
function journal(): JournalEntry[] {
  const raw = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: JournalEntry[] };
  return raw.entries;
}

async function readMigrationVersion(db: Db): Promise<MigrationVersion> {
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return { applied: 0, latest: null };
  const [counted] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const applied = Number(counted?.n ?? 0);
  return { applied, latest: journal()[applied - 1]?.tag ?? null };
}

/** Migration state changes only through migrate(): cache it so health checks stay one cheap query. */
function versioned(db: Db, runMigrations: () => Promise<void>): Pick<Database, 'migrate' | 'migrationVersion' | 'ping'> {
  let cached: Promise<MigrationVersion> | null = null;
  return {
    async migrate() {
      cached = null;
      await runMigrations();
    },
    migrationVersion() {
      cached ??= readMigrationVersion(db).catch((e: unknown) => {
        cached = null;
        throw e;
      });
      return cached;
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
  };
}

async function openPglite(dataDir: string | null, image?: Blob): Promise<Database> {
  const release = dataDir ? acquirePgliteLock(dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: dataDir ?? undefined, extensions: { unaccent, pg_trgm }, ...(image && !dataDir ? { loadDataDir: image } : {}) });
  } catch (e) {
    release();
    throw new DatabaseStartupError(
      `La base embarquée « ${dataDir} » ne s'ouvre pas (${(e as Error).message}). Si elle est endommagée, ` +
        `restaurez une sauvegarde de ce dossier ou supprimez-le pour repartir d'une base neuve (les données de référence et la démo seront rechargées).`,
      'PGLITE_DAMAGED',
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    ...versioned(db, () => migratePglite(db as never, { migrationsFolder })),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      release();
    },
  };
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error('protocol');
  } catch {
    throw new DatabaseStartupError(
      `DATABASE_URL n'est pas une adresse PostgreSQL valide (attendu : postgres://utilisateur@hôte:5432/base).`,
      'DATABASE_URL_INVALID',
    );
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process: the next query will report it.
  pool.on('error', () => {});
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end().catch(() => {});
    const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    throw new DatabaseStartupError(
      `PostgreSQL injoignable à ${safe} : ${(e as Error).message}`,
      'POSTGRES_UNREACHABLE',
    );
  }
  const db = drizzlePostgres(pool, { schema }) as unknown as Db;
  let closed = false;
  return {
    kind: 'postgres',
    db,
    ...versioned(db, () => migratePostgres(db as never, { migrationsFolder })),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir, config.image) : openPostgres(config.url, config.poolSize);
}

/**
 * A copy of a new in-memory PGlite database with every migration applied: opening from it skips creating the
 * cluster, most of the cost of a new embedded database (the test suite opens one per file).
 */
export async function migratedPgliteImage(): Promise<Blob> {
  const client = await PGlite.create({ extensions: { unaccent, pg_trgm } });
  try {
    await migratePglite(drizzlePglite(client, { schema }) as never, { migrationsFolder });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

/** DATABASE_URL set: PostgreSQL; otherwise the embedded database in PGLITE_DIR. */
export function databaseConfigFromEnv(env: { DATABASE_URL?: string; PGLITE_DIR?: string }): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: env.PGLITE_DIR || '.data/pglite' };
}
