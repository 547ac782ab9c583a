// `npm run bench:mobility`: métier mobility (P6) on the full ROME set. Imports ROME into a temporary PGlite folder
// (or reads BENCH_DATABASE_URL if given, a database where ROME is already imported), then:
//   1. compares the formulations on the proxies of docs/decisions/007-metier-mobility.md;
//   2. times buildMobilityIndex (all 1 584 × 1 584 scores) and closestMetiers(limit 10) for every fiche, with the
//      default formulation, next to a bare scan of one row of the matrix in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadMobilityInputs, openDatabase, queryRows, type Database } from '@passerelles/db';
import { DEFAULT_MOBILITY_OPTIONS, buildMobilityIndex, closestMetiers, explainMobility, mobilityGap } from '@passerelles/domain';
import {
  TABLE_HEADER, compareFormulations, escoIscoByLabel, evaluate, formatRow, iscoOfMetiers, type ProxyData,
} from './mobility-eval';

const root = resolve(import.meta.dirname, '../..');
const dataDir = process.env.DATA_DIR || resolve(root, '../shared/data');
const romeDir = join(dataDir, 'rome-4.0-v460');
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 5);
const QUERY_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function importRome(env: Record<string, string>) {
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['apps/cli/src/main.ts', 'import', 'rome', romeDir], {
    cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function loadProxyData(database: Database): Promise<ProxyData> {
  const { metiers, skills } = await loadMobilityInputs(database.db);
  const parentRows = await queryRows<{ code: string; parent: string | null }>(database.db, sql`
    select rome_code as code, parent_code as parent from metiers`);
  const appellations = await queryRows<{ romeCode: string; label: string }>(database.db, sql`
    select rome_code as "romeCode", label from appellations
    union all select rome_code, label from metiers`);
  const isco = iscoOfMetiers(appellations, escoIscoByLabel(join(dataDir, 'esco/occupations_fr.csv')));
  const parents = new Map(parentRows.filter((r) => r.parent).map((r) => [r.code, r.parent!]));
  return { metiers, skills, parents, isco };
}

async function run(database: Database) {
  const data = await loadProxyData(database);
  const links = data.metiers.reduce((n, m) => n + m.skills.length, 0);
  const iscoGroups = new Set([...data.isco.values()].flatMap((s) => [...s]));
  console.log(`data: ${data.metiers.length} fiches, ${data.skills.length} skills, ${links} links; ` +
    `${data.isco.size} fiches matched to ${iscoGroups.size} ISCO unit groups through ESCO labels`);

  console.log('\nformulations (proxies: docs/decisions/007-metier-mobility.md)\n' + TABLE_HEADER);
  for (const r of compareFormulations(data)) console.log(formatRow(r.name, r.scores));

  // P6 with the default formulation.
  const builds: number[] = [];
  let index = buildMobilityIndex(data.metiers, data.skills);
  for (let r = 0; r < BUILD_RUNS; r++) {
    const t = performance.now();
    index = buildMobilityIndex(data.metiers, data.skills);
    builds.push(performance.now() - t);
  }
  builds.sort((a, b) => a - b);
  console.log('\ndefault formulation\n' + TABLE_HEADER.split('\n').slice(0, 2).join('\n'));
  const scores = evaluate(index, data);
  console.log(formatRow('default', scores));
  console.log(`evaluated on: siblings ${scores.siblings.queries} fiches, ISCO ${scores.isco.queries} fiches, hand ${scores.handTotal} moves`);
  console.log(`\nP6 buildMobilityIndex (${index.codes.length} × ${index.codes.length}): min ${builds[0]!.toFixed(0)} ms  ` +
    `median ${percentile(builds, 50).toFixed(0)} ms  max ${builds.at(-1)!.toFixed(0)} ms  (${BUILD_RUNS} runs; target ≤ 3000 ms)`);

  const n = index.codes.length;
  for (const code of index.codes) closestMetiers(index, code, 10); // warm-up
  const times: number[] = [];
  const scans: number[] = [];
  let sink = 0;
  for (let r = 0; r < QUERY_ROUNDS; r++) {
    for (let row = 0; row < n; row++) {
      const code = index.codes[row]!;
      let t = performance.now();
      const list = closestMetiers(index, code, 10);
      times.push(performance.now() - t);
      sink += list?.length ?? 0;
      t = performance.now();
      let best = 0;
      for (let j = 0; j < n; j++) best = Math.max(best, index.scores[row * n + j]!);
      scans.push(performance.now() - t);
      sink += best;
    }
  }
  times.sort((a, b) => a - b);
  scans.sort((a, b) => a - b);
  console.log(`P6 closestMetiers(limit 10), every fiche × ${QUERY_ROUNDS}: p50 ${percentile(times, 50).toFixed(3)} ms  ` +
    `p95 ${percentile(times, 95).toFixed(3)} ms  p99 ${percentile(times, 99).toFixed(3)} ms  (target p95 ≤ 5 ms)  ` +
    `bare row scan p50 ${percentile(scans, 50).toFixed(3)} ms  ratio p50 ${(percentile(times, 50) / percentile(scans, 50)).toFixed(1)}×`);
  void sink;

  for (const code of ['H2301', 'H1503', 'H1210']) {
    const list = closestMetiers(index, code, 5) ?? [];
    console.log(`\n${code} ${index.labels[index.rowOf.get(code)!]}`);
    for (const c of list) {
      console.log(`  ${c.score.toFixed(3)} ${c.code} ${c.label} — ${explainMobility(mobilityGap(index, code, c.code)!)}` +
        `; à acquérir d'abord : ${c.missingSkills.slice(0, 3).map((s) => s.label).join(' ; ')}`);
    }
  }
  console.log(`\noptions: ${JSON.stringify(DEFAULT_MOBILITY_OPTIONS)}`);
}

const url = process.env.BENCH_DATABASE_URL;
if (url) {
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await run(database);
  } finally {
    await database.close();
  }
} else {
  const tmp = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
  try {
    const dir = join(tmp, 'pglite');
    importRome({ PGLITE_DIR: dir });
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      await run(database);
    } finally {
      await database.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
