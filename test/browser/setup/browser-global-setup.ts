import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../../../scripts/ensure-web-build.ts';
import setupDatabase from '../../setup/global-setup.ts';
import { assertChromiumInstalled } from '../support/chromium.ts';

/**
 * For the browser projects: fail at once (never skip) without Chromium, build the web app if it
 * is missing or stale, then prepare the same migrated, seeded template database as the API tests
 * (`browser-postgres` on a PostgreSQL server, `browser-pglite` on PGlite).
 */
export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  // Vitest sets NODE_ENV=test, and the build (a child process) would inherit it and bundle React's
  // development build (~530 kB instead of ~315 kB): build what production serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    ensureWebBuild();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const db = project.name === 'browser-postgres' ? 'postgres' : 'pglite';
  // The shared setup only reads the project's name and provides values to its tests.
  const asDatabaseProject = { name: db, provide: project.provide.bind(project) } as unknown as TestProject;
  return setupDatabase(asDatabaseProject);
}
