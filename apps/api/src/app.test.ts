import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { routes, defineRoute } from '@passerelles/contracts';
import { seedDemoCampus } from '@passerelles/db';
import { createTestDatabase, type TestDatabase } from '@passerelles/db/testing';
import { buildApp } from './app';
import { registerRoutes } from './http/register-routes';

let database: TestDatabase;
let app: FastifyInstance;

// A route used only here, to exercise body validation before the API has its own POST routes.
const echo = defineRoute({
  method: 'POST', path: '/api/test/echo', operationId: 'echo', summary: 'echo', tags: ['test'], auth: 'public',
  body: z.object({ name: z.string().min(2), count: z.number().int() }),
  responses: { 200: z.object({ name: z.string() }) },
});
const broken = defineRoute({
  method: 'GET', path: '/api/test/broken', operationId: 'broken', summary: 'broken', tags: ['test'], auth: 'public',
  responses: { 200: z.object({ ok: z.boolean() }) },
});

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    database,
    version: '1.2.3',
    web: async (scope) => {
      registerRoutes(scope, { echo, broken }, {
        echo: async ({ body }) => ({ name: body.name }),
        broken: async () => {
          throw new Error('boom with secret details');
        },
      });
    },
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

describe(`API on ${process.env.TEST_DB_KIND ?? 'pglite'}`, () => {
  it('reports health with the database kind and migration version', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'ok', version: '1.2.3', database: { kind: process.env.TEST_DB_KIND ?? 'pglite' } });
    expect(body.database.migrations.applied).toBeGreaterThanOrEqual(2);
    expect(body.database.migrations.latest).toMatch(/^\d{4}_/);
  });

  it('documents every contract route in the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of Object.values(routes)) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op!.operationId).toBe(route.operationId);
      expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['200', '400', '500']));
    }
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });

  it('serves the API documentation page', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(res.statusCode);
    const page = res.statusCode === 302 ? await app.inject({ method: 'GET', url: res.headers.location as string }) : res;
    expect(page.body).toMatch(/swagger/i);
  });

  it('answers 404 with the error shape until a campus exists, then the profile and real figures', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/v1/campus' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.any(String) });
    expect((await app.inject({ method: 'GET', url: '/api/v1/campus/metiers' })).statusCode).toBe(404);

    await seedDemoCampus(database.db);
    const res = await app.inject({ method: 'GET', url: '/api/v1/campus' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.profile.romeCodes).toContain('H2302');
    expect(body.figures.members).toBeGreaterThanOrEqual(30);
    expect(body.figures.companies).toBeGreaterThan(5);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('/api/v1/nothing-here') });
  });

  it('rejects malformed JSON, wrong types and wrong media types with 4xx and the error shape', async () => {
    const malformed = await app.inject({ method: 'POST', url: '/api/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'MALFORMED_BODY' });

    const wrongTypes = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'x', count: 'many' } });
    expect(wrongTypes.statusCode).toBe(400);
    const body = wrongTypes.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.map((d: { path: string[] }) => d.path.join('.'))).toEqual(expect.arrayContaining(['name', 'count']));

    const media = await app.inject({ method: 'POST', url: '/api/test/echo', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(media.statusCode).toBe(415);
    expect(media.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });

    const ok = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'Léa', count: 1 } });
    expect(ok.json()).toEqual({ name: 'Léa' });
  });

  it('hides internal errors behind a generic 500', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/broken' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'INTERNAL_ERROR', message: expect.any(String) });
    expect(res.body).not.toContain('secret');
  });

  it('sets security headers on every answer', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    // An API answer may load nothing and be framed by nobody.
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    const error = await app.inject({ method: 'GET', url: '/api/v1/nowhere' });
    expect(error.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });
});
