import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, CSRF tokens and e-mailed links. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token: a leak of the table opens no session and no link. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compares secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
