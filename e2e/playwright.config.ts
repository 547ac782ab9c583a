import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
/** Where the server writes the e-mail it would send; tests read the links there (see tests/mail.ts). */
export const mailDir = join(tmpdir(), `passerelles-e2e-mail-${port}`);
process.env.E2E_MAIL_DIR = mailDir;

/** The specs that also run on PostgreSQL (see `testMatch` below). */
const POSTGRES_SPECS = ['accounts', 'organisation-space', 'training-search', 'pathway', 'home'];

/**
 * End-to-end suite in the machine's Debian Chromium (never a downloaded browser). The web server is
 * started by e2e/start-server.mjs on a fresh database; set E2E_DATABASE_URL to run against PostgreSQL.
 */
export default defineConfig({
  testDir: './tests',
  // Every spec runs on PGlite. On PostgreSQL run the journeys that write (accounts, an organisation's space) and those whose
  // answers come from the heavier queries (the training search, the pathway planner), plus the home page's live figures:
  // the read-only pages, their axe scans, the JavaScript budget and the CSP check judge HTML that both databases render
  // the same (same code, same seed, and every API query is already tested on both by the integration suite). This
  // keeps CI under its time limit.
  ...(process.env.E2E_DB_KIND === 'postgres' ? { testMatch: POSTGRES_SPECS.map((name) => `**/${name}.spec.ts`) } : {}),
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  // The embedded database answers on one thread: two workers keep the run quick without queueing.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'github' : 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node e2e/start-server.mjs',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port), MAIL_CAPTURE_DIR: mailDir },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore', // bootstrap's import report; failures still reach stderr
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
