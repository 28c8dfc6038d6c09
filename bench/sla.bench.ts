/**
 * SLA engine throughput: `npm run bench:sla` (not a timed test; stops by itself within ~10 minutes).
 *
 * 1. Due-date computations per second on one core: runs bench/working-time.bench.ts in a child
 *    process (Bahrain calendar with holidays and Ramadan hours, random starts and targets, median
 *    of several timed passes) and prints its figure. Target: >= 1,000,000/s.
 * 2. One sweep over 1,000,000 open cases on PostgreSQL, 10% of them due and changing state.
 *    Target: < 10 s. A throwaway cluster (startPgCluster), migrated and seeded with the demo; the
 *    cases are made by one `insert … select … from generate_series(…)` whose clock columns come from
 *    a small table of start instants precomputed with the real engine (SlaService.startClock,
 *    openState), so due dates, states and next checks are what the application would have stored:
 *      - 10% (n % 10 = 0): clocks that are at risk or breached at `now` while the stored state is still
 *        'on_track' and the next check is the 75% instant (<= now) — each changes state when swept;
 *      - 5% (n % 20 = 5): awaiting the citizen, clock paused, no next check (as the engine stores it);
 *      - 85%: on track at `now`, next check (their 75% instant) in the future.
 *    Then VACUUM ANALYZE and time `new SlaSweeper(db, repo, sla).sweep(now, batchSize)` for a few
 *    batch sizes and once with 2 workers (what the worker does on PostgreSQL: createSlaServices), resetting
 *    the due 10% (and their fired steps) between runs; last, a diagnostic run with the indicator
 *    trigger on cases' updates (kpi_cases_update) switched off, to show its share. Each run prints how
 *    many of the cases' updates were heap-only (HOT). Suggestions' open statuses stop short of
 *    in_progress (which stops a suggestion's clock), so every due case changes state.
 *    One cluster serves both durability modes: it starts durable, and fsync, synchronous_commit and
 *    full_page_writes are switched off (ALTER SYSTEM + reload) for the load and the non-durable runs,
 *    then back on (with a CHECKPOINT) for the durable ones.
 *
 * Options: --mode=fast|durable|both (default both), --cases=N (default 1,000,000),
 * --pg-settings=a=1,b=2 (default shared_buffers=4GB,max_wal_size=8GB,wal_compression=lz4, the README's
 * settings for a national deployment; empty for PostgreSQL's defaults with shared_buffers 256MB),
 * --batches=2000,5000,10000, --cap-seconds=600 (the bench stops the cluster and exits past it;
 * runs that would not fit are skipped).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { CasePriority, CaseType } from '../src/common/enums.ts';
import { defaultDatabaseLimits, openPostgres, type Database } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import type { DB } from '../src/server/db/schema.ts';
import { seedDemo } from '../src/server/seed/demo-seed.ts';
import { openState, type ClockState } from '../src/server/sla/sla-clock.ts';
import { SlaRepository } from '../src/server/sla/sla.repository.ts';
import { SlaService } from '../src/server/sla/sla.service.ts';
import { SlaSweeper } from '../src/server/sla/sla.sweeper.ts';
import { startPgCluster, withDatabaseName, type PgCluster } from '../test/support/pg-cluster.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const MODE = arg('mode', 'both');
const CASES = Number(arg('cases', '1000000'));
const BATCHES = arg('batches', '2000,5000,10000').split(',').map(Number);
const CAP_MS = Number(arg('cap-seconds', '600')) * 1000;
/** Server settings beyond the test cluster's (shared_buffers 256MB): the README's for a national deployment; `--pg-settings=` for none. */
const PG_SETTINGS = arg('pg-settings', 'shared_buffers=4GB,max_wal_size=8GB,wal_compression=lz4').split(',').filter(Boolean);
const DEFAULT_BATCH = 5000; // SlaSweeper.sweep's default
const DEFAULT_WORKERS = 2; // what createSlaServices gives the worker's sweeper on PostgreSQL
const MIN = 60_000;
const DAY = 86_400_000;

const startedAt = Date.now();
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => (ms / 1000).toFixed(2);
const log = (s: string) => console.log(s);
const elapsed = () => Date.now() - startedAt;

// ---------------------------------------------------------------------------------------------
// Clean-up, whatever happens: the cluster is stopped on success, failure, a signal or the time cap.

