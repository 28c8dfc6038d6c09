/**
 * The raw PostgreSQL ceiling for intake: `pgbench` against the benchmark's own cluster, each
 * transaction one statement that inserts one case row — a real case the application wrote, copied
 * value for value — and its `created` event, into two tables shaped like `cases` and `case_events`
 * with their columns, types and defaults and a primary key each, and nothing else: no CHECKs, no
 * foreign keys, no other indexes, no triggers, and the search vector stored as the bytes the case
 * has rather than computed. What PostgreSQL on this machine can commit at best, one round trip per
 * case, for the same bytes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { childPids, endedChildrenCpuMs, treeCpuMs } from './proc-cpu.ts';

/** The newest pgbench of the Debian PostgreSQL packages (it ships with the server). */
export function findPgbench(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  return fs
    .readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin', 'pgbench'))
    .find((p) => fs.existsSync(p));
}

/** The postmaster of the cluster a client is connected to (the parent of its backend). */
export async function postmasterPid(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  const stat = fs.readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[1]);
}

const raw = { getTypeParser: () => (v: string) => v };

/**
 * A literal pgbench passes through untouched: pgbench takes `:name` anywhere in a statement for one
 * of its variables, so a colon (in a time, a text) is written as an escape in an E'' string.
 */
function literal(v: string | null): string {
  if (v === null) return 'null';
  if (!v.includes(':') && !v.includes('\\')) return `'${v.replace(/'/g, "''")}'`;
  return `E'${v.replace(/\\/g, '\\\\').replace(/'/g, "''").replace(/:/g, '\\x3a')}'`;
}

async function rowValues(client: pg.Client, sql: string, id: string, skip: string[]) {
  const r = await client.query({ text: sql, values: [id], rowMode: 'array', types: raw });
  if (!r.rows[0]) throw new Error(`no row for ${sql} (${id})`);
  const pairs = r.fields.map((f, i) => [f.name, (r.rows[0] as (string | null)[])[i]!] as const).filter(([n]) => !skip.includes(n));
  return { columns: pairs.map(([n]) => n).join(', '), values: pairs.map(([, v]) => literal(v)).join(', ') };
}

/** Creates the two tables and returns the one-statement transaction, copied from the newest case. */
export async function prepareCeiling(client: pg.Client): Promise<string> {
  await client.query(`
    drop table if exists bench_case_events, bench_cases;
    create table bench_cases (like cases including defaults including identity);
    alter table bench_cases add primary key (id);
    create table bench_case_events (like case_events including defaults including identity);
    alter table bench_case_events add primary key (id);`);
  const { rows } = await client.query<{ id: string }>('select max(id)::text as id from cases');
  if (!rows[0]?.id) throw new Error('no case to copy: run the intake first');
  const c = await rowValues(client, 'select * from cases where id = $1', rows[0].id, ['id', 'created_at', 'updated_at']);
  const e = await rowValues(client, "select * from case_events where case_id = $1 and kind = 'created'", rows[0].id, ['id', 'case_id', 'created_at']);
  return (
    `with c as (insert into bench_cases (${c.columns}) values (${c.values}) returning id) ` +
    `insert into bench_case_events (case_id, ${e.columns}) select id, ${e.values} from c;\n`
  );
}

export interface CeilingResult {
  transactions: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** The whole cluster's CPU per committed transaction, ms. */
  pgCpuPerTx: number;
  /** pgbench's own CPU per transaction, ms. */
  clientCpuPerTx: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

async function pgbench(bin: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`pgbench exited ${code}:\n${out}`))));
  });
}

/**
 * Runs the transaction with `clients` connections for `seconds` (prepared statements, two pgbench
 * threads), after an uncounted warm-up, and measures the cluster's CPU over the timed run.
 */
export async function runCeiling(options: {
  client: pg.Client;
  port: number;
  clients: number;
  seconds: number;
  warmup: number;
  transaction: string;
}): Promise<CeilingResult> {
  const bin = findPgbench();
  if (!bin) throw new Error('pgbench not found under /usr/lib/postgresql/*/bin (it ships with the postgresql server package)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-pgbench-'));
  try {
    const script = path.join(dir, 'case.sql');
    fs.writeFileSync(script, options.transaction);
    const base = ['-h', '127.0.0.1', '-p', String(options.port), '-U', 'postgres', '-n', '-M', 'prepared', '-f', script, '-c', String(options.clients), '-j', '2'];
    if (options.warmup > 0) await pgbench(bin, [...base, '-T', String(options.warmup), 'postgres']);
    const pm = await postmasterPid(options.client);
    await options.client.query('checkpoint');
    const childrenBefore = childPids(pm).length;
    const pgBefore = treeCpuMs(pm);
    const clientBefore = endedChildrenCpuMs();
    const out = await pgbench(bin, [...base, '-T', String(options.seconds), '-l', `--log-prefix=${path.join(dir, 'log')}`, 'postgres']);
    await waitForBackendsToEnd(pm, childrenBefore);
    const pgCpu = treeCpuMs(pm) - pgBefore;
    const clientCpu = endedChildrenCpuMs() - clientBefore;
    const transactions = Number(/number of transactions actually processed: (\d+)/.exec(out)?.[1] ?? 0);
    const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
    const latencies = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('log'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .filter(Boolean)
      .map((line) => Number(line.split(' ')[2]) / 1000)
      .sort((a, b) => a - b);
    return {
      transactions,
      failed,
      perSecond: transactions / options.seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      pgCpuPerTx: pgCpu / Math.max(1, transactions),
      clientCpuPerTx: clientCpu / Math.max(1, transactions),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * pgbench's backends have ended and the postmaster has waited for them, so that their CPU is in its
 * reaped children's time: it has no more children than before the run.
 */
async function waitForBackendsToEnd(postmaster: number, childrenBefore: number) {
  for (let i = 0; i < 100 && childPids(postmaster).length > childrenBefore; i++) await new Promise((r) => setTimeout(r, 100));
}
