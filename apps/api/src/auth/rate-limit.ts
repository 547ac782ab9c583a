import type { FastifyRequest } from 'fastify';
import { ERROR_CODES } from '@passerelles/contracts';
import { hitRateLimit, type Database } from '@passerelles/db';
import { HttpError } from '../http/http-error';
import { tokenHash } from './secrets';

/** A limit: so many attempts per window, counted in the database so that every API process shares it. */
export interface Limit {
  name: string;
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;
/**
 * Per address: tight (it protects one account). Per client address: loose enough for a whole class signing up or in
 * at once behind a school's single public address.
 */
export const LIMITS = {
  signInPerAddress: { name: 'sign-in:address', max: 10, windowMs: 15 * MINUTE },
  signInPerClient: { name: 'sign-in:client', max: 100, windowMs: 15 * MINUTE },
  signUpPerClient: { name: 'sign-up:client', max: 60, windowMs: 60 * MINUTE },
  mailPerAddress: { name: 'mail:address', max: 3, windowMs: 60 * MINUTE },
  mailPerClient: { name: 'mail:client', max: 60, windowMs: 60 * MINUTE },
  linkPerClient: { name: 'link:client', max: 100, windowMs: 15 * MINUTE },
} as const satisfies Record<string, Limit>;

/**
 * Counts one attempt against each limit and refuses (429, with `retry-after`) past any of them. Keys are hashed: the
 * table holds neither addresses nor IP addresses in clear.
 */
export async function enforceLimits(
  database: Database,
  request: FastifyRequest,
  now: Date,
  checks: readonly { limit: Limit; subject: string }[],
): Promise<void> {
  for (const { limit, subject } of checks) {
    const { hits, resetAt } = await hitRateLimit(database.db, `${limit.name}:${tokenHash(subject.toLowerCase())}`, limit.windowMs, now);
    if (hits > limit.max) {
      const seconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
      request.server.log.warn({ limit: limit.name }, 'rate limit reached');
      throw Object.assign(
        new HttpError(429, ERROR_CODES.RATE_LIMITED, `Trop de tentatives : réessayez dans ${Math.ceil(seconds / 60)} min.`),
        { retryAfter: seconds },
      );
    }
  }
}
