import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import type { DB } from '../../src/server/db/schema.ts';
import { KpiFolder } from '../../src/server/kpi/kpi.fold.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';
import { allCases, bahrainDay, expectedFigures, groupBy } from './kpi-expected.ts';

/**
 * Roll-up deltas: case changes append to kpi_delta and a fold moves them into the roll-ups. The
 * figures must be exact before any fold, after a partial fold and after a full one, while writers
 * and folders run at once, and two folders must never count a delta twice.
 */
let t: TestApp;
let db: Kysely<DB>;
let coordinator: Session;
let officer: Session;
let entities: { id: number; code: string }[];

const cols = ['received', 'resolved', 'closed', 'rejected', 'merged', 'open', 'fr_met', 'fr_late', 'res_met', 'res_late', 'rated',
  'rating_sum', 'rating_top', 'reopened', 'ever_resolved', 'transferred', 'rwm_count', 'rwm_sum'];
const caseRow = sql.raw(`row(c.created_at, c.entity_id, c.service_id, c.type, c.channel, c.governorate, c.unit_id, c.status,
  c.resolved_at, c.sla_state, c.first_response_working_minutes, c.sla_first_response_target, c.resolution_working_minutes,
  c.rating, c.reopen_count, c.transfer_count, c.lat, c.lng)::kpi_case`);
const dims = sql.raw(`(values ('all', ''), ('service', x.service_id::text), ('type', x.type), ('channel', x.channel),
  ('governorate', x.governorate), ('unit', coalesce(x.unit_id::text, ''))) d(dim, key)`);

/**
 * Every roll-up key whose count differs between what a reader adds up (roll-up rows plus unfolded
 * deltas, expanded to their keys) and a computation from the cases (the rebuild's functions), in ONE
 * statement: one snapshot, however writers and folders interleave.
 */
async function differences(on: Kysely<DB> = db) {
  const pick = (p: string) => sql.raw(cols.map((c) => `${p}${c}`).join(', '));
  const res = await sql<{ kind: string; k: string }>`
    with rollup as (
      select dim, grain, entity_id, period, key, ${pick('')}, 1 as w from kpi_rollup
      union all
      select d.dim, g.grain, e.entity_id, case g.grain when 'd' then x.day else date_trunc('month', x.day)::date end, d.key, ${pick('x.')}, 1
      from kpi_delta x, lateral ${dims}, (values ('d'::"char"), ('m'::"char")) g(grain), lateral (values (x.entity_id), (0::bigint)) e(entity_id)
      union all
      select x.dim, x.grain, x.entity_id, x.period, x.key, ${pick('x.')}, -1 from cases c, lateral kpi_contrib(${caseRow}, 1) x
    ), hist as (
      select dim, entity_id, month, key, bucket, n, 1 as w from kpi_rwm_hist
      union all
      select d.dim, e.entity_id, date_trunc('month', x.day)::date, d.key, x.bucket, x.rwm_count, 1
      from kpi_delta x, lateral ${dims}, lateral (values (x.entity_id), (0::bigint)) e(entity_id) where x.bucket is not null
      union all
      select x.dim, x.entity_id, x.month, x.key, x.bucket, x.n, -1 from cases c, lateral kpi_hist_contrib(${caseRow}, 1) x
    ), map as (
      select month, service_id, cell_lat, cell_lng, n, 1 as w from kpi_map
      union all
      select date_trunc('month', x.day)::date, v.service_id, x.cell_lat, x.cell_lng, x.received, 1
      from kpi_delta x, lateral (values (x.service_id), (0::bigint)) v(service_id) where x.cell_lat is not null
      union all
      select x.month, x.service_id, x.cell_lat, x.cell_lng, x.n, -1 from cases c, lateral kpi_map_contrib(${caseRow}, 1) x
    )
    select 'rollup' as kind, concat_ws('/', dim, grain, entity_id, period, key) as k from rollup
      group by dim, grain, entity_id, period, key
      having ${sql.raw(cols.map((c) => `sum(w * ${c}) <> 0`).join(' or '))}
    union all
    select 'hist', concat_ws('/', dim, entity_id, month, key, bucket) from hist
      group by dim, entity_id, month, key, bucket having sum(w * n) <> 0
    union all
    select 'map', concat_ws('/', month, service_id, cell_lat, cell_lng) from map
      group by month, service_id, cell_lat, cell_lng having sum(w * n) <> 0`.execute(on);
  return res.rows.map((r) => `${r.kind} ${r.k}`);
}

