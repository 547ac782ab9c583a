import { ErrorBody } from './errors';
import { buildPath, buildQuery, type RouteContract, type RouteInput, type RouteResponse } from './define';

/** A failed call, carrying the API's error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The typed API client: one function per call, typed from the contracts.
 * `fetch` is injectable so that server rendering can call the API in-process.
 */
export function createApiClient(fetchImpl: Fetch, baseUrl = '') {
  return async function call<R extends RouteContract>(route: R, input?: RouteInput<R>, init?: RequestInit): Promise<RouteResponse<R>> {
    const url = `${baseUrl}${buildPath(route.path, input?.params as Record<string, unknown> | undefined)}${buildQuery(
      input?.query as Record<string, unknown> | undefined,
    )}`;
    const hasBody = input?.body !== undefined;
    const response = await fetchImpl(url, {
      ...init,
      method: route.method,
      headers: { accept: route.produces ?? 'application/json', ...(hasBody ? { 'content-type': 'application/json' } : {}), ...init?.headers },
      body: hasBody ? JSON.stringify(input.body) : undefined,
    });
    const text = await response.text();
    if (response.ok && route.produces && route.produces !== 'application/json') return text as RouteResponse<R>;
    const data: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(data);
      throw new ApiError(
        response.status,
        parsed.success ? parsed.data : { code: 'UNEXPECTED_RESPONSE', message: `Réponse inattendue (${response.status})` },
      );
    }
    return data as RouteResponse<R>;
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;
