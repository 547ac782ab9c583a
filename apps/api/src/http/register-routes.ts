import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sameSecret } from '../auth/secrets';
import { HttpError } from './http-error';
import { decideAccess } from '@passerelles/domain';
import {
  ERROR_CODES, ErrorBody, toRouterPath, type RouteBody, type RouteContract, type RouteParams, type RouteQuery, type RouteResponse,
} from '@passerelles/contracts';

export interface HandlerInput<R extends RouteContract> {
  params: RouteParams<R>;
  query: RouteQuery<R>;
  body: RouteBody<R>;
  request: FastifyRequest;
  reply: FastifyReply;
}
export type Handler<R extends RouteContract> = (input: HandlerInput<R>) => Promise<RouteResponse<R>>;
export type Handlers<T extends Record<string, RouteContract>> = { [K in keyof T]: Handler<T[K]> };

/**
 * The success answers as Fastify and OpenAPI see them: the schemas themselves for JSON, or, for another media type,
 * the schema under that media type (documented in OpenAPI, and never run through the JSON serialiser).
 */
function successResponses(contract: RouteContract): Record<string, unknown> {
  if (!contract.produces || contract.produces === 'application/json') return contract.responses;
  return Object.fromEntries(
    Object.entries(contract.responses).map(([status, schema]) => [status, { description: contract.summary, content: { [contract.produces!]: { schema } } }]),
  );
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The route's declared access, checked before its handler: 401 for a visitor where an account is needed, 403 for an
 * account without the role. A call that changes something on behalf of a signed-in account must also carry the
 * session's CSRF token in `x-csrf-token` (the web app's forms send it as a hidden field, passed on by their action).
 */
async function checkAccess(contract: RouteContract, request: FastifyRequest): Promise<void> {
  if (contract.auth === 'public') return;
  const principal = await request.principal();
  const decision = decideAccess(contract.auth, principal, request.params as Record<string, unknown>);
  if (decision === 'unauthenticated') throw new HttpError(401, ERROR_CODES.UNAUTHENTICATED, 'Connectez-vous pour continuer.');
  if (decision === 'forbidden') throw new HttpError(403, ERROR_CODES.FORBIDDEN, 'Votre compte n’a pas accès à cette action.');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, principal!.csrfToken)) {
      throw new HttpError(403, ERROR_CODES.CSRF_REJECTED, 'Jeton de sécurité absent ou périmé : rechargez la page et recommencez.');
    }
  }
}

/** How OpenAPI states a route's access: none for public routes, the session cookie otherwise (with the role in words). */
export function operationSecurity(contract: RouteContract): { security: Record<string, string[]>[]; description?: string } {
  if (contract.auth === 'public') return { security: [] };
  const who =
    typeof contract.auth === 'string'
      ? { 'signed-in': 'any signed-in account', 'campus-team': 'the campus team or a campus admin', 'campus-admin': 'a campus admin' }[contract.auth]
      : `${contract.auth.organisation === 'admin' ? 'an admin' : 'a member'} of the organisation \`{${contract.auth.param}}\` (or a campus admin)`;
  return { security: [{ sessionCookie: [] }], description: `Access: ${who}. Unsafe methods also need the \`x-csrf-token\` header.` };
}

/** Registers every contract with its handler; the type makes a missing handler a compile error. */
export function registerRoutes<T extends Record<string, RouteContract>>(
  app: FastifyInstance,
  contracts: T,
  handlers: Handlers<T>,
  /** Requests per minute and client on `expensive` routes; 0: no limit. */
  expensivePerMinute = 0,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const key of Object.keys(contracts) as (keyof T & string)[]) {
    const contract = contracts[key]!;
    const handler = handlers[key];
    const accessErrors = contract.auth === 'public' ? [] : [401, 403];
    const errorResponses = Object.fromEntries(
      [...new Set([400, ...accessErrors, ...Object.keys(contract.errors ?? {}).map(Number), 500])].map((s) => [s, ErrorBody]),
    );
    typed.route({
      method: contract.method,
      url: toRouterPath(contract.path),
      schema: {
        operationId: contract.operationId,
        summary: contract.summary,
        tags: [...contract.tags],
        ...(contract.params ? { params: contract.params } : {}),
        ...(contract.query ? { querystring: contract.query } : {}),
        ...(contract.body ? { body: contract.body } : {}),
        response: { ...successResponses(contract), ...errorResponses },
        ...operationSecurity(contract),
      },
      ...(contract.expensive && expensivePerMinute > 0 ? { config: { rateLimit: { max: expensivePerMinute, timeWindow: 60_000 } } } : {}),
      // Before validation: a caller without access learns nothing about what the route accepts.
      preValidation: async (request) => checkAccess(contract, request),
      handler: async (request, reply) => {
        const result = await handler({
          params: request.params as never,
          query: request.query as never,
          body: request.body as never,
          request,
          reply,
        });
        // A non-JSON answer is the handler's string, sent as is under its media type (errors stay JSON).
        if (contract.produces && contract.produces !== 'application/json') reply.type(`${contract.produces}; charset=utf-8`);
        return result;
      },
    });
  }
}
