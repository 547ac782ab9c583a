import { readFileSync } from 'node:fs';
import { DatabaseStartupError, databaseConfigFromEnv, openDatabase, type Database } from '@passerelles/db';
import { buildApp } from './app';
import { parseEnv } from './env';
import { webPlugin } from './web';

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Owns the process: configuration, database, listening, and a clean close on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const database: Database = await openDatabase(databaseConfigFromEnv(env));
  let closing = false;
  const app = await buildApp({
    database,
    version,
    searchCacheEntries: env.SEARCH_CACHE_ENTRIES,
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
