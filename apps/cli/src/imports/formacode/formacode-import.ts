import { basename } from 'node:path';
import { upsertFormacodes, type FormacodeRecord } from '@passerelles/db';
import { singleFileSource, TableWriter, type ImportContext } from '../pipeline/index';
import type { ImportSource } from '../types';
import { alignFormacodeCells, mapFormacode } from './formacode-mapping';
import { readHeaderlessLines } from './headerless-lines-reader';

async function importFormacode(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  // Broader terms may come after the descriptors that name them, so descriptors are checked once the whole file is
  // read. The 2003 edition is closed at 3 048 descriptors: holding them is bounded, whatever the machine.
  const records = new Map<string, { where: string; record: FormacodeRecord }>();
  for await (const { line, cells } of readHeaderlessLines(path, ';', { onBytes: (n) => context.progress.advance(n) })) {
    const where = `${name} ligne ${line}`;
    const aligned = alignFormacodeCells(cells);
    if ('problem' in aligned) {
      context.rejections.add(where, aligned.problem);
      continue;
    }
    if (aligned.realigned) context.note('lignes à 14 champs remises en place (colonne vide manquante avant le groupe NSF)', 1);
    const mapped = mapFormacode(aligned.cells);
    if ('problems' in mapped) {
      for (const p of mapped.problems) context.rejections.add(where, p.reason, p.field);
      continue;
    }
    const earlier = records.get(mapped.record.code);
    if (earlier) context.rejections.add(where, `code « ${mapped.record.code} » en double (déjà ${earlier.where})`, 'code');
    else records.set(mapped.record.code, { where, record: mapped.record });
  }
  const writer = new TableWriter(context, 'formacodes', upsertFormacodes);
  for (const { where, record } of records.values()) {
    if (record.parentCode && !records.has(record.parentCode)) {
      context.rejections.add(where, `terme générique « ${record.parentCode} » absent du fichier`, 'terme générique');
      continue;
    }
    await writer.add(record);
  }
  await writer.flush();
}

export const formacodeSource: ImportSource = singleFileSource({
  name: 'formacode',
  description: 'Formacode (Centre Inffo), édition 2003 : formacode-2003.csv — descripteurs, champs, termes génériques et associés',
  fileVersion: () => 'Formacode 2003',
  work: importFormacode,
});
