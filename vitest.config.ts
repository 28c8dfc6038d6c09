import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files run two at a time (TAWASUL_TEST_WORKERS to change it): much of a file's time is spent
 * waiting — on Chromium, a PostgreSQL server, a child process or a slow SMTP answer — so a second
 * file keeps a two-core machine busy (vitest's own default would be one worker there).
 */
const workers = Number(process.env.TAWASUL_TEST_WORKERS) || Math.max(2, os.availableParallelism() - 1);

/**
 * Files of one project share a worker process and its module cache (`isolate: false`): the server
 * is imported once per worker instead of once per file. Every file still opens its own database
 * and app, so no rows are shared. Each project is its own group, run one after another, so that a
 * worker is always handed the next file of its own project.
 */
const shared = { isolate: false, maxWorkers: workers } as const;

// Pure functions once, every API / database test twice — on the embedded PGlite and on a real
// PostgreSQL server — and the browser tests (the built web app in Chromium) on both databases too.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: workers,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          ...shared,
          sequence: { groupOrder: 0 },
        },
      },
      ...(['pglite', 'postgres'] as const).map((db, i) => ({
        test: {
          name: db,
          include: ['test/api/**/*.test.ts'],
          env: { TAWASUL_TEST_DB: db },
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          ...shared,
          sequence: { groupOrder: 1 + i },
        },
      })),
      ...(['pglite', 'postgres'] as const).map((db, i) => ({
        test: {
          name: `browser-${db}`,
          include: ['test/browser/**/*.test.ts'],
          env: { TAWASUL_TEST_DB: db },
          globalSetup: ['test/browser/setup/browser-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          ...shared,
          sequence: { groupOrder: 3 + i },
        },
      })),
    ],
  },
});
