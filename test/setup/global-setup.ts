import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPGlite, openPostgres } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { seedDemo } from '../../src/server/seed/demo-seed.ts';
import { startPgCluster, withDatabaseName, type PgCluster } from '../support/pg-cluster.ts';

export const TEST_PASSWORD = 'test-password-1';
const TEMPLATE = 'tawasul_template';

declare module 'vitest' {
  interface ProvidedContext {
    /** PostgreSQL: superuser URL of the server the template lives on. */
    pgAdminUrl: string;
    /** PGlite: path of a tarball of a migrated, seeded data directory. */
    pgliteTemplate: string;
    testPassword: string;
  }
}

/**
 * Prepares one migrated, seeded template per run; every test file then gets its own copy
 * (`CREATE DATABASE … TEMPLATE` on PostgreSQL, a loaded data-dir tarball on PGlite), so files never
 * share rows and no test truncates.
 */
export default async function setup(project: TestProject) {
  // Server processes the tests start (and the test files' own processes) run PGlite without fsync:
  // durability is tested where it is meant (pglite-lock.test.ts), speed matters everywhere else.
  process.env.TAWASUL_PGLITE_DURABLE ??= 'off';
  // Nor do they generate the demo's history unless a test asks (TAWASUL_DEMO_CASES in its env).
  process.env.TAWASUL_DEMO_CASES ??= '0';
  project.provide('testPassword', TEST_PASSWORD);
  const kind = project.name === 'postgres' ? 'postgres' : 'pglite';
  const template = await sharedTemplate(kind);
  if (kind === 'postgres') project.provide('pgAdminUrl', template.value);
  else project.provide('pgliteTemplate', template.value);
  return template.release;
}

/**
 * The API project and the browser project on the same database share one template (and on
 * PostgreSQL one server): every project's global setup runs in this one process before any test,
 * and the teardowns after the last, so the template is made once and removed by the last release.
 */
interface SharedTemplate {
  made: Promise<{ value: string; remove: () => void | Promise<void> }>;
  users: number;
}
const shared = ((globalThis as { __tawasulTemplates?: Map<string, SharedTemplate> }).__tawasulTemplates ??= new Map());

async function sharedTemplate(kind: 'pglite' | 'postgres'): Promise<{ value: string; release: () => Promise<void> }> {
  const entry = shared.get(kind) ?? { made: kind === 'postgres' ? setupPostgres() : setupPGlite(), users: 0 };
  shared.set(kind, entry);
  entry.users++;
  const { value, remove } = await entry.made;
  let released = false;
  return {
    value,
    async release() {
      if (released) return;
      released = true;
      if (--entry.users > 0) return;
      shared.delete(kind);
      await remove();
    },
  };
}

async function setupPGlite() {
  const database = await openPGlite(undefined);
  await migrate(database);
  await seedDemo(database.db, TEST_PASSWORD);
  const blob = await database.pglite!.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-pglite-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await database.close();
  return { value: file, remove: () => fs.rmSync(path.dirname(file), { recursive: true, force: true }) };
}

async function setupPostgres() {
  let cluster: PgCluster | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    cluster = await startPgCluster();
    adminUrl = cluster.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE}`);
  await admin.query(`create database ${TEMPLATE}`);
  const database = openPostgres(withDatabaseName(adminUrl, TEMPLATE), 4);
  await migrate(database);
  await seedDemo(database.db, TEST_PASSWORD);
  await database.close();
  await admin.end();
  return { value: adminUrl, remove: () => cluster?.stop() };
}
