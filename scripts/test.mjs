#!/usr/bin/env node
// `npm test`: every check and every test, in the order a failure is cheapest to see.
// Static checks → unit and integration tests (PGlite and PostgreSQL) → browser end-to-end on both databases.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pgAdminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CHROMIUM = '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  const ok = r.status === 0;
  steps.push(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

function finish(code) {
  console.log(`\n${steps.join('\n')}`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

function psql(sql) {
  return spawnSync('psql', [pgAdminUrl, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { encoding: 'utf8' });
}

/** Chromium from Debian: installed when we can (root on Debian), otherwise the exact way to get it. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium absent : installation du paquet Debian « chromium »…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(CHROMIUM)) return true;
  }
  console.error(
    `Chromium est nécessaire aux tests de bout en bout et introuvable à ${CHROMIUM}.\n` +
      `  Sur Debian/Ubuntu : sudo apt-get update && sudo apt-get install -y chromium\n` +
      `  (Playwright n'en télécharge jamais : nous utilisons le Chromium du système.)`,
  );
  return false;
}

function countVitest(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } catch {
    totals.failed += 1;
  }
}

function countPlaywright(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += r.stats.expected;
    totals.failed += r.stats.unexpected + r.stats.flaky;
    totals.skipped += r.stats.skipped;
  } catch {
    totals.failed += 1;
  }
}

const reports = mkdtempSync(join(tmpdir(), 'passerelles-test-'));
let ok = true;

ok = run('Lint (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']) && ok;
ok = run('Types (tsc, API/CLI/packages)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) && ok;
ok = run('Types (web)', 'npm', ['run', 'typecheck', '-w', '@passerelles/web', '--silent']) && ok;
ok = run('Dependency rule (dependency-cruiser)', 'npx', ['depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'packages', 'apps']) && ok;
if (!ok) finish(1);

if (psql('select 1').status !== 0) {
  console.error(
    `PostgreSQL ne répond pas à ${pgAdminUrl} : les tests d'intégration tournent sur PGlite ET PostgreSQL.\n` +
      `  Démarrez-le (Debian : pg_ctlcluster 15 main start) ou indiquez TEST_POSTGRES_URL.`,
  );
  finish(1);
}

// The server process tests and the browser tests both serve the built web app.
ok = run('Web build', 'npm', ['run', 'build:web', '--silent']) && ok;
const vitestJson = join(reports, 'vitest.json');
ok = run('Unit and integration tests (vitest: unit, PGlite, PostgreSQL)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]) && ok;
countVitest(vitestJson);

if (!ensureChromium()) {
  totals.failed += 1;
  finish(1);
}

const e2eDb = `passerelles_e2e_${process.pid}`;
for (const kind of ['pglite', 'postgres']) {
  const json = join(reports, `playwright-${kind}.json`);
  const env = { PLAYWRIGHT_JSON_OUTPUT_NAME: json, E2E_DB_KIND: kind };
  if (kind === 'postgres') {
    psql(`create database ${e2eDb}`);
    const url = new URL(pgAdminUrl);
    url.pathname = `/${e2eDb}`;
    env.E2E_DATABASE_URL = url.toString();
  }
  ok = run(`End-to-end in Chromium on ${kind}`, 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', '--reporter=list,json'], env) && ok;
  if (kind === 'postgres') psql(`drop database if exists ${e2eDb} with (force)`);
  countPlaywright(json);
}

rmSync(reports, { recursive: true, force: true });
finish(ok && totals.failed === 0 ? 0 : 1);
