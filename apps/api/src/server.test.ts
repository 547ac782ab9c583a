import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@passerelles/db';
import { createEmptyPostgresDatabase, testDatabaseKind } from '@passerelles/db/testing';

const root = new URL('../../..', import.meta.url).pathname;
const kind = testDatabaseKind();
let tmp: string;

interface Started { code: number | null; stdout: string; stderr: string }

/** Runs the real server process; resolves when it exits or, with `until`, as soon as its output matches. */
function runServer(env: Record<string, string>, until?: RegExp): Promise<Started & { stop(signal?: NodeJS.Signals): Promise<Started> }> {
  // One process (no tsx wrapper relaying signals), as npm start runs it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH!, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
  });
  const out: Started = { code: null, stdout: '', stderr: '' };
  const exited = new Promise<Started>((resolve) => child.on('exit', (code) => resolve({ ...out, code })));
  child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    child.kill(signal);
    return exited;
  };
  return new Promise((resolve) => {
    const check = () => until && until.test(out.stdout + out.stderr) && resolve({ ...out, stop });
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    void exited.then((r) => resolve({ ...r, stop }));
  });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'passerelles-server-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('server process start-up and shutdown', () => {
  it('refuses an invalid DATABASE_URL with one clear line', async () => {
    const r = await runServer({ DATABASE_URL: 'mysql://nowhere', PORT: '0' });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/DATABASE_URL/);
  });

  it('refuses an unreachable PostgreSQL with one clear line', async () => {
    const r = await runServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing', PORT: '0' });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/PostgreSQL injoignable/);
  });

  it('refuses an unwritable PGLITE_DIR with one clear line', async () => {
    const r = await runServer({ PGLITE_DIR: '/etc/hostname/pglite', PORT: '0' });
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/PGLITE_DIR/);
  });

  it('refuses a PGlite directory another process has open', async () => {
    const dir = join(tmp, 'locked');
    const holder = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const r = await runServer({ PGLITE_DIR: dir, PORT: '0' });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/déjà ouverte par le processus \d+/);
    } finally {
      await holder.close();
    }
  });

  it(`serves the API and the web app on one origin, then closes cleanly on SIGTERM (${kind})`, async () => {
    const port = String(31000 + Math.floor(Math.random() * 2000));
    const pg = kind === 'postgres' ? await createEmptyPostgresDatabase() : null;
    const dir = join(tmp, 'served');
    const env: Record<string, string> = pg ? { DATABASE_URL: pg.url, PORT: port } : { PGLITE_DIR: dir, PORT: port };
    try {
      const r = await runServer(env, /prêt sur/);
      expect(r.code).toBeNull();
      const health = await fetch(`http://localhost:${port}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { kind } });
      const page = await fetch(`http://localhost:${port}/`);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const stopped = await r.stop('SIGTERM');
      expect(stopped.code).toBe(0);
      if (!pg) expect(existsSync(`${dir}.lock`)).toBe(false);

      // The data survives the restart and the lock was released.
      const again = await runServer(env, /prêt sur/);
      const h2 = await fetch(`http://localhost:${port}/api/health`);
      expect(h2.status).toBe(200);
      expect((await again.stop('SIGINT')).code).toBe(0);
    } finally {
      await pg?.drop();
    }
  });
});
