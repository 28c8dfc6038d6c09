import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { testDbKind } from '../support/test-app.ts';
import { withDatabaseName } from '../support/pg-cluster.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** An empty database (never the seeded test template): a new data directory, or a new PostgreSQL database. */
async function emptyDatabase(): Promise<Record<string, string>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-demo-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  if (testDbKind === 'pglite') return { TAWASUL_DATA_DIR: dataDir };
  const adminUrl = inject('pgAdminUrl');
  const name = `demo_${randomBytes(5).toString('hex')}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await run(`create database ${name}`);
  cleanups.push(() => run(`drop database if exists ${name} with (force)`));
  return { TAWASUL_DATA_DIR: dataDir, DATABASE_URL: withDatabaseName(adminUrl, name) };
}

/** Cases received over the last 13 months, as the public figures count them (from the folded indicators). */
async function publicReceived(server: ServerProcess): Promise<number> {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - 13);
  const res = await fetch(`${server.url}/api/v1/public/stats?from=${d.toISOString().slice(0, 7)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { national: { totals: { received: number } } }).national.totals.received;
}

async function stop(server: ServerProcess) {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

describe(`the first start of the demo (${testDbKind})`, () => {
  it('generates TAWASUL_DEMO_CASES cases of history with a progress bar, folded into the public figures', async () => {
    const env = { ...(await emptyDatabase()), TAWASUL_DEMO: 'on', TAWASUL_DEMO_CASES: '300', TAWASUL_DEMO_PASSWORD: 'demo-history' };
    const server = await startServerProcess(env, 120_000);
    try {
      const out = server.output();
      expect(out).toContain('Generating a year of demo history: 300 cases');
      // The bar: done/total, a rate, the time left; then the later phases and the total time.
      expect(out).toMatch(/\[#*-*\] \d+\/300 cases {2}[\d,]+\/s {2}(about \d+ s left|done)/);
      expect(out).toMatch(/\[#{24}\] 300\/300 cases .*folding the indicators/);
      expect(out).toMatch(/Generated 300 demo cases in \d+\.\d s/);
      expect(await publicReceived(server)).toBe(300);
    } finally {
      await stop(server);
    }
    // A later start on the same database generates nothing more.
    const again = await startServerProcess(env, 120_000);
    try {
      expect(again.output()).not.toContain('Generating');
      expect(await publicReceived(again)).toBe(300);
    } finally {
      await stop(again);
    }
  }, 300_000);

  // The switch itself is the same on both databases; once is enough.
  if (testDbKind === 'pglite')
    it('TAWASUL_DEMO_CASES=0 gives the demo without history', async () => {
      const server = await startServerProcess({ ...(await emptyDatabase()), TAWASUL_DEMO: 'on', TAWASUL_DEMO_CASES: '0' }, 120_000);
      try {
        expect(server.output()).not.toContain('Generating');
        expect(await publicReceived(server)).toBe(0);
      } finally {
        await stop(server);
      }
    }, 300_000);
});