const clusters = new Set<PgCluster>();
function stopAll() {
  for (const c of clusters) {
    try {
      c.stop();
    } catch (error) {
      console.error('could not stop the cluster:', error);
    }
    clusters.delete(c);
  }
}
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping the cluster`);
    stopAll();
    process.exit(130);
  });
}
const cap = setTimeout(() => {
  console.error(`\ntime cap of ${CAP_MS / 1000} s reached: stopping the cluster and giving up`);
  stopAll();
  process.exit(2);
}, CAP_MS);

// ---------------------------------------------------------------------------------------------
// 1. Due-date computations per second (the working-time bench, in its own process and core).

function dueDateFigure(): void {
  log('1. Due-date computations (bench/working-time.bench.ts: Bahrain calendar, 2026–2027 holidays and Ramadan hours,');
  log('   200,000 random starts over 2026–2027 and targets of 1 hour … 14 working days; median of 7 passes after warm-up)');
  const r = spawnSync(process.execPath, [...process.execArgv, path.join(here, 'working-time.bench.ts')], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`working-time bench failed: ${r.stderr || r.stdout || r.error}`);
  for (const line of r.stdout.trim().split('\n')) log(`   ${line}`);
  const m = /due-date computations: ([\d,]+)\/s/.exec(r.stdout);
  if (m) {
    const rate = Number(m[1]!.replace(/,/g, ''));
    log(`   => ${fmt(rate)} due dates/s on one core — target >= 1,000,000/s: ${rate >= 1_000_000 ? 'MET' : 'NOT MET'}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The sweep.

interface Profile {
  type: CaseType;
  priority: CasePriority;
  /** Share of the cases, in percent. */
  weight: number;
}
const profiles: Profile[] = [
  { type: 'complaint', priority: 'normal', weight: 48 },
  { type: 'complaint', priority: 'high', weight: 5 },
  { type: 'complaint', priority: 'urgent', weight: 5 },
  { type: 'complaint', priority: 'low', weight: 4 },
  { type: 'inquiry', priority: 'normal', weight: 20 },
  { type: 'suggestion', priority: 'normal', weight: 12 },
  { type: 'compliment', priority: 'normal', weight: 6 },
];

/** Start instants over the last 30 days, every 10 minutes, evaluated with the real engine. */
function buildSlots(sla: SlaService, policyId: number, now: Date) {
  const t = now.getTime();
  const slots = {
    p: [] as number[], grp: [] as string[], k: [] as number[], started: [] as string[], frDue: [] as string[],
    resDue: [] as string[], next: [] as string[], paused: [] as string[],
  };
  const targets: { resolution: number; firstResponse: number }[] = [];
  for (const [pi, pr] of profiles.entries()) {
    const counts = { future: 0, due: 0 };
    const p = sla.policy(policyId)!;
    const cal = sla.calendarOf({ sla_policy_id: policyId, type: pr.type, priority: pr.priority })!;
    for (let s = t - 30 * DAY; s < t - 10 * MIN; s += 10 * MIN) {
      const start = new Date(s);
      const clock = sla.startClock(policyId, pr.type, pr.priority, start);
      if (!targets[pi]) targets[pi] = { resolution: clock.sla_resolution_target!, firstResponse: clock.sla_first_response_target! };
      const c: ClockState = { startedAt: s, resolutionTarget: clock.sla_resolution_target!, pausedAt: null, pausedMinutes: 0 };
      const state = openState(c, t, cal, p.atRiskPercent);
      const next = clock.sla_next_check_at as Date;
      const grp = state === 'on_track' ? 'future' : 'due';
      if (grp === 'future' && !(next.getTime() > t)) continue;
      if (grp === 'due' && !(next.getTime() <= t)) continue;
      slots.p.push(pi);
      slots.grp.push(grp);
      slots.k.push(counts[grp]++);
      slots.started.push(start.toISOString());
      slots.frDue.push((clock.first_response_due_at as Date).toISOString());
      slots.resDue.push((clock.resolution_due_at as Date).toISOString());
      slots.next.push(next.toISOString());
      slots.paused.push(new Date(Math.floor((s + (t - s) / 2) / 1000) * 1000).toISOString());
    }
    if (!counts.future || !counts.due) throw new Error(`profile ${pr.type}/${pr.priority} has no ${counts.future ? 'due' : 'future'} start instants`);
  }
  return { slots, targets };
}

