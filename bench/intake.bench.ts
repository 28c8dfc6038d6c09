/**
 * Intake benchmark: starts `tawasul start` against a real PostgreSQL and against PGlite, drives
 * POST /api/v1/cases with realistic Arabic payloads at a fixed concurrency for a bounded time from
 * this (separate) process, and prints accepted cases/s and p50/p99 latency, with the CPU time per
 * case of the server (Node), of PostgreSQL's whole cluster and of this load generator, read from
 * /proc. On PostgreSQL the same run then measures the raw ceiling: pgbench against the same cluster,
 * as many clients for as long, each transaction one case row and its event row (see
 * support/pg-ceiling.ts), with its transactions/s, PostgreSQL CPU per transaction and the ratio of
 * intake to ceiling. PGlite runs twice, side by side: durable (the default: each commit fsynced) and
 * with TAWASUL_PGLITE_DURABLE=off.
 *
 *   npm run bench:intake [-- --seconds 20 --connections 32 --warmup 10 --only postgres,pglite-durable,pglite-no-fsync]
 *
 * The warm-up run before each measured one is not counted (default: as long as the measured run).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { postmasterPid, prepareCeiling, runCeiling } from './support/pg-ceiling.ts';
import { processCpuMs, selfCpuMs, treeCpuMs } from './support/proc-cpu.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    warmup: { type: 'string' },
    only: { type: 'string', default: 'postgres,pglite-durable,pglite-no-fsync' },
    'without-rollups': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmup = Number(values.warmup ?? values.seconds);
const only = new Set(values.only.split(','));

const places = [
  { governorate: 'capital', lat: 26.2235, lng: 50.5876, area: 'المنامة' },
  { governorate: 'muharraq', lat: 26.2572, lng: 50.6119, area: 'المحرق' },
  { governorate: 'northern', lat: 26.1551, lng: 50.4823, area: 'مدينة حمد' },
  { governorate: 'southern', lat: 26.0667, lng: 50.5577, area: 'الرفاع' },
];
const texts = [
  'عمود الإنارة أمام المنزل مطفأ منذ أسبوع والطريق مظلم تماماً في الليل مما يشكل خطراً على المارة والأطفال.',
  'تراكم المخلفات بجانب الحاوية في المجمع منذ عدة أيام وانتشار الروائح الكريهة والحشرات، نرجو سرعة الإزالة.',
  'حفرة كبيرة في الطريق رقم ٤١٥ بالقرب من الدوار تسببت في أضرار لعدة سيارات، يرجى صيانتها في أقرب وقت.',
  'أقترح زراعة أشجار وتوفير مظلات في الحديقة العامة بالمجمع لخدمة العائلات في فصل الصيف.',
];

function bodies(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const place = places[i % places.length]!;
    const light = i % 2 === 0;
    return JSON.stringify({
      type: light ? 'complaint' : 'complaint',
      serviceCode: light ? 'street_light_fault' : 'pothole',
      description: texts[i % texts.length],
      location: { ...place, lat: place.lat + (i % 100) / 10000, block: String(200 + (i % 50)), road: String(1000 + i) },
      contact: { name: 'مواطن تجريبي', phone: `3${String(6000000 + i).slice(-7)}` },
      attributes: light ? { fault_kind: 'off' } : {},
      language: 'ar',
    });
  });
}

async function drive(url: string, duration = seconds) {
  const pool = bodies(5000);
  let i = 0;
  const result = await autocannon({
    url: `${url}/api/v1/cases`,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: pool[i++ % pool.length] }) }],
  });
  return {
    accepted: result['2xx'],
    errors: result.non2xx + result.errors,
    perSecond: result['2xx'] / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

interface Measured {
  perSecond: number;
}

/**
 * One intake run against a fresh server: an uncounted warm-up, then the timed run, with the CPU
 * each process spent in it per accepted case — the server (Node; for PGlite it holds the database
 * too), PostgreSQL's whole cluster when `postmaster` is given, and this process (the load generator).
 */
