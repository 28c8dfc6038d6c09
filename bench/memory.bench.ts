/**
 * Does memory stay bounded as the data grows? `npm run bench:memory [-- --cases 50000]`.
 *
 * For PGlite (a data directory of its own) and PostgreSQL (a throwaway cluster, fsync off — the
 * figures are about memory, not durability):
 *   1. `scripts/datagen.ts` in a child process, twice: a fifth of the cases, then the rest on top.
 *      Its peak resident memory (VmRSS sampled every 50 ms from /proc) should not grow with the count.
 *   2. `tawasul start` in its own process (background loops off): resident memory fresh (after the
 *      first request), then during a load — submissions at 8 at a time, inbox pages with each filter
 *      and an Arabic search, indicator dashboards, one CSV export of every case, attachment
 *      downloads — at its peak and after 15 s of quiet; the same load twice, so that memory which
 *      only settles (V8 and PGlite keep what they grew) is told from memory that keeps growing.
 * Prints one line per database. Resident memory of a PGlite server includes the database itself
 * (PostgreSQL compiled to WebAssembly runs inside the Node process, its memory a WebAssembly heap
 * that grows and is never given back); a PostgreSQL server's does not (the cluster's processes
 * are separate and not counted).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { makePng } from '../test/support/files.ts';
import { startPgCluster, withDatabaseName } from '../test/support/pg-cluster.ts';
import { startServerProcess } from '../test/support/server-process.ts';
import { signInOverHttp } from './support/http-session.ts';
import { memoryMiB } from './support/proc-memory.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '50000' }, only: { type: 'string', default: 'pglite,postgres' } } });
const CASES = Number(values.cases);
const PASSWORD = 'bench-password-1';
const root = path.resolve(import.meta.dirname, '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const rss = (pid: number) => memoryMiB(pid, 'VmRSS');

/** Samples a process's VmRSS every 50 ms until `stop`; answers the highest seen. */
function sampler(pid: number) {
  let peak = 0;
  let on = true;
  const done = (async () => {
    while (on) {
      const now = rss(pid);
      if (!Number.isNaN(now)) peak = Math.max(peak, now);
      await sleep(50);
    }
  })();
  return {
    stop: async () => {
      on = false;
      await done;
      return peak;
    },
  };
}

