import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadSessionPrincipal, touchAuthSession, type Database, type SessionPrincipal } from '@passerelles/db';
import type { AuthConfig } from './config';
import { tokenHash } from './secrets';

export const SESSION_COOKIE = 'pl_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account behind the session cookie, read once per request and only when asked for. */
    principal(): Promise<SessionPrincipal | null>;
  }
}

/** last_seen_at is written at most this often, so a busy session does not write on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

function sessionToken(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
}

export function installPrincipal(app: FastifyInstance, database: Database, config: AuthConfig): void {
  const cache = new WeakMap<FastifyRequest, Promise<SessionPrincipal | null>>();
  app.decorateRequest('principal', function (this: FastifyRequest) {
    let found = cache.get(this);
    if (!found) {
      const token = sessionToken(this);
      found = token ? load(token) : Promise.resolve(null);
      cache.set(this, found);
    }
    return found;
  });

  async function load(token: string): Promise<SessionPrincipal | null> {
    const now = config.now();
    const hash = tokenHash(token);
    const principal = await loadSessionPrincipal(database.db, hash, now, config.sessionIdleMs);
    if (principal && now.getTime() - principal.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchAuthSession(database.db, hash, now);
    return principal;
  }
}

/** The session token of this request, if any (sign-out ends it). */
export const currentSessionToken = sessionToken;

export function setSessionCookie(reply: FastifyReply, config: AuthConfig, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.floor(config.sessionMaxMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AuthConfig): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: config.cookieSecure, sameSite: 'lax', path: '/' });
}
