import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { upsertEstablishmentOutcomes } from '@passerelles/db';
import {
  filesTotalBytes, ImportFileError, latestModificationDate, readCsv, runImport, TableWriter, type ImportContext, type ImportJob,
} from '../pipeline/index';
import type { ImportSource } from '../types';
import { ESTABLISHMENT_COMMON, establishmentFileFacts, mapEstablishment, POPULATION_COLUMN } from './inserjeunes-mapping';

/** The DEPP establishment files of a folder, or the one file given; their names say cohort and route. */
async function establishmentFiles(path: string): Promise<string[]> {
  const isFolder = await stat(path).then((s) => s.isDirectory(), () => {
    throw new ImportFileError(`${path} : introuvable (attendu : un fichier depp-AAAA-etablissements-AAAA_AAAA-pro|apprentissage.csv ou leur dossier)`);
  });
  if (!isFolder) {
    if (!establishmentFileFacts(basename(path))) throw new ImportFileError(`${basename(path)} : nom inattendu (depp-AAAA-etablissements-AAAA_AAAA-pro|apprentissage.csv), il donne le millésime et la voie`);
    return [path];
  }
  const files = (await readdir(path)).filter((f) => establishmentFileFacts(f)).sort();
  if (!files.length) throw new ImportFileError(`${path} : aucun fichier depp-AAAA-etablissements-AAAA_AAAA-pro|apprentissage.csv`);
  return files.map((f) => join(path, f));
}

async function importEstablishments(context: ImportContext, paths: string[]): Promise<void> {
  const keys = new Set<string>();
  const writer = new TableWriter(context, 'establishment_outcomes', upsertEstablishmentOutcomes);
  for (const path of paths) {
    const name = basename(path);
    const facts = establishmentFileFacts(name)!;
    // The lycée files have one more column than the CFA ones: who the line counts (everyone, apprentices, pupils).
    const columns = facts.route === 'pro' ? [...ESTABLISHMENT_COMMON, POPULATION_COLUMN] : [...ESTABLISHMENT_COMMON];
    const rows = readCsv<string>({ path, columns, delimiter: ';' }, {
      onBytes: (n) => context.progress.advance(n),
      onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
    });
    for await (const { line, values } of rows) {
      const where = `${name} ligne ${line}`;
      const mapped = mapEstablishment(values as Parameters<typeof mapEstablishment>[0], { name, cohort: facts.cohort, route: facts.route });
      if ('problems' in mapped) {
        for (const p of mapped.problems) context.rejections.add(where, p.reason, p.field);
        continue;
      }
      const { record } = mapped;
      const key = `${record.cohort} ${record.route} ${record.uai} ${record.population}`;
      if (keys.has(key)) {
        context.rejections.add(where, `établissement « ${record.uai} » (${record.population}) en double pour ${record.cohort}`, "n°UAI de l'établissement");
        continue;
      }
      keys.add(key);
      if (record.maskedFields.length) context.note('lignes avec des valeurs « nd » (non diffusées, gardées nulles)', 1);
      await writer.add(record);
    }
  }
  await writer.flush();
}

function establishmentsJob(path: string): ImportJob {
  return {
    source: 'inserjeunes-etablissements',
    file: basename(path),
    async prepare() {
      const paths = await establishmentFiles(path);
      const editions = [...new Set(paths.map((p) => establishmentFileFacts(basename(p))!.edition))];
      return {
        fileVersion: `DEPP ${editions.join(', ')} (${paths.map((p) => basename(p).replace(/^depp-\d{4}-etablissements-|\.csv$/g, '')).join(', ')})`,
        fileDate: await latestModificationDate(paths),
        totalBytes: await filesTotalBytes(paths),
        work: (context) => importEstablishments(context, paths),
      };
    },
  };
}

export const inserjeunesEstablishmentsSource: ImportSource = {
  name: 'inserjeunes-etablissements',
  description: 'InserJeunes par établissement (DEPP) : dossier des depp-AAAA-etablissements-*.csv ou un de ces fichiers — taux et valeur ajoutée par UAI',
  run: (database, path, options) => runImport(database, establishmentsJob(path), options),
};
