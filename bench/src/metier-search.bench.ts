// `npm run bench:metiers`: métier search (autocomplete over 1 584 fiches and 13 120 appellations) on the full ROME
// set, on PGlite and on PostgreSQL, next to a trivial query of the same database in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { demoCampusProfile, openDatabase, searchMetiers, type Database } from '@passerelles/db';
import { createEmptyPostgresDatabase } from '@passerelles/db/testing';

const root = resolve(import.meta.dirname, '../..');
const romeDir = join(process.env.DATA_DIR || resolve(root, '../shared/data'), 'rome-4.0-v460');
const QUERIES = [
  'operateur pharma', 'technicien labo', 'conducteur de ligne', 'technicen laboratoir', 'aide soignant',
  'responsable qualite', 'ingenieur biotech', 'preparateur', 'microbiologiste', 'agent de fabrication',
  'controle qualite pharmaceutique', 'chimiste', 'boulanger', 'developpeur', 'H2302', 'infirmier',
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(fn: () => Promise<unknown>, rounds: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

async function measure(label: string, database: Database) {
  const sector = demoCampusProfile.romeCodes;
  for (const q of QUERIES) await searchMetiers(database.db, q, 10, sector); // warm-up
  const search = await time(async () => {
    for (const q of QUERIES) await searchMetiers(database.db, q, 10, sector);
  }, ROUNDS);
  const perQuery = search.map((t) => t / QUERIES.length);
  const trivial = await time(() => database.db.execute(sql`select 1`), ROUNDS * QUERIES.length);
  const single: number[] = [];
  for (let r = 0; r < ROUNDS; r++) for (const q of QUERIES) single.push(...(await time(() => searchMetiers(database.db, q, 10, sector), 1)));
  single.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(9)} search p50 ${percentile(single, 50).toFixed(2)} ms  p95 ${percentile(single, 95).toFixed(2)} ms  p99 ${percentile(single, 99).toFixed(2)} ms` +
      `  (mean ${(perQuery.reduce((a, b) => a + b, 0) / perQuery.length).toFixed(2)} ms)` +
      `  trivial query p50 ${percentile(trivial, 50).toFixed(3)} ms  ratio p50 ${(percentile(single, 50) / percentile(trivial, 50)).toFixed(0)}×`,
  );
}

function importRome(env: Record<string, string>) {
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['apps/cli/src/main.ts', 'import', 'rome', romeDir], {
    cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
try {
  const dir = join(tmp, 'pglite');
  importRome({ PGLITE_DIR: dir });
  const lite = await openDatabase({ kind: 'pglite', dataDir: dir });
  await measure('pglite', lite);
  await lite.close();

  const pg = await createEmptyPostgresDatabase();
  try {
    importRome({ DATABASE_URL: pg.url });
    const server = await openDatabase({ kind: 'postgres', url: pg.url });
    await measure('postgres', server);
    await server.close();
  } finally {
    await pg.drop();
  }
  console.log(`${QUERIES.length} queries × ${ROUNDS} rounds, top 10 each`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
