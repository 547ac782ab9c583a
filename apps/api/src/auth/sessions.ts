import type { FastifyReply, FastifyRequest } from 'fastify';
import { createAuthSession, deleteAuthSession, loadSessionPrincipal, type Database, type SessionPrincipal } from '@passerelles/db';
import type { AuthConfig } from './config';
import { currentSessionToken, setSessionCookie } from './principal';
import { randomToken, tokenHash } from './secrets';

/**
 * Signs an account in: a new session at every sign-in (never the one the browser came with, which ends), so a token
 * planted before sign-in is worthless (session fixation). Sets the cookie and answers the signed-in principal.
 */
export async function startSession(database: Database, config: AuthConfig, request: FastifyRequest, reply: FastifyReply, userId: number): Promise<SessionPrincipal> {
  const now = config.now();
  const previous = currentSessionToken(request);
  if (previous) await deleteAuthSession(database.db, tokenHash(previous));
  const token = randomToken();
  await createAuthSession(database.db, { tokenHash: tokenHash(token), userId, csrfToken: randomToken(), now, expiresAt: new Date(now.getTime() + config.sessionMaxMs) });
  setSessionCookie(reply, config, token);
  return (await loadSessionPrincipal(database.db, tokenHash(token), now, config.sessionIdleMs))!;
}
