import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import { inject } from 'vitest';
import { buildApp, createContext, createLogger } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database.ts';
import { MemoryNotifier } from '../../src/server/notify/notifier.ts';
import { withDatabaseName } from './pg-cluster.ts';

/** Which database the current test project runs on. */
export const testDbKind = process.env.TAWASUL_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** A fresh database for one test file: a copy of the migrated, seeded template. */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  if (testDbKind === 'postgres') {
    const adminUrl = inject('pgAdminUrl');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template tawasul_template`);
    await admin.end();
    const url = withDatabaseName(adminUrl, name);
    const database = openPostgres(url, 10);
    return {
      ...database,
      url,
      async close() {
        await database.close();
        const a = new pg.Client({ connectionString: adminUrl });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const tarball = fs.readFileSync(inject('pgliteTemplate'));
  return openPGlite(undefined, { loadDataDir: new Blob([tarball]) });
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  config: Config;
  /** Messages the app sent (one-time codes, reset links, notices). */
  notifier: MemoryNotifier;
  close(): Promise<void>;
}

/**
 * The real application over a fresh test database, for `app.inject()`. `logTo` receives the log
 * lines (set `logLevel` in `overrides` to see them).
 */
export async function createTestApp(overrides: Partial<Config> = {}, options: { logTo?: DestinationStream } = {}): Promise<TestApp> {
  return createTestAppOn(await openTestDatabase(), {}, overrides, options);
}

/**
 * The real application over a database the test opened itself (a replica pair, a pooler), with
 * `env` added to the test configuration's environment; closing the app closes the database.
 */
export async function createTestAppOn(
  database: Database,
  env: NodeJS.ProcessEnv = {},
  overrides: Partial<Config> = {},
  options: { logTo?: DestinationStream } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-test-'));
  const config: Config = { ...loadConfig({ TAWASUL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }), ...overrides };
  const notifier = new MemoryNotifier();
  const ctx = createContext(config, database, createLogger(config, options.logTo), notifier);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    config,
    notifier,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
