import { DatabaseStartupError, databaseConfigFromEnv, openDatabase, type Database } from '@passerelles/db';
import { bootstrapCommand } from './commands/bootstrap';
import { importCommand } from './commands/import';
import { retentionCommand } from './commands/retention';
import { seedCommand } from './commands/seed';
import { importSources } from './imports/index';

const USAGE = `Passerelles — ligne de commande

  npm run cli -- migrate                       applique les migrations de la base
  npm run cli -- seed                          charge le campus de démonstration (idempotent)
  npm run cli -- import <source> <chemin> [--dry-run]
                                               importe un fichier de référence (tout ou rien, avec rapport)
  npm run cli -- sources                       liste les sources importables
  npm run cli -- bootstrap                     migrations + données de référence de la démo + démo (npm start)
  npm run cli -- retention                     applique les durées de conservation (RETENTION_*_DAYS ; le serveur le fait aussi toutes les 6 h)

Base : PostgreSQL si DATABASE_URL est défini, sinon base embarquée dans PGLITE_DIR (.data/pglite).
Données de référence : DATA_DIR (../shared/data par défaut).`;

async function withDatabase(run: (database: Database) => Promise<number>): Promise<number> {
  const database = await openDatabase(databaseConfigFromEnv(process.env));
  const close = () => void database.close().finally(() => process.exit(130));
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  try {
    await database.migrate();
    return await run(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const args = rest.filter((a) => !a.startsWith('--'));
  switch (command) {
    case 'migrate':
      return withDatabase(async (database) => {
        const v = await database.migrationVersion();
        console.log(`Migrations appliquées : ${v.applied} (dernière : ${v.latest ?? 'aucune'})`);
        return 0;
      });
    case 'seed':
      return withDatabase((database) => seedCommand(database));
    case 'bootstrap':
      return withDatabase((database) => bootstrapCommand(database));
    case 'retention':
      return withDatabase((database) => retentionCommand(database));
    case 'sources':
      for (const s of Object.values(importSources)) console.log(`${s.name.padEnd(16)} ${s.description}`);
      return 0;
    case 'import': {
      const [source, path] = args;
      if (!source || !path) {
        console.error('Usage : npm run cli -- import <source> <chemin> [--dry-run]');
        return 2;
      }
      return withDatabase((database) => importCommand(database, source, path, flags.has('--dry-run')));
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Commande inconnue « ${command} ».\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof DatabaseStartupError) console.error(e.message);
    else console.error(e);
    process.exit(1);
  },
);
