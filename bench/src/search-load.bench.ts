// `npm run bench:search-load`: GET /api/v1/sessions under load (autocannon, 32 connections) on PostgreSQL at national
// scale, with varied searches, next to a trivial route of the same server in the same run (P3). Two loads: the same
// 12 searches over and over (popular searches: answered from the in-process cache after their first request), and
// searches that never repeat (each a cache miss, the database's cost).
import autocannon from 'autocannon';
import { openDatabase } from '@passerelles/db';
import { createEmptyPostgresDatabase } from '@passerelles/db/testing';
import { buildApp } from '../../apps/api/src/app';
import { generateNational } from './generate-national';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const duration = Number(process.env.BENCH_SECONDS ?? 15);

const SEARCHES = [
  'q=technicien%20laboratoire&level=5&modality=apprentissage&commune=27229&radiusKm=50',
  'q=controle%20qualite&level=4&level=5&funding=cpf&commune=76540&radiusKm=60',
  'q=bioproduction&modality=formation_continue&funding=opco&commune=69123&radiusKm=80',
  'q=operateur%20production%20pharmaceutique&level=4&commune=75056&radiusKm=50&sort=distance',
  'q=microbiologie&departement=27&departement=76&commune=27229&radiusKm=100',
  'q=cosm%C3%A9tique&modality=initial_scolaire&commune=13055&radiusKm=60',
  'q=maintenance%20industrielle&level=4&funding=region&commune=59350&radiusKm=40&sort=start',
  'q=ingenieur%20biotechnologies&level=7&commune=31555&radiusKm=100',
  'q=agroalimentaire&sector=in&modality=formation_continue&commune=44109&radiusKm=50',
  'q=chimie&level=5&funding=france_travail&commune=33063&radiusKm=70&page=2',
  'q=analyses%20biologiques&level=6&commune=67482&radiusKm=60',
  'q=technicen%20laboratoir&level=5&commune=14118&radiusKm=80',
].map((query) => `/api/v1/sessions?${query}`);

const pg = await createEmptyPostgresDatabase();
// The pool matches the load: one connection per concurrent request.
const database = await openDatabase({ kind: 'postgres', url: pg.url, poolSize: connections });
try {
  await database.migrate();
  await generateNational(database.db);
  const app = await buildApp({
    database,
    web: async (scope) => {
      scope.get('/bench/trivial', async () => ({ ok: true }));
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  for (const path of SEARCHES) {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    if (res.status !== 200) throw new Error(`bench: ${path} answered ${res.status}`);
  }

  // One shared cursor: every request (whichever connection sends it) takes the next path of the list.
  const run = async (paths: string[], seconds: number) => {
    let next = 0;
    return autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
    });
  };
  const measure = async (label: string, paths: string[]) => {
    await run(paths, 3); // warm-up
    const r = await run(paths, duration);
    return { label, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
  };
  // Never the same twice: the radius runs through 20 000 values for each search (more than any run sends).
  const distinct = SEARCHES.flatMap((path, i) =>
    Array.from({ length: 20_000 }, (_, k) => `${path.replace(/radiusKm=\d+/, `radiusKm=${(30 + (k % 70) + k / 20_000 + i / 1000).toFixed(5)}`)}`),
  );
  for (let i = distinct.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1);
    [distinct[i], distinct[j]] = [distinct[j]!, distinct[i]!];
  }
  const trivial = await measure('trivial route /bench/trivial', ['/bench/trivial']);
  const search = await measure(`GET /api/v1/sessions (${SEARCHES.length} searches)`, SEARCHES);
  const misses = await measure('GET /api/v1/sessions (never repeated)', distinct);
  console.log(`postgres, national scale, ${connections} connections, ${duration} s per endpoint`);
  for (const r of [trivial, search, misses]) {
    console.log(
      `${r.label.padEnd(42)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  ratio to trivial ${(r.rps / trivial.rps).toFixed(3)}`,
    );
  }
  await app.close();
} finally {
  await database.close();
  await pg.drop();
}
