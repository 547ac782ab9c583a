import { getCampusProfile, hasSucceededImport, type Database } from '@passerelles/db';
import { dataDir } from '../env';
import { demoReferenceImports, resolveDataPath } from '../imports/bootstrap';
import { importCommand } from './import';
import { seedCommand } from './seed';

/** What `npm start` runs before serving: reference data once, then the demo campus once. */
export async function bootstrapCommand(database: Database): Promise<number> {
  const dir = dataDir();
  for (const { source, path } of demoReferenceImports) {
    if (await hasSucceededImport(database.db, source)) continue;
    console.log(`Import des données de référence : ${source}…`);
    const code = await importCommand(database, source, resolveDataPath(dir, path), false);
    if (code !== 0) return code;
  }
  if (!(await getCampusProfile(database.db))) return seedCommand(database);
  return 0;
}
