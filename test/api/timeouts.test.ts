import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, createContext, createLogger } from '../../src/server/app.ts';
import { loadConfig, type DatabaseLimits, type HttpLimits } from '../../src/server/config.ts';
import { isConnectionLost, isDatabaseUnavailable } from '../../src/server/db/database-errors.ts';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { MemoryNotifier } from '../../src/server/notify/notifier.ts';
import { seedDemo } from '../../src/server/seed/demo-seed.ts';
import { caseInput } from '../support/factories.ts';
import { startPgCluster, withDatabaseName, type PgCluster } from '../support/pg-cluster.ts';
import { testDbKind } from '../support/test-app.ts';

// Small limits, so that every cut-off happens within seconds of the test.
const dbLimits: DatabaseLimits = { connectTimeoutMs: 1000, statementTimeoutMs: 1000, idleInTransactionTimeoutMs: 5000, queryTimeoutMs: 1500 };
const httpLimits: HttpLimits = { requestTimeoutMs: 2000, headersTimeoutMs: 1000, keepAliveTimeoutMs: 5000, idleTimeoutMs: 10_000 };
/** The longest a request may wait on a database that does not answer: a connection or a query limit, and slack for a shared CPU. */
const dbAnswerLimitMs = Math.max(dbLimits.connectTimeoutMs, dbLimits.queryTimeoutMs) + 1000;

/** The processes of a PostgreSQL cluster: its postmaster (found by its port) and the postmaster's children. */
function clusterPids(port: number): number[] {
  const pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const args = (pid: number) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return [];
    }
  };
  const postmaster = pids.find((pid) => {
    const a = args(pid);
    return /postgres$/.test(a[0] ?? '') && a.some((v, i) => (v === '-p' && a[i + 1] === String(port)) || v === `-p${port}`);
  });
  if (!postmaster) throw new Error(`no postmaster on port ${port}`);
  const parent = (pid: number) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return -1;
    }
  };
  return [postmaster, ...pids.filter((pid) => parent(pid) === postmaster)];
}

interface Harness {
  app: FastifyInstance;
  url: string;
  database: Database;
  /** Makes the database stop answering (not down: frozen); answers the function that thaws it. */
  freeze(): Promise<() => void>;
  close(): Promise<void>;
}

async function openFreezableDatabase(): Promise<{ database: Database; freeze: Harness['freeze']; stop: () => void }> {
  if (testDbKind === 'postgres') {
    // A cluster of its own: freezing the shared one would stall every other test file.
    const cluster: PgCluster = await startPgCluster();
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query('create database tawasul_freeze');
    await admin.end();
    const database = openPostgres(withDatabaseName(cluster.adminUrl, 'tawasul_freeze'), 6, dbLimits);
    await migrate(database);
    await seedDemo(database.db, inject('testPassword'));
    const freeze = async () => {
      const [postmaster, ...children] = clusterPids(cluster.port);
      process.kill(postmaster!, 'SIGSTOP'); // first, so that it forks no new backend meanwhile
      for (const pid of children) process.kill(pid, 'SIGSTOP');
      return () => {
        for (const pid of [...children, postmaster!]) process.kill(pid, 'SIGCONT');
      };
    };
    return { database, freeze, stop: () => cluster.stop() };
  }
  // PGlite: one connection, held by a transaction that does not finish — the embedded equivalent
  // of a database that does not answer (PGlite cannot be paused from outside its own thread).
  const tarball = fs.readFileSync(inject('pgliteTemplate'));
  const database = await openPGlite(undefined, { loadDataDir: new Blob([tarball]), waitMs: dbLimits.connectTimeoutMs });
  const freeze = async () => {
    let thaw!: () => void;
    const held = new Promise<void>((resolve) => (thaw = resolve));
    let holding!: () => void;
    const started = new Promise<void>((resolve) => (holding = resolve));
    void database.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      holding();
      await held;
    });
    await started;
    return thaw;
  };
  return { database, freeze, stop: () => {} };
}