/** Lets timers and I/O run: PGlite answers within microtasks, so a query loop alone would starve them. */
const turn = () => new Promise((r) => setImmediate(r));

async function backlog() {
  return t.ctx.kpi.folder.backlog();
}

async function get(path: string) {
  const res = await t.app.inject(as(coordinator, { method: 'GET', url: path }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The dashboard's figures (nationally, per entity, per month with percentiles, the map) against plain JavaScript over the cases. */
async function checkFigures() {
  // From the 12th of a month nine months back to today: loose days at both ends, whole months between.
  const today = bahrainDay(new Date());
  const back = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  back.setUTCMonth(back.getUTCMonth() - 9);
  const from = `${back.toISOString().slice(0, 7)}-12`;
  const answer = await get(`/api/v1/kpi/entities?from=${from}&to=${today}`);
  const now = new Date(answer.asOf);
  const rows = (await allCases(db)).filter((r) => bahrainDay(r.created_at) >= from && bahrainDay(r.created_at) <= today);
  expect(answer.national).toEqual(expectedFigures(rows, now));
  const byEntity = groupBy(rows, (r) => r.entity_id);
  for (const item of answer.items) {
    const e = entities.find((x) => x.code === item.entity.code)!;
    expect(item.figures, item.entity.code).toEqual(expectedFigures(byEntity.get(e.id) ?? [], now));
  }
  const trends = await get(`/api/v1/kpi/trends?by=month&from=${from}&to=${today}`);
  for (const p of trends.points) {
    const inPoint = rows.filter((r) => bahrainDay(r.created_at) >= p.start && bahrainDay(r.created_at) <= p.end);
    expect(p.figures, `month ${p.start}`).toEqual(expectedFigures(inPoint, new Date(trends.asOf)));
  }
  const map = (await t.app.inject({ method: 'GET', url: '/api/v1/public/map' })).json();
  const located = map.located as number;
  const mapFrom = `${map.period.from.slice(0, 7)}-01`;
  const all = await allCases(db);
  expect(located).toBe(all.filter((r) => r.lat !== null && r.lng !== null && bahrainDay(r.created_at) >= mapFrom && bahrainDay(r.created_at) <= map.period.to).length);
  return rows.length;
}

/** Some live changes through the API and straight in SQL (each leaves deltas). */
async function changes(round: number) {
  const act = async (ref: string, action: string, body: Record<string, unknown>, session?: Session, token?: string) => {
    const v = (await db.selectFrom('cases').select('version').where('reference', '=', ref).executeTakeFirstOrThrow()).version;
    const opts = { method: 'POST' as const, url: `/api/v1/cases/${ref}/actions/${action}`, payload: { ...body, version: v }, headers: token ? { 'x-tracking-token': token } : {} };
    const res = await t.app.inject(session ? as(session, opts) : opts);
    expect(res.statusCode, `${action} ${res.body}`).toBe(200);
  };
  const a = await buildCase(t.app);
  const b = await buildCase(t.app);
  await act(a.reference, 'start', {}, officer);
  await act(a.reference, 'resolve', { body: 'تم الإصلاح' }, officer);
  await act(a.reference, 'rate', { rating: 1 + (round % 5) }, undefined, a.trackingToken);
  await act(b.reference, 'reject', { reasonCode: 'duplicate' }, officer);
  // Generated cases change too: a resolution, a move to another entity, a deletion.
  await sql`update cases set status = 'resolved', resolved_at = now(), sla_state = 'met', resolution_working_minutes = ${100 + round * 37}
    where id = (select min(id) from cases where status = 'in_progress')`.execute(db);
  await sql`update cases set entity_id = (select min(id) from entities where id <> cases.entity_id and kind <> 'unit'), unit_id = null
    where id = (select max(id) from cases where status = 'new' and id < 500)`.execute(db);
  await sql`delete from cases where id = (select max(id) from cases where status = 'closed'
    and not exists (select 1 from case_events e where e.case_id = cases.id))`.execute(db);
}

beforeAll(async () => {
  // The public map is kept until the roll-up log moves, looked at every 2 s by default; this file
  // reads it right after each change, so it looks every time (read once, when the app is built).
  process.env.TAWASUL_PUBLIC_CHECK_MS = '0';
  t = await createTestApp();
  delete process.env.TAWASUL_PUBLIC_CHECK_MS;
  db = t.ctx.database.db;
  await generateCases(db, { cases: 600, months: 12, seed: 11, events: false });
  t.ctx.access.invalidate();
  coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
  entities = await db.selectFrom('entities').select(['id', 'code']).execute();
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('roll-up deltas', () => {
  it('a sweep-like update of open cases appends nothing; a counted change appends one row per case and key', async () => {
    expect(await backlog()).toBe(0);
    await sql`update cases set sla_state = case sla_state when 'breached' then 'at_risk' else 'breached' end, escalation_level = escalation_level + 1
      where status in ('new', 'assigned', 'in_progress')`.execute(db);
    expect(await backlog()).toBe(0);
    await buildCase(t.app);
    expect(await backlog()).toBe(1);
    expect(await differences()).toEqual([]);
  });

  it('an update moving the state of open cases and of one resolved case appends the resolved one only', async () => {
    const before = await backlog();
    // The state of an open case counts nowhere; a resolved case's (met or breached) does.
    await sql`update cases set sla_state = case
        when resolved_at is null then case sla_state when 'breached' then 'at_risk' else 'breached' end
        else case sla_state when 'met' then 'breached' else 'met' end end
      where status in ('new', 'assigned', 'in_progress')
        or id = (select min(id) from cases where resolved_at is not null and sla_state in ('met', 'breached'))`.execute(db);
    expect(await backlog()).toBe(before + 1);
    expect(await differences()).toEqual([]);
  });

  it('are exact before any fold, after a partial fold and after a full fold', async () => {
    await changes(1);
    await changes(2);
    const pending = await backlog();
    expect(pending).toBeGreaterThan(6);
    expect(await differences()).toEqual([]);
    expect(await checkFigures()).toBeGreaterThan(100);

    // Partial: the oldest few deltas only.
    expect(await t.ctx.kpi.folder.fold({ batch: 3, maxBatches: 1 })).toBe(3);
    expect(await backlog()).toBe(pending - 3);
    expect(await differences()).toEqual([]);
    await checkFigures();

    expect(await t.ctx.kpi.folder.foldAll(4)).toBe(pending - 3);
    expect(await backlog()).toBe(0);
    expect(await differences()).toEqual([]);
    await checkFigures();
  });

  it('stay exact at every moment while writers, folders and readers run at once, and two folders never double count', async () => {
    // Several folders with small batches race each other and the writers (on PostgreSQL, each on
    // its own connection); meanwhile, one-statement checks compare roll-ups plus deltas with the cases.
    const folders = [t.ctx.kpi.folder, new KpiFolder(db), new KpiFolder(db)];
    let writing = true;
    const checks: string[][] = [];
    const writers = (async () => {
      try {
        for (let round = 3; round < 7; round++) await Promise.all([changes(round), buildCase(t.app), buildCase(t.app)]);
      } finally {
        writing = false;
      }
    })();
    const folding = (async () => {
      let folded = 0;
      while (writing) {
        const n = await Promise.all(folders.map((f, i) => f.fold({ batch: 2 + i, maxBatches: 2 })));
        folded += n.reduce((a, b) => a + b, 0);
        checks.push(await differences());
        await turn();
      }
      return folded;
    })();
    const reading = (async () => {
      while (writing) {
        checks.push(await differences());
        await turn();
      }
    })();
    await Promise.all([writers, folding, reading]);
    expect(checks.length).toBeGreaterThan(2);
    for (const c of checks) expect(c).toEqual([]);
    expect(await folding).toBeGreaterThan(0);

    await Promise.all(folders.map((f) => f.foldAll(5)));
    expect(await backlog()).toBe(0);
    expect(await differences()).toEqual([]);
    await checkFigures();
  });

  it('lets one folder work at a time: another returns at once (PostgreSQL) or waits its turn (PGlite), then finds the deltas gone', async () => {
    await changes(8);
    const pending = await backlog();
    expect(pending).toBeGreaterThan(0);
    // Folder A folds inside a transaction it keeps open: its advisory lock and deleted deltas stay uncommitted.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let aFolded = 0;
    const a = db.transaction().execute(async (tx) => {
      aFolded = Number((await sql<{ n: number }>`select kpi_fold(100000) as n`.execute(tx)).rows[0]!.n);
      await held;
    });
    while (aFolded === 0) await new Promise((r) => setTimeout(r, 10));
    expect(aFolded).toBe(pending);
    if (testDbKind === 'postgres') {
      // B meanwhile: the turn is taken, and the (uncommitted) deltas are still there for the readers.
      expect(Number((await sql<{ n: number }>`select kpi_fold(100000) as n`.execute(db)).rows[0]!.n)).toBe(-1);
      expect(await backlog()).toBe(pending);
      expect(await differences()).toEqual([]);
      release();
      await a;
    } else {
      // One connection: B queues behind A's transaction, then finds nothing left to fold.
      const b = sql<{ n: number }>`select kpi_fold(100000) as n`.execute(db);
      release();
      await a;
      expect(Number((await b).rows[0]!.n)).toBe(0);
    }
    expect(await backlog()).toBe(0);
    expect(Number((await sql<{ n: number }>`select kpi_fold(100000, true) as n`.execute(db)).rows[0]!.n)).toBe(0);
    expect(await differences()).toEqual([]);
  });

  it('folded, the roll-ups alone equal a rebuild; a rebuild and a truncate drop the deltas', async () => {
    await changes(9);
    expect(await backlog()).toBeGreaterThan(0);
    await t.ctx.kpi.folder.foldAll();
    const snapshot = async () => ({
      r: (await sql`select * from kpi_rollup where ${sql.raw(cols.map((c) => `${c} <> 0`).join(' or '))} order by dim, grain, entity_id, period, key`.execute(db)).rows,
      h: (await sql`select * from kpi_rwm_hist where n <> 0 order by dim, entity_id, month, key, bucket`.execute(db)).rows,
      m: (await sql`select * from kpi_map where n <> 0 order by month, service_id, cell_lat, cell_lng`.execute(db)).rows,
    });
    const folded = await snapshot();
    await sql`select kpi_rebuild()`.execute(db);
    expect(await snapshot()).toEqual(folded);

    await changes(10);
    expect(await backlog()).toBeGreaterThan(0);
    await sql`select kpi_rebuild()`.execute(db);
    expect(await backlog()).toBe(0);
    expect(await differences()).toEqual([]);
    await checkFigures();

    await buildCase(t.app);
    expect(await backlog()).toBe(1);
    // Truncating the cases empties roll-ups and deltas (rolled back: the timeline refuses a truncate otherwise).
    const undo = new Error('undo');
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`alter table case_events disable trigger user`.execute(tx);
        await sql`truncate cases cascade`.execute(tx);
        const n = await sql<{ d: number; r: number; h: number; m: number }>`select (select count(*) from kpi_delta)::int8 as d,
          (select count(*) from kpi_rollup)::int8 as r, (select count(*) from kpi_rwm_hist)::int8 as h, (select count(*) from kpi_map)::int8 as m`.execute(tx);
        expect(n.rows[0]).toEqual({ d: 0, r: 0, h: 0, m: 0 });
        throw undo;
      }),
    ).rejects.toBe(undo);
    expect(await backlog()).toBe(1);
    expect(await differences()).toEqual([]);
  });
});
