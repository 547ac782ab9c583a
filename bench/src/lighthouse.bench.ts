// `npm run bench:lighthouse`: P4 (PERFORMANCE.md) on the built web app, the way a person meets it.
// Starts its own server on a fresh embedded database (bootstrap: migrations, reference data, demo campus), like
// e2e/start-server.mjs; run `npm run build:web` first. Then:
//   1. the gzipped JavaScript each public route makes the browser load (its <script src> and modulepreloads,
//      measured on the served HTML, the same way as the e2e budget test);
//   2. Lighthouse 12 with its default mobile preset (simulated slow 4G, mid-range phone CPU) on the home page
//      and a real search, in the machine's Chromium (never a downloaded browser); the median of
//      LIGHTHOUSE_RUNS runs (3 by default), since machines here are shared and noisy.
// Each figure is printed on one line with its target.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const TARGETS = { score: 0.95, lcpMs: 1500, cls: 0.05, jsGzBytes: 100 * 1024 };
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 3291);
const base = `http://127.0.0.1:${port}`;
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

if (!existsSync(join(root, 'apps/web/build/server/index.js'))) {
  console.error('bench:lighthouse : application web non construite. Lancez « npm run build:web » d’abord.');
  process.exit(1);
}

// --- the server, on its own temporary database ---------------------------------------------------------------
const tempRoot = mkdtempSync(join(tmpdir(), 'passerelles-lighthouse-'));
const env = { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', PGLITE_DIR: join(tempRoot, 'pglite'), DATABASE_URL: '' };
const tsx = ['--import', 'tsx'];
const boot = spawnSync(process.execPath, [...tsx, 'apps/cli/src/main.ts', 'bootstrap'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (boot.status !== 0) {
  rmSync(tempRoot, { recursive: true, force: true });
  throw new Error(`bootstrap failed (exit ${boot.status})`);
}
const server = spawn(process.execPath, [...tsx, 'apps/api/src/server.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
const serverExit = new Promise<void>((done) => server.once('exit', () => done()));

async function stopServer(): Promise<void> {
  if (server.exitCode === null) server.kill('SIGTERM');
  await serverExit;
  rmSync(tempRoot, { recursive: true, force: true });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not answer /api/health');
}

// --- 1. JavaScript per public route --------------------------------------------------------------------------
async function firstTrainingPath(): Promise<string> {
  const found = (await (await fetch(`${base}/api/v1/sessions?pageSize=1`)).json()) as { items: { training: { id: number } }[] };
  return `/formations/${found.items[0]?.training.id ?? 1}`;
}

async function jsGzBytes(path: string): Promise<{ status: number; scripts: number; gz: number }> {
  const response = await fetch(base + path);
  const html = await response.text();
  const urls = new Set<string>();
  let gz = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) urls.add(new URL(src, base + path).href);
    // An inline data block (JSON-LD) is not executed but still travels with the page: counted too.
    else gz += gzipSync(match[2] ?? '').length;
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi)) urls.add(new URL(match[1]!, base + path).href);
  for (const url of urls) gz += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return { status: response.status, scripts: urls.size, gz };
}

// --- 2. Lighthouse, mobile preset ----------------------------------------------------------------------------
interface LighthouseFigures {
  score: number;
  lcp: number;
  cls: number;
  tbt: number;
  fcp: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function audit(chromePort: number, url: string): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: lhr.categories.performance?.score ?? Number.NaN,
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    fcp: value('first-contentful-paint'),
  };
}

const ok = (pass: boolean) => (pass ? 'ok  ' : 'FAIL');

try {
  await waitForServer();
  const training = await firstTrainingPath();
  const routes = [
    '/',
    '/formations',
    '/formations?q=bioanalyses&commune=27229&radiusKm=30',
    training,
    '/metiers',
    '/metiers/H2303',
    '/certifications',
    '/certifications/RNCP38884',
    '/filiere',
    '/membres',
    '/entreprises',
    '/accessibilite',
    '/a-propos-des-donnees',
    '/en',
    '/en/trainings',
    `/en/trainings/${training.split('/').pop()}`,
  ];
  console.log(`JavaScript per public route (gzip), target ≤ ${TARGETS.jsGzBytes} bytes`);
  for (const path of routes) {
    const { status, scripts, gz } = await jsGzBytes(path);
    console.log(`js  ${ok(gz <= TARGETS.jsGzBytes && status < 400)} ${path.padEnd(52)} ${String(gz).padStart(7)} B gz  (${scripts} script file(s), HTTP ${status})`);
  }

  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    console.log(`Lighthouse 12 mobile preset, median of ${runs} run(s); targets: score ≥ ${TARGETS.score}, LCP ≤ ${TARGETS.lcpMs} ms, CLS ≤ ${TARGETS.cls}`);
    for (const path of ['/', '/formations?q=bioanalyses&commune=27229&radiusKm=30']) {
      await audit(chrome.port, base + path); // warm-up: the server's first render of a route and the disk cache
      const results: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) results.push(await audit(chrome.port, base + path));
      const m = (key: keyof LighthouseFigures) => median(results.map((r) => r[key]));
      console.log(`lh  ${ok(m('score') >= TARGETS.score)} ${path.padEnd(52)} performance score ${m('score').toFixed(2)} (target ≥ ${TARGETS.score}; runs: ${results.map((r) => r.score.toFixed(2)).join(', ')})`);
      console.log(`lh  ${ok(m('lcp') <= TARGETS.lcpMs)} ${path.padEnd(52)} LCP ${m('lcp').toFixed(0)} ms (target ≤ ${TARGETS.lcpMs} ms)`);
      console.log(`lh  ${ok(m('cls') <= TARGETS.cls)} ${path.padEnd(52)} CLS ${m('cls').toFixed(3)} (target ≤ ${TARGETS.cls})`);
      console.log(`lh  info ${path.padEnd(52)} TBT ${m('tbt').toFixed(0)} ms, FCP ${m('fcp').toFixed(0)} ms`);
    }
  } finally {
    await chrome.kill();
  }
} finally {
  await stopServer();
}
