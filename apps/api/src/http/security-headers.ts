import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** What an API answer may load: nothing (JSON is never rendered as a page). */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A page's policy: its own origin only, scripts only with this answer's nonce or from the origin (no inline script
 * runs without it), no inline styles, no framing. The nonce is fresh for every answer.
 */
export function pagePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The API documentation (Swagger UI) sets inline styles from its own scripts: allowed there, and only there. */
const DOCS_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export const newNonce = (): string => randomBytes(16).toString('base64');

/** Sets a page's policy with its nonce (the web app does, before it renders). */
export function setPagePolicy(reply: FastifyReply, nonce: string): void {
  reply.header('content-security-policy', pagePolicy(nonce));
}

/** Headers every answer carries, pages and API alike. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('strict-transport-security', 'max-age=63072000; includeSubDomains');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (!reply.hasHeader('content-security-policy')) {
      const docs = request.url === '/api/docs' || request.url.startsWith('/api/docs/');
      const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
      // A page not rendered by the web app (a static HTML file) gets a page policy with a nonce nobody holds.
      reply.header('content-security-policy', docs ? DOCS_POLICY : html ? pagePolicy(newNonce()) : API_POLICY);
    }
    return payload;
  });
}