/** Runs datagen in a child process; answers its peak resident memory in MiB. */
async function datagen(env: Record<string, string>, cases: number): Promise<{ peak: number; seconds: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/datagen.ts'), '--cases', String(cases), '--seed', String(cases)], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', TAWASUL_DEMO_PASSWORD: PASSWORD, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const s = sampler(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const peak = await s.stop();
  if (code !== 0) throw new Error(`datagen exited ${code}:\n${err.slice(-2000)}`);
  return { peak, seconds: (Date.now() - started) / 1000 };
}

/** Runs `fn` over `items` with at most `n` at once. */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

async function ok(res: Response, what: string): Promise<void> {
  const body = await res.arrayBuffer();
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${Buffer.from(body).toString().slice(0, 300)}`);
}

const texts = [
  'عمود الإنارة أمام المنزل مطفأ منذ أسبوع والطريق مظلم تماماً في الليل.',
  'تراكم المخلفات بجانب الحاوية في المجمع منذ عدة أيام وانتشار الروائح الكريهة.',
  'حفرة كبيرة في الطريق رقم ٤١٥ بالقرب من الدوار تسببت في أضرار لعدة سيارات.',
];

/** The load: submissions (some with a photo), lists, searches, dashboards, an export, downloads. */
async function load(base: string, cookie: string): Promise<void> {
  const png = makePng(640, 480);
  const submitted: { reference: string; token: string }[] = [];
  await pool(Array.from({ length: 1000 }, (_, i) => i), 8, async (i) => {
    const body = {
      type: 'complaint',
      serviceCode: i % 2 ? 'pothole' : 'street_light_fault',
      description: texts[i % texts.length],
      location: { governorate: 'capital', lat: 26.2235 + (i % 100) / 10000, lng: 50.5876, block: String(200 + (i % 50)) },
      contact: { name: 'مواطن تجريبي', phone: `3${String(6000000 + i).slice(-7)}` },
      attributes: i % 2 ? {} : { fault_kind: 'off' },
      language: 'ar',
    };
    let res: Response;
    if (i % 10 === 0) {
      const form = new FormData();
      form.set('case', JSON.stringify(body));
      form.append('photo', new Blob([png], { type: 'image/png' }), 'photo.png');
      res = await fetch(`${base}/api/v1/cases`, { method: 'POST', body: form });
    } else {
      res = await fetch(`${base}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    }
    const json = (await res.json()) as { reference?: string; trackingToken?: string };
    if (res.status !== 201) throw new Error(`submission: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    if (i % 10 === 0) submitted.push({ reference: json.reference!, token: json.trackingToken! });
  });
  const lists = [
    '', 'status=new', 'status=in_progress', 'type=suggestion', 'priority=high', 'slaState=breached', 'channel=hotline',
    'governorate=muharraq', 'q=' + encodeURIComponent('إنارة'), 'q=' + encodeURIComponent('حفرة الطريق'), 'q=streetlight',
  ];
  await pool(Array.from({ length: 220 }, (_, i) => lists[i % lists.length]!), 8, async (q) => {
    await ok(await fetch(`${base}/api/v1/cases?limit=50&${q}`, { headers: { cookie } }), `list ${q}`);
  });
  const kpi = ['/api/v1/kpi/entities', '/api/v1/kpi/breakdown?by=service', '/api/v1/kpi/breakdown?by=governorate', '/api/v1/kpi/trends?by=month', '/api/v1/public/stats'];
  await pool(Array.from({ length: 100 }, (_, i) => kpi[i % kpi.length]!), 8, async (u) => {
    await ok(await fetch(`${base}${u}`, { headers: { cookie } }), u);
  });
  await ok(await fetch(`${base}/api/v1/exports/cases.csv`, { headers: { cookie } }), 'export');
  await pool(submitted, 8, async ({ reference, token }) => {
    const view = (await (await fetch(`${base}/api/v1/cases/${reference}`, { headers: { 'x-tracking-token': token } })).json()) as {
      attachments?: { id: number }[];
    };
    for (const a of view.attachments ?? []) await ok(await fetch(`${base}/api/v1/cases/${reference}/attachments/${a.id}`, { headers: { 'x-tracking-token': token } }), 'download');
  });
}

async function measure(kind: 'pglite' | 'postgres', env: Record<string, string>) {
  const small = Math.max(1, Math.round(CASES / 5));
  const first = await datagen(env, small);
  const second = await datagen(env, CASES - small);
  const server = await startServerProcess(
    { ...env, TAWASUL_WORKER: 'off', TAWASUL_DEMO: 'off', TAWASUL_TOTP_REQUIRED_ROLES: 'none', TAWASUL_COOKIE_SECURE: 'off', TAWASUL_EXPORT_MAX_ROWS: String(CASES + 10_000) },
    300_000,
  );
  try {
    const pid = server.child.pid!;
    await ok(await fetch(`${server.url}/readyz`), 'readyz');
    await sleep(2000);
    const fresh = rss(pid);
    const cookie = await signInOverHttp(server.url, 'coordinator@ministry.demo', PASSWORD);
    // The same load twice: memory that is bounded settles after the first round; a leak grows again.
    const rounds: string[] = [];
    for (let round = 1; round <= 2; round++) {
      const s = sampler(pid);
      const started = Date.now();
      await load(server.url, cookie);
      const seconds = (Date.now() - started) / 1000;
      const peak = await s.stop();
      await sleep(15_000);
      rounds.push(`round ${round}: peak ${peak.toFixed(0)}, 15 s after ${rss(pid).toFixed(0)} (${seconds.toFixed(0)} s)`);
    }
    console.log(
      `${kind.padEnd(9)} datagen peak ${first.peak.toFixed(0)} MiB at ${small.toLocaleString('en')} cases (${first.seconds.toFixed(0)} s), ` +
        `${second.peak.toFixed(0)} MiB adding ${(CASES - small).toLocaleString('en')} (${second.seconds.toFixed(0)} s)   ` +
        `server RSS MiB: fresh ${fresh.toFixed(0)}; ${rounds.join('; ')}; load average ${os.loadavg()[0]!.toFixed(1)}`,
    );
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

console.log(
  `Memory benchmark — ${new Date().toISOString()}, ${CASES.toLocaleString('en')} cases, ${os.cpus().length} × ${os.cpus()[0]?.model}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
);
const only = new Set(values.only.split(','));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-memory-'));
try {
  if (only.has('pglite')) await measure('pglite', { DATABASE_URL: '', TAWASUL_DATA_DIR: path.join(dataDir, 'pglite'), TAWASUL_PGLITE_DURABLE: 'off' });
  if (only.has('postgres')) {
    const cluster = await startPgCluster({});
    try {
      const admin = new pg.Client({ connectionString: cluster.adminUrl });
      await admin.connect();
      await admin.query('create database tawasul_memory');
      await admin.end();
      await measure('postgres', { DATABASE_URL: withDatabaseName(cluster.adminUrl, 'tawasul_memory'), TAWASUL_DATA_DIR: path.join(dataDir, 'pg') });
    } finally {
      cluster.stop();
    }
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
