import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/server/auth/password.ts';
import { openPGlite, type Database } from '../../src/server/db/database.ts';
import { openTestDatabase, testDbKind } from '../support/test-app.ts';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/tawasul.js');

let env: Record<string, string>;
let dataDir: string;
let closeDb: () => Promise<void> = async () => {};

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-cli-'));
  if (testDbKind === 'postgres') {
    const database = await openTestDatabase();
    env = { DATABASE_URL: database.url!, TAWASUL_DATA_DIR: dataDir };
    closeDb = () => database.close();
  } else {
    env = { DATABASE_URL: '', TAWASUL_DATA_DIR: dataDir, TAWASUL_DEMO_PASSWORD: 'cli-test-password' };
    await run(process.execPath, [bin, 'seed', '--demo'], { env: { ...process.env, ...env } });
  }
}, 120_000);
afterAll(async () => {
  await closeDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const cli = (args: string[], extra: Record<string, string> = {}) =>
  run(process.execPath, [bin, 'user', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env, ...extra } });

/** Reads the database the CLI wrote, once the CLI process has exited (PGlite admits one process). */
async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  if (testDbKind === 'postgres') {
    const { openPostgres } = await import('../../src/server/db/database.ts');
    const db = openPostgres(env.DATABASE_URL!, 2);
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  }
  const db = await openPGlite(dataDir);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

describe('tawasul user', () => {
  it('adds a staff member; passwd and disable take effect; every change is audited', async () => {
    const add = await cli(['add', '--email', 'New.Officer@capital.demo', '--name', 'موظف جديد', '--role', 'officer', '--entity', 'capital'], {
      TAWASUL_PASSWORD: 'first-password-123',
    });
    expect(add.stdout).toMatch(/Added staff member/);
    const row = await withDb((d) => d.db.selectFrom('staff_users').selectAll().where('email', '=', 'new.officer@capital.demo').executeTakeFirstOrThrow());
    expect(row).toMatchObject({ role: 'officer', active: true });
    expect(await verifyPassword(row.password_hash, 'first-password-123')).toBe(true);

    const passwd = await cli(['passwd', 'new.officer@capital.demo']);
    const printed = /Password: ([A-Za-z0-9]{16})/.exec(passwd.stdout)?.[1];
    expect(printed).toBeDefined();
    await cli(['disable', 'new.officer@capital.demo']);
    const after = await withDb(async (d) => ({
      user: await d.db.selectFrom('staff_users').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow(),
      audit: await d.db.selectFrom('audit_log').select('action').where('target_id', '=', String(row.id)).orderBy('id').execute(),
    }));
    expect(after.user.active).toBe(false);
    expect(await verifyPassword(after.user.password_hash, printed!)).toBe(true);
    expect(after.audit.map((a) => a.action)).toEqual(['staff.add', 'staff.password', 'staff.disable']);
  }, 120_000);

  it('refuses an unknown role or entity with exit code 2', async () => {
    await expect(cli(['add', '--email', 'x@y.demo', '--name', 'x', '--role', 'king', '--entity', 'capital'])).rejects.toMatchObject({ code: 2 });
    await expect(cli(['add', '--email', 'x@y.demo', '--name', 'x', '--role', 'officer', '--entity', 'atlantis'])).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