async function loadCases(db: Kysely<DB>, sla: SlaService, now: Date) {
  const policyId = (await db.selectFrom('sla_policies').select(['id', 'calendar_id']).where('is_default', '=', true).executeTakeFirstOrThrow());
  await sla.ready();
  const { slots, targets } = buildSlots(sla, policyId.id, now);
  const entities = await db.selectFrom('entities').select(['id', 'governorate']).orderBy('id').execute();
  const officers = await db.selectFrom('staff_users').select(['entity_id', 'id']).where('role', '=', 'officer').execute();
  const services = await db.selectFrom('services').select('id').where('sla_policy_id', '=', policyId.id).orderBy('id').execute();
  const officerOf = new Map(officers.map((o) => [o.entity_id, o.id]));

  await sql`create table bench_slot (p int, grp text, k int, started_at timestamptz, fr_due timestamptz, res_due timestamptz, next_check timestamptz, paused_at timestamptz, primary key (p, grp, k))`.execute(db);
  await sql`insert into bench_slot select * from unnest(${slots.p}::int[], ${slots.grp}::text[], ${slots.k}::int[], ${slots.started}::timestamptz[],
    ${slots.frDue}::timestamptz[], ${slots.resDue}::timestamptz[], ${slots.next}::timestamptz[], ${slots.paused}::timestamptz[])`.execute(db);
  await sql`create table bench_profile as select p.p, p.type, p.priority, p.res_target, p.fr_target,
      (select count(*) from bench_slot s where s.p = p.p and s.grp = 'future')::int as n_future,
      (select count(*) from bench_slot s where s.p = p.p and s.grp = 'due')::int as n_due
    from unnest(${profiles.map((_, i) => i)}::int[], ${profiles.map((p) => p.type)}::text[], ${profiles.map((p) => p.priority)}::text[],
      ${targets.map((x) => x.resolution)}::int[], ${targets.map((x) => x.firstResponse)}::int[]) as p(p, type, priority, res_target, fr_target)`.execute(db);
  // percent bucket (0–99) -> profile
  const pmap = profiles.flatMap((p, i) => Array.from({ length: p.weight }, () => i));
  if (pmap.length !== 100) throw new Error('profile weights must add up to 100');
  await sql`create table bench_pmap as select * from unnest(${pmap.map((_, i) => i)}::int[], ${pmap}::int[]) as m(pct, p)`.execute(db);
  await sql`analyze bench_slot; analyze bench_profile; analyze bench_pmap`.execute(db);

  const t0 = Date.now();
  // Bulk load with every trigger off (the statement triggers on cases — KPI roll-ups — and the
  // foreign-key checks: every id below was read from the database), as a restore would do.
  await sql`alter table cases disable trigger all`.execute(db);
  await sql`
    insert into cases (reference, tracking_token_hash, type, status, priority, channel, service_id, entity_id, assignee_id,
      description, search_text, language, governorate, sla_policy_id, sla_calendar_id, sla_started_at, sla_resolution_target,
      sla_first_response_target, first_response_due_at, resolution_due_at, sla_state, sla_next_check_at, sla_paused_at,
      escalation_level, created_at, updated_at)
    select '26-' || lpad(g.n::text, 7, '0') || '-0',
      md5(g.n::text) || md5((g.n + 1)::text),
      pr.type,
      -- a suggestion's clock stops once its plan is in progress, so its open ones are under study
      case when pr.type = 'suggestion' and g.status = 'in_progress' then 'under_study' else g.status end,
      pr.priority,
      (array['web','web','web','mobile','mobile','hotline','whatsapp','open311'])[1 + g.h4 % 8],
      (${services.map((s) => s.id)}::bigint[])[1 + g.h4 % ${services.length}],
      (${entities.map((e) => e.id)}::bigint[])[1 + g.h3 % ${entities.length}],
      case when g.status in ('assigned', 'in_progress') then (${entities.map((e) => officerOf.get(e.id) ?? null)}::bigint[])[1 + g.h3 % ${entities.length}] end,
      'تسرب مياه أمام المنزل رقم ' || g.n || ' في المجمع ' || (g.h4 % 999),
      'تسرب مياه امام المنزل رقم ' || g.n || ' في المجمع ' || (g.h4 % 999),
      case when g.h4 % 5 = 0 then 'en' else 'ar' end,
      (${entities.map((e) => e.governorate)}::text[])[1 + g.h3 % ${entities.length}],
      ${policyId.id}::bigint, ${policyId.calendar_id}::bigint, s.started_at, pr.res_target, pr.fr_target, s.fr_due, s.res_due,
      case when g.grp = 'paused' then 'paused' else 'on_track' end,
      case when g.grp = 'paused' then null else s.next_check end,
      case when g.grp = 'paused' then s.paused_at end,
      0, s.started_at, coalesce(case when g.grp = 'paused' then s.paused_at end, s.started_at)
    from (
      select n, grp, h2, h3, h4, pct,
        case when grp = 'paused' then 'awaiting_citizen'
             else (array['new','new','assigned','assigned','assigned','in_progress','in_progress','in_progress','in_progress','in_progress'])[1 + (h4 / 8) % 10] end as status
      from (
        select n,
          case when n % 10 = 0 then 'due' when n % 20 = 5 then 'paused' else 'future' end as grp,
          (hashint4(n) & 2147483647) % 100 as pct,
          hashint4(n # 1431655765) & 2147483647 as h2,
          hashint4(n # 858993459) & 2147483647 as h3,
          hashint4(n # 252645135) & 2147483647 as h4
        from generate_series(1, ${CASES}::int) as n
      ) h
    ) g
    join bench_pmap m on m.pct = g.pct
    join bench_profile pr on pr.p = m.p
    join bench_slot s on s.p = pr.p and s.grp = case when g.grp = 'due' then 'due' else 'future' end
      and s.k = g.h2 % case when g.grp = 'due' then pr.n_due else pr.n_future end
    order by g.n`.execute(db);
  const tCases = Date.now() - t0;
  const t1 = Date.now();
  // Every case has its 'created' event, so the sweeper appends to a timeline of realistic size.
  await sql`alter table case_events disable trigger all`.execute(db);
  await sql`insert into case_events (case_id, kind, visibility, actor_type, data, created_at)
    select id, 'created', 'public', 'citizen', '{}', created_at from cases order by id`.execute(db);
  await sql`alter table case_events enable trigger all`.execute(db);
  await sql`alter table cases enable trigger all`.execute(db);
  // What the trigger sla_checks_insert would have written: the due checks the sweep claims from.
  await sql`insert into sla_checks (case_id, due_at) select id, sla_next_check_at from cases where sla_next_check_at is not null`.execute(db);
  return { insertCases: tCases, insertEvents: Date.now() - t1, slots: slots.p.length };
}

