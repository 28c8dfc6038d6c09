/**
 * Dashboard latency at national scale: `npm run bench:kpi [-- --cases 1000000] [--runs 200] [--backlog N]`.
 * Starts a throwaway PostgreSQL on 127.0.0.1, migrates, seeds the demo, generates the cases,
 * serves the app in-process on a loopback port and fires each dashboard request many times, one
 * at a time (at most 200 times or 20 s each), printing p50 / p95 / max per endpoint. The roll-ups
 * start folded (as the worker keeps them); with `--backlog N` the endpoints are timed a second time
 * with N unfolded roll-up deltas (recent cases changed, the fold not run), which readers add up.
 */
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { sql } from 'kysely';
import { buildApp, createContext, createLogger } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openPostgres } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { generateCases } from '../src/server/datagen/datagen.ts';
import { seedDemo } from '../src/server/seed/demo-seed.ts';
import { startPgCluster, withDatabaseName } from '../test/support/pg-cluster.ts';
import { signInOverHttp } from './support/http-session.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CASES = Number(arg('cases') ?? 1_000_000);
const MAX_RUNS = Number(arg('runs') ?? 200);
const BACKLOG = Number(arg('backlog') ?? 0);
const MAX_MS = 20_000;
const PASSWORD = 'bench-password-1';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main() {
  const t0 = Date.now();
  console.log(`kpi bench: ${CASES.toLocaleString('en')} cases — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const cluster = await startPgCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query('create database tawasul_bench');
    const version = (await admin.query('show server_version')).rows[0].server_version;
    await admin.end();
    console.log(`PostgreSQL ${version} (throwaway cluster, fsync off)`);
    const database = openPostgres(withDatabaseName(cluster.adminUrl, 'tawasul_bench'), 10);
    await migrate(database);
    await seedDemo(database.db, PASSWORD);
    const gen = await generateCases(database.db, { cases: CASES, log: (l) => console.log(`  datagen: ${l}`) });
    await sql`vacuum analyze cases`.execute(database.db);
    await sql`vacuum analyze kpi_rollup`.execute(database.db);
    await sql`vacuum analyze kpi_rwm_hist`.execute(database.db);
    console.log(`generated and vacuumed in ${((Date.now() - t0) / 1000).toFixed(0)} s (datagen ${(gen.ms / 1000).toFixed(0)} s)`);

    const config = { ...loadConfig({ LOG_LEVEL: 'error', TAWASUL_DATA_DIR: os.tmpdir() }), cookieSecure: false };
    const ctx = createContext(config, database, createLogger(config));
    const app = await buildApp(ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const login = (email: string) => signInOverHttp(base, email, PASSWORD);
    const national = await login('coordinator@ministry.demo');
    const capital = await login('entity_admin@capital.demo');
    const endpoints: [string, string, string | null][] = [
      ['coordinator', '/api/v1/kpi/entities', national],
      ['coordinator', '/api/v1/kpi/breakdown?by=service', national],
      ['coordinator', '/api/v1/kpi/breakdown?by=type', national],
      ['coordinator', '/api/v1/kpi/breakdown?by=channel', national],
      ['coordinator', '/api/v1/kpi/breakdown?by=governorate', national],
      ['coordinator', '/api/v1/kpi/breakdown?by=unit', national],
      ['coordinator', '/api/v1/kpi/trends?by=month', national],
      ['coordinator', '/api/v1/kpi/trends?by=week', national],
      ['coordinator', '/api/v1/kpi/trends?by=month&service=street_light_fault', national],
      ['coordinator', '/api/v1/kpi/breaches', national],
      ['capital admin', '/api/v1/kpi/entities', capital],
      ['capital admin', '/api/v1/kpi/breakdown?by=service', capital],
      ['capital admin', '/api/v1/kpi/trends?by=week', capital],
      ['anyone', '/api/v1/public/stats', null],
      ['anyone', '/api/v1/public/map', null],
      ['anyone', '/api/v1/public/map?service=street_light_fault', null],
      ['anyone', '/api/v1/public/stats.csv', null],
    ];
    const timeAll = async (label: string) => {
      const deltas = Number((await sql<{ n: number }>`select count(*)::int8 as n from kpi_delta`.execute(database.db)).rows[0]!.n);
      console.log(`\n${label}: ${deltas.toLocaleString('en')} unfolded roll-up deltas`);
      console.log(`period: the default (the 12 months up to today); requests one at a time, ≤ ${MAX_RUNS} or ${MAX_MS / 1000} s each\n`);
      console.log('who            endpoint                                                   n    p50 ms  p95 ms  max ms');
      for (const [who, path, cookie] of endpoints) {
        const times: number[] = [];
        const started = Date.now();
        for (let i = 0; i < MAX_RUNS + 3 && Date.now() - started < MAX_MS; i++) {
          const s = performance.now();
          const res = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          if (i >= 3) times.push(performance.now() - s);
        }
        times.sort((a, b) => a - b);
        const f = (x: number) => x.toFixed(1).padStart(7);
        console.log(`${who.padEnd(14)} ${path.padEnd(58)} ${String(times.length).padStart(4)} ${f(quantile(times, 0.5))} ${f(quantile(times, 0.95))} ${f(times.at(-1)!)}`);
      }
    };
    /**
     * The dashboard's national figures against a direct count over the same cases (the period the
     * answer names, in the platform's zone): the roll-ups and unfolded deltas must agree exactly.
     */
    const checkAgainstCases = async (label: string) => {
      const res = await fetch(`${base}/api/v1/kpi/entities`, { headers: { cookie: national } });
      const body = (await res.json()) as { period: { from: string; to: string; timeZone: string }; national: Record<string, number | null> };
      const { from, to, timeZone } = body.period;
      const open = ['new', 'assigned', 'in_progress', 'awaiting_citizen'];
      const row = (
        await sql<Record<string, string | number | null>>`
          select count(*)::int8 as received,
            count(*) filter (where resolved_at is not null)::int8 as resolved,
            count(*) filter (where status = 'closed')::int8 as closed,
            count(*) filter (where status = 'rejected')::int8 as rejected,
            count(*) filter (where status = 'merged')::int8 as merged,
            count(*) filter (where status in (${sql.join(open)}))::int8 as open,
            count(*) filter (where status in (${sql.join(open)}) and sla_state = 'breached')::int8 as open_breached,
            avg(rating) filter (where resolved_at is not null and rating is not null)::float8 as mean_rating,
            count(*) filter (where transfer_count > 0)::int8 as transferred
          from cases
          where (created_at at time zone ${timeZone})::date between ${from}::date and ${to}::date`.execute(database.db)
      ).rows[0]!;
      const n = (v: unknown) => Number(v);
      const direct: Record<string, number> = {
        received: n(row.received),
        resolved: n(row.resolved),
        closed: n(row.closed),
        rejected: n(row.rejected),
        merged: n(row.merged),
        open: n(row.open),
        openBreached: n(row.open_breached),
        meanRating: Math.round(n(row.mean_rating) * 100) / 100,
        transferRate: Math.round((n(row.transferred) / n(row.received)) * 10_000) / 100,
        rejectionRate: Math.round((n(row.rejected) / n(row.received)) * 10_000) / 100,
      };
      const differ = Object.entries(direct).filter(([k, v]) => Math.abs(Number(body.national[k]) - v) > 0.0051);
      const shown = Object.entries(direct).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ');
      if (differ.length) throw new Error(`${label}: dashboard and direct count differ: ${differ.map(([k, v]) => `${k} ${body.national[k]} ≠ ${v}`).join('; ')}`);
      console.log(`\n${label}: national figures ${from}…${to} equal a direct count over the cases (${shown})`);
    };
    await timeAll('roll-ups folded');
    await checkAgainstCases('roll-ups folded');
    if (BACKLOG > 0) {
      // Recent cases change in a counted way (a first transfer): one delta each, left unfolded.
      await sql`update cases set transfer_count = 1 where id in (
        select id from cases where transfer_count = 0 order by created_at desc limit ${BACKLOG})`.execute(database.db);
      await timeAll('with a fold backlog');
      await checkAgainstCases('with a fold backlog');
      const t = Date.now();
      const folded = await ctx.kpi.folder.foldAll();
      console.log(`\nfolded ${folded.toLocaleString('en')} deltas in ${Date.now() - t} ms`);
    }
    const sizes = await sql<{ t: string; rows: number; mb: number }>`
      select relname as t, n_live_tup::int8 as rows, round(pg_total_relation_size(relid) / 1048576.0)::int8 as mb
      from pg_stat_user_tables where relname in ('cases', 'kpi_rollup', 'kpi_rwm_hist', 'kpi_map', 'kpi_delta') order by 1`.execute(database.db);
    console.log(`\ntables: ${sizes.rows.map((r) => `${r.t} ${Number(r.rows).toLocaleString('en')} rows ${r.mb} MB`).join('; ')}`);
    await app.close();
    await database.close();
  } finally {
    cluster.stop();
    console.log(`total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}

await main();
