import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { seedDemoCampus } from '@passerelles/db';
import { insertCertificationSample, insertRomeSample } from '@passerelles/db/testing';
import { startTestApi, type TestApi } from '../test-api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await insertRomeSample(db);
    await insertCertificationSample(db);
    await seedDemoCampus(db);
  });
});
afterAll(() => api?.close());

const LHEO = { l: 'http://lheo.gouv.fr/2.3' };

/**
 * Errors of the document against the official lheo.xsd (DATA_DIR, ../shared/data by default), with libxml2 in
 * WebAssembly. Without the data folder, the document must still be well-formed and hold the required skeleton.
 */
function lheoErrors(xml: string): string[] {
  const doc = XmlDocument.fromString(xml);
  try {
    const xsd = resolve(process.env.DATA_DIR || resolve(process.cwd(), '../shared/data'), 'lheo', 'lheo.xsd');
    if (!existsSync(xsd)) {
      return ['/l:lheo/l:offres/l:formation/l:action/l:session/l:periode', '//l:organisme-formation-responsable/l:nom-organisme']
        .filter((x) => doc.find(x, LHEO).length === 0);
    }
    const schema = XmlDocument.fromBuffer(readFileSync(xsd));
    const validator = XsdValidator.fromDoc(schema);
    try {
      validator.validate(doc);
      return [];
    } catch (e) {
      return ((e as { details?: { message: string }[] }).details ?? [{ message: (e as Error).message }]).map((d) => d.message);
    } finally {
      validator.dispose();
      schema.dispose();
    }
  } finally {
    doc.dispose();
  }
}

describe('GET /api/v1/lheo/export', () => {
  it('answers the published offer as LHÉO 2.3 XML, valid against the official schema, demo data flagged', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/api/v1/lheo/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(lheoErrors(res.body)).toEqual([]);
    const doc = XmlDocument.fromString(res.body);
    try {
      const formations = doc.find('/l:lheo/l:offres/l:formation', LHEO).length;
      expect(formations).toBeGreaterThan(5);
      expect(doc.find('//l:formation/l:extras/l:extra[@info="donnee-demonstration"]', LHEO).length).toBeGreaterThan(0);
      expect(doc.find('/l:lheo/l:extras/l:extra[@info="formations"]', LHEO)[0]?.content).toBe(String(formations));
    } finally {
      doc.dispose();
    }
  });

  it('filters by organisation slug', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/api/v1/lheo/export?organisation=greta-eure' });
    expect(res.statusCode).toBe(200);
    expect(lheoErrors(res.body)).toEqual([]);
    const names = [...res.body.matchAll(/<nom-organisme>([^<]*)<\/nom-organisme>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['GRETA de l’Eure']));
  });

  it('answers 404 in JSON for an unknown organisation or an organisation without offer, 400 for a malformed slug', async () => {
    const unknown = await api.app.inject({ method: 'GET', url: '/api/v1/lheo/export?organisation=nobody-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/json/);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/nobody-here/) });
    const empty = await api.app.inject({ method: 'GET', url: '/api/v1/lheo/export?organisation=technopole-cbs' });
    expect(empty.statusCode).toBe(404);
    expect(empty.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/ne peut pas être vide/) });
    const bad = await api.app.inject({ method: 'GET', url: '/api/v1/lheo/export?organisation=%3Cscript%3E' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('is documented in OpenAPI with the application/xml media type, while other routes stay JSON', async () => {
    const spec = (await api.get('/api/openapi.json')).body;
    const operation = spec.paths['/api/v1/lheo/export'].get;
    expect(operation.operationId).toBe('exportLheo');
    expect(Object.keys(operation.responses['200'].content)).toEqual(['application/xml']);
    expect(operation.responses['404'].content['application/json']).toBeDefined();
    expect(Object.keys(spec.paths['/api/v1/certifications'].get.responses['200'].content)).toEqual(['application/json']);
  });
});
