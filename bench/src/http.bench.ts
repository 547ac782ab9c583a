// `npm run bench:http`: the health endpoint next to a trivial route of the same server, same run.
// Embedded database by default; BENCH_DB=postgres measures on a fresh database of the local PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase, seedDemoCampus } from '@passerelles/db';
import { createEmptyPostgresDatabase } from '@passerelles/db/testing';
import { buildApp } from '../../apps/api/src/app';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const duration = Number(process.env.BENCH_SECONDS ?? 10);

const tmp = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
const pg = process.env.BENCH_DB === 'postgres' ? await createEmptyPostgresDatabase() : null;
const database = await openDatabase(pg ? { kind: 'postgres', url: pg.url } : { kind: 'pglite', dataDir: join(tmp, 'pglite') });
await database.migrate();
await seedDemoCampus(database.db);
const app = await buildApp({
  database,
  web: async (scope) => {
    scope.get('/bench/trivial', async () => ({ ok: true }));
  },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

async function measure(path: string) {
  await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: 2 }); // warm-up
  const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration });
  return { path, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

const trivial = await measure('/bench/trivial');
const health = await measure('/api/health');
const campus = await measure('/api/v1/campus');
console.log(`database: ${database.kind}, ${connections} connections, ${duration} s per endpoint`);
for (const r of [trivial, health, campus]) {
  console.log(
    `${r.path.padEnd(16)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  ratio to trivial ${(r.rps / trivial.rps).toFixed(3)}`,
  );
}
await app.close();
await database.close();
await pg?.drop();
rmSync(tmp, { recursive: true, force: true });
