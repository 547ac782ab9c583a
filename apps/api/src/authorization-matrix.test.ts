import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { routes, type RouteContract } from '@passerelles/contracts';
import { addMember, createAuthSession, queryRows } from '@passerelles/db';
import { randomToken, tokenHash } from './auth/secrets';
import { createTestAccount, startTestApi, type TestApi, type TestSession } from './test-api';

/** The table of docs/authorization-matrix.md: operationId → role → allowed. */
const ROLES = ['visitor', 'learner', 'member', 'org admin', 'other admin', 'campus team', 'campus admin'] as const;
type Role = (typeof ROLES)[number];

function readMatrix(): Map<string, Record<Role, boolean>> {
  const text = readFileSync(new URL('../../../docs/authorization-matrix.md', import.meta.url), 'utf8');
  const rows = new Map<string, Record<Role, boolean>>();
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  const header = lines[0]!.split('|').slice(2, -1).map((c) => c.trim());
  expect(header).toEqual([...ROLES]);
  for (const line of lines.slice(2)) {
    const [name, ...cells] = line.split('|').slice(1, -1).map((c) => c.trim());
    expect(cells.every((c) => c === '✓' || c === '✗'), `row ${name}`).toBe(true);
    rows.set(name!, Object.fromEntries(ROLES.map((r, i) => [r, cells[i] === '✓'])) as Record<Role, boolean>);
  }
  return rows;
}

let api: TestApi;
const accounts = {} as Record<Exclude<Role, 'visitor'>, number>;

beforeAll(async () => {
  api = await startTestApi(async (db) => {
    await db.execute(sql`insert into organisations (slug, name, type) values ('lycee-test', 'Lycée de test', 'school'), ('labo-test', 'Labo de test', 'research_lab')`);
  });
  const db = api.database.db;
  const [lycee, labo] = await queryRows<{ id: number }>(db, sql`select id from organisations order by slug desc`);
  accounts.learner = await createTestAccount(db, { email: 'learner@example.fr', accountType: 'learner' });
  accounts.member = await createTestAccount(db, { email: 'member@example.fr' });
  accounts['org admin'] = await createTestAccount(db, { email: 'orgadmin@example.fr' });
  accounts['other admin'] = await createTestAccount(db, { email: 'otheradmin@example.fr' });
  accounts['campus team'] = await createTestAccount(db, { email: 'team@example.fr', platformRole: 'campus_team' });
  accounts['campus admin'] = await createTestAccount(db, { email: 'admin@example.fr', platformRole: 'campus_admin' });
  const now = new Date();
  await addMember(db, { organisationId: lycee!.id, userId: accounts.member, role: 'member', decidedBy: null, now });
  await addMember(db, { organisationId: lycee!.id, userId: accounts['org admin'], role: 'admin', decidedBy: null, now });
  await addMember(db, { organisationId: labo!.id, userId: accounts['other admin'], role: 'admin', decidedBy: null, now });
});
afterAll(async () => api?.close());

/** A fresh session for each call: a route such as signOut ends the one it is called with. */
async function sessionOf(role: Role): Promise<TestSession | null> {
  if (role === 'visitor') return null;
  const token = randomToken();
  const csrfToken = randomToken();
  const now = new Date();
  await createAuthSession(api.database.db, { tokenHash: tokenHash(token), userId: accounts[role], csrfToken, now, expiresAt: new Date(now.getTime() + 3_600_000) });
  return { cookie: `pl_session=${token}`, csrfToken, userId: accounts[role] };
}

/** Path parameters: the organisation the member and org admin belong to, the learner as the person decided on. */
function urlOf(route: RouteContract): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'slug' ? 'lycee-test' : name === 'userId' ? String(accounts.learner) : name === 'target' ? 'H2303' : name === 'code' ? 'H2304' : 'x',
  );
}

describe('authorisation matrix (docs/authorization-matrix.md)', () => {
  const matrix = readMatrix();

  it('has one row per route of the contracts, and no other', () => {
    expect([...matrix.keys()].sort()).toEqual(Object.values(routes).map((r) => r.operationId).sort());
  });

  it('matches what the API does for every route and every role', async () => {
    const mismatches: string[] = [];
    for (const route of Object.values(routes) as RouteContract[]) {
      const expected = matrix.get(route.operationId)!;
      for (const role of ROLES) {
        const session = await sessionOf(role);
        // An empty object as the body: denied calls are refused before validation, allowed ones then answer 400 or act.
        const res = await api.call(route.method, urlOf(route), { session, body: route.method === 'GET' ? undefined : {} });
        const denied = res.status === 401 || res.status === 403;
        const wanted = expected[role];
        if (wanted === denied) mismatches.push(`${route.operationId} as ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
        if (!wanted && res.status !== (role === 'visitor' ? 401 : 403)) mismatches.push(`${route.operationId} as ${role}: denied with ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('publishes each route’s access in OpenAPI', async () => {
    const doc = (await api.call('GET', '/api/openapi.json')).body;
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'pl_session' });
    for (const route of Object.values(routes) as RouteContract[]) {
      const operation = doc.paths[route.path][route.method.toLowerCase()];
      const open = matrix.get(route.operationId)!.visitor;
      expect(operation.security, route.operationId).toEqual(open ? [] : [{ sessionCookie: [] }]);
      if (!open) expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });
});
