import { defineConfig } from 'vitest/config';

// Three projects: pure functions once, and every API / database test twice —
// on the embedded PGlite and on a real PostgreSQL server.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'pglite',
          include: ['test/api/**/*.test.ts'],
          env: { TAWASUL_TEST_DB: 'pglite' },
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: ['test/api/**/*.test.ts'],
          env: { TAWASUL_TEST_DB: 'postgres' },
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