async function startHarness(): Promise<Harness> {
  const { database, freeze, stop } = await openFreezableDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-timeouts-'));
  const config = { ...loadConfig({ TAWASUL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', TAWASUL_WORKER: 'off' }), dbLimits, httpLimits };
  const ctx = createContext(config, database, createLogger(config), new MemoryNotifier());
  const app = await buildApp(ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as net.AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    database,
    freeze,
    async close() {
      await app.close();
      await database.close();
      stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h?.close());

async function timed(url: string, init?: RequestInit) {
  const started = performance.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  const body = await res.text();
  return { res, body, ms: performance.now() - started };
}

const submit = () =>
  timed(`${h.url}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(caseInput()) });

describe(`a database that does not answer (${testDbKind})`, () => {
  it('makes /readyz answer 503 within a second and a submission 503 within the limit; it recovers by itself', async () => {
    expect((await timed(`${h.url}/readyz`)).res.status).toBe(200);
    expect((await submit()).res.status).toBe(201); // the pool now holds open connections, as in service

    const thaw = await h.freeze();
    try {
      const ready = await timed(`${h.url}/readyz`);
      expect(ready.res.status).toBe(503);
      expect(ready.ms).toBeLessThan(1000);
      expect(ready.res.headers.get('retry-after')).toMatch(/^\d+$/);

      const again = await timed(`${h.url}/readyz`); // probes do not pile up behind the first
      expect(again.res.status).toBe(503);
      expect(again.ms).toBeLessThan(1000);

      const submitted = await submit();
      expect(submitted.res.status).toBe(503);
      expect(submitted.ms).toBeLessThan(dbAnswerLimitMs);
      expect(submitted.res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(submitted.res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(JSON.parse(submitted.body)).toMatchObject({ status: 503, code: 'service_unavailable' });

      // A second submission: connections retired by the first do not make it wait longer.
      const second = await submit();
      expect(second.res.status).toBe(503);
      expect(second.ms).toBeLessThan(dbAnswerLimitMs);

      expect((await timed(`${h.url}/healthz`)).res.status).toBe(200); // the process itself is alive
    } finally {
      thaw();
    }

    // Recovery needs no restart: readiness and intake come back on their own.
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await timed(`${h.url}/readyz`)).res.status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect((await submit()).res.status).toBe(201);
  }, 60_000);
});

if (testDbKind === 'postgres') describe('a connection lost between two statements of a transaction (postgres)', () => {
  it('fails that transaction as unavailable, and the process and the pool carry on', async () => {
    const { db } = h.database;
    let statements = 0;
    const failed = await db
      .transaction()
      .execute(async (trx) => {
        const { pid } = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!;
        statements++;
        // Ended from another connection while this one is handed out and idle: the server says so
        // and closes it, which node-postgres raises as an 'error' event on the client.
        await sql`select pg_terminate_backend(${pid})`.execute(db);
        await new Promise((r) => setTimeout(r, 200));
        await sql`select 1`.execute(trx);
        statements++;
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(statements).toBe(1);
    expect(isDatabaseUnavailable(failed)).toBe(true);
    expect(isConnectionLost(failed)).toBe(true);
    // The lost connection is not handed out again: every later query succeeds.
    for (let i = 0; i < 8; i++) expect((await sql<{ n: number }>`select ${i}::int as n`.execute(db)).rows).toEqual([{ n: i }]);
    expect((await submit()).res.status).toBe(201);
  });
});

/** Opens a raw connection, writes `head`, then `drip` one byte every 250 ms; answers when and how the server ended it. */
function slowClient(port: number, head: string, drip: string): Promise<{ ms: number; received: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let i = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (!socket.writable) return;
        socket.write(drip[i++ % drip.length]!);
      }, 250);
    });
    socket.on('data', (d) => (received += d.toString('latin1')));
    socket.on('error', () => {}); // a reset counts as cut off; 'close' follows
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, received });
    });
    setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error(`still connected after 20 s; received: ${received}`));
    }, 20_000);
  });
}

describe(`slow clients are cut off (${testDbKind})`, () => {
  const port = () => (h.app.server.address() as net.AddressInfo).port;

  it('a body sent one byte every 250 ms is cut off at the request limit while /healthz stays fast', async () => {
    const head =
      'POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"description":"';
    const slow = slowClient(port(), head, 'x');
    const health: number[] = [];
    let done = false;
    void slow.finally(() => (done = true));
    while (!done) {
      const r = await timed(`${h.url}/healthz`);
      expect(r.res.status).toBe(200);
      health.push(r.ms);
      await new Promise((r) => setTimeout(r, 100));
    }
    const { ms, received } = await slow;
    expect(ms).toBeGreaterThanOrEqual(httpLimits.requestTimeoutMs - 100);
    expect(ms).toBeLessThan(httpLimits.requestTimeoutMs + 1500);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(health.length).toBeGreaterThan(5);
    expect(Math.max(...health)).toBeLessThan(500);
  }, 30_000);

  it('headers sent one byte every 250 ms are cut off at the headers limit', async () => {
    const { ms } = await slowClient(port(), 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 'abc');
    expect(ms).toBeLessThan(httpLimits.headersTimeoutMs + 1500);
  }, 30_000);
});
