/**
 * Reads under load: `npm run bench:reads [-- --cases=100000] [--part=public|staff|all] [--seconds=10]
 * [--connections=8] [--staff-seconds=5] [--url=postgres://…]`.
 * Starts a throwaway PostgreSQL on 127.0.0.1 (fsync off for the load), migrates, seeds the demo and
 * generates the cases (or, with `--url`, reads a database already generated so), then starts the
 * server in its own process (background loops off).
 *
 * Public part (issue 18, item 5): the server twice, once keeping no answer
 * (TAWASUL_PUBLIC_MAX_AGE=0: every request computes, except that requests arriving during one
 * computation share it) and once as deployed (the public cache). For the public statistics, open data
 * (CSV and JSON) and the map it prints the first request's time (nothing kept yet) and, under
 * `connections` concurrent anonymous callers on loopback (accepting gzip, as browsers and CDNs do),
 * p50 / p95 / p99 and requests per second.
 *
 * Staff part (item 7): a national coordinator's session; the inbox's first page, each filter, and
 * `q=` with a frequent, a mid-frequency and an uncommon Arabic word and an English word (picked by
 * counting words in a sample of the cases, then counted exactly), a rare word (planted in 50
 * cases: the generated text has none) and an absent one; one request at a time (p50 / p95) and
 * `connections` at once (p95), and the case page (p50). Before timing it prints, for each word, a
 * summary of `explain (analyze, buffers)` of the very query the case list runs (which index, rows
 * read and removed, buffers, time), and of the way not taken. `assignee=me` needs cases assigned
 * to the coordinator: the generator assigns none, so one case in 200 is assigned to them first.
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
import { isStopWord, normalizeForIndex, searchTermGroups } from '../src/common/arabic.ts';
import { CaseListRepository } from '../src/server/cases/case-list.repository.ts';
import { signInOverHttp } from './support/http-session.ts';

/** `--name=value` or `--name value` from the command line. */
const arg = (name: string) => {
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const CASES = Number(arg('cases') ?? 100_000);
const SECONDS = Number(arg('seconds') ?? 10);
const STAFF_SECONDS = Number(arg('staff-seconds') ?? 5);
const CONNECTIONS = Number(arg('connections') ?? 8);
const PART = arg('part') ?? 'all';
const GIVEN_URL = arg('url');
const PASSWORD = 'bench-password-1';
if (!['public', 'staff', 'all'].includes(PART)) throw new Error(`--part: public, staff or all, not ${PART}`);

const endpoints = ['/api/v1/public/stats', '/api/v1/public/stats.csv', '/api/v1/public/stats.json', '/api/v1/public/map'];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

/** `connections` callers asking for one URL for `seconds`; every answer's time kept for the quantiles. */
function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<{ times: number[]; ok: number; bad: number }> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const options = { url, connections: CONNECTIONS, duration: seconds, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } };
    const instance = autocannon(options, (err, result) => {
      if (err) reject(err);
      else resolve({ times: times.sort((a, b) => a - b), ok: result['2xx'], bad: result.non2xx + result.errors });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
}

const f1 = (x: number, w = 8) => x.toFixed(1).padStart(w);
const thousands = (n: number) => n.toLocaleString('en');

/** A throwaway cluster with the generated cases, or the database given with `--url`. */
async function prepare(t0: number): Promise<{ url: string; stop: () => void }> {
  if (GIVEN_URL) {
    console.log(`database given (--url): ${new URL(GIVEN_URL).pathname.slice(1)}, used as generated`);
    return { url: GIVEN_URL, stop: () => {} };
  }
  const cluster = await startPgCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query('create database tawasul_reads');
    const version = (await admin.query('show server_version')).rows[0].server_version;
    await admin.end();
    console.log(`PostgreSQL ${version} (throwaway cluster, fsync off: the load is not what is measured)`);
    const url = withDatabaseName(cluster.adminUrl, 'tawasul_reads');
    // Generating is one long statement per step: no time limit on it (the server keeps its own).
    const database = openPostgres(url, 4, { ...defaultDatabaseLimits, statementTimeoutMs: 0, queryTimeoutMs: 3_600_000 });
    await migrate(database);
    await seedDemo(database.db, PASSWORD);
    const gen = await generateCases(database.db, { cases: CASES, log: (l) => console.log(`  datagen: ${l}`) });
    for (const table of ['cases', 'kpi_rollup', 'kpi_rwm_hist', 'kpi_map']) await sql`vacuum analyze ${sql.table(table)}`.execute(database.db);
    await database.close();
    console.log(`generated and vacuumed in ${((Date.now() - t0) / 1000).toFixed(0)} s (datagen ${(gen.ms / 1000).toFixed(0)} s)`);
    return { url, stop: () => cluster.stop() };
  } catch (err) {
    cluster.stop();
    throw err;
  }
}

