import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@passerelles/db';
import { createOidcClient } from '../auth/oidc/client';
import { loginThroughProvider, startTestOidcProvider, type TestOidcProvider } from '../auth/oidc/test-provider';
import { createTestAccount, startTestApi, type TestApi } from '../test-api';

const PUBLIC_URL = 'http://localhost:3999';
const REDIRECT = `${PUBLIC_URL}/connexion/sso/retour`;
let provider: TestOidcProvider;
let api: TestApi;

async function startApi(trustEmail: boolean): Promise<TestApi> {
  const client = createOidcClient({ issuer: provider.issuer, clientId: 'passerelles', clientSecret: 'secret-de-test-passerelles', redirectUri: REDIRECT, allowHttp: true });
  return startTestApi(undefined, { auth: { publicUrl: PUBLIC_URL, sso: { client, label: 'ProConnect', trustEmail } } });
}

/** Both legs, as the web app runs them: begin (a cookie), the provider's login, finish with that cookie. */
async function signInThroughSso(target: TestApi, email: string, tamper?: (cookie: string) => string) {
  const begun = await target.app.inject({ method: 'POST', url: '/api/v1/session/sso' });
  expect(begun.statusCode).toBe(200);
  const pending = begun.cookies.find((c) => c.name === 'pl_sso')!;
  expect(pending).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  const callback = await loginThroughProvider(begun.json<{ authorizationUrl: string }>().authorizationUrl, email);
  const cookie = `pl_sso=${tamper ? tamper(pending.value) : pending.value}`;
  return target.call('POST', '/api/v1/session/sso/retour', { body: { query: callback.search }, headers: { cookie } });
}

beforeAll(async () => {
  provider = await startTestOidcProvider({
    clients: [{ clientId: 'passerelles', clientSecret: 'secret-de-test-passerelles', redirectUris: [REDIRECT] }],
    accounts: [
      { sub: 'agent-1', email: 'camille.durand@exemple.gouv.fr', emailVerified: false, givenName: 'Camille', familyName: 'Durand' },
      { sub: 'agent-2', email: 'deja@example.fr', emailVerified: false, givenName: 'Déjà', familyName: 'Inscrite' },
    ],
  });
  api = await startApi(false);
  await createTestAccount(api.database.db, { email: 'deja@example.fr' });
});
afterAll(async () => {
  await api?.close();
  await provider?.close();
});

describe('single sign-on (OpenID Connect, against a real provider)', () => {
  it('says whether it is configured', async () => {
    expect((await api.call('GET', '/api/v1/session/sso')).body).toEqual({ enabled: true, label: 'ProConnect' });
  });

  it('opens an account on first use, then signs the same person into it', async () => {
    const first = await signInThroughSso(api, 'camille.durand@exemple.gouv.fr');
    expect(first.status).toBe(200);
    expect(first.body.account).toMatchObject({ email: 'camille.durand@exemple.gouv.fr', displayName: 'Camille Durand', accountType: 'professional' });
    expect(String(first.headers['set-cookie'])).toMatch(/pl_session=/);
    const second = await signInThroughSso(api, 'camille.durand@exemple.gouv.fr');
    expect(second.body.account.id).toBe(first.body.account.id);
    const [linked] = await queryRows<{ n: number }>(api.database.db, sql`select count(*)::int as n from user_identities where subject = 'agent-1'`);
    expect(linked!.n).toBe(1);
  });

  it('does not take over an existing account through an address the provider does not vouch for', async () => {
    const res = await signInThroughSso(api, 'deja@example.fr');
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/mot de passe/);
  });

  it('refuses a finish without the pending cookie, or with a forged one', async () => {
    const begun = await api.app.inject({ method: 'POST', url: '/api/v1/session/sso' });
    const callback = await loginThroughProvider(begun.json<{ authorizationUrl: string }>().authorizationUrl, 'camille.durand@exemple.gouv.fr');
    const missing = await api.call('POST', '/api/v1/session/sso/retour', { body: { query: callback.search } });
    expect(missing.status).toBe(401);
    const forged = await signInThroughSso(api, 'camille.durand@exemple.gouv.fr', (v) => v.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    expect(forged.status).toBe(401);
  });

  it('links an existing account when the provider is trusted for its addresses', async () => {
    const trusting = await startApi(true);
    try {
      const id = await createTestAccount(trusting.database.db, { email: 'deja@example.fr' });
      const res = await signInThroughSso(trusting, 'deja@example.fr');
      expect(res.status).toBe(200);
      expect(res.body.account.id).toBe(id);
    } finally {
      await trusting.close();
    }
  });

  it('answers 404 when no provider is configured', async () => {
    const plain = await startTestApi();
    try {
      expect((await plain.call('GET', '/api/v1/session/sso')).body).toEqual({ enabled: false, label: null });
      expect((await plain.call('POST', '/api/v1/session/sso')).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
