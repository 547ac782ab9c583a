import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ErrorBody, toRouterPath, type RouteBody, type RouteContract, type RouteParams, type RouteQuery, type RouteResponse,
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

/** Registers every contract with its handler; the type makes a missing handler a compile error. */
export function registerRoutes<T extends Record<string, RouteContract>>(app: FastifyInstance, contracts: T, handlers: Handlers<T>): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const key of Object.keys(contracts) as (keyof T & string)[]) {
    const contract = contracts[key]!;
    const handler = handlers[key];
    const errorResponses = Object.fromEntries([400, ...Object.keys(contract.errors ?? {}).map(Number), 500].map((s) => [s, ErrorBody]));
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
      },
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
