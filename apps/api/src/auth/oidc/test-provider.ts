// A real OpenID Connect provider (oidc-provider, a dev dependency) run in-process over plain HTTP on
// 127.0.0.1, for tests and local development of single sign-on: discovery, authorization code flow with
// PKCE, ID tokens signed with a key generated at start, userinfo (plain JSON, or a signed JWT for a client
// registered with `userinfoSignedResponseAlg`, as ProConnect does), RP-initiated logout.
//
// Its login page is its own (oidc-provider's development pages load fonts from the internet): a person types
// the e-mail of one of the configured accounts, or refuses. Usable from a browser (Playwright) and from code
// (`loginThroughProvider`, `denyThroughProvider`).
//
// NOT for production: accounts are a fixed list without passwords, state lives in memory.
import { generateKeyPair, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type * as OidcProviderModule from 'oidc-provider';
import type { Account, Adapter, AdapterPayload, Configuration, Interaction, KoaContextWithOIDC, Provider } from 'oidc-provider';

export interface TestOidcClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  /** Default `client_secret_post`, like the Relying Party's default. */
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic';
  /** `RS256`: userinfo answers a signed JWT (`application/jwt`), as ProConnect does. */
  userinfoSignedResponseAlg?: 'RS256';
}

export interface TestOidcAccount {
  sub: string;
  email: string;
  emailVerified?: boolean;
  givenName?: string;
  familyName?: string;
}

export interface TestOidcProviderOptions {
  clients: TestOidcClient[];
  accounts: TestOidcAccount[];
  /** Default 0: a free port, read back from `issuer`. */
  port?: number;
  /** Ask the person to approve the requested scopes after login (default false: approved silently, like ProConnect). */
  consent?: boolean;
}

export interface TestOidcProvider {
  /** `http://127.0.0.1:<port>`; discovery at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Loading oidc-provider

let loading: Promise<typeof OidcProviderModule> | null = null;

/**
 * oidc-provider 9 warns at import that it supports only Node.js 22 LTS and later; the repository runs Node 20,
 * where everything used here works (this module's tests run there). That one line is dropped, deliberately,
 * while the module loads; every other warning goes through.
 */
function loadOidcProvider(): Promise<typeof OidcProviderModule> {
  loading ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('oidc-provider WARNING: Unsupported runtime')) return;
      warn(...args);
    };
    try {
      return await import('oidc-provider');
    } finally {
      console.warn = warn;
    }
  })();
  return loading;
}

// ---------------------------------------------------------------------------------------------------------
// Storage: one map per provider (oidc-provider's own memory adapter warns on every start)

interface Stored {
  payload: AdapterPayload;
  expiresAt: number;
}

/** Models whose entries die with their grant (revokeByGrantId). */
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

class MemoryAdapter implements Adapter {
  readonly #model: string;
  readonly #store: Map<string, Stored>;

  constructor(model: string, store: Map<string, Stored>) {
    this.#model = model;
    this.#store = store;
  }

  #key(id: string): string {
    return `${this.#model}:${id}`;
  }

  #read(key: string): AdapterPayload | undefined {
    const entry = this.#store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.#store.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  #findBy(field: 'uid' | 'userCode', value: string): AdapterPayload | undefined {
    const prefix = `${this.#model}:`;
    for (const [key, entry] of this.#store) {
      if (key.startsWith(prefix) && entry.payload[field] === value) return this.#read(key);
    }
    return undefined;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    this.#store.set(this.#key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.#read(this.#key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#findBy('uid', uid);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.#findBy('userCode', userCode);
  }

  async consume(id: string): Promise<void> {
    const payload = this.#read(this.#key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.#store.delete(this.#key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, entry] of this.#store) {
      if (entry.payload.grantId === grantId && GRANTABLE.has(key.slice(0, key.indexOf(':')))) this.#store.delete(key);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pages (self-contained: no external stylesheet, font or script)

const STYLE = [
  'body{font-family:system-ui,sans-serif;background:#f6f6f6;color:#161616;margin:0;padding:2rem 1rem}',
  'main{max-width:28rem;margin:0 auto;background:#fff;padding:1.5rem 2rem;border:1px solid #ddd}',
  'h1{font-size:1.5rem}label{display:block;font-weight:bold;margin:1rem 0 .25rem}',
  'input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #666}',
  'button{margin-top:1rem;padding:.5rem 1rem;font-size:1rem;background:#000091;color:#fff;border:0;cursor:pointer}',
  'button.secondary{background:#fff;color:#000091;border:1px solid #000091}',
  '.error{color:#ce0500;font-weight:bold}.note{color:#555;font-size:.875rem}',
].join('');

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — fournisseur d’identité de test</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // No form-action: Chromium applies it to the redirects that follow a form, and they lead to the client.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  });
  res.end(html);
}

