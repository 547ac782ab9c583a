import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Database } from '@passerelles/db';
import { filesTotalBytes, ImportFileError, latestModificationDate, runImport, type ImportContext, type ImportJob } from '../pipeline/index';
import type { ImportOptions, ImportSource } from '../types';
import { DESCRIBED_COLUMNS } from './certification-mapping';
import { CertificationSink } from './certification-sink';
import { ficheLocation, mapFiche } from './rncp-xml-mapping';
import { peekFluxVersion, readRncpFiches } from './rncp-xml-reader';

const EXPORT_FILE = /^export_fiches_(RNCP|RS)_.*\.xml$/i;

/** The export files to read: the one given, or every export_fiches_RNCP_* / _RS_* of the folder given (RNCP first). */
export async function rncpXmlFiles(path: string): Promise<string[]> {
  const isFolder = await stat(path).then((s) => s.isDirectory(), () => {
    throw new ImportFileError(`${path} : introuvable (attendu : un fichier export_fiches_RNCP_*.xml / export_fiches_RS_*.xml ou leur dossier)`);
  });
  if (!isFolder) return [path];
  const names = (await readdir(path)).filter((n) => EXPORT_FILE.test(n)).sort((a, b) => Number(/_RS_/i.test(a)) - Number(/_RS_/i.test(b)) || a.localeCompare(b));
  if (names.length === 0) throw new ImportFileError(`${path} : aucun fichier export_fiches_RNCP_*.xml ou export_fiches_RS_*.xml dans ce dossier`);
  return names.map((n) => join(path, n));
}

/** The export date when the file name carries one (export_fiches_RNCP_2024-02-22_…), else null. */
function dateInName(name: string): string | null {
  const match = /(\d{4})[-_]?(\d{2})[-_]?(\d{2})/.exec(name);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

async function importFiles(context: ImportContext, files: string[]): Promise<void> {
  const sink = new CertificationSink(context, 'rncp', DESCRIBED_COLUMNS.rncp);
  for (const file of files) {
    const name = basename(file);
    for await (const fiche of readRncpFiches(file, { onBytes: (n) => context.progress.advance(n) })) {
      const mapped = mapFiche(fiche);
      if ('draft' in mapped) {
        await sink.add({ ...mapped.draft, where: `${name} ${mapped.draft.where}` });
      } else {
        for (const p of mapped.problems) context.rejections.add(`${name} ${ficheLocation(fiche, mapped.code)}`, p.reason, p.field);
      }
    }
  }
  await sink.finish();
}

function rncpXmlJob(path: string): ImportJob {
  return {
    source: 'rncp',
    file: basename(path),
    async prepare() {
      const files = await rncpXmlFiles(path);
      const versions = distinctValues(await Promise.all(files.map(peekFluxVersion)));
      const dates = files.map((f) => dateInName(basename(f)));
      return {
        fileVersion: versions.length ? `flux ${versions.join(', ')}` : null,
        fileDate: dates.every(Boolean) ? [...(dates as string[])].sort().at(-1)! : await latestModificationDate(files),
        totalBytes: await filesTotalBytes(files),
        work: (context) => importFiles(context, files),
      };
    },
  };
}

const distinctValues = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

export const rncpXmlSource: ImportSource = {
  name: 'rncp',
  description: 'RNCP / RS (France compétences) : export XML flux V4.1 (export_fiches_RNCP_*.xml, export_fiches_RS_*.xml) ou leur dossier',
  run: (database: Database, path: string, options: ImportOptions) => runImport(database, rncpXmlJob(path), options),
};
