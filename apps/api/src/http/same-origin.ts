import type { FastifyInstance } from 'fastify';
import { ERROR_CODES, type ErrorBody } from '@passerelles/contracts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses state-changing requests that a browser marks as coming from another site (Fetch Metadata, then Origin):
 * a first line against CSRF that also covers forms posted before anyone is signed in (sign-in, sign-up). Calls
 * without these headers (scripts, the server's own in-process calls) pass; signed-in calls still need their token.
 */
export function installSameOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!UNSAFE.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    let crossSite = site === 'cross-site';
    if (!crossSite && typeof origin === 'string' && origin !== 'null') {
      try {
        crossSite = new URL(origin).host !== request.host;
      } catch {
        crossSite = true;
      }
    } else if (origin === 'null') crossSite = true;
    if (crossSite) {
      return reply
        .status(403)
        .send({ code: ERROR_CODES.CSRF_REJECTED, message: 'Requête refusée : elle ne vient pas de ce site.' } satisfies ErrorBody);
    }
  });
}