async function run(label: string, env: Record<string, string>, options: { before?: () => Promise<void>; postmaster?: number } = {}): Promise<Measured> {
  const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn', TAWASUL_WORKER: 'off' }, 300_000);
  try {
    await options.before?.();
    await drive(server.url, warmup).catch(() => undefined); // warm-up run is not counted
    if (options.postmaster) await admin.query('checkpoint');
    const before = { node: processCpuMs(server.child.pid), pg: options.postmaster ? treeCpuMs(options.postmaster) : 0, load: selfCpuMs() };
    const r = await drive(server.url);
    const per = (ms: number) => (ms / Math.max(1, r.accepted)).toFixed(2);
    const node = per(processCpuMs(server.child.pid) - before.node);
    const pgCpu = options.postmaster ? `   PostgreSQL CPU ${per(treeCpuMs(options.postmaster) - before.pg)} ms/case` : '';
    const load = per(selfCpuMs() - before.load);
    console.log(
      `${label.padEnd(15)} ${r.perSecond.toFixed(0).padStart(6)} cases/s accepted   p50 ${r.p50} ms   p99 ${r.p99} ms   ` +
        `${options.postmaster ? 'Node' : 'server'} CPU ${node} ms/case${pgCpu}   load generator CPU ${load} ms/case   ` +
        `(${r.accepted} accepted, ${r.errors} errors, ${connections} connections, ${seconds} s, load ${os.loadavg()[0]!.toFixed(1)})`,
    );
    return r;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

/**
 * The CPU time this process spends on a fixed piece of work (parsing, serialising and hashing the
 * payloads): the same on every machine state, so a figure that rises with the load shows that the
 * CPU times per case of the same run are inflated by other work on the cores, not by the code.
 */
function calibration(): string {
  const pool = bodies(2000);
  const work = () => {
    for (const body of pool) createHash('sha256').update(JSON.stringify(JSON.parse(body))).digest('hex');
  };
  work(); // compiled before it is timed
  const cpu = selfCpuMs();
  const wall = performance.now();
  for (let round = 0; round < 10; round++) work();
  return `fixed task ${(selfCpuMs() - cpu).toFixed(0)} ms CPU in ${(performance.now() - wall).toFixed(0)} ms`;
}

console.log(
  `Intake benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, ` +
    `load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${calibration()}`,
);
const cluster = await startPgCluster({ durable: true });
const admin = new pg.Client({ connectionString: cluster.adminUrl });
await admin.connect();
const postmaster = await postmasterPid(admin);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-bench-'));
try {
  if (only.has('postgres')) {
    const intake = await run('postgres', { DATABASE_URL: cluster.adminUrl, TAWASUL_DEMO: 'on', TAWASUL_DATA_DIR: dataDir }, { postmaster });
    // The raw ceiling in the same run: PostgreSQL alone committing the same case and event rows.
    const transaction = await prepareCeiling(admin);
    const c = await runCeiling({ client: admin, port: cluster.port, clients: connections, seconds, warmup: Math.min(warmup, 5), transaction });
    console.log(
      `${'pg ceiling'.padEnd(15)} ${c.perSecond.toFixed(0).padStart(6)} tx/s (pgbench: one case row and its event row per transaction, prepared, ` +
        `primary keys only)   p50 ${c.p50.toFixed(1)} ms   p99 ${c.p99.toFixed(1)} ms   PostgreSQL CPU ${c.pgCpuPerTx.toFixed(2)} ms/tx   ` +
        `pgbench CPU ${c.clientCpuPerTx.toFixed(2)} ms/tx   (${c.transactions} committed, ${c.failed} failed, ${connections} clients, ${seconds} s, ` +
        `load ${os.loadavg()[0]!.toFixed(1)})`,
    );
    console.log(
      `${'intake/ceiling'.padEnd(15)} ${((100 * intake.perSecond) / Math.max(1, c.perSecond)).toFixed(1).padStart(6)} %   ` +
        `(the server, PostgreSQL and the load generator share ${os.cpus().length} cores)`,
    );
    await admin.query('drop table bench_case_events, bench_cases');
  }
  if (values['without-rollups']) {
    // Diagnostic: the same run with the indicator roll-up trigger off, to show what it costs.
    await run('pg-norollup', { DATABASE_URL: cluster.adminUrl, TAWASUL_DEMO: 'on', TAWASUL_DATA_DIR: dataDir }, {
      postmaster,
      before: async () => void (await admin.query('alter table cases disable trigger kpi_cases_insert')),
    });
  }
  const pglite = (durable: 'on' | 'off') => ({
    DATABASE_URL: '',
    TAWASUL_DATA_DIR: path.join(dataDir, `pglite-${durable}`),
    TAWASUL_DEMO: 'on',
    TAWASUL_PGLITE_DURABLE: durable,
  });
  if (only.has('pglite-durable')) await run('pglite durable', pglite('on'));
  if (only.has('pglite-no-fsync')) await run('pglite no-fsync', pglite('off'));
  console.log(`calibration at the end: ${calibration()}, load ${os.loadavg()[0]!.toFixed(1)}`);
} finally {
  await admin.end();
  cluster.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
