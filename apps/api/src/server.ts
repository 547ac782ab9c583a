import { readFileSync } from 'node:fs';
import { DatabaseStartupError, databaseConfigFromEnv, enforceRetention, openDatabase, retentionPolicyFromEnv, type Database } from '@passerelles/db';
import { buildApp } from './app';
import { parseEnv, type Env } from './env';
import { createOidcClient } from './auth/oidc/client';
import { createMailer } from './mail/mailer';
import { webPlugin } from './web';

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** TRUST_PROXY: `true`/`false`, or the proxies' addresses (comma-separated). */
function trustProxyFrom(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  return value === 'true' ? true : value;
}

/** Single sign-on when its three settings are there; one or two of them alone is a configuration error. */
function ssoFromEnv(env: Env, publicUrl: string) {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) throw new Error('Configuration invalide : OIDC_ISSUER, OIDC_CLIENT_ID et OIDC_CLIENT_SECRET vont ensemble.');
  const client = createOidcClient({
    issuer, clientId, clientSecret, redirectUri: `${publicUrl}/connexion/sso/retour`, scope: env.OIDC_SCOPE,
    allowHttp: new URL(issuer).protocol === 'http:',
  });
  return { client, label: env.OIDC_LABEL, trustEmail: env.OIDC_TRUST_EMAIL };
}

/** Owns the process: configuration, database, listening, and a clean close on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  const sso = ssoFromEnv(env, publicUrl);
  const retention = retentionPolicyFromEnv(process.env);
  const database: Database = await openDatabase(databaseConfigFromEnv(env));
  let closing = false;
  const app = await buildApp({
    database,
    version,
    searchCacheEntries: env.SEARCH_CACHE_ENTRIES,
    mailer: createMailer({ smtpUrl: env.SMTP_URL, captureDir: env.MAIL_CAPTURE_DIR, from: env.MAIL_FROM }),
    cookieSecret: env.COOKIE_SECRET,
    expensivePerMinute: env.PUBLIC_RATE_LIMIT_PER_MINUTE,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    auth: { publicUrl, cookieSecure: env.COOKIE_SECURE, sso },
    logger: { level: env.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    web: webPlugin(env.WEB_BUILD_DIR, env.NODE_ENV),
  }).catch(async (e: unknown) => {
    await database.close();
    throw e;
  });

  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
    } finally {
      // PGlite must be closed cleanly or its data directory can be damaged.
      await database.close();
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await database.migrate();
  await app.listen({ port: env.PORT, host: env.HOST });
  // Retention periods, enforced now and every six hours (idempotent: several processes may run it).
  const applyRetention = () =>
    void enforceRetention(database.db, new Date(), retention)
      .then((report) => app.log.info({ report }, 'retention applied'))
      .catch((e: unknown) => app.log.error({ err: e }, 'retention failed'));
  applyRetention();
  setInterval(applyRetention, 6 * 3_600_000).unref();
  if (!env.SMTP_URL) console.warn(`Courriels : SMTP_URL non défini, les messages sont écrits dans ${env.MAIL_CAPTURE_DIR} (liens de confirmation et de mot de passe).`);
  const where = database.kind === 'pglite' ? `base embarquée ${env.PGLITE_DIR}` : 'PostgreSQL';
  const since = Number(process.env.PASSERELLES_START_MS);
  const elapsed = Number.isFinite(since) && since > 0 ? ` en ${((Date.now() - since) / 1000).toFixed(1)} s` : '';
  console.warn(`Passerelles prêt sur http://localhost:${env.PORT} (${where})${elapsed}`);
}

main().catch((e: unknown) => {
  if (e instanceof DatabaseStartupError || (e instanceof Error && /^(Configuration invalide|Application web non construite)/.test(e.message))) {
    console.error(e.message);
  } else if (e instanceof Error && 'code' in e && e.code === 'EADDRINUSE') {
    console.error(`Le port est déjà utilisé : arrêtez l'autre serveur ou choisissez PORT=… (${e.message})`);
  } else {
    console.error(e);
  }
  process.exit(1);
});
