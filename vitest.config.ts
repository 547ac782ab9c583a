import { defineConfig } from 'vitest/config';

const unit = ['packages/domain/src/**/*.test.ts', 'packages/contracts/src/**/*.test.ts', 'apps/web/app/**/*.test.ts', 'apps/cli/src/**/*.unit.test.ts', 'apps/api/src/**/*.unit.test.ts'];
const integration = ['packages/db/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'apps/cli/src/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      {
        extends: true,
        test: {
          name: 'integration-pglite',
          include: integration,
          exclude: ['**/*.unit.test.ts'],
          env: { TEST_DB_KIND: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-postgres',
          include: integration,
          exclude: ['**/*.unit.test.ts'],
          env: { TEST_DB_KIND: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
    setupFiles: ['./vitest.setup.ts'],
    globalSetup: ['./vitest.global-setup.ts'],
    // Vitest's default is one worker per core but one, so a single file at a time on these two-core machines. The
    // integration files wait on a database much of the time (each has its own), so two at a time fill both cores.
    maxWorkers: 2,
  },
});
