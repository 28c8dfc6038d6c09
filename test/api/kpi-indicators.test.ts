import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { allCases, bahrainDay, expectedFigures, groupBy, type CaseRow } from './kpi-expected.ts';

/**
 * Every indicator against an independent computation over all the rows, on a generated data set
 * (and again after live changes through the API, which the roll-up triggers must follow exactly).
 */
let t: TestApp;
let coordinator: Session;
const today = bahrainDay(new Date());
const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
const addMonths = (d: string, n: number) => {
  const x = new Date(`${monthStart(d)}T00:00:00Z`);
  x.setUTCMonth(x.getUTCMonth() + n);
  return x.toISOString().slice(0, 10);
};
// From the 12th of a month nine months back to today: loose days at both ends, whole months between.
const from = `${addMonths(today, -9).slice(0, 7)}-12`;
const to = today;

let entities: { id: number; code: string; kind: string }[];
let services: { id: number; code: string }[];

async function get(path: string, session = coordinator) {
  const res = await t.app.inject(as(session, { method: 'GET', url: path }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function cohort(rows: CaseRow[], a = from, b = to) {
  return rows.filter((r) => bahrainDay(r.created_at) >= a && bahrainDay(r.created_at) <= b);
}

beforeAll(async () => {
  t = await createTestApp();
  await generateCases(t.ctx.database.db, { cases: 1200, months: 12, seed: 7, events: false });
  t.ctx.access.invalidate();
  coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');
  entities = await t.ctx.database.db.selectFrom('entities').select(['id', 'code', 'kind']).execute();
  services = await t.ctx.database.db.selectFrom('services').select(['id', 'code']).execute();
}, 180_000);

afterAll(async () => {
  await t?.close();
});

async function checkEntities() {
  const answer = await get(`/api/v1/kpi/entities?from=${from}&to=${to}`);
  const now = new Date(answer.asOf);
  const rows = cohort(await allCases(t.ctx.database.db));
  expect(answer.national).toEqual(expectedFigures(rows, now));
  const byEntity = groupBy(rows, (r) => r.entity_id);
  for (const item of answer.items) {
    const e = entities.find((x) => x.code === item.entity.code)!;
    expect(item.figures, item.entity.code).toEqual(expectedFigures(byEntity.get(e.id) ?? [], now));
  }
  expect(answer.items.map((i: { entity: { code: string } }) => i.entity.code).sort()).toEqual(
    entities.filter((e) => e.kind !== 'unit').map((e) => e.code).sort(),
  );
  return rows.length;
}

const dimKey: Record<string, (r: CaseRow) => string> = {
  service: (r) => services.find((s) => s.id === r.service_id)!.code,
  type: (r) => r.type,
  channel: (r) => r.channel,
  governorate: (r) => r.governorate ?? '',
  unit: (r) => (r.unit_id === null ? '' : entities.find((e) => e.id === r.unit_id)!.code),
};

async function checkBreakdown(by: string, entity?: string) {
  const answer = await get(`/api/v1/kpi/breakdown?by=${by}&from=${from}&to=${to}${entity ? `&entity=${entity}` : ''}`);
  const now = new Date(answer.asOf);
  let rows = cohort(await allCases(t.ctx.database.db));
  if (entity) rows = rows.filter((r) => r.entity_id === entities.find((e) => e.code === entity)!.id);
  const groups = groupBy(rows, dimKey[by]!);
  expect(answer.items.map((i: { key: string }) => i.key).sort()).toEqual([...groups.keys()].sort());
  for (const item of answer.items) expect(item.figures, `${by}=${item.key}`).toEqual(expectedFigures(groups.get(item.key)!, now));
  expect(answer.total).toEqual(expectedFigures(rows, now));
}

describe('indicators equal an independent computation over every row', () => {
  it('per entity and nationally, with every figure', async () => {
    expect(await checkEntities()).toBeGreaterThan(500);
  });

  it.each(['service', 'type', 'channel', 'governorate', 'unit'])('grouped by %s', async (by) => {
    await checkBreakdown(by);
  });

  it('grouped by service inside one entity', async () => {
    await checkBreakdown('service', 'muharraq');
  });

  it('month by month and week by week (weeks carry no percentiles)', async () => {
    const rows = cohort(await allCases(t.ctx.database.db));
    for (const by of ['month', 'week'] as const) {
      const answer = await get(`/api/v1/kpi/trends?by=${by}&from=${from}&to=${to}`);
      const now = new Date(answer.asOf);
      for (const p of answer.points) {
        const inPoint = rows.filter((r) => bahrainDay(r.created_at) >= p.start && bahrainDay(r.created_at) <= p.end);
        expect(p.figures, `${by} ${p.start}`).toEqual(expectedFigures(inPoint, now, by === 'month'));
      }
      expect(answer.points.reduce((s: number, p: { figures: { received: number } }) => s + p.figures.received, 0)).toBe(rows.length);
    }
  });

  it('for one service over time', async () => {
    const svc = services.find((s) => s.code === 'street_light_fault')!;
    const answer = await get(`/api/v1/kpi/trends?by=month&from=${from}&to=${to}&service=street_light_fault`);
    const rows = cohort(await allCases(t.ctx.database.db)).filter((r) => r.service_id === svc.id);
    for (const p of answer.points) {
      const inPoint = rows.filter((r) => bahrainDay(r.created_at) >= p.start && bahrainDay(r.created_at) <= p.end);
      expect(p.figures).toEqual(expectedFigures(inPoint, new Date(answer.asOf)));
    }
  });

  it('names the services behind the breaches', async () => {
    const answer = await get(`/api/v1/kpi/breaches?from=${from}&to=${to}&limit=500`);
    const now = new Date(answer.asOf);
    const rows = cohort(await allCases(t.ctx.database.db));
    const bySvc = groupBy(rows, dimKey.service!);
    const late = [...bySvc].map(([code, list]) => [code, expectedFigures(list, now).counts.resolutionLate] as const).filter(([, n]) => n > 0);
    expect(answer.totalBreaches).toBe(late.reduce((s, [, n]) => s + n, 0));
    for (const item of answer.items) expect(item.breaches).toBe(late.find(([c]) => c === item.service.code)![1]);
    expect(answer.items.at(-1).cumulativeShare).toBe(100);
  });

  it('stay exact through live intake and workflow actions (the triggers), and equal a full rebuild', async () => {
    const officer = await signInStaff(t.app, 'officer@muharraq.demo');
    const supervisor = await signInStaff(t.app, 'supervisor@muharraq.demo');
    const act = async (ref: string, action: string, body: Record<string, unknown>, session?: Session, token?: string) => {
      const v = (await t.ctx.database.db.selectFrom('cases').select('version').where('reference', '=', ref).executeTakeFirstOrThrow()).version;
      const opts = { method: 'POST' as const, url: `/api/v1/cases/${ref}/actions/${action}`, payload: { ...body, version: v }, headers: token ? { 'x-tracking-token': token } : {} };
      const res = await t.app.inject(session ? as(session, opts) : opts);
      expect(res.statusCode, `${action} ${res.body}`).toBe(200);
    };
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await buildCase(t.app));
    const [a, b, c, d] = made as [(typeof made)[number], (typeof made)[number], (typeof made)[number], (typeof made)[number]];
    await act(a.reference, 'start', {}, officer);
    await act(a.reference, 'reply', { body: 'نعمل على إصلاح العمود' }, officer);
    await act(a.reference, 'resolve', { body: 'تم إصلاح الإنارة' }, officer);
    await act(a.reference, 'rate', { rating: 5 }, undefined, a.trackingToken);
    await act(b.reference, 'start', {}, officer);
    await act(b.reference, 'resolve', { body: 'تم' }, officer);
    await act(b.reference, 'reopen', { body: 'ما زالت الإنارة مطفأة' }, undefined, b.trackingToken);
    await act(c.reference, 'transfer', { entityCode: 'northern', reason: 'خارج نطاق المحرق' }, supervisor);
    await act(d.reference, 'reject', { reasonCode: 'duplicate' }, officer);
    // a generated case changes too: a late resolution of an old open one
    await sql`update cases set status = 'resolved', resolved_at = now(), sla_state = 'breached', resolution_working_minutes = 9999
      where id = (select min(id) from cases where status = 'in_progress')`.execute(t.ctx.database.db);
    await checkEntities();
    await checkBreakdown('service');
    await checkBreakdown('unit');

    const snapshot = async () => {
      const r = await sql<Record<string, unknown>>`select * from kpi_rollup where received <> 0 or resolved <> 0 or open <> 0 or rated <> 0
        or reopened <> 0 or ever_resolved <> 0 or transferred <> 0 or fr_met <> 0 or fr_late <> 0 or res_met <> 0 or res_late <> 0
        or closed <> 0 or rejected <> 0 or merged <> 0 or rwm_count <> 0 order by dim, grain, entity_id, period, key`.execute(t.ctx.database.db);
      const h = await sql<Record<string, unknown>>`select * from kpi_rwm_hist where n <> 0 order by dim, entity_id, month, key, bucket`.execute(t.ctx.database.db);
      const m = await sql<Record<string, unknown>>`select * from kpi_map where n <> 0 order by month, service_id, cell_lat, cell_lng`.execute(t.ctx.database.db);
      return { r: r.rows, h: h.rows, m: m.rows };
    };
    // The figures above were read with the changes still as unfolded deltas; folded, the roll-ups
    // alone equal a rebuild.
    expect(await t.ctx.kpi.folder.backlog()).toBeGreaterThan(0);
    await t.ctx.kpi.folder.foldAll();
    expect(await t.ctx.kpi.folder.backlog()).toBe(0);
    await checkEntities();
    const live = await snapshot();
    await sql`select kpi_rebuild()`.execute(t.ctx.database.db);
    expect(await snapshot()).toEqual(live);
  });
});
