import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcClient, OIDC_PENDING_MAX_AGE_MS, OidcError, type OidcConfig } from './client';
import { denyThroughProvider, loginThroughProvider, startTestOidcProvider, type TestOidcProvider } from './test-provider';

// The client's callback is never served: the walk through the provider stops at the redirect that leaves it.
const REDIRECT_URI = 'http://127.0.0.1:9/auth/oidc/callback';
const CAMILLE = { sub: 'agent-0001', email: 'camille.durand@exemple.gouv.fr', emailVerified: true, givenName: 'Camille', familyName: 'Durand' };
const CLIENT = { clientId: 'passerelles', clientSecret: 'un-secret-de-test-assez-long-pour-le-fournisseur', redirectUris: [REDIRECT_URI] };
const SIGNED_CLIENT = { ...CLIENT, clientId: 'passerelles-jwt', userinfoSignedResponseAlg: 'RS256' as const };
const BASIC_CLIENT = { ...CLIENT, clientId: 'passerelles-basic', tokenEndpointAuthMethod: 'client_secret_basic' as const };

function configFor(issuer: string, overrides: Partial<OidcConfig> = {}): OidcConfig {
  return { issuer, clientId: CLIENT.clientId, clientSecret: CLIENT.clientSecret, redirectUri: REDIRECT_URI, allowHttp: true, ...overrides };
}