function abortForm(uid: string, label: string): string {
  return `<form id="abort" method="post" action="/interaction/${escapeHtml(uid)}/abort">
<button type="submit" class="secondary">${escapeHtml(label)}</button>
</form>`;
}

function loginPage(interaction: Interaction, accounts: TestOidcAccount[], email: string, error: string | null): string {
  const client = String(interaction.params.client_id ?? '');
  const uid = interaction.uid;
  return page(
    'Connexion',
    `<h1>Connexion</h1>
<p>Le service <strong>${escapeHtml(client)}</strong> demande à vous identifier.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form id="login" method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="email">Adresse électronique</label>
<input id="email" name="email" type="email" autocomplete="username" required autofocus value="${escapeHtml(email)}">
<button type="submit">Se connecter</button>
</form>
${abortForm(uid, 'Refuser et revenir au service')}
<p class="note">Fournisseur d’identité de test, sans mot de passe. Comptes : ${accounts.map((a) => escapeHtml(a.email)).join(', ')}.</p>`,
  );
}

function consentPage(interaction: Interaction): string {
  const client = String(interaction.params.client_id ?? '');
  const scopes = interaction.prompt.details.missingOIDCScope ?? [];
  const claims = interaction.prompt.details.missingOIDCClaims ?? [];
  const items = [...scopes, ...claims].map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  return page(
    'Autorisation',
    `<h1>Autorisation</h1>
<p>Le service <strong>${escapeHtml(client)}</strong> demande l’accès à :</p>
<ul>${items}</ul>
<form id="consent" method="post" action="/interaction/${escapeHtml(interaction.uid)}/confirm">
<button type="submit">Autoriser</button>
</form>
${abortForm(interaction.uid, 'Refuser')}`,
  );
}

function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

// ---------------------------------------------------------------------------------------------------------
// Interactions (login, consent, refusal)

class PageError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16_384) throw new PageError(413, 'Formulaire trop long.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Records the approval of what the client asked for, in a grant (oidc-provider's consent model). */
async function approve(provider: Provider, interaction: Interaction): Promise<string> {
  const accountId = interaction.session?.accountId;
  if (!accountId) throw new PageError(400, 'Aucune session : recommencez la connexion depuis le service.');
  const clientId = String(interaction.params.client_id);
  const grant = (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
  if (missingOIDCScope?.length) grant.addOIDCScope(missingOIDCScope.join(' '));
  if (missingOIDCClaims?.length) grant.addOIDCClaims(missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(' '));
  return grant.save();
}

const INTERACTION_PATH = /^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/;

function interactions(provider: Provider, accounts: TestOidcAccount[], askConsent: boolean) {
  const byEmail = new Map(accounts.map((a) => [a.email.toLowerCase(), a]));

  async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const match = INTERACTION_PATH.exec(path);
    if (!match) throw new PageError(404, 'Page introuvable.');
    const [, uid, action] = match;
    if ((req.method === 'GET') !== (action === undefined) || (req.method !== 'GET' && req.method !== 'POST')) {
      throw new PageError(405, 'Méthode non permise.');
    }
    // Read from the interaction cookie: throws SessionNotFound (400) without it.
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) throw new PageError(400, 'Cette demande de connexion n’est plus celle de ce navigateur : recommencez depuis le service.');
    const prompt = interaction.prompt.name;

    if (action === undefined) {
      if (prompt === 'login') {
        const hint = typeof interaction.params.login_hint === 'string' ? interaction.params.login_hint : '';
        return sendHtml(res, 200, loginPage(interaction, accounts, hint, null));
      }
      if (prompt === 'consent') {
        if (askConsent) return sendHtml(res, 200, consentPage(interaction));
        const grantId = await approve(provider, interaction);
        return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      }
      throw new PageError(400, `Étape inconnue : ${prompt}.`);
    }

    const form = await readForm(req);
    if (action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'La personne a refusé la connexion.' },
        { mergeWithLastSubmission: false },
      );
    }
    if (action === 'login') {
      if (prompt !== 'login') throw new PageError(400, 'Cette demande de connexion n’attend pas d’identification.');
      const email = (form.get('email') ?? '').trim();
      const account = byEmail.get(email.toLowerCase());
      if (!account) return sendHtml(res, 401, loginPage(interaction, accounts, email, `Aucun compte de test pour l’adresse « ${email} ».`));
      return provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
    }
    // action === 'confirm'
    if (prompt !== 'consent') throw new PageError(400, 'Cette demande de connexion n’attend pas d’autorisation.');
    const grantId = await approve(provider, interaction);
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    try {
      await handle(req, res, path);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // oidc-provider's errors carry their HTTP status (SessionNotFound: 400, the interaction cookie is missing).
      const status = error instanceof PageError ? error.status : (error as { statusCode?: unknown }).statusCode;
      if (typeof status === 'number' && status < 500) {
        const message =
          error instanceof PageError ? error.message : 'Demande de connexion introuvable ou expirée : recommencez la connexion depuis le service.';
        return sendHtml(res, status, messagePage('Erreur', message));
      }
      // A fault of this test provider itself: loud (console.error fails the running test).
      console.error('Fournisseur OIDC de test :', error);
      sendHtml(res, 500, messagePage('Erreur', 'Erreur interne du fournisseur d’identité de test.'));
    }
  };
}

