import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../support/factories.ts';
import { startServerProcess } from '../support/server-process.ts';
import { openTestDatabase, testDbKind } from '../support/test-app.ts';

let dataDir: string;
let env: Record<string, string>;
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-kill-'));
  if (testDbKind === 'postgres') {
    const database = await openTestDatabase();
    env = { DATABASE_URL: database.url!, TAWASUL_DATA_DIR: dataDir, TAWASUL_DEMO: 'off' };
    close = () => database.close();
  } else {
    env = { TAWASUL_DATA_DIR: dataDir, TAWASUL_DEMO: 'on', TAWASUL_DEMO_PASSWORD: 'kill-test' };
  }
}, 120_000);

afterAll(async () => {
  await close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe(`a case acknowledged just before SIGKILL survives (${testDbKind})`, () => {
  it('is there after a restart', async () => {
    const first = await startServerProcess(env, 90_000);
    const res = await fetch(`${first.url}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(caseInput({ description: 'شكوى قبل انقطاع مفاجئ' })),
    });
    expect(res.status).toBe(201);
    first.child.kill('SIGKILL'); // no graceful shutdown, no flush: the instant after the acknowledgement
    const receipt = (await res.json()) as { reference: string; trackingToken: string };
    expect(await first.exited).toBe('SIGKILL');

    const second = await startServerProcess(env, 90_000);
    try {
      const tracked = await fetch(`${second.url}/api/v1/cases/${receipt.reference}`, {
        headers: { 'x-tracking-token': receipt.trackingToken },
      });
      expect(tracked.status).toBe(200);
      const body = (await tracked.json()) as { description: string; reference: string };
      expect(body.reference).toBe(receipt.reference);
      expect(body.description).toBe('شكوى قبل انقطاع مفاجئ');
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0); // graceful shutdown ends cleanly
    }
  }, 240_000);

  // PGlite only: PostgreSQL guards its own data directory.
  if (testDbKind === 'pglite') it('a second process on the same data directory stops with a clear message', async () => {
    const first = await startServerProcess(env, 90_000);
    try {
      await expect(startServerProcess(env, 30_000)).rejects.toThrow(/in use by another Tawasul process/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  }, 240_000);
});
