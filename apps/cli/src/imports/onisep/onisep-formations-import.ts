import { basename } from 'node:path';
import { loadCertificationCodes, upsertOnisepFormations } from '@passerelles/db';
import { readCsv, singleFileSource, TableWriter, type ImportContext } from '../pipeline/index';
import type { ImportSource } from '../types';
import { FORMATION_COLUMNS, mapFormation } from './onisep-mapping';

async function importFormations(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  const rows = readCsv({ path, columns: FORMATION_COLUMNS, delimiter: ';' }, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  const certifications = await loadCertificationCodes(context.db);
  const seen = new Set<string>();
  const writer = new TableWriter(context, 'onisep_formations', upsertOnisepFormations);
  for await (const { line, values } of rows) {
    const where = `${name} ligne ${line}`;
    const mapped = mapFormation(values);
    if ('problems' in mapped) {
      for (const p of mapped.problems) context.rejections.add(where, p.reason, p.field);
      continue;
    }
    const { record } = mapped;
    if (seen.has(record.id)) {
      context.rejections.add(where, `formation « ${record.id} » en double`, 'lien site onisep.fr');
      continue;
    }
    seen.add(record.id);
    if (record.rncpCode && certifications.has(record.rncpCode)) record.certificationCode = record.rncpCode;
    else if (record.rncpCode) {
      context.leaveOut(`${where} (${record.id})`, `certification « ${record.rncpCode} » absente de la base : lien ignoré, formation gardée`, 'code RNCP');
    }
    await writer.add(record);
  }
  await writer.flush();
}

export const onisepFormationsSource: ImportSource = singleFileSource({
  name: 'onisep-formations',
  description: 'Onisep Idéo : ideo-formations_initiales_en_france.csv — formations initiales, niveau, durée, code RNCP (lié aux certifications présentes)',
  work: importFormations,
});
