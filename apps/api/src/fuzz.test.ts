import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { routes } from '@passerelles/contracts';
import { createAuthSession, seedDemoCampus } from '@passerelles/db';
import { randomToken, tokenHash } from './auth/secrets';
import { insertCertificationSample, insertRomeSample } from '@passerelles/db/testing';
import { createTestAccount, startTestApi, type TestApi } from './test-api';

let app: FastifyInstance;
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await seedDemoCampus(db);
    await insertRomeSample(db);
    await insertCertificationSample(db);
  });
  app = api.app;
  campusAdmin = await createTestAccount(api.database.db, { email: 'admin@example.fr', platformRole: 'campus_admin' });
});

let campusAdmin: number;
/** Half the requests come from a campus admin, who passes every access check: their inputs reach validation. */
async function adminHeaders(): Promise<Record<string, string>> {
  const token = randomToken();
  const csrf = randomToken();
  const now = new Date();
  await createAuthSession(api.database.db, { tokenHash: tokenHash(token), userId: campusAdmin, csrfToken: csrf, now, expiresAt: new Date(now.getTime() + 60_000) });
  return { cookie: `pl_session=${token}`, 'x-csrf-token': csrf };
}
afterAll(() => api?.close());

const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('%', '%00', '..', '../..', '%E9', '\u0000', 'a'.repeat(5000), '{}', '[]', 'null', '-1', '1e309', 'NaN'),
  fc.integer().map(String),
);
const body = fc.oneof(
  junk,
  fc.json(),
  fc.constantFrom('{"', '{"a":}', '[1,', '\uFEFF{}', ''),
  fc.object().map((o) => JSON.stringify(o)),
);
const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');
const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', '', 'application/json; charset=latin1');

describe('generated malformed requests against every route', () => {
  it('never get a 5xx answer', async () => {
    const paths = Object.values(routes).map((r) => r.path);
    const request = fc.record({
      path: fc.constantFrom(...paths),
      param: junk,
      query: fc.array(fc.tuple(junk, junk), { maxLength: 4 }),
      method,
      contentType,
      body,
      asAdmin: fc.boolean(),
    });
    const failures: string[] = [];
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = r.path.replace(/\{\w+\}/g, () => encodeURIComponent(r.param)) +
          (r.query.length ? `?${r.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '');
        const res = await app.inject({
          method: r.method as 'GET',
          url,
          headers: { ...(r.contentType ? { 'content-type': r.contentType } : {}), ...(r.asAdmin ? await adminHeaders() : {}) },
          payload: r.method === 'GET' || r.method === 'HEAD' ? undefined : r.body,
        });
        sent++;
        if (res.statusCode >= 500) failures.push(`${r.method} ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400 && r.method !== 'HEAD') {
          const parsed = JSON.parse(res.body) as { code?: unknown; message?: unknown };
          expect(typeof parsed.code).toBe('string');
          expect(typeof parsed.message).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
  });
});
