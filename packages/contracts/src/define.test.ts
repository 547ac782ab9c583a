import { describe, expect, it } from 'vitest';
import { buildPath, buildQuery, toRouterPath } from './define';
import { routes } from './routes/index';

describe('route contracts', () => {
  it('converts OpenAPI paths to router paths', () => {
    expect(toRouterPath('/api/v1/metiers/{code}/mobilites')).toBe('/api/v1/metiers/:code/mobilites');
  });
  it('fills and encodes path parameters', () => {
    expect(buildPath('/api/v1/metiers/{code}', { code: 'H 1/2' })).toBe('/api/v1/metiers/H%201%2F2');
    expect(() => buildPath('/api/v1/metiers/{code}', {})).toThrow(/code/);
  });
  it('builds query strings without empty values and with repeated keys', () => {
    expect(buildQuery({ q: 'bio', level: [4, 5], empty: '', none: undefined })).toBe('?q=bio&level=4&level=5');
    expect(buildQuery({})).toBe('');
  });
  it('gives every route a unique operation id and method+path', () => {
    const all = Object.values(routes);
    expect(new Set(all.map((r) => r.operationId)).size).toBe(all.length);
    expect(new Set(all.map((r) => `${r.method} ${r.path}`)).size).toBe(all.length);
    for (const [key, route] of Object.entries(routes)) expect(route.operationId).toBe(key);
  });
});
