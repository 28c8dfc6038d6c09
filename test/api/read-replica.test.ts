import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/server/db/database-errors.ts';
import { openPostgres, type Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { seedDemo } from '../../src/server/seed/demo-seed.ts';
import { buildCase, coordinatorSession } from '../support/factories.ts';
import { startPgCluster, startPgReplica, withDatabaseName, type PgCluster } from '../support/pg-cluster.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, createTestAppOn, testDbKind } from '../support/test-app.ts';

/**
 * Reads that may be stale go to a streaming replica while it is close behind the primary, and to
 * the primary when it lags or is gone. A primary and a replica of its own (pg_basebackup -R), so
 * replay can be paused without touching the shared test server. Fails — never skips — without
 * PostgreSQL's server binaries.
 */

interface ReplicaApp {
  app: FastifyInstance;
  database: Database;
  coordinator: Session;
  close(): Promise<void>;
}

async function until(what: string, check: () => Promise<boolean>, withinMs = 10_000): Promise<void> {
  const end = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

if (testDbKind === 'postgres') describe('a streaming replica for reads that may be stale (postgres)', () => {
  let primary: PgCluster;
  let replica: PgCluster;
  let primaryUrl: string;
  let replicaUrl: string;
  const apps: ReplicaApp[] = [];

  /** The application with DATABASE_URL on the primary and DATABASE_READ_URL on the replica. */
  async function replicaApp(maxLagSeconds: number): Promise<ReplicaApp> {
    const database = openPostgres(primaryUrl, 4, undefined, { url: replicaUrl, maxLagSeconds, checkEveryMs: 150, answerWithinMs: 500 });
    const t = await createTestAppOn(database, { TAWASUL_METRICS_TOKEN: 'metrics-token-for-replica-test' });
    const handle = { app: t.app, database, coordinator: await coordinatorSession(t.app), close: () => t.close() };
    apps.push(handle);
    return handle;
  }

  const replicaState = async (a: ReplicaApp) => (await a.app.inject({ url: '/readyz' })).json().replica?.state as string | undefined;
  const listed = async (a: ReplicaApp) => {
    const res = await a.app.inject(as(a.coordinator, { url: '/api/v1/cases?limit=100' }));
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { reference: string }[]).map((c) => c.reference);
  };
  /** Connections the application's reads hold open on a server. */
  const readConnections = async (url: string) => Number((await query<{ n: string }>(url, "select count(*) as n from pg_stat_activity where application_name = 'tawasul-read'"))[0]!.n);

  beforeAll(async () => {
    const started = Date.now();
    primary = await startPgCluster({ replication: true });
    await query(primary.adminUrl, 'create database tawasul');
    primaryUrl = withDatabaseName(primary.adminUrl, 'tawasul');
    const setup = openPostgres(primaryUrl, 2);
    await migrate(setup);
    await seedDemo(setup.db, inject('testPassword'));
    await setup.close();
    replica = await startPgReplica(primary);
    replicaUrl = withDatabaseName(replica.adminUrl, 'tawasul');
    console.info(`primary, demo and replica ready in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    for (const a of apps) await a.close().catch(() => {});
    replica?.stop();
    primary?.stop();
  });

  let fresh: { reference: string; trackingToken: string };

  it('lists and indicators read from the replica; a case just submitted is read from the primary', async () => {
    const tolerant = await replicaApp(60);
    await until('the replica is in use', async () => (await replicaState(tolerant)) === 'in_use');
    await query(replicaUrl, 'select pg_wal_replay_pause()');
    fresh = await buildCase(tolerant.app);

    // The case page by its tracking token reads its own write, on the primary.
    const page = await tolerant.app.inject({ url: `/api/v1/cases/${fresh.reference}`, headers: { 'x-tracking-token': fresh.trackingToken } });
    expect(page.statusCode, page.body).toBe(200);
    // The staff list reads the replica, whose replay stopped before the case: not there yet.
    expect(await listed(tolerant)).not.toContain(fresh.reference);

    const kpi = await tolerant.app.inject(as(tolerant.coordinator, { url: '/api/v1/kpi/entities' }));
    expect(kpi.statusCode, kpi.body).toBe(200);
    expect(await readConnections(replicaUrl)).toBeGreaterThan(0);
    expect(await readConnections(primaryUrl)).toBe(0);

    const metrics = await tolerant.app.inject({ url: '/metrics', headers: { authorization: 'Bearer metrics-token-for-replica-test' } });
    expect(metrics.body).toMatch(/^tawasul_db_replica_in_use 1$/m);
    expect(metrics.body).toMatch(/^tawasul_db_replica_lag_seconds \d/m);
  });

  it('a replica further behind than the bound is skipped: the list reads the primary, then the replica again once it caught up', async () => {
    const strict = await replicaApp(1);
    // Lagging at once (nothing it replayed is known to be recent); the figure shown is a lower bound
    // that grows with the pause.
    await until('the paused replica is found lagging by more than a second', async () => {
      const r = (await strict.app.inject({ url: '/readyz' })).json().replica;
      return r?.state === 'lagging' && r.lagSeconds > 1;
    });
    expect(await listed(strict)).toContain(fresh.reference);
    const metrics = await strict.app.inject({ url: '/metrics', headers: { authorization: 'Bearer metrics-token-for-replica-test' } });
    expect(metrics.body).toMatch(/^tawasul_db_replica_in_use 0$/m);
    const ready = await strict.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().replica.lagSeconds).toBeGreaterThan(1);

    await query(replicaUrl, 'select pg_wal_replay_resume()');
    await until('the replica caught up is used again', async () => (await replicaState(strict)) === 'in_use');
    expect(await listed(strict)).toContain(fresh.reference);
    expect(await listed(apps[0]!)).toContain(fresh.reference);
  });

  it('a replica that is gone is skipped without an error, and used again once it is back', async () => {
    const tolerant = apps[0]!;
    expect(await replicaState(tolerant)).toBe('in_use');
    // A read leaves an idle connection to the replica in the pool.
    const firstCase = () => tolerant.database.reader.selectFrom('cases').select('reference').where('reference', '=', fresh.reference).execute();
    expect(await firstCase()).toEqual([{ reference: fresh.reference }]);
    expect(await readConnections(replicaUrl)).toBeGreaterThan(0);
    replica.halt();
    // At once, before the pool has heard of the closed connections: the read is handed the idle
    // connection of a server that is gone, finds it lost, and runs on the primary instead.
    expect(await firstCase()).toEqual([{ reference: fresh.reference }]);
    expect(tolerant.database.replica!().state).toBe('unavailable');
    for (let i = 0; i < 5; i++) expect(await listed(tolerant)).toContain(fresh.reference);
    const kpi = await tolerant.app.inject(as(tolerant.coordinator, { url: '/api/v1/kpi/entities' }));
    expect(kpi.statusCode, kpi.body).toBe(200);
    const ready = await tolerant.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().replica.state).toBe('unavailable');

    replica.start();
    await until('the restarted replica is used again', async () => (await replicaState(tolerant)) === 'in_use', 20_000);
    expect(await listed(tolerant)).toContain(fresh.reference);
    expect(await readConnections(replicaUrl)).toBeGreaterThan(0);
  });

  it('a replica and a primary both gone: the read fails as unavailable, and the application carries on', async () => {
    const tolerant = apps[0]!;
    await until('the replica is in use', async () => (await replicaState(tolerant)) === 'in_use', 20_000);
    const read = () => tolerant.database.reader.selectFrom('cases').select('reference').limit(1).execute();
    expect(await read()).toHaveLength(1); // an idle replica connection in the pool
    replica.halt();
    primary.halt();
    // The replica's connection is found lost, and the primary cannot be reached either.
    const failed = await read().then(() => undefined, (error: unknown) => error);
    expect(isDatabaseUnavailable(failed), String(failed)).toBe(true);
    const ready = await tolerant.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    primary.start();
    await until('the primary answers again', async () => (await tolerant.app.inject({ url: '/readyz' })).statusCode === 200, 20_000);
    expect(await read()).toHaveLength(1);
  });
});
else describe('reads on PGlite (pglite)', () => {
  it('go through the one embedded connection: the reader is the database itself, and readiness names no replica', async () => {
    const t = await createTestApp();
    try {
      expect(t.ctx.database.reader).toBe(t.ctx.database.db);
      expect(t.ctx.database.replica).toBeUndefined();
      const ready = await t.app.inject({ url: '/readyz' });
      expect(ready.json()).toEqual({ status: 'ok', database: 'pglite' });
    } finally {
      await t.close();
    }
  });
});
