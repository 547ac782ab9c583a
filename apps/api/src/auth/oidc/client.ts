// OpenID Connect Relying Party: single sign-on through an identity provider chosen by configuration
// (ProConnect, an academic provider…). Authorization code flow with PKCE (S256), `state` and `nonce`;
// the provider is found by discovery from its issuer; the ID token is validated (issuer, audience, expiry,
// nonce and, by default, its signature against the provider's published keys); userinfo is read when the
// ID token lacks the e-mail or the names.
//
// The module keeps no per-login state: `begin` returns what the caller must keep (in a signed, short-lived,
// httpOnly cookie) until the provider sends the person back, and `finish` checks the callback against it.
import { timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';

/** A pending login older than this is refused by `finish` (the caller's cookie should not outlive it). */
export const OIDC_PENDING_MAX_AGE_MS = 10 * 60_000;
export const DEFAULT_OIDC_SCOPE = 'openid email profile';

export interface OidcConfig {
  /** Issuer identifier, e.g. `https://auth.agentconnect.gouv.fr/api/v2` (discovery adds `/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The callback URL registered at the provider, exactly (no query string). */
  redirectUri: string;
  /** Default `openid email profile`. ProConnect: `openid email given_name usual_name` (it has no `profile` scope). */
  scope?: string;
  /** Accept an `http:` issuer — tests and development only, and only on a loopback host (localhost, 127.0.0.1, ::1). */
  allowHttp?: boolean;
  /**
   * How the client authenticates at the token endpoint; default `client_secret_post` (what ProConnect documents).
   * Must be the method registered at the provider.
   */
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic';
  /**
   * Send a PKCE challenge (S256); default true. ProConnect's documentation lists the authorization parameters
   * it accepts and says any other one is refused: should its integration platform refuse `code_challenge`,
   * set this to false (state, nonce and the confidential client's secret still protect the flow).
   */
  pkce?: boolean;
  /**
   * The algorithm the provider signs userinfo with, when the client is registered for signed userinfo
   * (ProConnect answers userinfo as a JWT, `application/jwt`, signed with the algorithm chosen at registration:
   * `RS256` or `ES256`). When set, userinfo is asked for as a JWT, must come as one, and its issuer, audience
   * and (with `verifySignatures`) signature are checked. Unset: userinfo is plain JSON.
   */
  userinfoSignedResponseAlg?: string;
  /** The algorithm ID tokens must be signed with; unset: any the provider advertises. */
  idTokenSignedResponseAlg?: string;
  /**
   * Verify the signatures of the ID token and of signed userinfo with the provider's JWKS (default true).
   * Both come straight from the provider over TLS, which OpenID Connect Core §3.1.3.7 accepts in place of the
   * signature, so false is allowed — and needed for a registration with a symmetric algorithm (`HS256`,
   * which ProConnect also offers), whose signature openid-client cannot check.
   */
  verifySignatures?: boolean;
  /** Extra authorization request parameters, e.g. ProConnect's `acr_values` or `claims`. */
  authorizationParams?: Record<string, string>;
  /** Timeout of each request to the provider, in seconds (default 10). */
  timeoutSeconds?: number;
}

/** What the caller keeps between `begin` and `finish` (signed cookie): all of it is secret from third parties. */
export interface OidcPending {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** `Date.now()` at `begin`. */
  createdAt: number;
}

export interface OidcIdentity {
  issuer: string;
  /** `sub`: the stable identifier of the person at this issuer (the pair issuer + subject is the key). */
  subject: string;
  email: string | null;
  /**
   * The provider's `email_verified`. ProConnect sends none (its identity providers vouch for the addresses):
   * the caller decides, per issuer, whether an address it did not mark verified can be trusted.
   */
  emailVerified: boolean;
  givenName: string | null;
  /** `family_name`, or ProConnect's `usual_name`. */
  familyName: string | null;
}

export interface OidcBeginOptions {
  /** Pre-fills the provider's login form (`login_hint`). */
  loginHint?: string;
  /** `login` makes the provider ask the person again even when it has a session. */
  prompt?: 'login' | 'none' | 'consent' | 'select_account';
}

export interface OidcClient {
  readonly issuer: string;
  begin(options?: OidcBeginOptions): Promise<{ authorizationUrl: string; pending: OidcPending }>;
  /** `callbackUrl`: the URL the provider sent the browser back to (only its query string is read). */
  finish(callbackUrl: URL, pending: OidcPending): Promise<OidcIdentity>;
}

export type OidcErrorCode =
  /** The configuration is wrong (thrown by `createOidcClient`, at start-up). */
  | 'config'
  /** The provider could not be reached, or its discovery document is unusable. */
  | 'discovery'
  /** The pending login is older than OIDC_PENDING_MAX_AGE_MS. */
  | 'expired'
  /** The callback's `state` is missing or is not the pending one (CSRF, or a login begun elsewhere). */
  | 'state'
  /** The person refused or cancelled at the provider (`error=access_denied`). */
  | 'denied'
  /** Another error reported by the provider on the callback (`login_required`, `server_error`…). */
  | 'provider'
  /** The code exchange failed (code expired or used, wrong client secret, PKCE mismatch, network…). */
  | 'token'
  /** The ID token is missing or invalid (nonce, issuer, audience, expiry, signature). */
  | 'id_token'
  /** Userinfo could not be read or is invalid. */
  | 'userinfo';

const MESSAGES: Record<OidcErrorCode, string> = {
  config: 'La connexion par un fournisseur d’identité est mal configurée.',
  discovery: 'Le service de connexion est momentanément indisponible. Réessayez dans quelques minutes.',
  expired: 'La demande de connexion a expiré. Recommencez la connexion.',
  state: 'La demande de connexion n’a pas pu être vérifiée. Recommencez la connexion depuis ce site.',
  denied: 'La connexion a été refusée ou annulée.',
  provider: 'Le fournisseur d’identité n’a pas pu vous connecter. Réessayez plus tard.',
  token: 'La connexion n’a pas pu être finalisée auprès du fournisseur d’identité. Recommencez la connexion.',
  id_token: 'L’identité transmise par le fournisseur d’identité n’a pas pu être vérifiée. Recommencez la connexion.',
  userinfo: 'Les informations de votre compte n’ont pas pu être obtenues du fournisseur d’identité. Réessayez plus tard.',
};

/**
 * A failed sign-on. `message` is French, fit to show to the person, and never holds a secret or a token;
 * `cause` (the openid-client error) is for the server log only: it may hold ID token claims.
 */
export class OidcError extends Error {
  override readonly name = 'OidcError';
  readonly code: OidcErrorCode;

  constructor(code: OidcErrorCode, options: { cause?: unknown; message?: string } = {}) {
    super(options.message ?? MESSAGES[code], options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

interface Settings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: URL;
  scope: string;
  allowHttp: boolean;
  tokenEndpointAuthMethod: 'client_secret_post' | 'client_secret_basic';
  pkce: boolean;
  userinfoSignedResponseAlg: string | undefined;
  idTokenSignedResponseAlg: string | undefined;
  verifySignatures: boolean;
  authorizationParams: Record<string, string>;
  timeoutSeconds: number;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function configError(message: string): OidcError {
  return new OidcError('config', { message: `Configuration OpenID Connect invalide : ${message}` });
}

function parseUrl(value: string, what: string): URL {
  try {
    return new URL(value);
  } catch {
    throw configError(`${what} n’est pas une URL (« ${value} »).`);
  }
}

/** Parameters this module sets itself: a configured duplicate would be ambiguous. */
const RESERVED_PARAMS = new Set(['client_id', 'response_type', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'response_mode']);

function settingsOf(config: OidcConfig): Settings {
  const allowHttp = config.allowHttp ?? false;
  const issuer = parseUrl(config.issuer, 'l’émetteur (issuer)');
  if (issuer.search || issuer.hash) throw configError('l’émetteur (issuer) ne peut pas avoir de paramètres ni de fragment.');
  if (issuer.protocol === 'http:') {
    if (!allowHttp) throw configError('l’émetteur (issuer) doit être en https (http n’est permis qu’en test, avec allowHttp).');
    if (!LOOPBACK_HOSTS.has(issuer.hostname)) throw configError('un émetteur (issuer) en http n’est permis que sur la machine locale (localhost, 127.0.0.1).');
  } else if (issuer.protocol !== 'https:') {
    throw configError('l’émetteur (issuer) doit être une URL https.');
  }
  const redirectUri = parseUrl(config.redirectUri, 'l’URL de retour (redirectUri)');
  if (redirectUri.search || redirectUri.hash) throw configError('l’URL de retour (redirectUri) ne peut pas avoir de paramètres ni de fragment.');
  if (redirectUri.protocol !== 'https:' && !(redirectUri.protocol === 'http:' && LOOPBACK_HOSTS.has(redirectUri.hostname))) {
    throw configError('l’URL de retour (redirectUri) doit être en https (http n’est permis que sur la machine locale).');
  }
  if (!config.clientId) throw configError('l’identifiant client (clientId) est vide.');
  if (!config.clientSecret) throw configError('le secret client (clientSecret) est vide.');
  const scope = (config.scope ?? DEFAULT_OIDC_SCOPE).trim().split(/\s+/).join(' ');
  if (!scope.split(' ').includes('openid')) throw configError('la portée (scope) doit contenir « openid ».');
  const authorizationParams = { ...config.authorizationParams };
  for (const name of Object.keys(authorizationParams)) {
    if (RESERVED_PARAMS.has(name)) throw configError(`le paramètre « ${name} » est fixé par le module, il ne peut pas être configuré.`);
  }
  const timeoutSeconds = config.timeoutSeconds ?? 10;
  if (!(timeoutSeconds > 0)) throw configError('le délai (timeoutSeconds) doit être positif.');
  return {
    issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    redirectUri,
    scope,
    allowHttp,
    tokenEndpointAuthMethod: config.tokenEndpointAuthMethod ?? 'client_secret_post',
    pkce: config.pkce ?? true,
    userinfoSignedResponseAlg: config.userinfoSignedResponseAlg,
    idTokenSignedResponseAlg: config.idTokenSignedResponseAlg,
    verifySignatures: config.verifySignatures ?? true,
    authorizationParams,
    timeoutSeconds,
  };
}

function discover(settings: Settings): Promise<oidc.Configuration> {
  const metadata: Partial<oidc.ClientMetadata> = { client_secret: settings.clientSecret };
  if (settings.userinfoSignedResponseAlg) metadata.userinfo_signed_response_alg = settings.userinfoSignedResponseAlg;
  if (settings.idTokenSignedResponseAlg) metadata.id_token_signed_response_alg = settings.idTokenSignedResponseAlg;
  const authentication =
    settings.tokenEndpointAuthMethod === 'client_secret_basic' ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.ClientSecretPost(settings.clientSecret);
  const execute: Array<(configuration: oidc.Configuration) => void> = [];
  // Given at discovery, allowInsecureRequests also covers the discovery request itself. openid-client marks
  // it deprecated only to make it stand out: here it is limited to loopback issuers (settingsOf).
  if (settings.allowHttp) execute.push(oidc.allowInsecureRequests);
  if (settings.verifySignatures) execute.push(oidc.enableNonRepudiationChecks);
  return oidc.discovery(settings.issuer, settings.clientId, metadata, authentication, { execute, timeout: settings.timeoutSeconds });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function isPending(value: unknown): value is OidcPending {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.state === 'string' && p.state !== '' &&
    typeof p.nonce === 'string' && p.nonce !== '' &&
    typeof p.codeVerifier === 'string' && p.codeVerifier !== '' &&
    typeof p.createdAt === 'number' && Number.isFinite(p.createdAt)
  );
}

/** openid-client error codes that mean "the ID token is not acceptable". */
const ID_TOKEN_ERROR_CODES = new Set(['OAUTH_JWT_CLAIM_COMPARISON_FAILED', 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED', 'OAUTH_KEY_SELECTION_FAILED']);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

/** Sorts an error of the authorization code grant (callback check, code exchange, ID token validation). */
function grantError(error: unknown): OidcError {
  if (error instanceof oidc.AuthorizationResponseError) {
    return new OidcError(error.error === 'access_denied' ? 'denied' : 'provider', { cause: error });
  }
  if (error instanceof oidc.ClientError) {
    const code = error.code ?? '';
    const detail = `${error.message} ${messageOf(error.cause)}`;
    if (ID_TOKEN_ERROR_CODES.has(code) || (code === 'OAUTH_INVALID_RESPONSE' && /ID Token|JWT/i.test(detail))) {
      return new OidcError('id_token', { cause: error });
    }
  }
  return new OidcError('token', { cause: error });
}

/** A claim as a trimmed non-empty string, or null. */
function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** `email_verified` is a boolean in the standard; some providers send the string "true". */
function verified(value: unknown): boolean {
  return value === true || value === 'true';
}

type Claims = Record<string, unknown>;

function familyNameOf(claims: Claims): string | null {
  return text(claims.family_name) ?? text(claims.usual_name);
}

export function createOidcClient(config: OidcConfig): OidcClient {
  const settings = settingsOf(config);
  const issuer = config.issuer;

  // Discovery is lazy, shared by concurrent callers, cached once it succeeds and forgotten when it fails,
  // so that a provider down at start-up (or at the first login) does not break every later login.
  let discovering: Promise<oidc.Configuration> | null = null;
  const configuration = (): Promise<oidc.Configuration> => {
    discovering ??= discover(settings).catch((cause: unknown) => {
      discovering = null;
      throw new OidcError('discovery', { cause });
    });
    return discovering;
  };

  async function begin(options: OidcBeginOptions = {}): Promise<{ authorizationUrl: string; pending: OidcPending }> {
    const server = await configuration();
    const pending: OidcPending = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      createdAt: Date.now(),
    };
    const params: Record<string, string> = {
      ...settings.authorizationParams,
      redirect_uri: settings.redirectUri.href,
      scope: settings.scope,
      state: pending.state,
      nonce: pending.nonce,
    };
    if (settings.pkce) {
      params.code_challenge = await oidc.calculatePKCECodeChallenge(pending.codeVerifier);
      params.code_challenge_method = 'S256';
    }
    if (options.loginHint) params.login_hint = options.loginHint;
    if (options.prompt) params.prompt = options.prompt;
    return { authorizationUrl: oidc.buildAuthorizationUrl(server, params).href, pending };
  }

  async function userinfo(server: oidc.Configuration, accessToken: string, subject: string): Promise<Claims> {
    if (!server.serverMetadata().userinfo_endpoint) return {};
    try {
      return await oidc.fetchUserInfo(server, accessToken, subject);
    } catch (cause) {
      throw new OidcError('userinfo', { cause });
    }
  }

  async function finish(callbackUrl: URL, pending: OidcPending): Promise<OidcIdentity> {
    if (!isPending(pending)) throw new OidcError('state');
    const age = Date.now() - pending.createdAt;
    // A pending dated in the future (beyond a little clock skew) is not trusted either.
    if (age > OIDC_PENDING_MAX_AGE_MS || age < -60_000) throw new OidcError('expired');
    // Checked here first, before any request, and again by openid-client (which also checks `iss`, RFC 9207).
    const state = callbackUrl.searchParams.get('state');
    if (state === null || !sameSecret(state, pending.state)) throw new OidcError('state');

    const server = await configuration();
    // The redirect_uri sent to the token endpoint is this URL without its query: rebuilding it from the
    // configured one keeps it exact even when the app sees its own URL differently (behind a proxy).
    const current = new URL(settings.redirectUri.href);
    current.search = callbackUrl.search;

    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(server, current, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
        ...(settings.pkce ? { pkceCodeVerifier: pending.codeVerifier } : {}),
      });
    } catch (error) {
      throw grantError(error);
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new OidcError('id_token');
    const fromIdToken: Claims = idClaims;

    // ProConnect (and any provider following OpenID Connect's default for the code flow) puts the e-mail and
    // the names in userinfo only; a provider that puts them in the ID token is not asked again.
    let fromUserinfo: Claims = {};
    if (text(fromIdToken.email) === null || text(fromIdToken.given_name) === null || familyNameOf(fromIdToken) === null) {
      fromUserinfo = await userinfo(server, tokens.access_token, idClaims.sub);
    }
    // The e-mail and its verification come from the same source.
    const emailSource = text(fromIdToken.email) !== null ? fromIdToken : fromUserinfo;
    return {
      issuer: idClaims.iss,
      subject: idClaims.sub,
      email: text(emailSource.email),
      emailVerified: text(emailSource.email) !== null && verified(emailSource.email_verified),
      givenName: text(fromIdToken.given_name) ?? text(fromUserinfo.given_name),
      familyName: familyNameOf(fromIdToken) ?? familyNameOf(fromUserinfo),
    };
  }

  return { issuer, begin, finish };
}
