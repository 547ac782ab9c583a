import { basename } from 'node:path';
import {
  loadRomeTargets, pruneOnisepMetierMetiers, upsertOnisepMetierMetiers, upsertOnisepMetiers, type OnisepMetierMetierRecord, type OnisepMetierRecord,
} from '@passerelles/db';
import { readCsv, singleFileSource, TableWriter, type ImportContext } from '../pipeline/index';
import type { ImportSource } from '../types';
import { mapMetier, METIER_COLUMNS, publicationOf } from './onisep-mapping';

interface Gathered {
  where: string;
  record: OnisepMetierRecord;
  /** The métier's fields, to tell a line of another publication from a contradictory duplicate. */
  content: string;
}

async function importMetiers(context: ImportContext, path: string): Promise<void> {
  const name = basename(path);
  const rows = readCsv({ path, columns: METIER_COLUMNS, delimiter: ';' }, {
    onBytes: (n) => context.progress.advance(n),
    onMalformed: (line, reason) => context.rejections.add(`${name} ligne ${line}`, reason),
  });
  // A métier's lines (one per publication) are not adjacent, so métiers are gathered before writing: one entry per
  // Onisep métier page (about a thousand nationally), not per line.
  const metiers = new Map<string, Gathered>();
  for await (const { line, values } of rows) {
    const where = `${name} ligne ${line}`;
    const mapped = mapMetier(values);
    if ('problems' in mapped) {
      for (const p of mapped.problems) context.rejections.add(where, p.reason, p.field);
      continue;
    }
    const content = JSON.stringify(mapped.record);
    const publication = publicationOf(values);
    const earlier = metiers.get(mapped.record.id);
    if (earlier && earlier.content !== content) {
      context.rejections.add(where, `métier « ${mapped.record.id} » en double avec un contenu différent (${earlier.where})`, 'lien site onisep.fr');
      continue;
    }
    const gathered = earlier ?? { where, record: mapped.record, content };
    if (publication && !gathered.record.publications.includes(publication)) gathered.record.publications.push(publication);
    if (earlier && !publication) context.note('lignes répétées sans publication (ignorées)', 1);
    metiers.set(mapped.record.id, gathered);
  }

  const targets = await loadRomeTargets(context.db);
  const metierWriter = new TableWriter(context, 'onisep_metiers', upsertOnisepMetiers);
  const links: OnisepMetierMetierRecord[] = [];
  for (const { where, record } of metiers.values()) {
    record.publications.sort();
    await metierWriter.add(record);
    if (!record.romeCode) continue;
    const fiches = targets.get(record.romeCode);
    if (!fiches) context.leaveOut(`${where} (${record.id})`, `métier ROME « ${record.romeCode} » absent de la base : lien ignoré, métier Onisep gardé`, 'code ROME');
    else for (const romeCode of fiches) links.push({ onisepId: record.id, romeCode });
  }
  await metierWriter.flush();
  const linkWriter = new TableWriter(context, 'onisep_metier_metiers', upsertOnisepMetierMetiers);
  for (const link of links) await linkWriter.add(link);
  await linkWriter.flush();
  if (context.rejections.count === 0) {
    const removed = await pruneOnisepMetierMetiers(context.db, links);
    if (removed) context.record('onisep_metier_metiers', 0, { inserted: 0, updated: 0 }, removed);
  }
}

export const onisepMetiersSource: ImportSource = singleFileSource({
  name: 'onisep-metiers',
  description: 'Onisep Idéo : ideo-metiers_onisep.csv — métiers Onisep liés aux fiches ROME 4 (codes ROME 3 menés à leurs sous-fiches)',
  work: importMetiers,
});
