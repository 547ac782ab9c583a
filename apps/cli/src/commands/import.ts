import type { Database } from '@passerelles/db';
import { importSources, type ImportReport } from '../imports/index';

function progressBar(label: string) {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done: number, total: number | null, unit: string) => {
    const now = Date.now();
    if (now - last < 100 && done !== total) return;
    last = now;
    const width = 30;
    const line = total
      ? `${'█'.repeat(Math.round((done / total) * width)).padEnd(width, '░')} ${Math.round((done / total) * 100)} % ${done}/${total} ${unit}`
      : `${done} ${unit}`;
    process.stderr.write(`\r${label} ${line}`.padEnd(process.stderr.columns ?? 80).slice(0, (process.stderr.columns ?? 80) - 1));
  };
}

/** One line per run, for `npm start`: the details stay in import_runs and in `npm run cli -- import`. */
export function formatReportLine(report: ImportReport): string {
  const rejected = report.rejected ? `, ${report.rejected} rejet(s) (détail : npm run cli -- import ${report.source} …)` : '';
  return `${report.source} : ${report.status}, ${report.accepted} acceptés${rejected}, ${(report.durationMs / 1000).toFixed(1)} s${report.error ? ` — ${report.error}` : ''}`;
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `${report.source} — ${report.file}${report.fileVersion ? ` (version ${report.fileVersion})` : ''}`,
    `  statut : ${report.status}`,
    `  acceptés : ${report.accepted}, mis à jour : ${report.updated}, rejetés : ${report.rejected} (${(report.durationMs / 1000).toFixed(1)} s)`,
  ];
  for (const [label, count] of Object.entries(report.notes ?? {})) lines.push(`  ${label} : ${count}`);
  if (report.error) lines.push(`  erreur : ${report.error}`);
  for (const r of report.rejections.slice(0, 20)) lines.push(`  rejet ${r.location}${r.field ? ` [${r.field}]` : ''} : ${r.reason}`);
  if (report.rejections.length > 20) lines.push(`  … et ${report.rejections.length - 20} autres rejets (voir import_runs)`);
  return lines.join('\n');
}

export async function importCommand(database: Database, source: string, path: string, dryRun: boolean, brief = false): Promise<number> {
  const importer = importSources[source];
  if (!importer) {
    console.error(`Source inconnue « ${source} ». Sources : ${Object.keys(importSources).join(', ') || '(aucune)'}`);
    return 2;
  }
  const report = await importer.run(database, path, { dryRun, onProgress: progressBar(source) });
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.log(brief ? formatReportLine(report) : formatReport(report));
  return report.status === 'failed' ? 1 : 0;
}