async function vacuum(database: Database, tables: string[]) {
  await database.db.connection().execute(async (c) => {
    for (const name of tables) await sql.raw(`vacuum (analyze) ${name}`).execute(c);
  });
}

/** fsync, synchronous_commit and full_page_writes all off (fast) or all at their defaults (durable). */
async function setDurability(database: Database, durable: boolean) {
  const db = database.db;
  for (const name of ['fsync', 'synchronous_commit', 'full_page_writes']) {
    await sql.raw(durable ? `alter system reset ${name}` : `alter system set ${name} = off`).execute(db);
  }
  await sql`select pg_reload_conf()`.execute(db);
  await new Promise((r) => setTimeout(r, 500));
  if (durable) await sql`checkpoint`.execute(db); // everything written so far reaches the disk
}

async function durability(database: Database): Promise<string> {
  const rows = (await sql<{ name: string; setting: string }>`
    select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes') order by name`.execute(database.db)).rows;
  return rows.map((r) => `${r.name}=${r.setting}`).join(', ');
}

interface Run {
  durable: boolean;
  batch: number;
  workers: number;
  /** Diagnostic: the statement triggers on cases (KPI roll-ups) switched off. */
  noCaseTriggers?: boolean;
}

interface RunResult extends Run {
  seconds: number;
  claimed: number;
  stateChanges: number;
  escalations: number;
  ok: boolean;
}

/** CPU seconds used so far by the cluster's processes (backends and background workers), read from /proc. */
async function serverCpu(db: Kysely<DB>): Promise<Map<number, number>> {
  const pids = (await sql<{ pid: number }>`select pid from pg_stat_activity`.execute(db)).rows.map((r) => r.pid);
  const tick = 100; // USER_HZ
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    try {
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpu.set(pid, (Number(f[11]) + Number(f[12])) / tick);
    } catch {
      // gone already
    }
  }
  return cpu;
}

