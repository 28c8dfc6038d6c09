import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, createLogger } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database.ts';
import { caseInput } from '../support/factories.ts';
import { openTestDatabase, testDbKind } from '../support/test-app.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/tawasul.js');
let dataDir: string;
let env: Record<string, string>;
let closeDb: () => Promise<void> = async () => {};

/** Opens the database the worker processes use (PGlite: only while no worker runs). */
async function open(): Promise<Database> {
  return testDbKind === 'postgres' ? openPostgres(env.DATABASE_URL!, 2) : openPGlite(dataDir);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-worker-'));
  if (testDbKind === 'postgres') {
    const database = await openTestDatabase();
    env = { DATABASE_URL: database.url!, TAWASUL_DATA_DIR: dataDir };
    closeDb = () => database.close();
  } else {
    env = { DATABASE_URL: '', TAWASUL_DATA_DIR: dataDir };
    await promisify(execFile)(process.execPath, [bin, 'seed', '--demo'], { env: { ...process.env, ...env } });
  }
}, 120_000);
afterAll(async () => {
  await closeDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startWorker() {
  const child = spawn(process.execPath, [bin, 'worker'], {
    env: { ...process.env, ...env, TAWASUL_SWEEP_SECONDS: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const ready = (async () => {
    for (let i = 0; i < 600 && !/worker running/.test(out); i++) {
      if (child.exitCode !== null) throw new Error(out);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return { child, exited, ready, output: () => out };
}

async function escalationKinds(db: Database, reference: string) {
  const rows = await db.db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select(['e.kind', 'e.data'])
    .where('c.reference', '=', reference)
    .where('e.kind', 'in', ['sla_warning', 'escalated'])
    .orderBy('e.id')
    .execute();
  return rows.map((r) => `${r.kind}@${(typeof r.data === 'string' ? JSON.parse(r.data) : r.data).atPercent}`);
}

describe(`tawasul worker (${testDbKind})`, () => {
  it('fires each escalation step once, in order, with two workers and across a restart', async () => {
    // A case whose clock started long ago: every step of the ladder is due.
    let database = await open();
    const ctx = createContext(loadConfig({ ...env, LOG_LEVEL: 'silent' }), database, createLogger({ logLevel: 'silent' }));
    const { body } = await ctx.cases.intake.create(caseInput(), { requestFingerprint: 'w', submitter: { kind: 'public', id: null }, files: [] });
    const longAgo = new Date(Date.now() - 120 * 86_400_000);
    await database.db.updateTable('cases').set({ sla_started_at: longAgo, sla_next_check_at: longAgo }).where('reference', '=', body.reference).execute();
    if (testDbKind === 'pglite') await database.close();

    const workers = testDbKind === 'postgres' ? [startWorker(), startWorker()] : [startWorker()];
    await Promise.all(workers.map((w) => w.ready));
    await new Promise((r) => setTimeout(r, 3000));
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));

    // Restart: the case is forced due again; a new worker must fire nothing new.
    if (testDbKind === 'pglite') database = await open();
    expect(await escalationKinds(database, body.reference)).toEqual(['sla_warning@75', 'escalated@100', 'escalated@150']);
    await database.db.updateTable('cases').set({ sla_next_check_at: longAgo }).where('reference', '=', body.reference).execute();
    if (testDbKind === 'pglite') await database.close();
    const again = startWorker();
    await again.ready;
    await new Promise((r) => setTimeout(r, 2000));
    again.child.kill('SIGTERM');
    await again.exited;
    if (testDbKind === 'pglite') database = await open();
    expect(await escalationKinds(database, body.reference)).toEqual(['sla_warning@75', 'escalated@100', 'escalated@150']);
    const row = await database.db.selectFrom('cases').select(['escalation_level', 'sla_state']).where('reference', '=', body.reference).executeTakeFirstOrThrow();
    expect(row).toEqual({ escalation_level: 2, sla_state: 'breached' });
    await database.close();
  }, 180_000);
});
