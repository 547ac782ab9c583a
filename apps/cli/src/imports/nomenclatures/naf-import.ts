import { join } from 'node:path';
import { upsertNafCodes, upsertNafSections } from '@passerelles/db';
import {
  filesTotalBytes, latestModificationDate, readCsv, runImport, TableWriter, type ImportContext, type ImportJob,
} from '../pipeline/index';
import type { ImportSource } from '../types';
import { NAF_SECTION, nafCode } from './nomenclatures-mapping';
import { folderOf } from './nomenclature-folder';

const FILES = { sections: 'naf_section_labels.csv', divisions: 'naf_section_to_prefix.csv', codes: 'naf_labels.csv' };

function csvHooks(context: ImportContext, file: string) {
  return {
    onBytes: (n: number) => context.progress.advance(n),
    onMalformed: (line: number, reason: string) => context.rejections.add(`${file} ligne ${line}`, reason),
  };
}

async function importNaf(context: ImportContext, folder: string): Promise<void> {
  const sections = new Set<string>();
  const sectionWriter = new TableWriter(context, 'naf_sections', upsertNafSections);
  for await (const { line, values: v } of readCsv({ path: join(folder, FILES.sections), columns: ['code', 'label'] }, csvHooks(context, FILES.sections))) {
    const where = `${FILES.sections} ligne ${line}`;
    if (!NAF_SECTION.test(v.code)) context.rejections.add(where, `section « ${v.code} » invalide (A–U)`, 'code');
    else if (sections.has(v.code)) context.rejections.add(where, `section « ${v.code} » en double`, 'code');
    else {
      sections.add(v.code);
      await sectionWriter.add({ code: v.code, label: v.label.trim() });
    }
  }
  await sectionWriter.flush();

  const sectionOfDivision = new Map<string, string>();
  const divisions = readCsv({ path: join(folder, FILES.divisions), columns: ['naf_prefix2', 'naf_section_code'] }, csvHooks(context, FILES.divisions));
  for await (const { line, values: v } of divisions) {
    const where = `${FILES.divisions} ligne ${line}`;
    if (!/^\d{2}$/.test(v.naf_prefix2)) context.rejections.add(where, `division « ${v.naf_prefix2} » invalide`, 'naf_prefix2');
    else if (!sections.has(v.naf_section_code)) context.rejections.add(where, `section « ${v.naf_section_code} » inconnue`, 'naf_section_code');
    else if (sectionOfDivision.has(v.naf_prefix2)) context.rejections.add(where, `division « ${v.naf_prefix2} » en double`, 'naf_prefix2');
    else sectionOfDivision.set(v.naf_prefix2, v.naf_section_code);
  }

  const seen = new Set<string>();
  const codeWriter = new TableWriter(context, 'naf_codes', upsertNafCodes);
  const codes = readCsv({ path: join(folder, FILES.codes), columns: ['naf_id', 'naf_label'], delimiter: '|' }, csvHooks(context, FILES.codes));
  for await (const { line, values: v } of codes) {
    const where = `${FILES.codes} ligne ${line}`;
    const code = nafCode(v.naf_id);
    const section = code ? sectionOfDivision.get(code.slice(0, 2)) : undefined;
    if (!code) context.rejections.add(where, `code NAF « ${v.naf_id} » invalide (4 chiffres et une lettre)`, 'naf_id');
    else if (!section) context.rejections.add(where, `division « ${code.slice(0, 2)} » sans section connue`, 'naf_id');
    else if (seen.has(code)) context.rejections.add(where, `code NAF « ${code} » en double`, 'naf_id');
    else {
      seen.add(code);
      await codeWriter.add({ code, label: v.naf_label.trim(), division: code.slice(0, 2), sectionCode: section });
    }
  }
  await codeWriter.flush();
}

function nafJob(path: string): ImportJob {
  return {
    source: 'naf',
    file: 'nomenclatures (NAF)',
    async prepare() {
      const folder = await folderOf(path, FILES.codes);
      const paths = Object.values(FILES).map((f) => join(folder, f));
      return {
        fileVersion: 'NAF rév. 2',
        fileDate: await latestModificationDate(paths),
        totalBytes: await filesTotalBytes(paths),
        work: (context) => importNaf(context, folder),
      };
    },
  };
}

export const nafSource: ImportSource = {
  name: 'naf',
  description: 'NAF rév. 2 (INSEE) : sections et sous-classes, dossier nomenclatures/',
  run: (database, path, options) => runImport(database, nafJob(path), options),
};
