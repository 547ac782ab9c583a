import { existsSync } from 'node:fs';
import { getCampusProfile, hasSucceededImport, type Database } from '@passerelles/db';
import { dataDir } from '../env';
import { demoReferenceImports, resolveDataPath } from '../imports/bootstrap';
import { importCommand } from './import';
import { seedCommand } from './seed';

/**
 * What `npm start` runs before serving: reference data once, then the demo campus once. A data file that is not
 * on this machine is reported with where to get it, and the site still starts; a file that is there but does
 * not import stops the start (something is wrong with it).
 */
export async function bootstrapCommand(database: Database): Promise<number> {
  const dir = dataDir();
  const missing: string[] = [];
  for (const { source, path } of demoReferenceImports) {
    if (await hasSucceededImport(database.db, source)) continue;
    const file = resolveDataPath(dir, path);
    if (!existsSync(file)) {
      missing.push(`${source} (${file})`);
      continue;
    }
    const code = await importCommand(database, source, file, false, true);
    if (code !== 0) return code;
  }
  if (missing.length) {
    console.warn(
      `Données de référence introuvables, le site démarre sans elles : ${missing.join(', ')}.\n` +
        `  Indiquez leur dossier avec DATA_DIR (voir « Reference data » dans le README) puis relancez.`,
    );
  }
  if (!(await getCampusProfile(database.db))) return seedCommand(database);
  return 0;
}
