import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp, createContext, createLogger } from '../../src/server/app.ts';
import { backup, BackupError, restore, verifyBackup } from '../../src/server/backup/backup.service.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database.ts';
import { currentOwner } from '../../src/server/db/lock-file.ts';
import { caseInput } from '../support/factories.ts';
import { makePdf, makePng, multipart } from '../support/files.ts';
import { withDatabaseName } from '../support/pg-cluster.ts';
import { testDbKind } from '../support/test-app.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
const dropped: string[] = [];
afterAll(async () => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  if (testDbKind === 'postgres') for (const name of dropped) await admin(`drop database if exists ${name} with (force)`);
});

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A data directory and a database, seeded from the test template: PGlite in the directory, or a new PostgreSQL database. */
async function setUp(): Promise<{ config: Config; open: () => Promise<Database>; destroy: () => Promise<void> }> {
  const dataDir = tempDir('tawasul-backup-data-');
  if (testDbKind === 'postgres') {
    const name = `t_${randomBytes(6).toString('hex')}`;
    dropped.push(name);
    await admin(`create database ${name} template tawasul_template`);
    const url = withDatabaseName(inject('pgAdminUrl'), name);
    const config = { ...loadConfig({ TAWASUL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: url }), inProcessWorker: false };
    return {
      config,
      open: async () => openPostgres(url, 5),
      // Destroyed: the database dropped and made again empty, the attachment files gone.
      async destroy() {
        await admin(`drop database ${name} with (force)`);
        await admin(`create database ${name} template template0`);
        fs.rmSync(path.join(dataDir, 'attachments'), { recursive: true, force: true });
      },
    };
  }
  const config = { ...loadConfig({ TAWASUL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAWASUL_PGLITE_DURABLE: 'false' }), inProcessWorker: false };
  const seeded = await openPGlite(dataDir, { durable: false, loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]) });
  await seeded.close();
  return {
    config,
    open: () => openPGlite(dataDir, { durable: false }),
    // Destroyed: the whole data directory, database and attachment files.
    async destroy() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Everything a restore must bring back: the cases, their events, their attachments and the files' bytes. */
async function contents(database: Database, config: Config) {
  const db = database.db;
  const cases = await db.selectFrom('cases').select(['id', 'reference', 'status', 'description', 'contact_phone', 'version']).orderBy('id').execute();
  const events = await db.selectFrom('case_events').select(['id', 'case_id', 'kind', 'body']).orderBy('id').execute();
  const attachments = await db.selectFrom('attachments').select(['id', 'case_id', 'sha256', 'size_bytes', 'media_type']).orderBy('id').execute();
  const store = path.join(config.dataDir, 'attachments');
  const bytes = attachments.map((a) => fs.readFileSync(path.join(store, a.sha256.slice(0, 2), a.sha256.slice(2, 4), a.sha256)).toString('base64'));
  return { cases, events, attachments, bytes };
}

describe(`backup and restore (${testDbKind})`, () => {
  it('backs up cases, events and attachment files, and after the database and files are destroyed a restore brings them all back, verified by the manifest', async () => {
    const { config, open, destroy } = await setUp();
    let database = await open();
    const app = await buildApp(createContext(config, database, createLogger(config)));
    await app.ready();
    for (const [i, file] of [
      { filename: 'عمود.png', type: 'image/png', content: makePng(16, 16, [10, 20, 30]) },
      { filename: 'letter.pdf', type: 'application/pdf', content: makePdf() },
      undefined,
    ].entries()) {
      const form = multipart([
        { name: 'case', value: JSON.stringify(caseInput({ description: `عمود الإنارة رقم ${i} مطفأ منذ أسبوع والطريق مظلم ليلاً` })) },
        ...(file ? [{ name: 'photo', file }] : []),
      ]);
      const res = await app.inject({ method: 'POST', url: '/api/v1/cases', payload: form.payload, headers: form.headers });
      expect(res.statusCode).toBe(201);
    }
    const before = await contents(database, config);
    expect(before.attachments.length).toBe(2);
    expect(before.events.length).toBeGreaterThanOrEqual(3);
    const to = path.join(tempDir('tawasul-backup-'), 'backup');

    if (testDbKind === 'pglite') {
      await app.close();
      await database.close();
      // While a server (another live process, here this one's parent) holds the embedded database, the backup says it must stop.
      const lock = path.join(config.dataDir, 'tawasul.lock');
      const startTime = fs.readFileSync(`/proc/${process.ppid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19];
      fs.writeFileSync(lock, JSON.stringify({ ...currentOwner(), pid: process.ppid, startTime }));
      await expect(backup(config, to)).rejects.toThrow(/stop the server/);
      expect(fs.existsSync(path.join(to, 'manifest.json'))).toBe(false);
      fs.rmSync(lock);
    }
    const started = performance.now();
    const manifest = await backup(config, to);
    const backupMs = performance.now() - started;
    if (testDbKind === 'postgres') {
      await app.close();
      await database.close();
    }
    expect(manifest).toMatchObject({
      database: testDbKind,
      counts: { cases: before.cases.length, events: before.events.length, attachments: 2 },
    });
    expect(manifest.migrations.length).toBeGreaterThan(10);
    expect(manifest.files.map((f) => f.sha256).sort()).toEqual([...new Set(before.attachments.map((a) => a.sha256))].sort());
    expect(verifyBackup(to)).toEqual(manifest);

    await destroy();
    const restoreStarted = performance.now();
    expect(await restore(config, to)).toEqual(manifest);
    const restoreMs = performance.now() - restoreStarted;
    console.info(`${testDbKind}: ${before.cases.length} cases backed up in ${Math.round(backupMs)} ms, restored in ${Math.round(restoreMs)} ms (${manifest.databaseFile.sizeBytes} bytes)`);

    database = await open();
    try {
      expect(await contents(database, config)).toEqual(before);
      // The restored application serves them: the public figures count the three cases.
      const restored = await buildApp(createContext(config, database, createLogger(config)));
      const stats = await restored.inject({ method: 'GET', url: '/api/v1/public/stats.json' });
      expect(stats.statusCode).toBe(200);
      await restored.close();
    } finally {
      await database.close();
    }

    // A second restore into what is no longer empty is refused.
    await expect(restore(config, to)).rejects.toThrow(BackupError);
  });

  it('refuses a backup whose files do not match the manifest, and a target that is not empty', async () => {
    const { config } = await setUp();
    const to = path.join(tempDir('tawasul-backup-'), 'backup');
    const manifest = await backup(config, to);
    await expect(backup(config, to)).rejects.toThrow(/not empty/);
    fs.appendFileSync(path.join(to, manifest.databaseFile.name), 'x');
    expect(() => verifyBackup(to)).toThrow(/checksum/);
    fs.rmSync(path.join(to, 'manifest.json'));
    expect(() => verifyBackup(to)).toThrow(/no manifest/);
  });
});
