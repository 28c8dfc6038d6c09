/**
 * A large case export while the server keeps answering: `npm run bench:export [-- --cases 100000]`.
 * Starts a throwaway PostgreSQL on 127.0.0.1 (durable: fsync on), migrates, seeds the demo and
 * generates the cases, then starts the server in its own process (background loops off) and, signed
 * in as a national coordinator, downloads every case as CSV and then as XLSX while asking `/healthz`
 * every 50 ms. For each it prints the rows, the bytes, the time to the first byte and in all, the
 * worst `/healthz` answer time during the download and the server's resident memory before and at
 * its peak (VmRSS sampled every 50 ms from /proc, and VmHWM).
 */
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { defaultDatabaseLimits, openPostgres } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { generateCases } from '../src/server/datagen/datagen.ts';
import { seedDemo } from '../src/server/seed/demo-seed.ts';
import { startPgCluster, withDatabaseName } from '../test/support/pg-cluster.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { signInOverHttp } from './support/http-session.ts';
import { memoryMiB } from './support/proc-memory.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CASES = Number(arg('cases') ?? 100_000);
/**
 * The server's Node options as the container image sets them (its ENV NODE_OPTIONS): the server is
 * measured as deployed. `--node-defaults` runs it with Node's own heap sizing instead.
 */
const NODE_OPTIONS = process.argv.includes('--node-defaults')
  ? ''
  : (/^\s*NODE_OPTIONS="([^"]*)"/m.exec(fs.readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8'))?.[1] ?? '');
const PASSWORD = 'bench-password-1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function download(base: string, cookie: string, format: 'csv' | 'xlsx', pid: number) {
  const rssBefore = memoryMiB(pid, 'VmRSS');
  let downloading = true;
  let worstProbe = 0;
  let probes = 0;
  let peakRss = rssBefore;
  const probing = (async () => {
    while (downloading) {
      const s = performance.now();
      const res = await fetch(`${base}/healthz`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`/healthz ${res.status}`);
      worstProbe = Math.max(worstProbe, performance.now() - s);
      probes++;
      peakRss = Math.max(peakRss, memoryMiB(pid, 'VmRSS'));
      await sleep(50);
    }
  })();
  const s = performance.now();
  let firstByte = NaN;
  let bytes = 0;
  let lines = 0;
  try {
    const res = await fetch(`${base}/api/v1/exports/cases.${format}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`export ${format}: ${res.status} ${await res.text()}`);
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (Number.isNaN(firstByte)) firstByte = performance.now() - s;
      bytes += value.length;
      if (format === 'csv') for (const b of value) if (b === 0x0a) lines++;
    }
    return {
      format,
      rows: format === 'csv' ? lines - 1 : NaN,
      truncated: res.headers.get('x-export-truncated'),
      bytes,
      firstByte,
      total: performance.now() - s,
      worstProbe,
      probes,
      rssBefore,
      peakRss,
      hwm: memoryMiB(pid, 'VmHWM'),
    };
  } finally {
    downloading = false;
    await probing;
  }
}

async function main() {
  const t0 = Date.now();
  console.log(`export bench: ${CASES.toLocaleString('en')} cases — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const cluster = await startPgCluster({ durable: true });
  try {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query('create database tawasul_export');
    const version = (await admin.query('show server_version')).rows[0].server_version;
    await admin.end();
    console.log(`PostgreSQL ${version} (throwaway cluster, fsync on)`);
    const url = withDatabaseName(cluster.adminUrl, 'tawasul_export');
    const database = openPostgres(url, 4, { ...defaultDatabaseLimits, statementTimeoutMs: 0, queryTimeoutMs: 3_600_000 });
    await migrate(database);
    await seedDemo(database.db, PASSWORD);
    const gen = await generateCases(database.db, { cases: CASES, events: false, log: (l) => console.log(`  datagen: ${l}`) });
    await sql`vacuum analyze cases`.execute(database.db);
    await database.close();
    console.log(`generated and vacuumed in ${((Date.now() - t0) / 1000).toFixed(0)} s (datagen ${(gen.ms / 1000).toFixed(0)} s)`);

    const server = await startServerProcess(
      {
        DATABASE_URL: url,
        TAWASUL_WORKER: 'off',
        TAWASUL_DEMO: 'off',
        TAWASUL_TOTP_REQUIRED_ROLES: 'none',
        TAWASUL_COOKIE_SECURE: 'off',
        TAWASUL_EXPORT_MAX_ROWS: String(CASES + 10_000),
        NODE_OPTIONS,
      },
      120_000,
    );
    try {
      const pid = server.child.pid!;
      console.log(`server: NODE_OPTIONS=${NODE_OPTIONS ? `"${NODE_OPTIONS}" (the container image's)` : '(none: Node\'s defaults)'}`);
      const cookie = await signInOverHttp(server.url, 'coordinator@ministry.demo', PASSWORD);
      // Warm: the first request of a process compiles code and plans queries.
      await (await fetch(`${server.url}/api/v1/exports/cases.csv?type=compliment`, { headers: { cookie } })).arrayBuffer();
      console.log('\nformat   rows      MiB   first byte ms   total s   worst /healthz ms (probes)   RSS before → peak MiB (growth)   VmHWM   load');
      for (const format of ['csv', 'xlsx'] as const) {
        const r = await download(server.url, cookie, format, pid);
        console.log(
          `${format.padEnd(6)} ${(Number.isNaN(r.rows) ? '—' : r.rows.toLocaleString('en')).padStart(8)} ${(r.bytes / 2 ** 20).toFixed(1).padStart(7)} ${r.firstByte.toFixed(0).padStart(14)} ${(r.total / 1000).toFixed(1).padStart(9)}   ${r.worstProbe.toFixed(0).padStart(17)} (${r.probes})        ${r.rssBefore.toFixed(0)} → ${r.peakRss.toFixed(0)} (+${(r.peakRss - r.rssBefore).toFixed(0)})   ${r.hwm.toFixed(0).padStart(10)}   ${os.loadavg()[0]!.toFixed(1)}${r.truncated === 'true' ? '  (truncated)' : ''}`,
        );
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    console.log(`\ntotal ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    cluster.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
