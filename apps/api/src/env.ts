import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.string().optional(),
  PGLITE_DIR: z.string().default('.data/pglite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  WEB_BUILD_DIR: z.string().default(resolve(process.cwd(), 'apps/web/build')),
  /** Distinct catalogue searches whose answers are kept in memory until the catalogue changes (0: no cache). */
  SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  /** Outgoing e-mail: an SMTP server (`smtp://user:pass@host:587`, `smtps://…`). Unset: messages are written to MAIL_CAPTURE_DIR. */
  SMTP_URL: z.string().url().optional(),
  /** Where e-mail goes when SMTP_URL is unset (development, tests): one JSON and one .eml file per message. */
  MAIL_CAPTURE_DIR: z.string().default('.data/mail'),
  MAIL_FROM: z.string().default('ne-pas-repondre@passerelles.localhost'),
  /** The address people reach the site at, for links in e-mails. Default: http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** `false` only to serve plain HTTP on another host than localhost (cookies would otherwise not be kept). */
  COOKIE_SECURE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Requests per minute and client address on the expensive public routes (search, planner, mobility, LHÉO export);
   *  0: no limit. Generous: a school's pupils share one public address. */
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /** Behind a reverse proxy: `true`, or its addresses (comma-separated), so that client addresses are real. */
  TRUST_PROXY: z.string().optional(),
  /** Signs short-lived cookies; set the same value on every process serving the site. Default: random per process. */
  COOKIE_SECRET: z.string().min(32).optional(),
  /** Single sign-on (OpenID Connect): the provider's issuer, the client registered there, the button's name. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_LABEL: z.string().default('Connexion unique'),
  OIDC_SCOPE: z.string().optional(),
  /** `true` for a provider that vouches for every address it sends (ProConnect) even without `email_verified`. */
  OIDC_TRUST_EMAIL: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** The reference data folder (the map reads `geo/departements-normandie.geojson` there). */
  DATA_DIR: z.string().default(resolve(process.cwd(), '../shared/data')),
});
export type Env = z.infer<typeof Env>;

/** Parsed once at boot; a wrong value stops the process with one line naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Configuration invalide : ${issue.path.join('.')} — ${issue.message}`);
  }
  return parsed.data;
}

/** The reference data folder alone, for the parts of the app that read a file from it (never fails: a default). */
export function dataDirFrom(source: NodeJS.ProcessEnv = process.env): string {
  return resolve(source.DATA_DIR || resolve(process.cwd(), '../shared/data'));
}
