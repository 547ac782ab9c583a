import type { FastifyInstance } from 'fastify';
import { createUser, seedDemoCampus, type Db } from '@passerelles/db';
import type { AccountType, PlatformRole } from '@passerelles/domain';
import { hashPassword } from './auth/passwords';
import { memoryMailer, type MemoryMailer } from './auth/memory-mailer';
import { createTestDatabase, insertCertificationSample, insertRomeSample, insertTerritoryCommunes, type TestDatabase } from '@passerelles/db/testing';
import { buildApp, type AppOptions } from './app';

export interface TestApi {
  app: FastifyInstance;
  database: TestDatabase;
  /** GET through the whole pipeline; the body parsed as JSON. */
  get(url: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** POST a JSON body through the whole pipeline; the answer parsed as JSON. */
  post(url: string, body: unknown): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Any call, as a browser holding `session` would make it (its cookie, and its CSRF token on unsafe methods). */
  call(method: string, url: string, options?: CallOptions): Promise<{ status: number; body: any; headers: Record<string, unknown> }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Signs in through the API; throws unless it succeeds. */
  signIn(email: string, password: string): Promise<TestSession>;
  /** What the app e-mailed (the default mailer of a test app). */
  mailer: MemoryMailer;
  close(): Promise<void>;
}

export interface TestSession {
  cookie: string;
  csrfToken: string;
  userId: number;
}

export interface CallOptions {
  body?: unknown;
  session?: TestSession | null;
  headers?: Record<string, string>;
}

export const TEST_PASSWORD = 'un mot de passe de test assez long';

/** A confirmed account made directly in the database (roles the sign-up form cannot give). */
export async function createTestAccount(
  db: Db,
  account: { email: string; displayName?: string; accountType?: AccountType; platformRole?: PlatformRole | null; password?: string },
): Promise<number> {
  const id = await createUser(db, {
    email: account.email,
    displayName: account.displayName ?? account.email.split('@')[0]!,
    passwordHash: await hashPassword(account.password ?? TEST_PASSWORD),
    accountType: account.accountType ?? 'professional',
    platformRole: account.platformRole ?? null,
    emailVerifiedAt: new Date(),
  });
  if (id === null) throw new Error(`account ${account.email} exists`);
  return id;
}

/** The API on a fresh database of the test project's kind, filled by `prepare` before the app starts. */
export async function startTestApi(prepare?: (db: Db) => Promise<void>, options: Omit<AppOptions, 'database'> = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  await prepare?.(database.db);
  const mailer = memoryMailer();
  const app = await buildApp({ database, mailer, auth: { cookieSecure: true, ...options.auth }, ...options });
  await app.ready();
  async function call(method: string, url: string, { body, session, headers = {} }: CallOptions = {}) {
    const unsafe = !['GET', 'HEAD'].includes(method);
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(session ? { cookie: session.cookie } : {}),
        ...(session && unsafe ? { 'x-csrf-token': session.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    let parsed: unknown = undefined;
    try {
      parsed = res.body ? res.json() : undefined;
    } catch {
      parsed = res.body;
    }
    return { status: res.statusCode, body: parsed as any, headers: res.headers as Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  return {
    app,
    database,
    mailer,
    call,
    async signIn(email, password) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} answered ${res.statusCode}: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'pl_session')!;
      const body = res.json() as { account: { id: number; csrfToken: string } };
      return { cookie: `${cookie.name}=${cookie.value}`, csrfToken: body.account.csrfToken, userId: body.account.id };
    },
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
