// `npm run bench:rncp`: the RNCP XML import next to the bare saxes parser on the same generated file (P7).
// RNCP_BENCH_MB sets the file size (default 300). Each measure runs in its own child process, so its peak RSS
// (process.resourceUsage().maxRSS) is its own; the import runs on PGlite and on PostgreSQL, each in a fresh database.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { openDatabase, type Database } from '@passerelles/db';
import { createEmptyPostgresDatabase } from '@passerelles/db/testing';
import { romeSource } from '../../apps/cli/src/imports/rome/rome-import';
import { rncpXmlSource } from '../../apps/cli/src/imports/rncp/rncp-xml-import';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

/** Repeats the real fiches of both fixtures with fresh codes (fiche and bloc codes stay unique) up to `megabytes`. */
async function generate(path: string, megabytes: number): Promise<void> {
  const fiches = ['RNCP', 'RS'].flatMap((register) =>
    [...readFileSync(join(DATA, `rncp/export_fiches_${register}_fixture.xml`), 'utf8').matchAll(/<FICHE>[\s\S]*?<\/FICHE>/g)].map((m) => {
      const code = /<NUMERO_FICHE>([^<]+)<\/NUMERO_FICHE>/.exec(m[0])![1]!;
      return { register, code, text: m[0] };
    }),
  );
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<FICHES>\n  <VERSION_FLUX>4.1</VERSION_FLUX>\n  ');
  let written = 0;
  for (let i = 0; written < megabytes * 1e6; i++) {
    const f = fiches[i % fiches.length]!;
    const text = `${f.text.split(f.code).join(`${f.register}${100000 + i}`)}\n  `;
    written += Buffer.byteLength(text);
    await write(text);
  }
  await write('</FICHES>\n');
  out.end();
  await once(out, 'finish');
}

/** The baseline: saxes on the same 1 MB chunks, counting elements, nothing else. */
async function bareParse(path: string): Promise<void> {
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('opentag', () => elements++);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) parser.write(decoder.decode(chunk, { stream: true }));
  parser.close();
  if (elements === 0) throw new Error('no element');
}

const open = (kind: 'pglite' | 'postgres', target: string): Promise<Database> =>
  openDatabase(kind === 'pglite' ? { kind, dataDir: target } : { kind, url: target, poolSize: 2 });

/** Migrations and the ROME métiers the fiches link to, in a process of their own: neither timed nor in the RSS. */
async function prepare(kind: 'pglite' | 'postgres', target: string): Promise<number> {
  const database = await open(kind, target);
  try {
    await database.migrate();
    const rome = await romeSource.run(database, join(DATA, 'rome-4.0-v460'), { dryRun: false });
    if (rome.status !== 'succeeded') throw new Error(`ROME: ${rome.error}`);
    return 0;
  } finally {
    await database.close();
  }
}

async function importInto(kind: 'pglite' | 'postgres', path: string, target: string): Promise<number> {
  const database = await open(kind, target);
  try {
    const started = performance.now();
    const report = await rncpXmlSource.run(database, path, { dryRun: false });
    const seconds = (performance.now() - started) / 1000;
    if (report.status !== 'succeeded') throw new Error(`RNCP: ${report.error} ${JSON.stringify(report.rejections.slice(0, 3))}`);
    console.error(`  ${kind} : ${report.tables.certifications?.inserted} certifications, ${report.tables.skill_blocks?.inserted} blocs, ${report.tables.certification_metiers?.inserted} liens métier`);
    return seconds;
  } finally {
    await database.close();
  }
}

async function child(mode: string, path: string, target: string): Promise<void> {
  const started = performance.now();
  let seconds: number;
  if (mode === 'parse') seconds = (await bareParse(path), (performance.now() - started) / 1000);
  else if (mode.startsWith('prepare-')) seconds = await prepare(mode.slice('prepare-'.length) as 'pglite' | 'postgres', target);
  else seconds = await importInto(mode as 'pglite' | 'postgres', path, target);
  process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function measure(mode: string, path: string, target = ''): { seconds: number; maxRssMb: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', mode, path, target], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return JSON.parse(output) as { seconds: number; maxRssMb: number };
}

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!, process.argv[5] ?? '');
} else {
  const tmp = mkdtempSync(join(tmpdir(), 'passerelles-rncp-bench-'));
  const file = join(tmp, 'export_fiches_RNCP_bench.xml');
  const pg = await createEmptyPostgresDatabase();
  try {
    const megabytes = Number(process.env.RNCP_BENCH_MB ?? 300);
    console.log(`Génération d'un export RNCP de ${megabytes} Mo…`);
    await generate(file, megabytes);
    const size = statSync(file).size / 1e6;
    measure('prepare-pglite', file, join(tmp, 'pglite'));
    measure('prepare-postgres', file, pg.url);
    const rows = [
      ['saxes seul (référence)', measure('parse', file)],
      ['import RNCP — PGlite', measure('pglite', file, join(tmp, 'pglite'))],
      ['import RNCP — PostgreSQL', measure('postgres', file, pg.url)],
    ] as const;
    const base = size / rows[0][1].seconds;
    console.log(`\nFichier : ${size.toFixed(0)} Mo`);
    for (const [label, r] of rows) {
      const speed = size / r.seconds;
      console.log(`${label.padEnd(28)} ${speed.toFixed(1).padStart(7)} Mo/s  ${(speed / base * 100).toFixed(0).padStart(4)} % du parseur seul  ${r.seconds.toFixed(1).padStart(6)} s  RSS max ${r.maxRssMb.toFixed(0)} Mo`);
    }
    console.log('Cible P7 : import ≥ 50 % du parseur seul, RSS ≤ 400 Mo quelle que soit la taille du fichier.');
  } finally {
    await pg.drop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
