import { ERROR_CODES, type routes } from '@passerelles/contracts';
import { createUser, findUserByEmail, findUserByIdentity, linkIdentity, recordAudit, type Database } from '@passerelles/db';
import type { AuthConfig } from '../auth/config';
import { OIDC_PENDING_MAX_AGE_MS, OidcError, type OidcPending } from '../auth/oidc/client';
import { accountView } from './account.routes';
import { startSession } from '../auth/sessions';
import { HttpError, notFound } from '../http/http-error';
import type { Handler } from '../http/register-routes';

type R = typeof routes;
export type SsoHandlers = { [K in 'getSsoProvider' | 'beginSso' | 'finishSso']: Handler<R[K]> };

/** The login's secrets between the two legs (state, nonce, PKCE verifier): signed, HTTP-only, ten minutes. */
const PENDING_COOKIE = 'pl_sso';

function readPending(raw: string | undefined, unsign: (v: string) => { valid: boolean; value: string | null }): OidcPending | null {
  if (!raw) return null;
  const { valid, value } = unsign(raw);
  if (!valid || !value) return null;
  try {
    const p = JSON.parse(value) as OidcPending;
    return typeof p.state === 'string' && typeof p.nonce === 'string' && typeof p.codeVerifier === 'string' && typeof p.createdAt === 'number' ? p : null;
  } catch {
    return null;
  }
}

/** Single sign-on through the configured OpenID Connect provider (ProConnect, an academic provider…). */
export function ssoHandlers(database: Database, config: AuthConfig): SsoHandlers {
  const db = database.db;
  const sso = config.sso;
  const notConfigured = () => notFound('La connexion unique n’est pas configurée sur cette plateforme.');
  return {
    async getSsoProvider() {
      return { enabled: Boolean(sso), label: sso?.label ?? null };
    },

    async beginSso({ reply }) {
      if (!sso) throw notConfigured();
      try {
        const { authorizationUrl, pending } = await sso.client.begin();
        reply.setCookie(PENDING_COOKIE, JSON.stringify(pending), {
          signed: true, httpOnly: true, secure: config.cookieSecure, sameSite: 'lax', path: '/', maxAge: OIDC_PENDING_MAX_AGE_MS / 1000,
        });
        return { authorizationUrl };
      } catch (e) {
        if (e instanceof OidcError) throw new HttpError(503, ERROR_CODES.SERVICE_UNAVAILABLE, e.message);
        throw e;
      }
    },

    async finishSso({ body, request, reply }) {
      if (!sso) throw notConfigured();
      const pending = readPending(request.cookies[PENDING_COOKIE], (v) => request.unsignCookie(v));
      reply.clearCookie(PENDING_COOKIE, { path: '/' });
      const refused = (message: string) => new HttpError(401, ERROR_CODES.INVALID_CREDENTIALS, message);
      if (!pending) throw refused('La connexion a expiré ou n’a pas été commencée ici : recommencez.');
      let identity;
      try {
        identity = await sso.client.finish(new URL(`${config.publicUrl}/connexion/sso/retour?${body.query.replace(/^\?/, '')}`), pending);
      } catch (e) {
        if (e instanceof OidcError) {
          request.log.warn({ code: e.code }, 'single sign-on refused');
          throw refused(e.message);
        }
        throw e;
      }
      const now = config.now();
      let userId = await findUserByIdentity(db, identity.issuer, identity.subject);
      if (userId === null) {
        if (!identity.email) throw refused(`${sso.label} n’a pas transmis d’adresse e-mail : impossible d’ouvrir un compte.`);
        const emailTrusted = identity.emailVerified || sso.trustEmail;
        const existing = await findUserByEmail(db, identity.email);
        if (existing) {
          // Linking by address only when the provider vouches for it; otherwise anyone could claim an account.
          if (!emailTrusted) {
            throw new HttpError(409, ERROR_CODES.CONFLICT, `Un compte existe déjà pour ${identity.email} : connectez-vous avec son mot de passe.`);
          }
          userId = existing.id;
        } else {
          const name = [identity.givenName, identity.familyName].filter(Boolean).join(' ') || identity.email.split('@')[0]!;
          userId = await createUser(db, { email: identity.email, displayName: name, passwordHash: null, accountType: 'professional', emailVerifiedAt: emailTrusted ? now : null });
          if (userId === null) throw new HttpError(409, ERROR_CODES.CONFLICT, `Un compte existe déjà pour ${identity.email}.`);
        }
        await linkIdentity(db, userId, identity.issuer, identity.subject);
        await recordAudit(db, { actorUserId: userId, action: 'identity.linked', subjectUserId: userId, details: { issuer: identity.issuer } }, now);
      }
      return { account: accountView(await startSession(database, config, request, reply, userId)) };
    },
  };
}
