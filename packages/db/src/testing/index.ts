import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseKind } from '../client';

/**
 * Set by the test suite's global setup (`vitest.global-setup.ts`): a file holding a migrated empty PGlite data
 * directory. Test databases start from it (still migrated after, which finds nothing to do); without it, from scratch.
 */
export const PGLITE_IMAGE_ENV = 'PASSERELLES_TEST_PGLITE_IMAGE';

let image: Blob | undefined;
function pgliteImage(): Blob | undefined {
  const file = process.env[PGLITE_IMAGE_ENV];
  if (!image && file && existsSync(file)) image = new Blob([readFileSync(file)]);
  return image;
}

/** The server the PostgreSQL integration runs use; each test file gets its own database on it. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends Database {
  /** Closes the connection and drops the database (PostgreSQL) or frees it (PGlite, in memory). */
  dispose(): Promise<void>;
  name: string;
}

/** The kind chosen by the test project (vitest sets TEST_DB_KIND); PGlite when unset. */
export function testDatabaseKind(): DatabaseKind {
  return process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';
}

/** A fresh, migrated, empty database of the requested kind, unique to the caller. */
export async function createTestDatabase(kind: DatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  const name = `passerelles_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null, image: pgliteImage() });
    await database.migrate();
    return { ...database, name, dispose: () => database.close() };
  }
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  await database.migrate();
  return {
    ...database,
    name,
    async dispose() {
      await database.close();
      const dropper = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** The URL of a new empty PostgreSQL database and a function that drops it (for process-level tests). */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `passerelles_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`).finally(() => admin.end());
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).finally(() => c.end());
    },
  };
}
export * from './reference-sample';