async function sweepOnce(database: Database, now: Date, run: Run, expectDue: number): Promise<RunResult> {
  const db = database.db;
  const repo = new SlaRepository(db);
  const sweeper = new SlaSweeper(db, repo, new SlaService(repo));
  const load = os.loadavg()[0]!;
  if (run.noCaseTriggers) await sql`alter table cases disable trigger kpi_cases_update`.execute(db);
  let r;
  const hot0 = await caseUpdates(db);
  const pg0 = await serverCpu(db);
  const node0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  try {
    r = run.workers === 1 ? await sweeper.sweep(now, run.batch) : await sweeper.sweep(now, run.batch, 1000, run.workers);
  } finally {
    if (run.noCaseTriggers) await sql`alter table cases enable trigger kpi_cases_update`.execute(db);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const nodeCpu = process.cpuUsage(node0);
  let pgCpu = 0;
  for (const [pid, v] of await serverCpu(db)) pgCpu += v - (pg0.get(pid) ?? 0);
  // Checks: nothing left due, every due case changed state, every recorded escalation counted once.
  const left = Number((await sql<{ n: number }>`select (select count(*) from cases where sla_next_check_at <= ${now})
    + (select count(*) from sla_checks where due_at <= ${now})::int as n`.execute(db)).rows[0]!.n);
  const esc = Number((await sql<{ n: number }>`select coalesce(sum(cardinality(sla_fired_steps)), 0)::int as n from cases`.execute(db)).rows[0]!.n);
  const ok = left === 0 && r.claimed === expectDue && r.stateChanges === expectDue && esc === r.escalations;
  const call = run.workers === 1 ? `sweep(now, ${run.batch})` : `sweep(now, ${run.batch}, 1000, ${run.workers} workers)`;
  log(`   ${call.padEnd(34)} claimed ${fmt(r.claimed)}, state changes ${fmt(r.stateChanges)}, escalations fired ${fmt(r.escalations)}: ` +
    `${seconds.toFixed(2)} s, ${fmt(r.claimed / seconds)} cases/s${run.batch === DEFAULT_BATCH && run.workers === DEFAULT_WORKERS && !run.noCaseTriggers ? '  [the worker\'s default on PostgreSQL]' : ''}` +
    `${run.noCaseTriggers ? '  [DIAGNOSTIC: indicator trigger kpi_cases_update off]' : ''}  (load avg ${load.toFixed(1)})${ok ? '' : '  [CHECK FAILED]'}`);
  log(`     CPU: PostgreSQL ${pgCpu.toFixed(1)} s, Node ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s (from /proc; on a busy machine the wall time is mostly waiting for a core)`);
  await new Promise((res) => setTimeout(res, 11_000)); // an idle backend reports its table counts within 10 s
  const hot1 = await caseUpdates(db);
  const upd = hot1.upd - hot0.upd;
  log(`     updates of cases: ${fmt(upd)}, of them heap-only (HOT, no index touched) ${fmt(hot1.hot - hot0.hot)} (${upd ? ((100 * (hot1.hot - hot0.hot)) / upd).toFixed(1) : '0'} %)`);
  if (!ok) log(`   !! check failed: still due ${left}, claimed ${r.claimed}, state changes ${r.stateChanges}, escalation rows ${esc} vs reported ${r.escalations}`);
  return { ...run, seconds, ...r, ok };
}

/** Updates of cases so far, and how many of them were heap-only (from pg_stat_user_tables). */
async function caseUpdates(db: Kysely<DB>) {
  const r = (await sql<{ upd: string; hot: string }>`select n_tup_upd as upd, n_tup_hot_upd as hot from pg_stat_user_tables where relname = 'cases'`.execute(db)).rows[0]!;
  return { upd: Number(r.upd), hot: Number(r.hot) };
}

/** Puts the due cases back as they were before the sweep (bookkeeping: triggers on cases off). */
async function resetDue(database: Database) {
  const db = database.db;
  await sql`alter table cases disable trigger user`.execute(db);
  await sql`update cases c set sla_state = 'on_track', escalation_level = 0, sla_fired_steps = '{}', sla_next_check_at = d.next_check, updated_at = d.updated_at
    from bench_due d where c.id = d.id`.execute(db);
  await sql`alter table cases enable trigger user`.execute(db);
  await sql`insert into sla_checks (case_id, due_at) select id, next_check from bench_due
    on conflict (case_id) do update set due_at = excluded.due_at`.execute(db);
  await vacuum(database, ['cases', 'case_events', 'sla_checks']);
}

async function sweepBench(modes: boolean[], deadline: number): Promise<RunResult[]> {
  log(`\n2. One sweep over ${fmt(CASES)} open cases on PostgreSQL, 10% of them due and changing state (target < 10 s)`);
  const tStart = Date.now();
  // Started durable; the load (and the non-durable runs) switch fsync & co. off with ALTER SYSTEM.
  const cluster = await startPgCluster({ durable: true, settings: PG_SETTINGS });
  clusters.add(cluster);
  let database: Database | undefined;
  const results: RunResult[] = [];
  try {
    const admin = openPostgres(cluster.adminUrl, 1);
    await sql`create database tawasul_bench`.execute(admin.db);
    const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(admin.db)).rows[0]!.v;
    await admin.close();
    database = openPostgres(withDatabaseName(cluster.adminUrl, 'tawasul_bench'), 8, { ...defaultDatabaseLimits, statementTimeoutMs: 0, queryTimeoutMs: 3_600_000 });
    const db = database.db;
    await setDurability(database, false);
    const shown = (await sql<{ name: string; setting: string }>`select name, current_setting(name) as setting from pg_settings
      where name in ('shared_buffers', 'max_wal_size', 'wal_compression', 'checkpoint_timeout', 'jit') order by name`.execute(db)).rows;
    log(`   PostgreSQL ${version}, ${shown.map((r) => `${r.name} ${r.setting}`).join(', ')}${PG_SETTINGS.length ? ` (set: ${PG_SETTINGS.join(', ')})` : ' (PostgreSQL\'s defaults but shared_buffers 256MB)'}, otherwise default settings`);
    await migrate(database);
    await seedDemo(db, 'bench-password-not-used');
    const now = new Date(Math.floor(Date.now() / MIN) * MIN);
    const sla = new SlaService(new SlaRepository(db));
    const load = await loadCases(db, sla, now);
    log(`   load (${await durability(database)}; triggers on cases, foreign-key checks included, off during the load):`);
    log(`     ${fmt(CASES)} cases by one insert … select … from generate_series: ${secs(load.insertCases)} s; their 'created' events: ${secs(load.insertEvents)} s`);
    const tv = Date.now();
    await vacuum(database, ['cases', 'case_events', 'sla_checks']);
    log(`     VACUUM ANALYZE: ${secs(Date.now() - tv)} s`);
    await sql`create table bench_due as select id, sla_next_check_at as next_check, updated_at from cases where sla_next_check_at <= ${now}`.execute(db);
    const dist = (await sql<{ status: string; due: boolean | null; n: number }>`
      select status, sla_next_check_at <= ${now} as due, count(*)::int as n from cases group by 1, 2`.execute(db)).rows;
    const due = dist.filter((d) => d.due).reduce((n, d) => n + d.n, 0);
    const future = dist.filter((d) => d.due === false).reduce((n, d) => n + d.n, 0);
    const paused = dist.filter((d) => d.due === null).reduce((n, d) => n + d.n, 0);
    const bytes = Number((await sql<{ b: number }>`select pg_total_relation_size('cases')::bigint as b`.execute(db)).rows[0]!.b);
    const triggers = (await sql<{ tgname: string }>`select tgname from pg_trigger where tgrelid = 'cases'::regclass and not tgisinternal order by 1`.execute(db)).rows.map((r) => r.tgname);
    log(`   now = ${now.toISOString()}: due ${fmt(due)} (${((100 * due) / CASES).toFixed(1)}%), next check in the future ${fmt(future)}, paused without a next check ${fmt(paused)}`);
    log(`   by status: ${['new', 'assigned', 'in_progress', 'awaiting_citizen'].map((st) => `${st} ${fmt(dist.filter((d) => d.status === st).reduce((n, d) => n + d.n, 0))}`).join(', ')}; ` +
      `cases with its indexes: ${(bytes / 2 ** 20).toFixed(0)} MB; statement triggers on cases: ${triggers.join(', ') || 'none'}`);
    log(`   set-up took ${secs(Date.now() - tStart)} s; between runs the due cases are reset (their fired steps emptied) and VACUUM ANALYZE'd`);

    let fresh = true;
    let resetMs = 20_000;
    const runOne = async (run: Run) => {
      const estimate = (results.length ? Math.max(...results.map((r) => r.seconds)) : 40) * 1000 + resetMs + 5_000;
      if (Date.now() + estimate > deadline) {
        log(`   (skipped ${run.noCaseTriggers ? 'the diagnostic run without the triggers on cases' : `${run.durable ? 'durable' : 'non-durable'} batch ${run.batch}, ${run.workers} worker(s)`}: not enough time left under the ${CAP_MS / 1000} s cap)`);
        return;
      }
      if (!fresh) {
        const t = Date.now();
        await resetDue(database!);
        resetMs = Date.now() - t;
      }
      fresh = false;
      results.push(await sweepOnce(database!, now, run, due));
    };
    for (const durable of modes) {
      await setDurability(database, durable);
      log(`\n   ${durable ? 'DURABLE' : 'NOT DURABLE'} (${await durability(database)}):`);
      const mine = () => results.filter((r) => r.durable === durable && r.workers === 1 && !r.noCaseTriggers);
      const sizes = durable ? [DEFAULT_BATCH] : [...new Set([DEFAULT_BATCH, ...BATCHES])];
      for (const batch of sizes) await runOne({ durable, batch, workers: 1 });
      if (!mine().length) continue;
      const best = mine().reduce((a, b) => (b.seconds < a.seconds ? b : a));
      if (!durable && mine().length > 1) {
        const def = mine().find((r) => r.batch === DEFAULT_BATCH)!;
        log(`   => best batch size ${best.batch}: ${best.seconds.toFixed(2)} s; default (${DEFAULT_BATCH}): ${def.seconds.toFixed(2)} s`);
      }
      await runOne({ durable, batch: best.batch, workers: 2 });
    }
    // Diagnostic, last: the same sweep without the statement triggers on cases, to show their share.
    if (triggers.length) await runOne({ durable: modes[modes.length - 1]!, batch: DEFAULT_BATCH, workers: 1, noCaseTriggers: true });
    return results;
  } finally {
    await database?.close().catch(() => {});
    cluster.stop();
    clusters.delete(cluster);
  }
}

