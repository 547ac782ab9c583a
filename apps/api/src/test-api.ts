import type { FastifyInstance } from 'fastify';
import { seedDemoCampus, type Db } from '@passerelles/db';
import { createTestDatabase, insertCertificationSample, insertRomeSample, insertTerritoryCommunes, type TestDatabase } from '@passerelles/db/testing';
import { buildApp, type AppOptions } from './app';

export interface TestApi {
  app: FastifyInstance;
  database: TestDatabase;
  /** GET through the whole pipeline; the body parsed as JSON. */
  get(url: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** POST a JSON body through the whole pipeline; the answer parsed as JSON. */
  post(url: string, body: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** The API on a fresh database of the test project's kind, filled by `prepare` before the app starts. */
export async function startTestApi(prepare?: (db: Db) => Promise<void>, options: Omit<AppOptions, 'database'> = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  await prepare?.(database.db);
  const app = await buildApp({ database, ...options });
  await app.ready();
  return {
    app,
    database,
    async get(url) {
      const res = await app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json() };
    },
    async post(url, body) {
      const res = await app.inject({ method: 'POST', url, payload: body as object });
      return { status: res.statusCode, body: res.json() };
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

/**
 * The API over the demo campus as seeded on `today` (ISO date), with the territory's communes and the ROME and
 * certification samples, and the app's clock fixed to that day: what the skills engine's tests plan on.
 */
export function startDemoApi(today: string): Promise<TestApi> {
  return startTestApi(
    async (db) => {
      await insertTerritoryCommunes(db);
      await insertRomeSample(db);
      await insertCertificationSample(db);
      await seedDemoCampus(db, { today: new Date(`${today}T10:00:00Z`) });
    },
    { today: () => today },
  );
}
