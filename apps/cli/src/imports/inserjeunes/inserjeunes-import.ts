import { basename } from 'node:path';
import { loadMefstatToCfd, upsertOutcomes } from '@passerelles/db';
import { readCsv, singleFileSource, TableWriter, type ImportContext } from '../pipeline/index';
import type { ImportSource } from '../types';
import { IJ_COLUMNS, mapOutcome } from './inserjeunes-mapping';

async function importOutcomes(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  const rows = readCsv({ path, columns: IJ_COLUMNS, delimiter: ';' }, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  // School rows name a MEFSTAT11; the MEF table (source `mef`) gives its diploma code.
  const cfdOf = await loadMefstatToCfd(context.db);
  const ids = new Set<string>();
  const writer = new TableWriter(context, 'outcomes', upsertOutcomes);
  for await (const { line, values } of rows) {
    const where = `${name} ligne ${line}`;
    const mapped = mapOutcome(values);
    if ('problems' in mapped) {
      for (const p of mapped.problems) context.rejections.add(where, p.reason, p.field);
      continue;
    }
    const { record } = mapped;
    if (ids.has(record.id)) {
      context.rejections.add(where, `ligne « ${record.id} » en double`, 'id');
      continue;
    }
    ids.add(record.id);
    if (record.mefstat11) {
      const cfds = cfdOf.get(record.mefstat11) ?? [];
      if (cfds.length === 1) record.cfd = cfds[0]!;
      else {
        const reason = cfds.length
          ? `MEFSTAT11 « ${record.mefstat11} » mène à plusieurs CFD (${cfds.join(', ')}) : CFD laissé vide, ligne gardée`
          : `MEFSTAT11 « ${record.mefstat11} » absent de la table MEF : CFD laissé vide, ligne gardée`;
        context.leaveOut(`${where} (${record.id})`, reason, 'mefstat11');
      }
    }
    for (const reason of record.note?.split(' ; ') ?? []) context.note(`valeurs vides gardées nulles — ${reason}`, 1);
    await writer.add(record);
  }
  await writer.flush();
}

export const inserjeunesSource: ImportSource = singleFileSource({
  name: 'inserjeunes',
  description: 'InserJeunes (DEPP / DARES) : ij_region_data.csv — devenir des sortants par millésime, région et voie (MEFSTAT11 → CFD par la table MEF)',
  work: importOutcomes,
});