// ---------------------------------------------------------------------------------------------------------
// Pages rendered by oidc-provider itself (its defaults load fonts from the internet)

async function renderError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }): Promise<void> {
  ctx.type = 'html';
  ctx.body = page(
    'Erreur',
    `<h1>Erreur du fournisseur d’identité</h1>
<p><code>${escapeHtml(out.error)}</code></p>
${out.error_description ? `<p>${escapeHtml(out.error_description)}</p>` : ''}`,
  );
}

async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  ctx.type = 'html';
  ctx.body = page(
    'Déconnexion',
    `<h1>Déconnexion</h1>
<p>Voulez-vous vous déconnecter du fournisseur d’identité de test ?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Me déconnecter</button>
<button type="submit" form="op.logoutForm" class="secondary">Rester connecté</button>`,
  );
}

async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  ctx.type = 'html';
  ctx.body = messagePage('Déconnexion', 'Vous êtes déconnecté du fournisseur d’identité de test.');
}

// ---------------------------------------------------------------------------------------------------------
// The provider

function claimsOf(account: TestOidcAccount): Record<string, unknown> & { sub: string } {
  const names = [account.givenName, account.familyName].filter((n): n is string => Boolean(n));
  return {
    sub: account.sub,
    email: account.email,
    email_verified: account.emailVerified ?? true,
    ...(account.givenName ? { given_name: account.givenName } : {}),
    ...(account.familyName ? { family_name: account.familyName, usual_name: account.familyName } : {}),
    ...(names.length ? { name: names.join(' ') } : {}),
  };
}

async function signingKey(): Promise<Record<string, unknown>> {
  // Generated at every start: nothing secret is committed, and a restarted provider invalidates old tokens.
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

/**
 * Starts a provider on 127.0.0.1 (plain HTTP). oidc-provider accepts an `http:` issuer and `http:` loopback
 * redirect URIs for confidential clients of the code flow without any special option (it refuses them only
 * for the implicit flow); the Relying Party needs `allowHttp`.
 */
export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const { default: ProviderClass } = await loadOidcProvider();
  const accounts = options.accounts;
  const bySub = new Map(accounts.map((a) => [a.sub, a]));
  const jwk = await signingKey();

  let handler: RequestListener | null = null;
  const server = createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const store = new Map<string, Stored>();
  const configuration: Configuration = {
    adapter: (model) => new MemoryAdapter(model, store),
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: c.tokenEndpointAuthMethod ?? 'client_secret_post',
      ...(c.userinfoSignedResponseAlg ? { userinfo_signed_response_alg: c.userinfoSignedResponseAlg } : {}),
    })),
    jwks: { keys: [jwk] },
    // Distinct names: browsers share cookies between ports of one host, the application's included.
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      names: { session: 'oidc_test_session', interaction: 'oidc_test_interaction', resume: 'oidc_test_resume' },
    },
    // Scopes and their claims: the standard ones, plus ProConnect's `given_name` and `usual_name` scopes.
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', 'name'],
      given_name: ['given_name'],
      usual_name: ['usual_name'],
    },
    scopes: ['openid', 'email', 'profile', 'given_name', 'usual_name'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub): Promise<Account | undefined> {
      const account = bySub.get(sub);
      return account && { accountId: account.sub, claims: () => claimsOf(account) };
    },
    renderError,
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  };
  const provider = new ProviderClass(issuer, configuration);
  const oidcCallback = provider.callback();
  const interact = interactions(provider, accounts, options.consent ?? false);
  handler = (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path.startsWith('/interaction/')) void interact(req, res, path);
    else void oidcCallback(req, res);
  };

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (fetch keeps them) would hold close() open.
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Going through the provider from code, like a browser

