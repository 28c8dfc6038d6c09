/**
 * Intake benchmark: starts `tawasul start` against a real PostgreSQL and against PGlite, drives
 * POST /api/v1/cases with realistic Arabic payloads at a fixed concurrency for a bounded time from
 * this (separate) process, and prints accepted cases/s and p50/p99 latency. PGlite runs twice, side
 * by side: durable (the default: each commit fsynced) and with TAWASUL_PGLITE_DURABLE=off.
 *
 *   npm run bench:intake [-- --seconds 20 --connections 32 --warmup 10 --only postgres,pglite-durable,pglite-no-fsync]
 *
 * The warm-up run before each measured one is not counted (default: as long as the measured run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { startPgCluster } from '../test/support/pg-cluster.ts';
import { startServerProcess } from '../test/support/server-process.ts';

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

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; 0 elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

async function run(label: string, env: Record<string, string>, before?: () => Promise<void>) {
  const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn', TAWASUL_WORKER: 'off' }, 300_000);
  try {
    await before?.();
    await drive(server.url, warmup).catch(() => undefined); // warm-up run is not counted
    const cpuBefore = cpuMs(server.child.pid);
    const r = await drive(server.url);
    const cpuPerCase = (cpuMs(server.child.pid) - cpuBefore) / Math.max(1, r.accepted);
    console.log(
      `${label.padEnd(15)} ${r.perSecond.toFixed(0).padStart(6)} cases/s accepted   p50 ${r.p50} ms   p99 ${r.p99} ms   ` +
        `server CPU ${cpuPerCase.toFixed(2)} ms/case   (${r.accepted} accepted, ${r.errors} errors, ${connections} connections, ${seconds} s, load ${os.loadavg()[0]!.toFixed(1)})`,
    );
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

console.log(
  `Intake benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, ` +
    `load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
);
const cluster = await startPgCluster({ durable: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-bench-'));
try {
  if (only.has('postgres')) await run('postgres', { DATABASE_URL: cluster.adminUrl, TAWASUL_DEMO: 'on', TAWASUL_DATA_DIR: dataDir });
  if (values['without-rollups']) {
    // Diagnostic: the same run with the indicator roll-up trigger off, to show what it costs.
    await run('pg-norollup', { DATABASE_URL: cluster.adminUrl, TAWASUL_DEMO: 'on', TAWASUL_DATA_DIR: dataDir }, async () => {
      const c = new pg.Client({ connectionString: cluster.adminUrl });
      await c.connect();
      await c.query('alter table cases disable trigger kpi_cases_insert');
      await c.end();
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
} finally {
  cluster.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