/** The error a promise rejects with (fails the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<OidcError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OidcError);
  return error as OidcError;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

// Each test goes through a real provider over HTTP (and starts one for discovery): generous time on a busy machine.
const SLOW = { timeout: 30_000 };

describe('OpenID Connect sign-on against a real local provider', SLOW, () => {
  let provider: TestOidcProvider;

  beforeAll(async () => {
    provider = await startTestOidcProvider({ clients: [CLIENT, SIGNED_CLIENT, BASIC_CLIENT], accounts: [CAMILLE] });
  }, SLOW.timeout);
  afterAll(async () => {
    await provider.close();
  });

  it('goes through the whole flow: authorization URL with PKCE, login, code exchange, identity from userinfo', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl, pending } = await client.begin();
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'passerelles',
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid email profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.has('code_verifier')).toBe(false);
    expect(pending.state).not.toBe(pending.nonce);
    expect(pending.state.length).toBeGreaterThanOrEqual(32); // ProConnect asks for 32 characters at least

    const callback = await loginThroughProvider(authorizationUrl, 'Camille.Durand@exemple.gouv.fr');
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe(pending.state);
    expect(callback.searchParams.get('code')).toBeTruthy();

    expect(await client.finish(callback, pending)).toEqual({
      issuer: provider.issuer,
      subject: 'agent-0001',
      email: 'camille.durand@exemple.gouv.fr',
      emailVerified: true,
      givenName: 'Camille',
      familyName: 'Durand',
    });
  });

  it('refuses to use the same code twice', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl, pending } = await client.begin();
    const callback = await loginThroughProvider(authorizationUrl, CAMILLE.email);
    await client.finish(callback, pending);
    expect((await failure(client.finish(callback, pending))).code).toBe('token');
  });

  it('refuses a missing or different state, before any request to the provider', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl, pending } = await client.begin();
    const callback = await loginThroughProvider(authorizationUrl, CAMILLE.email);

    const other = (await client.begin()).pending;
    const mismatch = await failure(client.finish(callback, { ...pending, state: other.state }));
    expect(mismatch.code).toBe('state');
    expect(mismatch.message).toBe('La demande de connexion n’a pas pu être vérifiée. Recommencez la connexion depuis ce site.');

    const withoutState = new URL(callback);
    withoutState.searchParams.delete('state');
    expect((await failure(client.finish(withoutState, pending))).code).toBe('state');

    // The code was not spent by the refused attempts.
    expect((await client.finish(callback, pending)).subject).toBe('agent-0001');
  });

  it('refuses a pending login older than ten minutes', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl, pending } = await client.begin();
    const callback = await loginThroughProvider(authorizationUrl, CAMILLE.email);
    const error = await failure(client.finish(callback, { ...pending, createdAt: Date.now() - OIDC_PENDING_MAX_AGE_MS - 1000 }));
    expect(error.code).toBe('expired');
    expect(error.message).toBe('La demande de connexion a expiré. Recommencez la connexion.');
  });

  it('reports a refusal at the provider as « denied »', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl, pending } = await client.begin();
    const callback = await denyThroughProvider(authorizationUrl);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.has('code')).toBe(false);
    const error = await failure(client.finish(callback, pending));
    expect(error.code).toBe('denied');
    expect(error.message).toBe('La connexion a été refusée ou annulée.');
  });

  it('refuses an ID token whose nonce is not the pending one', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl, pending } = await client.begin();
    const callback = await loginThroughProvider(authorizationUrl, CAMILLE.email);
    const other = (await client.begin()).pending;
    const error = await failure(client.finish(callback, { ...pending, nonce: other.nonce }));
    expect(error.code).toBe('id_token');
    expect(error.message).not.toMatch(/eyJ/); // no token in what a person may see
  });

  it('refuses a wrong PKCE code verifier (the provider requires PKCE)', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl, pending } = await client.begin();
    const callback = await loginThroughProvider(authorizationUrl, CAMILLE.email);
    const other = (await client.begin()).pending;
    expect((await failure(client.finish(callback, { ...pending, codeVerifier: other.codeVerifier }))).code).toBe('token');
  });

  it('refuses a wrong client secret at the code exchange, without saying the secret', async () => {
    const client = createOidcClient(configFor(provider.issuer, { clientSecret: 'pas-le-bon-secret' }));
    const { authorizationUrl, pending } = await client.begin();
    const callback = await loginThroughProvider(authorizationUrl, CAMILLE.email);
    const error = await failure(client.finish(callback, pending));
    expect(error.code).toBe('token');
    expect(error.message).not.toContain('pas-le-bon-secret');
  });

  it('authenticates with client_secret_basic when configured so', async () => {
    const client = createOidcClient(configFor(provider.issuer, { clientId: BASIC_CLIENT.clientId, tokenEndpointAuthMethod: 'client_secret_basic' }));
    const { authorizationUrl, pending } = await client.begin();
    const identity = await client.finish(await loginThroughProvider(authorizationUrl, CAMILLE.email), pending);
    expect(identity.email).toBe(CAMILLE.email);
  });

  it('reads a signed userinfo (ProConnect-style: scopes given_name and usual_name, userinfo as a JWT)', async () => {
    const client = createOidcClient(
      configFor(provider.issuer, { clientId: SIGNED_CLIENT.clientId, scope: 'openid email given_name usual_name', userinfoSignedResponseAlg: 'RS256' }),
    );
    const { authorizationUrl, pending } = await client.begin();
    const identity = await client.finish(await loginThroughProvider(authorizationUrl, CAMILLE.email), pending);
    expect(identity).toMatchObject({ email: CAMILLE.email, givenName: 'Camille', familyName: 'Durand' });
  });

  it('refuses a plain JSON userinfo when a signed one is expected', async () => {
    const client = createOidcClient(configFor(provider.issuer, { userinfoSignedResponseAlg: 'RS256' }));
    const { authorizationUrl, pending } = await client.begin();
    const error = await failure(client.finish(await loginThroughProvider(authorizationUrl, CAMILLE.email), pending));
    expect(error.code).toBe('userinfo');
  });

  it('serves a self-contained login page and refuses an unknown e-mail', async () => {
    const client = createOidcClient(configFor(provider.issuer));
    const { authorizationUrl } = await client.begin({ loginHint: CAMILLE.email });
    await expect(loginThroughProvider(authorizationUrl, 'inconnu@exemple.fr')).rejects.toThrow(/401.*Aucun compte de test/);

    // What a browser gets: the redirect to the interaction, then the page, with nothing loaded from elsewhere.
    const first = await fetch(authorizationUrl, { redirect: 'manual' });
    const location = first.headers.get('location');
    expect(first.status).toBe(303);
    const cookie = first.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const html = await (await fetch(new URL(location ?? '', provider.issuer), { headers: { cookie } })).text();
    expect(html).toContain('<label for="email">Adresse électronique</label>');
    expect(html).toContain(`value="${CAMILLE.email}"`); // login_hint
    expect(html).not.toMatch(/https?:\/\/|<script|<link/);
  });
});

describe('OpenID Connect discovery and consent', SLOW, () => {
  it('reports an unreachable provider in French, then succeeds once the provider is up', async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const client = createOidcClient(configFor(issuer));
    const error = await failure(client.begin());
    expect(error.code).toBe('discovery');
    expect(error.message).toBe('Le service de connexion est momentanément indisponible. Réessayez dans quelques minutes.');
    expect(error.cause).toBeDefined();

    const provider = await startTestOidcProvider({ port, clients: [CLIENT], accounts: [CAMILLE] });
    try {
      const { authorizationUrl, pending } = await client.begin();
      const identity = await client.finish(await loginThroughProvider(authorizationUrl, CAMILLE.email), pending);
      expect(identity.subject).toBe('agent-0001');
    } finally {
      await provider.close();
    }
  });

  it('asks the person for consent when the provider is configured so', async () => {
    const provider = await startTestOidcProvider({ clients: [CLIENT], accounts: [CAMILLE], consent: true });
    try {
      const client = createOidcClient(configFor(provider.issuer));
      const { authorizationUrl, pending } = await client.begin();
      const identity = await client.finish(await loginThroughProvider(authorizationUrl, CAMILLE.email), pending);
      expect(identity.email).toBe(CAMILLE.email);
    } finally {
      await provider.close();
    }
  });
});

describe('OpenID Connect configuration', () => {
  it('refuses an http issuer unless allowed, and then only on the local machine', () => {
    const base = configFor('http://127.0.0.1:4000');
    expect(() => createOidcClient({ ...base, allowHttp: false })).toThrow(OidcError);
    expect(() => createOidcClient({ ...base, issuer: 'http://idp.exemple.fr' })).toThrow(/machine locale/);
    expect(() => createOidcClient({ ...base, issuer: 'https://idp.exemple.fr', allowHttp: false })).not.toThrow();
  });

  it('refuses a redirect URI with a query, a scope without openid, an empty secret', () => {
    const base = configFor('https://idp.exemple.fr');
    for (const bad of [{ redirectUri: `${REDIRECT_URI}?a=1` }, { scope: 'email profile' }, { clientSecret: '' }, { redirectUri: 'http://app.exemple.fr/cb' }]) {
      let thrown: unknown;
      try {
        createOidcClient({ ...base, ...bad });
      } catch (e) {
        thrown = e;
      }
      expect(thrown, JSON.stringify(bad)).toBeInstanceOf(OidcError);
      expect((thrown as OidcError).code).toBe('config');
    }
  });
});
