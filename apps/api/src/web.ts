import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { createRequestHandler, type ServerBuild } from 'react-router';
import { createApiClient, type Fetch } from '@passerelles/contracts';
import { newNonce, setPagePolicy } from './http/security-headers';

/**
 * In-process fetch for server rendering: loaders call the API through the same typed client as the
 * browser, without a network hop (Fastify's inject runs the full request pipeline).
 */
function injectFetch(app: FastifyInstance, clientIp: string, forwarded: Record<string, string | undefined>, setCookies: string[]): Fetch {
  const passed = Object.fromEntries(Object.entries(forwarded).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return async (url, init) => {
    const res = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url,
      // The API counts limits per client: the page's visitor, not this server.
      remoteAddress: clientIp,
      headers: { ...passed, ...(init?.headers as Record<string, string> | undefined) },
      payload: init?.body as string | undefined,
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : String(v));
    // A cookie the API sets (sign-in, sign-out) is the browser's: pass it on with the page's answer.
    const cookies = res.headers['set-cookie'];
    if (cookies) setCookies.push(...(Array.isArray(cookies) ? cookies : [cookies]));
    return new Response(res.statusCode === 204 ? null : res.rawPayload, { status: res.statusCode, headers });
  };
}

function toWebRequest(request: FastifyRequest, origin: string): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(request.headers)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) v.forEach((x) => headers.append(k, x));
    else headers.set(k, String(v));
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
  return new Request(new URL(request.url, origin), {
    method: request.method,
    headers,
    body: hasBody ? (request.body as Buffer) : undefined,
  });
}

async function sendWebResponse(reply: FastifyReply, response: Response, apiCookies: string[]): Promise<void> {
  reply.status(response.status);
  for (const [k, v] of response.headers) if (k !== 'set-cookie') reply.header(k, v);
  const cookies = [...apiCookies, ...response.headers.getSetCookie()];
  if (cookies.length) reply.header('set-cookie', cookies);
  if (!response.body) return reply.send();
  return reply.send(Readable.fromWeb(response.body as WebReadableStream));
}

/**
 * Serves the built web app (React Router, server-rendered) on the API's origin: static assets
 * with long caching, every other non-API path rendered by React Router.
 */
export function webPlugin(buildDir: string, mode: string) {
  return async function web(app: FastifyInstance): Promise<void> {
    const serverEntry = join(buildDir, 'server', 'index.js');
    if (!existsSync(serverEntry)) {
      throw new Error(`Application web non construite (${serverEntry} absent) : lancez « npm run build:web ».`);
    }
    const build = (await import(pathToFileURL(serverEntry).href)) as ServerBuild;
    const handle = createRequestHandler(build, mode);

    // One route per built file (no wildcard), so that every other path falls through to React Router.
    await app.register(fastifyStatic, {
      root: join(buildDir, 'client'),
      prefix: '/',
      wildcard: false,
      decorateReply: false,
      cacheControl: false,
      setHeaders(reply: FastifyReply, path: string) {
        const fingerprinted = path.includes(`${join('client', 'assets')}`);
        reply.header('cache-control', fingerprinted ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      },
    });

    await app.register(async (scope) => {
      // Forms post url-encoded or multipart bodies: hand them to React Router untouched.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
      scope.route({
        method: ['GET', 'HEAD', 'POST'],
        url: '/*',
        handler: async (request, reply) => {
          const origin = `${request.protocol}://${request.host}`;
          const apiCookies: string[] = [];
          const api = createApiClient(
            injectFetch(app, request.ip, { 'accept-language': request.headers['accept-language'], cookie: request.headers.cookie }, apiCookies),
          );
          const cspNonce = newNonce();
          setPagePolicy(reply, cspNonce);
          const response = await handle(toWebRequest(request, origin), { api, cspNonce } as never);
          return sendWebResponse(reply, response, apiCookies);
        },
      });
    });
  };
}
