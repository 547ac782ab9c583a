// Starts the whole platform for the end-to-end suite, the way a person would run it: a fresh database,
// `bootstrap` (migrations, reference data, demo campus), then the server (API + built web app, one origin).
// It builds nothing: run `npm run build:web` first.
//
// Database: a new embedded PGlite directory in a temp dir, removed on exit; or, when E2E_DATABASE_URL is
// set, that PostgreSQL database (passed on as DATABASE_URL; bootstrap is idempotent).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const serverEntry = join(root, 'apps/web/build/server/index.js');
if (!existsSync(serverEntry)) {
  console.error('e2e : application web non construite. Lancez « npm run build:web » avant « npm run test:e2e ».');
  process.exit(1);
}

// The data directory sits inside its own temp dir, because the database also writes files next to it (a lock).
const tempRoot = process.env.E2E_DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'passerelles-e2e-'));
const pgliteDir = tempRoot ? join(tempRoot, 'pglite') : null;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: process.env.E2E_PORT ?? '3210',
  HOST: '127.0.0.1',
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { PGLITE_DIR: pgliteDir, DATABASE_URL: '' }),
};
// A fresh mail capture folder: tests look for the last message to an address.
if (process.env.MAIL_CAPTURE_DIR) rmSync(process.env.MAIL_CAPTURE_DIR, { recursive: true, force: true });
const cleanup = () => {
  if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
  if (process.env.MAIL_CAPTURE_DIR) rmSync(process.env.MAIL_CAPTURE_DIR, { recursive: true, force: true });
};

// `node --import tsx` rather than `npx tsx`: one process, so a stop signal reaches the server itself
// and it closes the database cleanly.
const tsx = ['--import', 'tsx'];
const boot = spawnSync(process.execPath, [...tsx, 'apps/cli/src/main.ts', 'bootstrap'], { cwd: root, env, stdio: 'inherit' });
if (boot.status !== 0) {
  cleanup();
  console.error(`e2e : « bootstrap » a échoué (code ${boot.status}).`);
  process.exit(1);
}

const server = spawn(process.execPath, [...tsx, 'apps/api/src/server.ts'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});
