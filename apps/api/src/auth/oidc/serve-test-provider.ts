// Runs the local test OpenID Connect provider as its own process, e.g. beside the application for the
// end-to-end suite (e2e code may not import apps/api, .dependency-cruiser.cjs; it can spawn this):
//
//   OIDC_TEST_PORT=3211 OIDC_TEST_CLIENT_ID=passerelles OIDC_TEST_CLIENT_SECRET=… \
//   OIDC_TEST_REDIRECT_URIS=http://127.0.0.1:3210/api/auth/oidc/callback \
//   node --import tsx apps/api/src/auth/oidc/serve-test-provider.ts
//
// Environment:
//   OIDC_TEST_PORT                        port on 127.0.0.1 (default: a free one); issuer http://127.0.0.1:<port>
//   OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URIS (comma-separated)   required
//   OIDC_TEST_POST_LOGOUT_REDIRECT_URIS   comma-separated, optional
//   OIDC_TEST_TOKEN_AUTH                  client_secret_post (default) | client_secret_basic
//   OIDC_TEST_USERINFO_SIGNED             RS256 to answer userinfo as a signed JWT (ProConnect-like)
//   OIDC_TEST_CONSENT                     1 to show a consent page after login
//   OIDC_TEST_ACCOUNTS                    JSON array of { sub, email, emailVerified?, givenName?, familyName? }
//                                         (default: one account, camille.durand@exemple.gouv.fr)
// Prints « Fournisseur OIDC de test : <issuer> » once it answers; stops on SIGINT / SIGTERM.
import { startTestOidcProvider, type TestOidcAccount, type TestOidcClient } from './test-provider';

const DEFAULT_ACCOUNTS: TestOidcAccount[] = [
  { sub: 'agent-0001', email: 'camille.durand@exemple.gouv.fr', emailVerified: true, givenName: 'Camille', familyName: 'Durand' },
];

function fail(message: string): never {
  console.error(`Fournisseur OIDC de test : ${message}`);
  process.exit(1);
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function accountsFrom(value: string | undefined): TestOidcAccount[] {
  if (!value) return DEFAULT_ACCOUNTS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    fail('OIDC_TEST_ACCOUNTS n’est pas du JSON.');
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length > 0 &&
    parsed.every((a: unknown) => typeof a === 'object' && a !== null && typeof (a as TestOidcAccount).sub === 'string' && typeof (a as TestOidcAccount).email === 'string');
  if (!valid) fail('OIDC_TEST_ACCOUNTS doit être une liste de comptes { sub, email, … }.');
  return parsed as TestOidcAccount[];
}

const env = process.env;
const clientId = env.OIDC_TEST_CLIENT_ID;
const clientSecret = env.OIDC_TEST_CLIENT_SECRET;
const redirectUris = list(env.OIDC_TEST_REDIRECT_URIS);
if (!clientId || !clientSecret || redirectUris.length === 0) {
  fail('OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET et OIDC_TEST_REDIRECT_URIS sont nécessaires.');
}
const tokenAuth = env.OIDC_TEST_TOKEN_AUTH ?? 'client_secret_post';
if (tokenAuth !== 'client_secret_post' && tokenAuth !== 'client_secret_basic') fail('OIDC_TEST_TOKEN_AUTH : client_secret_post ou client_secret_basic.');
const port = Number(env.OIDC_TEST_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail('OIDC_TEST_PORT n’est pas un port.');

const client: TestOidcClient = {
  clientId,
  clientSecret,
  redirectUris,
  postLogoutRedirectUris: list(env.OIDC_TEST_POST_LOGOUT_REDIRECT_URIS),
  tokenEndpointAuthMethod: tokenAuth,
  ...(env.OIDC_TEST_USERINFO_SIGNED === 'RS256' ? { userinfoSignedResponseAlg: 'RS256' as const } : {}),
};

const provider = await startTestOidcProvider({
  port,
  clients: [client],
  accounts: accountsFrom(env.OIDC_TEST_ACCOUNTS),
  consent: env.OIDC_TEST_CONSENT === '1',
});
process.stdout.write(`Fournisseur OIDC de test : ${provider.issuer}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void provider.close().then(() => process.exit(0));
  });
}
