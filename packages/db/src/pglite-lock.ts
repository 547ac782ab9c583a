import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync, accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseStartupError } from './errors';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is a single-process database: two processes writing one data directory corrupt it.
 * A lock file beside the directory, holding the owner's pid, makes the second process stop with a clear message.
 * A lock left by a dead process (killed hard) is taken over.
 */
export function acquirePgliteLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    accessSync(dirname(lockPath), constants.W_OK);
  } catch (e) {
    throw new DatabaseStartupError(
      `PGLITE_DIR « ${dataDir} » n'est pas accessible en écriture (${(e as NodeJS.ErrnoException).code ?? 'erreur'}) : choisissez un dossier inscriptible.`,
      'PGLITE_DIR_UNWRITABLE',
    );
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processAlive(owner)) {
        throw new DatabaseStartupError(
          `La base embarquée « ${dataDir} » est déjà ouverte par le processus ${owner} : arrêtez-le, ou utilisez un autre PGLITE_DIR ou DATABASE_URL.`,
          'PGLITE_LOCKED',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseStartupError(`Impossible de verrouiller « ${dataDir} ».`, 'PGLITE_LOCKED');
}