function summary(results: RunResult[]) {
  log('\nSummary (one sweep over the due 10%):');
  for (const durable of [false, true]) {
    const rs = results.filter((r) => r.durable === durable && !r.noCaseTriggers);
    if (!rs.length) continue;
    const def = rs.find((r) => r.batch === DEFAULT_BATCH && r.workers === DEFAULT_WORKERS);
    const best = rs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    log(`   ${durable ? 'durable    ' : 'not durable'}: the worker's default on PostgreSQL (batch ${DEFAULT_BATCH}, ${DEFAULT_WORKERS} workers) ${def ? `${def.seconds.toFixed(2)} s (${fmt(def.claimed / def.seconds)} cases/s)` : 'not run'}; ` +
      `best ${best.seconds.toFixed(2)} s (batch ${best.batch}, ${best.workers} worker${best.workers > 1 ? 's' : ''}, ${fmt(best.claimed / best.seconds)} cases/s) — ` +
      `target < 10 s: ${def && def.seconds < 10 ? 'MET by the default' : best.seconds < 10 ? 'MET with the best settings only' : 'NOT MET'}`);
  }
  const diag = results.find((r) => r.noCaseTriggers);
  const same = diag && results.find((r) => r.durable === diag.durable && r.batch === diag.batch && r.workers === 1 && !r.noCaseTriggers);
  if (diag && same) {
    log(`   the statement triggers on cases cost ${(same.seconds - diag.seconds).toFixed(2)} s of the ${same.seconds.toFixed(2)} s one-worker sweep ` +
      `(${diag.durable ? 'durable' : 'not durable'}; without them: ${diag.seconds.toFixed(2)} s; a negative share is the machine's load moving between the runs)`);
  }
  if (results.some((r) => !r.ok)) log('   SOME CHECKS FAILED (see above)');
}

async function main() {
  const cpus = os.cpus();
  log(`SLA bench — ${new Date().toISOString()}`);
  log(`machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}, node ${process.version}; ` +
    `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes share the machine)\n`);
  dueDateFigure();
  const modes = MODE === 'both' ? [false, true] : [MODE === 'durable'];
  const results = await sweepBench(modes, startedAt + CAP_MS - 10_000);
  summary(results);
  log(`\ntotal ${secs(elapsed())} s`);
}

main()
  .then(() => {
    clearTimeout(cap);
    stopAll();
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    stopAll();
    process.exit(1);
  });
