/**
 * Public pages under load: `npm run bench:reads [-- --cases 100000] [--seconds 10] [--connections 8]`.
 * Starts a throwaway PostgreSQL on 127.0.0.1, migrates, seeds the demo and generates the cases, then
 * starts the server (its own process, background loops off) twice: once keeping no answer
 * (TAWASUL_PUBLIC_MAX_AGE=0: every request computes, except that requests arriving during one
 * computation share it) and once as deployed (the public cache). For the public statistics, open data
 * (CSV and JSON) and the map it prints the first request's time (nothing kept yet) and, under
 * `connections` concurrent anonymous callers on loopback (accepting gzip, as browsers and CDNs do),
 * p50 / p95 / p99 and requests per second.
 */
import os from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import autocannon from 'autocannon';
import { defaultDatabaseLimits, openPostgres } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { generateCases } from '../src/server/datagen/datagen.ts';
import { seedDemo } from '../src/server/seed/demo-seed.ts';
import { startPgCluster, withDatabaseName } from '../test/support/pg-cluster.ts';
import { startServerProcess } from '../test/support/server-process.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CASES = Number(arg('cases') ?? 100_000);
const SECONDS = Number(arg('seconds') ?? 10);
const CONNECTIONS = Number(arg('connections') ?? 8);

const endpoints = ['/api/v1/public/stats', '/api/v1/public/stats.csv', '/api/v1/public/stats.json', '/api/v1/public/map'];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

/** `connections` callers asking for one URL for `seconds`; every answer's time kept for the quantiles. */
function load(url: string, seconds: number): Promise<{ times: number[]; ok: number; bad: number }> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (err, result) => {
      if (err) reject(err);
      else resolve({ times: times.sort((a, b) => a - b), ok: result['2xx'], bad: result.non2xx + result.errors });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
}

async function main() {
  const t0 = Date.now();
  console.log(`reads bench: ${CASES.toLocaleString('en')} cases, ${CONNECTIONS} concurrent anonymous callers, ${SECONDS} s each — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const cluster = await startPgCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query('create database tawasul_reads');
    const version = (await admin.query('show server_version')).rows[0].server_version;
    await admin.end();
    console.log(`PostgreSQL ${version} (throwaway cluster, fsync off)`);
    const url = withDatabaseName(cluster.adminUrl, 'tawasul_reads');
    // Generating is one long statement per step: no time limit on it (the server keeps its own).
    const database = openPostgres(url, 4, { ...defaultDatabaseLimits, statementTimeoutMs: 0, queryTimeoutMs: 3_600_000 });
    await migrate(database);
    await seedDemo(database.db, 'bench-password-1');
    const gen = await generateCases(database.db, { cases: CASES, log: (l) => console.log(`  datagen: ${l}`) });
    for (const table of ['cases', 'kpi_rollup', 'kpi_rwm_hist', 'kpi_map']) await sql`vacuum analyze ${sql.table(table)}`.execute(database.db);
    await database.close();
    console.log(`generated and vacuumed in ${((Date.now() - t0) / 1000).toFixed(0)} s (datagen ${(gen.ms / 1000).toFixed(0)} s)`);

    const loads: number[] = [];
    for (const [label, env] of [
      ['nothing kept', { TAWASUL_PUBLIC_MAX_AGE: '0' }],
      ['public cache', {}],
    ] as const) {
      const server = await startServerProcess({ ...env, DATABASE_URL: url, TAWASUL_WORKER: 'off', TAWASUL_DEMO: 'off' }, 120_000);
      try {
        console.log(`\n${label}${label === 'nothing kept' ? ' (TAWASUL_PUBLIC_MAX_AGE=0)' : ' (as deployed)'}`);
        console.log('endpoint                      first ms     p50 ms   p95 ms   p99 ms    req/s   errors  load   body');
        for (const path of endpoints) {
          const s = performance.now();
          const first = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
          const bytes = (await first.arrayBuffer()).byteLength;
          const firstMs = performance.now() - s;
          if (first.status !== 200) throw new Error(`${path}: ${first.status}`);
          const r = await load(`${server.url}${path}`, SECONDS);
          const kept = (await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': first.headers.get('etag') ?? '' } })).status === 304;
          const loadAvg = os.loadavg()[0]!;
          loads.push(loadAvg);
          const f = (x: number, w = 8) => x.toFixed(1).padStart(w);
          console.log(
            `${path.padEnd(28)} ${f(firstMs, 9)}  ${f(quantile(r.times, 0.5))} ${f(quantile(r.times, 0.95))} ${f(quantile(r.times, 0.99))} ${f(r.ok / SECONDS, 8)} ${String(r.bad).padStart(8)}  ${loadAvg.toFixed(1)}   ${(bytes / 1024).toFixed(0)} KiB${kept ? ', same answer after' : ''}`,
          );
        }
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    }
    console.log(`\nload average (1 min) while it ran: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    cluster.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