/** The few cookies a browser would keep for the provider (one host: only names and paths matter). */
class CookieJar {
  readonly #cookies = new Map<string, { name: string; value: string; path: string }>();

  store(response: Response, url: URL): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let path = url.pathname.slice(0, url.pathname.lastIndexOf('/')) || '/';
      let expired = false;
      for (const attribute of attributes) {
        const [key = '', val = ''] = attribute.split('=').map((s) => s.trim());
        if (key.toLowerCase() === 'path' && val.startsWith('/')) path = val;
        if (key.toLowerCase() === 'max-age' && Number(val) <= 0) expired = true;
        if (key.toLowerCase() === 'expires' && Date.parse(val) <= Date.now()) expired = true;
      }
      const key = `${name};${path}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }

  header(url: URL): string {
    const path = url.pathname;
    return [...this.#cookies.values()]
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

type PageForms = Map<string, URL>;

/** The forms of one of this provider's pages, by id (login, consent, abort), with their absolute action. */
function formsOf(html: string, base: URL): PageForms {
  const forms: PageForms = new Map();
  for (const [tag] of html.matchAll(/<form\b[^>]*>/g)) {
    const id = /\bid="([^"]*)"/.exec(tag)?.[1];
    const action = /\baction="([^"]*)"/.exec(tag)?.[1];
    if (id && action) forms.set(id, new URL(action.replaceAll('&amp;', '&'), base));
  }
  return forms;
}

function excerpt(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/**
 * Follows the provider's redirects from `authorizationUrl`, answering each of its pages with `answer`, until
 * a redirect leaves the provider's origin: that URL (the client's callback, with `code` and `state`, or
 * `error`) is returned without being fetched.
 */
async function walk(authorizationUrl: string | URL, answer: (forms: PageForms, url: URL) => { action: URL; body: URLSearchParams }): Promise<URL> {
  const jar = new CookieJar();
  const start = new URL(authorizationUrl);
  let next: { url: URL; body?: URLSearchParams } = { url: start };
  for (let step = 0; step < 20; step++) {
    if (next.url.origin !== start.origin) return next.url;
    const headers: Record<string, string> = { accept: 'text/html' };
    const cookie = jar.header(next.url);
    if (cookie) headers.cookie = cookie;
    if (next.body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(next.url, { method: next.body ? 'POST' : 'GET', headers, body: next.body, redirect: 'manual' });
    jar.store(response, next.url);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      next = { url: new URL(location, next.url) };
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) {
      throw new Error(`Test OIDC provider answered ${response.status} at ${next.url.pathname}: ${excerpt(html)}`);
    }
    const { action, body } = answer(formsOf(html, next.url), next.url);
    next = { url: action, body };
  }
  throw new Error('Test OIDC provider: too many steps without coming back to the client.');
}

/**
 * Logs in as the account with `email` (submitting the login form, and the consent form if the provider asks),
 * and returns the client's callback URL with `code` and `state`. Throws if the provider refuses the e-mail.
 */
export function loginThroughProvider(authorizationUrl: string | URL, email: string): Promise<URL> {
  return walk(authorizationUrl, (forms, url) => {
    const login = forms.get('login');
    if (login) return { action: login, body: new URLSearchParams({ email }) };
    const consent = forms.get('consent');
    if (consent) return { action: consent, body: new URLSearchParams() };
    throw new Error(`Test OIDC provider: no login or consent form at ${url.pathname}.`);
  });
}

/** Refuses at the provider's first page; returns the client's callback URL with `error=access_denied`. */
export function denyThroughProvider(authorizationUrl: string | URL): Promise<URL> {
  return walk(authorizationUrl, (forms, url) => {
    const abort = forms.get('abort');
    if (abort) return { action: abort, body: new URLSearchParams() };
    throw new Error(`Test OIDC provider: no refusal form at ${url.pathname}.`);
  });
}
