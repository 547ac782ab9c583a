import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { routes, ERROR_CODES } from '@passerelles/contracts';
import type { Database } from '@passerelles/db';
import { defaultAuthConfig, type AuthConfig } from './auth/config';
import { memoryMailer } from './auth/memory-mailer';
import { installPrincipal, SESSION_COOKIE } from './auth/principal';
import { installErrorHandling } from './http/error-handler';
import { registerRoutes } from './http/register-routes';
import { installSameOriginCheck } from './http/same-origin';
import { installSecurityHeaders } from './http/security-headers';
import type { Mailer } from './mail/mailer';
import { parisToday, skillsData } from './skills/skills-data';
import { accountHandlers } from './routes/account.routes';
import { campusHandlers } from './routes/campus.routes';
import { certificationHandlers } from './routes/certifications.routes';
import { communeHandlers } from './routes/communes.routes';
import { lheoHandlers } from './routes/lheo.routes';
import { memberHandlers } from './routes/members.routes';
import { membershipHandlers } from './routes/membership.routes';
import { metierHandlers } from './routes/metiers.routes';
import { mobilityHandlers } from './routes/mobility.routes';
import { organisationSpaceHandlers } from './routes/organisation-space.routes';
import { organisationHandlers } from './routes/organisations.routes';
import { pathwayHandlers } from './routes/pathway.routes';
import { privacyHandlers } from './routes/privacy.routes';
import { ssoHandlers } from './routes/sso.routes';
import { referenceDataHandlers } from './routes/reference-data.routes';
import { sessionHandlers } from './routes/sessions.routes';
import { systemHandlers } from './routes/system.routes';
import { territoryHandlers } from './routes/territory.routes';

export interface AppOptions {
  database: Database;
  version?: string;
  logger?: FastifyServerOptions['logger'];
  /** How many distinct catalogue searches keep their answer in memory (0: no cache); default 1 000. */
  searchCacheEntries?: number;
  /** Today as an ISO date, for what depends on the day (upcoming sessions); tests fix it. Default: Paris's today. */
  today?: () => string;
  /** Where e-mail goes (SMTP or a capture folder); default: kept in memory (tests). */
  mailer?: Mailer;
  /** Requests per minute and client on the expensive public routes (search, planner, mobility, LHÉO export); 0: none (default). */
  expensivePerMinute?: number;
  /** Behind a reverse proxy: trust its X-Forwarded-For (true, a hop count or addresses) so limits count real clients. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Signs short-lived cookies (single sign-on); default: random per process. */
  cookieSecret?: string;
  /** Accounts: public address for links, cookie and session lifetimes, the clock. */
  auth?: Partial<Omit<AuthConfig, 'mailer'>>;
  /** Mounts the server-rendered web app on the same origin (see web.ts); absent in API-only tests. */
  web?: (app: FastifyInstance) => Promise<void>;
}

/** Builds the whole HTTP application; never listens (server.ts owns the process). */
export async function buildApp({ database, version = '0.0.0', logger = false, searchCacheEntries, today = parisToday, mailer = memoryMailer(), cookieSecret, auth, expensivePerMinute = 0, trustProxy = false, web }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy,
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installSecurityHeaders(app);
  installSameOriginCheck(app);
  const authConfig = defaultAuthConfig(mailer, auth);
  // Signs the single sign-on cookie; set COOKIE_SECRET when several processes serve the same site.
  await app.register(fastifyCookie, { secret: cookieSecret ?? randomBytes(32).toString('base64url') });
  installPrincipal(app, database, authConfig);
  // Per-client counters in memory, only on routes that ask for it (the contract's `expensive`): they protect this
  // process's CPU; account routes have their own limits in the database, shared by every process.
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Passerelles API',
        description:
          'API of the Passerelles platform of a Campus des Métiers et des Qualifications. Every error answer has the shape `{ code, message, details? }`.',
        version,
      },
      tags: [
        { name: 'system', description: 'Health and documentation' },
        { name: 'campus', description: 'The campus profile and its figures' },
        { name: 'reference', description: 'National reference data: ROME 4.0 métiers, certifications, sources' },
        { name: 'catalogue', description: 'The network: members, trainings, sessions, the chain of certifications' },
        { name: 'skills', description: 'The skills engine: mobility between métiers, closing a skills gap, the pathway planner' },
        { name: 'accounts', description: 'Accounts, sessions, organisations’ members, personal data' },
        { name: 'organisation space', description: 'What a member organisation manages: its trainings and sessions' },
      ],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by signIn (HTTP-only). State-changing calls also send the account’s csrfToken as the x-csrf-token header.' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  const skills = skillsData(database, today);
  // Once listening, build the skills engine's data in the background (about 2 s on the embedded database), so the
  // first person to ask for mobilities or a pathway does not wait for it. A failure is logged; requests retry.
  app.addHook('onListen', async () => {
    void Promise.all([skills.mobilityIndex(), skills.pathway()]).catch((e: unknown) => app.log.warn({ err: e }, 'skills engine warm-up failed'));
  });
  await app.register(async (api) => {
    registerRoutes(api, routes, {
      ...systemHandlers(database, version),
      ...campusHandlers(database, authConfig.now),
      ...metierHandlers(database),
      ...certificationHandlers(database),
      ...referenceDataHandlers(database),
      ...sessionHandlers(database, { searchCacheEntries }),
      ...memberHandlers(database),
      ...lheoHandlers(database),
      ...territoryHandlers(),
      ...communeHandlers(database),
      ...mobilityHandlers(database, skills),
      ...pathwayHandlers(database, skills),
      ...accountHandlers(database, authConfig),
      ...membershipHandlers(database, authConfig),
      ...privacyHandlers(database, authConfig),
      ...ssoHandlers(database, authConfig),
      ...organisationSpaceHandlers(database),
      ...organisationHandlers(database, authConfig),
    }, expensivePerMinute);
    api.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    // Unknown API paths answer JSON, never a web page.
    api.all('/api/*', { schema: { hide: true } }, async (request, reply) =>
      reply.status(404).send({ code: ERROR_CODES.NOT_FOUND, message: `Aucune ressource à l’adresse ${request.method} ${request.url.split('?')[0]}.` }),
    );
  });

  if (web) await app.register(web);
  return app;
}