/** Item 5: the public figures under concurrent anonymous callers, without and with the public cache. */
async function publicPart(url: string, loads: number[]) {
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
        console.log(
          `${path.padEnd(28)} ${f1(firstMs, 9)}  ${f1(quantile(r.times, 0.5))} ${f1(quantile(r.times, 0.95))} ${f1(quantile(r.times, 0.99))} ${f1(r.ok / SECONDS, 8)} ${String(r.bad).padStart(8)}  ${loadAvg.toFixed(1)}   ${(bytes / 1024).toFixed(0)} KiB${kept ? ', same answer after' : ''}`,
        );
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
}

interface Word {
  label: string;
  word: string;
  sampled: number;
}

/**
 * Search words by their share of the cases, counted with `ts_stat` over a 2 % sample of the
 * indexed text (surface forms, as people type them): the most frequent meaningful Arabic word, the
 * one nearest 2 %, the rarest seen at least five times, a rare word and an absent one, and an
 * English word nearest 2 %.
 */
async function pickWords(client: pg.Client, total: number): Promise<Word[]> {
  const { rows } = await client.query<{ word: string; ndoc: number; sample: number }>(
    `select word, ndoc::int, (select count(*)::int from cases tablesample bernoulli (2) repeatable (18)) as sample
       from ts_stat($$select to_tsvector('simple', search_text) from cases tablesample bernoulli (2) repeatable (18)$$)
      where ndoc >= 5 order by ndoc desc, word`,
  );
  const sample = rows[0]?.sample ?? 1;
  // A word that is its own stem: the cases holding it are the cases a search for it finds (a
  // surface form would also find every case holding its stem).
  const meaningful = (w: string) => searchTermGroups(w).length === 1 && searchTermGroups(w)[0]!.length === 1 && !isStopWord(w) && !/[0-9]/.test(w);
  const arabic = rows.filter((r) => /^[\u0600-\u06ff]{3,}$/.test(r.word) && meaningful(r.word));
  const english = rows.filter((r) => /^[a-z]{5,}$/.test(r.word) && meaningful(r.word) && !ENGLISH_STOP.has(r.word));
  const nearest = (list: typeof rows, share: number) => list.reduce((a, b) => (Math.abs(b.ndoc / sample - share) < Math.abs(a.ndoc / sample - share) ? b : a));
  if (!arabic.length || !english.length) throw new Error('no words to search in the sample');
  const chosen: [string, (typeof rows)[number]][] = [
    ['frequent', arabic[0]!],
    ['mid', nearest(arabic, 0.02)],
    ['uncommon', arabic.at(-1)!],
    ['English', nearest(english, 0.02)],
  ];
  const words = chosen.map(([label, r]) => ({ label, word: r.word, sampled: r.ndoc / sample }));
  // The generated text repeats a few hundred words: none is rarer than about half a percent. A
  // rare word (a place, a misspelling) is planted in RARE_CASES cases spread over the years, and
  // one word is in no case at all.
  const rare = normalizeForIndex(RARE_WORD);
  const planted = await client.query(`update cases set search_text = search_text || ' ' || $1 where id % $2 = 7 and search_text not like '%' || $1 || '%'`, [rare, Math.ceil(total / RARE_CASES)]);
  if (planted.rowCount) await client.query('analyze cases');
  return [...words.slice(0, 3), { label: 'rare', word: RARE_WORD, sampled: 0 }, { label: 'absent', word: ABSENT_WORD, sampled: 0 }, words[3]!];
}
const RARE_WORD = 'قنطرة';
const RARE_CASES = 50;
const ABSENT_WORD = 'زبرجد';
const ENGLISH_STOP = new Set(['there', 'their', 'about', 'which', 'these', 'since', 'after', 'before', 'other', 'where', 'would', 'could', 'every', 'under', 'still', 'being', 'please']);

