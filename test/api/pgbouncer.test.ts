import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres } from '../../src/server/db/database.ts';
import { buildCase, coordinatorSession } from '../support/factories.ts';
import { startPgBouncer, type PgBouncer } from '../support/pgbouncer.ts';
import { as, signInStaff } from '../support/sessions.ts';
import { createTestApp, createTestAppOn, testDbKind, type TestApp } from '../support/test-app.ts';

/**
 * The application through PgBouncer in transaction mode: a server connection is the client's only
 * for one transaction, so nothing may rely on the session. The pooler gets fewer server connections
 * than the application's pool has clients. Fails — never skips — when PgBouncer is missing.
 */

async function admin<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

if (testDbKind === 'postgres') {
  describe('PgBouncer in transaction mode (postgres)', () => {
    const name = `t_pgb_${randomBytes(5).toString('hex')}`;
    let bouncer: PgBouncer;
    let t: TestApp;

    beforeAll(async () => {
      await admin(`create database ${name} template tawasul_template`);
      // The connection limits, which the application sends as startup parameters and PgBouncer
      // must drop, are the database's own settings: every server connection starts with them.
      await admin(`alter database ${name} set statement_timeout = '30s'`);
      await admin(`alter database ${name} set idle_in_transaction_session_timeout = '60s'`);
      const port = Number(new URL(inject('pgAdminUrl')).port);
      bouncer = await startPgBouncer(
        { port, database: name, user: 'postgres' },
        { pool_mode: 'transaction', default_pool_size: 2, max_client_conn: 50, ignore_startup_parameters: 'statement_timeout,idle_in_transaction_session_timeout' },
      );
      // PgBouncer 1.18 (Debian 12) cannot carry a statement prepared on one server connection to
      // the next transaction's: behind it the hot statements are not prepared (TAWASUL_DB_PREPARED=off).
      t = await createTestAppOn(openPostgres(bouncer.url, 8, undefined, undefined, { prepared: false }));
    });

    afterAll(async () => {
      await t?.close();
      await bouncer?.stop();
      await admin(`drop database if exists ${name} with (force)`);
    });

    it('submits, acts, lists, reads indicators and exports through the pooler, on two server connections', async () => {
      const receipts = await Promise.all(Array.from({ length: 6 }, () => buildCase(t.app)));
      const officer = await signInStaff(t.app, `officer@${receipts[0]!.entity.code}.demo`);
      const page = await t.app.inject(as(officer, { url: `/api/v1/cases/${receipts[0]!.reference}` }));
      expect(page.statusCode, page.body).toBe(200);
      const note = await t.app.inject(
        as(officer, { method: 'POST', url: `/api/v1/cases/${receipts[0]!.reference}/actions/note`, payload: { body: 'ملاحظة داخلية' }, headers: { 'if-match': String(page.json().version) } }),
      );
      expect(note.statusCode, note.body).toBe(200);
      expect(note.json().version).toBe(page.json().version + 1);

      // More requests at once than the pooler has server connections.
      const lists = await Promise.all(Array.from({ length: 12 }, () => t.app.inject(as(officer, { url: '/api/v1/cases?limit=50' }))));
      for (const res of lists) {
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().items.map((c: { reference: string }) => c.reference)).toEqual(expect.arrayContaining(receipts.map((r) => r.reference)));
      }
      const coordinator = await coordinatorSession(t.app);
      const kpi = await t.app.inject(as(coordinator, { url: '/api/v1/kpi/entities' }));
      expect(kpi.statusCode, kpi.body).toBe(200);
      const csv = await t.app.inject(as(officer, { url: '/api/v1/exports/cases.csv' }));
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.body).toContain(receipts[5]!.reference);

      const servers = await admin<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = '${name}'`);
      expect(servers[0]!.n).toBeLessThanOrEqual(2);
    });

    it("keeps the database's time limits on every server connection, though the pooler drops the startup parameters", async () => {
      const shown = await Promise.all(Array.from({ length: 4 }, () => sql<{ statement_timeout: string }>`show statement_timeout`.execute(t.ctx.database.db)));
      for (const r of shown) expect(r.rows[0]!.statement_timeout).toBe('30s');
      const idle = await sql<{ idle_in_transaction_session_timeout: string }>`show idle_in_transaction_session_timeout`.execute(t.ctx.database.db);
      expect(idle.rows[0]!.idle_in_transaction_session_timeout).toBe('1min');
    });
  });
} else {
  describe('PgBouncer (pglite)', () => {
    it('has nothing to pool on PGlite: one embedded connection, and readiness says so', async () => {
      const t = await createTestApp();
      try {
        expect(t.ctx.database.poolUse).toBeUndefined();
        expect((await t.app.inject({ url: '/readyz' })).json().database).toBe('pglite');
      } finally {
        await t.close();
      }
    });
  });
}
