// `npm run bench:search`: catalogue search at national scale (300 000 sessions, 30 000 trainings) on PGlite and on
// PostgreSQL, each next to a trivial query of the same database in the same run.
// P1: French full text + 2 facet filters + distance filter, top 20 (items, total, display fields).
// P2: the facet counts of the same searches (six facets, each with the other filters applied).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import {
  findCommunePosition, openDatabase, searchSessionFacets, searchSessionPage, searchSessions, type Database, type SessionSearchParams,
} from '@passerelles/db';
import { createEmptyPostgresDatabase } from '@passerelles/db/testing';
import { generateNational } from './generate-national';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

type Case = Omit<SessionSearchParams, 'origin' | 'sort' | 'page' | 'pageSize'> & { commune: string };
export const CASES: Case[] = [
  { q: 'technicien laboratoire', level: [5], modality: ['apprentissage'], commune: '27229', radiusKm: 50 },
  { q: 'controle qualite', level: [4, 5], funding: ['cpf'], commune: '76540', radiusKm: 60 },
  { q: 'bioproduction', modality: ['formation_continue'], funding: ['opco'], commune: '69123', radiusKm: 80 },
  { q: 'operateur production pharmaceutique', level: [3, 4], modality: ['apprentissage', 'contrat_pro'], commune: '75056', radiusKm: 50 },
  { q: 'microbiologie', departement: ['27', '76'], level: [5, 6], commune: '27229', radiusKm: 100 },
  { q: 'cosmétique', modality: ['initial_scolaire'], certificationType: ['BAC PRO', 'CAP'], commune: '13055', radiusKm: 60 },
  { q: 'maintenance industrielle', level: [4], funding: ['region'], commune: '59350', radiusKm: 40 },
  { q: 'ingenieur biotechnologies', level: [7], modality: ['apprentissage'], commune: '31555', radiusKm: 100 },
  { q: 'agroalimentaire', sector: 'in', modality: ['formation_continue'], commune: '44109', radiusKm: 50 },
  { q: 'chimie', level: [5], funding: ['france_travail'], commune: '33063', radiusKm: 70 },
  { q: 'analyses biologiques', level: [5, 6], modality: ['initial_etudiant'], commune: '67482', radiusKm: 60 },
  { q: 'technicen laboratoir', level: [5], modality: ['apprentissage'], commune: '14118', radiusKm: 80 },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timings(fn: (c: SessionSearchParams) => Promise<unknown>, params: SessionSearchParams[]): Promise<number[]> {
  for (const p of params) await fn(p); // warm-up
  const out: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const p of params) {
      const t = performance.now();
      await fn(p);
      out.push(performance.now() - t);
    }
  }
  return out.sort((a, b) => a - b);
}

const fmt = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(2)} ms  p95 ${percentile(xs, 95).toFixed(2)} ms  p99 ${percentile(xs, 99).toFixed(2)} ms`;

async function measure(label: string, database: Database) {
  const db = database.db;
  const params: SessionSearchParams[] = [];
  for (const { commune, ...c } of CASES) {
    const origin = await findCommunePosition(db, commune);
    if (!origin) throw new Error(`bench: commune ${commune} missing`);
    params.push({ ...c, origin, sort: 'relevance', page: 1, pageSize: 20 });
  }
  const trivial = await timings(() => db.execute(sql`select 1`), params);
  const p1 = await timings((p) => searchSessionPage(db, p), params);
  const p2 = await timings((p) => searchSessionFacets(db, p), params);
  const both = await timings((p) => searchSessions(db, p), params);
  const byDistance = await timings((p) => searchSessionPage(db, { ...p, sort: 'distance' }), params);
  const wide = await timings((p) => searchSessions(db, { ...p, q: undefined, radiusKm: undefined, level: undefined, modality: undefined, funding: undefined }), params.slice(0, 3));
  const ratio = (xs: number[]) => `${(percentile(xs, 50) / percentile(trivial, 50)).toFixed(0)}× trivial p50`;
  console.log(`${label} trivial query (select 1)        ${fmt(trivial)}`);
  console.log(`${label} P1 search top 20                 ${fmt(p1)}  ${ratio(p1)}`);
  console.log(`${label} P1 search top 20, by distance    ${fmt(byDistance)}  ${ratio(byDistance)}`);
  console.log(`${label} P2 facet counts                  ${fmt(p2)}  ${ratio(p2)}`);
  console.log(`${label} search + facets (the endpoint)   ${fmt(both)}  ${ratio(both)}`);
  console.log(`${label} no words, no filter (300 000)    ${fmt(wide)}  ${ratio(wide)}`);
  if (process.env.BENCH_DETAIL) {
    for (const [i, p] of params.entries()) {
      const one = await timings((x) => searchSessionPage(db, x), [p]);
      console.log(`${label}   P1 « ${CASES[i]!.q} » p50 ${percentile(one, 50).toFixed(2)} ms  max ${one.at(-1)!.toFixed(2)} ms`);
    }
  }
}

async function prepared(database: Database, label: string) {
  await database.migrate();
  const t = performance.now();
  const counts = await generateNational(database.db);
  console.log(`${label} generated ${JSON.stringify(counts)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const only = process.env.BENCH_DB;
const tmp = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
try {
  if (only !== 'postgres') {
    const lite = await openDatabase({ kind: 'pglite', dataDir: join(tmp, 'pglite') });
    await prepared(lite, 'pglite  ');
    await measure('pglite  ', lite);
    await lite.close();
  }
  if (only !== 'pglite') {
    const pg = await createEmptyPostgresDatabase();
    try {
      const server = await openDatabase({ kind: 'postgres', url: pg.url });
      await prepared(server, 'postgres');
      await measure('postgres', server);
      await server.close();
    } finally {
      await pg.drop();
    }
  }
  console.log(`${CASES.length} searches × ${ROUNDS} rounds; 300 000 sessions, 30 000 trainings, 10 000 certifications, 35 000 communes`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
