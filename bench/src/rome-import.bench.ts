import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, referenceCounts, type Database } from '@passerelles/db';
import { createEmptyPostgresDatabase } from '@passerelles/db/testing';
import { romeSource } from '../../apps/cli/src/imports/rome/rome-import';
import { readCsv } from '../../apps/cli/src/imports/pipeline/index';

/**
 * Full ROME 4.0 import on a fresh PGlite (in memory) and a fresh PostgreSQL database, against the bare streaming
 * parse of the same files: the ratio says how much of the time the database write costs. Target: ≤ 30 s.
 */
const folder = resolve(process.env.DATA_DIR ?? resolve(process.cwd(), '../shared/data'), 'rome-4.0-v460');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function bareParse(): Promise<{ ms: number; records: number }> {
  const start = performance.now();
  let records = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.csv'))) {
    for await (const _ of readCsv({ path: join(folder, name), columns: [], anyHeader: true, allowNoRows: true })) records++;
  }
  return { ms: performance.now() - start, records };
}

async function timedImport(database: Database): Promise<number> {
  await database.migrate();
  const start = performance.now();
  const report = await romeSource.run(database, folder, { dryRun: false });
  const ms = performance.now() - start;
  if (report.status !== 'succeeded') throw new Error(`import ${report.status}: ${report.error}`);
  const counts = await referenceCounts(database.db);
  console.log(
    `  ${database.kind.padEnd(8)} ${seconds(ms).padStart(8)}  fiches ${counts.metiers}, appellations ${counts.appellations}, ` +
      `items ${counts.skills}, liens ${counts.metiers! + counts.appellations! + counts.metier_skills! + counts.metier_work_contexts!}`,
  );
  const again = performance.now();
  const rerun = await romeSource.run(database, folder, { dryRun: false });
  console.log(`  ${''.padEnd(8)} re-run ${seconds(performance.now() - again)} (updated ${rerun.updated})`);
  return ms;
}

const parse = await bareParse();
console.log(`ROME 4.0 — ${folder}`);
console.log(`  bare CSV parse ${seconds(parse.ms)} (${parse.records} records)`);

const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
const pgliteMs = await timedImport(pglite).finally(() => pglite.close());

const postgresDb = await createEmptyPostgresDatabase();
let postgresMs = NaN;
try {
  const postgres = await openDatabase({ kind: 'postgres', url: postgresDb.url, poolSize: 2 });
  postgresMs = await timedImport(postgres).finally(() => postgres.close());
} finally {
  await postgresDb.drop();
}
console.log(`  ratio import / parse: PGlite ×${(pgliteMs / parse.ms).toFixed(1)}, PostgreSQL ×${(postgresMs / parse.ms).toFixed(1)}`);
