import { defineConfig } from 'vitest/config';

// Pure functions once, every API / database test twice — on the embedded PGlite and on a real
// PostgreSQL server — and the browser tests (the built web app in Chromium) on both databases too.
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
      ...(['pglite', 'postgres'] as const).map((db) => ({
        test: {
          name: `browser-${db}`,
          include: ['test/browser/**/*.test.ts'],
          env: { TAWASUL_TEST_DB: db },
          globalSetup: ['test/browser/setup/browser-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      })),
    ],
  },
});
