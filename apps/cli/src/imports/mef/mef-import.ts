import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { upsertMefCodes } from '@passerelles/db';
import { readPlainCsv } from '../certif-info/plain-csv-reader';
import { filesTotalBytes, latestModificationDate, runImport, TableWriter, type ImportContext, type ImportJob } from '../pipeline/index';
import { parseFrenchDate } from '../rncp/certification-mapping';
import type { ImportSource } from '../types';

const FILE = 'nMef.csv';
/** The BCN table as published; only some columns are kept, but a changed header means a changed table. */
export const MEF_COLUMNS = [
  'MEF', 'DISPOSITIF_FORMATION', 'FORMATION_DIPLOME', 'DUREE_DISPOSITIF', 'ANNEE_DISPOSITIF', 'LIBELLE_COURT', 'LIBELLE_LONG', 'DATE_OUVERTURE',
  'DATE_FERMETURE', 'STATUT_MEF', 'NB_OPTION_OBLIGATOIRE', 'NB_OPTION_FACULTATIF', 'RENFORCEMENT_LANGUE', 'DUREE_PROJET', 'DUREE_STAGE', 'HORAIRE',
  'MEF_INSCRIPTION_SCOLARITE', 'MEF_STAT_11', 'MEF_STAT_9', 'DATE_INTERVENTION', 'LIBELLE_EDITION', 'N_COMMENTAIRE',
] as const;

const smallNumber = (s: string) => (/^\d{1,2}$/.test(s.trim()) ? Number(s) : null);

async function importMef(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  // Comments hold bare quotes (libellé court "CPES") and nothing is quoted: the unquoted reader, as for Certif Info.
  const rows = readPlainCsv({ path, columns: MEF_COLUMNS, delimiter: ';' }, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  const seen = new Set<string>();
  const writer = new TableWriter(context, 'mef_codes', upsertMefCodes);
  for await (const { line, values: v } of rows) {
    const where = `${name} ligne ${line}`;
    const mef = v.MEF.trim();
    const problems: [string, string][] = [];
    if (!/^[0-9A-Z]{10}$/.test(mef)) problems.push(['MEF', `code MEF « ${mef} » invalide (10 caractères)`]);
    if (!/^[0-9A-Z]{11}$/.test(v.MEF_STAT_11.trim())) problems.push(['MEF_STAT_11', `MEFSTAT11 « ${v.MEF_STAT_11} » invalide (11 caractères)`]);
    if (!/^[0-9A-Z]{8}$/.test(v.FORMATION_DIPLOME.trim())) problems.push(['FORMATION_DIPLOME', `CFD « ${v.FORMATION_DIPLOME} » invalide (8 caractères)`]);
    const openedOn = parseFrenchDate(v.DATE_OUVERTURE);
    const closedOn = parseFrenchDate(v.DATE_FERMETURE);
    if (openedOn === undefined) problems.push(['DATE_OUVERTURE', `date « ${v.DATE_OUVERTURE} » invalide`]);
    if (closedOn === undefined) problems.push(['DATE_FERMETURE', `date « ${v.DATE_FERMETURE} » invalide`]);
    if (!problems.length && seen.has(mef)) problems.push(['MEF', `code MEF « ${mef} » en double`]);
    if (problems.length) {
      for (const [field, reason] of problems) context.rejections.add(where, reason, field);
      continue;
    }
    seen.add(mef);
    await writer.add({
      mef, mefstat11: v.MEF_STAT_11.trim(), cfd: v.FORMATION_DIPLOME.trim(), dispositif: v.DISPOSITIF_FORMATION.trim(),
      label: v.LIBELLE_LONG.trim(), durationYears: smallNumber(v.DUREE_DISPOSITIF), yearOfTraining: smallNumber(v.ANNEE_DISPOSITIF),
      openedOn: openedOn ?? null, closedOn: closedOn ?? null,
    });
  }
  await writer.flush();
}

function mefJob(path: string): ImportJob {
  return {
    source: 'mef',
    file: FILE,
    async prepare() {
      // The nomenclatures folder or the file itself.
      const file = (await stat(path).then((s) => s.isDirectory(), () => false)) ? join(path, FILE) : path;
      return {
        fileVersion: 'BCN nMef',
        fileDate: await latestModificationDate([file]),
        totalBytes: await filesTotalBytes([file]),
        work: (context) => importMef(context, file),
      };
    },
  };
}

export const mefSource: ImportSource = {
  name: 'mef',
  description: 'MEF (BCN, Éducation nationale) : nMef.csv — MEF, MEFSTAT11 et code diplôme (CFD)',
  run: (database, path, options) => runImport(database, mefJob(path), options),
};
