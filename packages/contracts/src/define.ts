import type { z } from 'zod';
import type { RouteAccess } from '@passerelles/domain';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** Who may call a route (see RouteAccess in the domain); enforced by the API, published in OpenAPI. */
export type RouteAuth = RouteAccess;
/** Media type of a route's 200 answer. JSON (the default) is serialised from the schema; other types are sent as the handler's string. */
export type RouteMediaType = 'application/json' | 'application/xml';

/**
 * One HTTP route, declared once: the API registers it, the web client calls it, OpenAPI documents it.
 * Paths use OpenAPI's `{param}` style.
 */
export interface RouteContract {
  method: HttpMethod;
  path: `/api/${string}`;
  operationId: string;
  summary: string;
  tags: readonly string[];
  auth: RouteAuth;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: { 200: z.ZodType } & Partial<Record<201 | 204, z.ZodType>>;
  /** Media type of the 200 answer; `application/json` when absent. Errors are JSON whatever it is. */
  produces?: RouteMediaType;
  /** Costly to answer (search, planning, large exports): counted per client by the public rate limit (429 past it). */
  expensive?: true;
  /** Expected error answers (besides 400 for invalid input), with what they mean. */
  errors?: Partial<Record<401 | 403 | 404 | 409 | 422 | 429 | 503, string>>;
}

export const defineRoute = <const T extends RouteContract>(route: T): T => route;

type Infer<S> = S extends z.ZodType ? z.output<S> : never;
type InferIn<S> = S extends z.ZodType ? z.input<S> : never;

export type RouteParams<R extends RouteContract> = R['params'] extends z.ZodType ? Infer<R['params']> : undefined;
export type RouteQuery<R extends RouteContract> = R['query'] extends z.ZodType ? Infer<R['query']> : undefined;
export type RouteBody<R extends RouteContract> = R['body'] extends z.ZodType ? Infer<R['body']> : undefined;
export type RouteResponse<R extends RouteContract> = Infer<R['responses'][200]>;

/** What a caller passes: inputs as the schemas accept them before coercion. */
export type RouteInput<R extends RouteContract> = (R['params'] extends z.ZodType ? { params: InferIn<R['params']> } : { params?: undefined }) &
  (R['query'] extends z.ZodType ? { query?: InferIn<R['query']> } : { query?: undefined }) &
  (R['body'] extends z.ZodType ? { body: InferIn<R['body']> } : { body?: undefined });

/** `/api/v1/metiers/{code}` → `/api/v1/metiers/:code` for the server's router. */
export const toRouterPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/** Fills `{param}` placeholders, encoding each value. */
export function buildPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

export function buildQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, String(v)));
    else search.append(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
