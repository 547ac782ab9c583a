#!/usr/bin/env node
// `npm start`: build the web app if its sources changed, load reference data and the demo campus once,
// then serve everything on one origin. Signals are forwarded so the embedded database closes cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// `node --import tsx` rather than the tsx command: one process, so Ctrl-C reaches the server itself and the
// embedded database is closed by its own handler.
const run = (script) => [process.execPath, ['--import', 'tsx', script]];
// A local .env (see .env.example) configures the run; variables already set win.
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
const started = Date.now();

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'build' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const webBuild = join(root, 'apps/web/build/server/index.js');
const sources = ['apps/web/app', 'apps/web/vite.config.ts', 'packages/contracts/src', 'packages/domain/src'].map((p) => join(root, p));
const stale = !existsSync(webBuild) || sources.some((s) => existsSync(s) && (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs) > statSync(webBuild).mtimeMs);
if (stale) {
  console.log('Construction de l’application web…');
  const build = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const [node, bootArgs] = run('apps/cli/src/main.ts');
const bootstrap = spawnSync(node, [...bootArgs, 'bootstrap'], { cwd: root, stdio: 'inherit', env });
if (bootstrap.status !== 0) process.exit(bootstrap.status ?? 1);

const server = spawn(...run('apps/api/src/server.ts'), { cwd: root, stdio: 'inherit', env: { ...env, PASSERELLES_START_MS: String(started) } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
