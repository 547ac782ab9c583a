import { join } from 'node:path';
import { upsertNsfSpecialites, type NsfSpecialiteRecord } from '@passerelles/db';
import {
  filesTotalBytes, latestModificationDate, readCsv, runImport, TableWriter, type ImportContext, type ImportJob,
} from '../pipeline/index';
import type { ImportSource } from '../types';
import { folderOf } from './nomenclature-folder';
import { NSF_CODE, nsfLabel, type NsfLevel } from './nomenclatures-mapping';

/** The BCN tables of the NSF, parents first. Their other columns (dates, short labels) are not needed but must be there. */
const COMMON = ['LIBELLE_COURT', 'LIBELLE_LONG', 'LIBELLE_STAT_33', 'DATE_OUVERTURE', 'DATE_FERMETURE', 'DATE_INTERVENTION', 'N_COMMENTAIRE'] as const;
const LEVELS = [
  { level: 'categorie', file: 'n_categorie_specialite_.csv', code: 'CATEGORIE_SPECIALITE', parent: null, extra: ['LIBELLE_STAT_3'] },
  { level: 'domaine', file: 'n_domaine_specialite_.csv', code: 'DOMAINE_SPECIALITE', parent: 'CATEGORIE_SPECIALITE', extra: [] },
  { level: 'groupe', file: 'n_groupe_specialite_.csv', code: 'GROUPE_SPECIALITE', parent: 'DOMAINE_SPECIALITE', extra: ['LIBELLE_EDITION'] },
] as const satisfies { level: NsfLevel; file: string; code: string; parent: string | null; extra: readonly string[] }[];

async function importNsf(context: ImportContext, folder: string): Promise<void> {
  const known = new Set<string>();
  const writer = new TableWriter<NsfSpecialiteRecord>(context, 'nsf_specialites', upsertNsfSpecialites);
  for (const spec of LEVELS) {
    const columns: string[] = [spec.code, ...COMMON, ...spec.extra, ...(spec.parent ? [spec.parent] : [])];
    const rows = readCsv<string>({ path: join(folder, spec.file), columns, delimiter: ';' }, {
      onBytes: (n) => context.progress.advance(n),
      onMalformed: (line, reason) => context.rejections.add(`${spec.file} ligne ${line}`, reason),
    });
    const parents = new Set(known);
    for await (const { line, values: v } of rows) {
      const where = `${spec.file} ligne ${line}`;
      const code = (v[spec.code] ?? '').trim();
      const parentCode = spec.parent ? (v[spec.parent] ?? '').trim() : null;
      if (!NSF_CODE[spec.level].test(code)) context.rejections.add(where, `code « ${code} » invalide pour un(e) ${spec.level}`, spec.code);
      else if (parentCode !== null && !parents.has(parentCode)) context.rejections.add(where, `parent « ${parentCode} » inconnu`, spec.parent ?? undefined);
      else if (known.has(code)) context.rejections.add(where, `code « ${code} » en double`, spec.code);
      else {
        known.add(code);
        await writer.add({ code, level: spec.level, label: nsfLabel(v.LIBELLE_LONG ?? '', v.LIBELLE_EDITION), parentCode });
      }
    }
    // Parents must be written before a later level is checked against them.
    await writer.flush();
  }
}

function nsfJob(path: string): ImportJob {
  return {
    source: 'nsf',
    file: 'nomenclatures (NSF)',
    async prepare() {
      const folder = await folderOf(path, LEVELS[0].file);
      const paths = LEVELS.map((l) => join(folder, l.file));
      return {
        fileVersion: 'NSF 1994 (tables BCN)',
        fileDate: await latestModificationDate(paths),
        totalBytes: await filesTotalBytes(paths),
        work: (context) => importNsf(context, folder),
      };
    },
  };
}

export const nsfSource: ImportSource = {
  name: 'nsf',
  description: 'NSF (spécialités de formation, tables BCN) : dossier nomenclatures/',
  run: (database, path, options) => runImport(database, nsfJob(path), options),
};
