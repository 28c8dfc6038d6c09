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
  ensureWebBuild();
  const db = project.name === 'browser-postgres' ? 'postgres' : 'pglite';
  // The shared setup only reads the project's name and provides values to its tests.
  const asDatabaseProject = { name: db, provide: project.provide.bind(project) } as unknown as TestProject;
  return setupDatabase(asDatabaseProject);
}
