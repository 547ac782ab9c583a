import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ImportFileError } from '../pipeline/index';

/** The nomenclatures folder, given either itself or one of its files. */
export async function folderOf(path: string, expectedFile: string): Promise<string> {
  const isFolder = await stat(path).then((s) => s.isDirectory(), () => {
    throw new ImportFileError(`${path} : introuvable (attendu : le dossier nomenclatures/ qui contient ${expectedFile})`);
  });
  return isFolder ? path : dirname(path);
}
