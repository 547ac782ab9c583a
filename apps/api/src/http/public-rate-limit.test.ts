import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(undefined, { expensivePerMinute: 3 });
});
afterAll(async () => api?.close());

describe('the public rate limit on expensive routes', () => {
  it('answers 429 with the error shape past the limit, per client, and leaves other routes alone', async () => {
    const search = (ip: string) => api.app.inject({ method: 'GET', url: '/api/v1/sessions?q=bioanalyses', remoteAddress: ip });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await search('203.0.113.7')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await search('203.0.113.7');
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client, and a cheap route, are not affected.
    expect((await search('198.51.100.4')).statusCode).toBe(200);
    expect((await api.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '203.0.113.7' })).statusCode).toBe(200);
  });
});