/** One line of `explain (analyze, buffers)`: the way taken, the scans of cases, buffers and time. */
function explained({ plan, searchFirst }: { plan: unknown; searchFirst: boolean }): string {
  const top = (plan as [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }])[0];
  const buffers = (top.Plan['Shared Hit Blocks'] ?? 0) + (top.Plan['Shared Read Blocks'] ?? 0);
  const way = searchFirst ? 'matches first, through the full-text index' : 'newest first, testing each case';
  return `${way} — ${planSummary(top.Plan)}; ${thousands(buffers)} buffers; ${top['Execution Time'].toFixed(1)} ms (+${top['Planning Time'].toFixed(1)} ms planning)`;
}

/** The plan's nodes that read cases, flattened: what `explain` says the query did. */
function planSummary(plan: PlanNode): string {
  const scans: string[] = [];
  const visit = (n: PlanNode) => {
    const type = n['Node Type'];
    if (/Scan/.test(type) && (n['Relation Name'] === 'cases' || n['Index Name']?.startsWith('cases'))) {
      const removed = (n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0);
      scans.push(`${type}${n['Index Name'] ? ` ${n['Index Name']}` : ''} ×${n['Actual Loops']}: ${thousands(n['Actual Rows'] * n['Actual Loops'])} rows${removed ? `, ${thousands(removed)} removed` : ''}`);
    }
    for (const c of n.Plans ?? []) visit(c);
  };
  visit(plan);
  return scans.join('; ');
}
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** `runs` requests one after another (at most `seconds`), each timed; sorted. */
async function oneAtATime(urls: () => string, headers: Record<string, string>, seconds: number, runs = 200): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (times.length < runs && (times.length < 20 || performance.now() < end)) {
    const s = performance.now();
    const res = await fetch(urls(), { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${res.url}: ${res.status}`);
    times.push(performance.now() - s);
  }
  return times.sort((a, b) => a - b);
}

/** Item 7: a coordinator's inbox, its filters, search and the case page at the generated size. */
async function staffPart(url: string, loads: number[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const database = openPostgres(url, 2, { ...defaultDatabaseLimits, statementTimeoutMs: 0, queryTimeoutMs: 600_000 });
  try {
    const total = Number((await client.query('select count(*) from cases')).rows[0].count);
    const coordinator = (await client.query(`select id from staff_users where email = 'coordinator@ministry.demo'`)).rows[0].id as number;
    const assigned = await client.query('update cases set assignee_id = $1 where id % 200 = 0 and assignee_id is null', [coordinator]);
    if (assigned.rowCount) await client.query('analyze cases');
    const mine = Number((await client.query('select count(*) from cases where assignee_id = $1', [coordinator])).rows[0].count);
    console.log(`\nstaff: ${thousands(total)} cases; a national coordinator's session; ${thousands(mine)} cases assigned to them (for assignee=me)`);
    // Filter values: the least common value of each column that still holds 1 % of the cases, where a walk of the newest cases finds a page slowest.
    const least = async (column: string, join = '') =>
      (
        await client.query(
          `select v, n from (select ${column} as v, count(*)::int as n from cases c ${join} group by 1) x where v is not null and n >= $1 order by n, v limit 1`,
          [Math.ceil(total / 100)],
        )
      ).rows[0] as { v: string; n: number };
    const entity = await least('e.code', 'join entities e on e.id = c.entity_id');
    const service = await least('s.code', 'join services s on s.id = c.service_id');
    const governorate = await least('c.governorate');
    const channel = await least('c.channel');
    const type = await least('c.type');
    const counts = (
      await client.query(
        `select count(*) filter (where status = 'new')::int as new, count(*) filter (where priority = 'urgent')::int as urgent,
                count(*) filter (where sla_state = 'breached')::int as breached, count(*) filter (where escalation_level >= 1)::int as escalated
           from cases`,
      )
    ).rows[0] as Record<string, number>;

    const words = await pickWords(client, total);
    const repo = new CaseListRepository(database.db);
    const entityIds = (await client.query('select id from entities order by id')).rows.map((r) => Number(r.id));
    console.log('\nsearch words (share in a 2 % sample; cases matched, counted as the list counts them) and the plan of the list query for a national coordinator:');
    for (const w of words) {
      const terms = searchTermGroups(w.word);
      const base = { terms, sort: { column: 'created_at' as const, desc: true }, limit: 25, now: new Date() };
      const s = performance.now();
      const n = await repo.count(base);
      const countMs = performance.now() - s;
      console.log(`  q=${w.word} (${w.label}): ${(w.sampled * 100).toFixed(2)} % sampled, ${thousands(n)} cases (counted in ${countMs.toFixed(0)} ms)`);
      const chosen = await repo.explain({ ...base, entityIds });
      console.log(`    as listed: ${explained(chosen)}`);
      // The way not taken, for comparison (not when it would read a hundred thousand matches and more).
      if (chosen.searchFirst || n <= 100_000) console.log(`    the other way: ${explained(await repo.explain({ ...base, entityIds, searchFirst: !chosen.searchFirst }))}`);
      else console.log(`    the other way: not run (it would read and sort ${thousands(n)} matches)`);
    }

    const server = await startServerProcess(
      { DATABASE_URL: url, TAWASUL_WORKER: 'off', TAWASUL_DEMO: 'off', TAWASUL_TOTP_REQUIRED_ROLES: 'none', TAWASUL_COOKIE_SECURE: 'off' },
      120_000,
    );
    try {
      const headers = { cookie: await signInOverHttp(server.url, 'coordinator@ministry.demo', PASSWORD) };
      const lists: [string, string][] = [
        ['inbox, first page', ''],
        [`status=new (${thousands(counts.new!)})`, 'status=new'],
        [`entity=${entity.v} (${thousands(entity.n)})`, `entity=${entity.v}`],
        [`service=${service.v} (${thousands(service.n)})`, `service=${service.v}`],
        [`governorate=${governorate.v} (${thousands(governorate.n)})`, `governorate=${governorate.v}`],
        [`priority=urgent (${thousands(counts.urgent!)})`, 'priority=urgent'],
        [`slaState=breached (${thousands(counts.breached!)})`, 'slaState=breached'],
        [`channel=${channel.v} (${thousands(channel.n)})`, `channel=${channel.v}`],
        [`type=${type.v} (${thousands(type.n)})`, `type=${type.v}`],
        [`escalationMin=1 (${thousands(counts.escalated!)})`, 'escalationMin=1'],
        [`assignee=me (${thousands(mine)})`, 'assignee=me'],
        ...words.map((w): [string, string] => [`q= ${w.label} word`, `q=${encodeURIComponent(w.word)}`]),
      ];
      const references = (await client.query('select reference from cases order by random() limit 500')).rows.map((r) => r.reference as string);
      let next = 0;
      const casePage = () => `${server.url}/api/v1/cases/${references[next++ % references.length]}`;
      // Warm the server and the database's cache of each query once, as a working day would have.
      for (const [, query] of lists) await oneAtATime(() => `${server.url}/api/v1/cases?${query}`, headers, 0, 3);
      console.log(`\none at a time (${STAFF_SECONDS} s or 200 requests each) and ${CONNECTIONS} concurrent staff (${STAFF_SECONDS} s each); targets p95 < 100 ms alone, < 300 ms at ${CONNECTIONS}; case page p50 < 20 ms`);
      console.log('request                                       alone p50  alone p95   conc p50   conc p95    req/s  errors  load');
      const row = async (label: string, one: () => string, many: string) => {
        const alone = await oneAtATime(one, headers, STAFF_SECONDS);
        const r = await load(many, STAFF_SECONDS, headers);
        const loadAvg = os.loadavg()[0]!;
        loads.push(loadAvg);
        console.log(
          `${label.padEnd(44)} ${f1(quantile(alone, 0.5), 10)} ${f1(quantile(alone, 0.95), 10)} ${f1(quantile(r.times, 0.5), 10)} ${f1(quantile(r.times, 0.95), 10)} ${f1(r.ok / STAFF_SECONDS, 8)} ${String(r.bad).padStart(7)}  ${loadAvg.toFixed(1)}`,
        );
      };
      for (const [label, query] of lists) await row(label, () => `${server.url}/api/v1/cases?${query}`, `${server.url}/api/v1/cases?${query}`);
      // autocannon asks for one URL: the concurrent case pages read one case; one at a time, 500 different ones.
      await row('case page (500 cases; concurrent: one)', casePage, `${server.url}/api/v1/cases/${references[0]}`);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  } finally {
    await client.end();
    await database.close();
  }
}

async function main() {
  const t0 = Date.now();
  console.log(`reads bench: ${thousands(CASES)} cases, part ${PART}, ${CONNECTIONS} concurrent callers — ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const { url, stop } = await prepare(t0);
  try {
    const loads: number[] = [];
    if (PART !== 'staff') await publicPart(url, loads);
    if (PART !== 'public') await staffPart(url, loads);
    console.log(`\nload average (1 min) while it ran: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
