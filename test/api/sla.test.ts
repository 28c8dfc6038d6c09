import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/server/db/database.ts';
import { SlaRepository } from '../../src/server/sla/sla.repository.ts';
import { SlaService } from '../../src/server/sla/sla.service.ts';
import { SlaSweeper } from '../../src/server/sla/sla.sweeper.ts';
import { addWorkingTime } from '../../src/server/sla/working-time.ts';
import { WORKING_DAY } from '../../src/server/seed/bahrain-calendar.ts';
import { caseSnapshot } from '../support/case-state.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let officer: Session;
let policyId: number;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
  policyId = (await t.ctx.database.db.selectFrom('sla_policies').select('id').where('is_default', '=', true).executeTakeFirstOrThrow()).id;
  await t.ctx.sla.ready();
});
afterAll(() => t?.close());

const bahrain = (local: string) => new Date(`${local}+03:00`);

describe('due dates on the seeded Bahrain calendar', () => {
  it('a case created Thursday 13:00 with a 1-working-day target is due Sunday 13:00', () => {
    const clock = t.ctx.sla.startClock(policyId, 'complaint', 'urgent', bahrain('2026-11-26T13:00:00'));
    expect(clock.sla_resolution_target).toBe(WORKING_DAY);
    expect((clock.resolution_due_at as Date).toISOString()).toBe(bahrain('2026-11-29T13:00:00').toISOString());
  });

  it('a case created on the eve of Eid al-Fitr skips every Eid holiday (and Ramadan hours count)', () => {
    const clock = t.ctx.sla.startClock(policyId, 'complaint', 'urgent', bahrain('2026-03-18T13:00:00'));
    // 60 minutes on the 18th (Ramadan hours end at 14:00), Eid 19–22 March off, 375 minutes from 07:00 on the 23rd.
    expect((clock.resolution_due_at as Date).toISOString()).toBe(bahrain('2026-03-23T13:15:00').toISOString());
  });

  it('each case type gets its target: complaints 10, inquiries 3, suggestions 14, compliments 2 working days', () => {
    const start = bahrain('2026-11-01T08:00:00');
    for (const [type, days] of [['complaint', 10], ['inquiry', 3], ['suggestion', 14], ['compliment', 2]] as const) {
      const c = t.ctx.sla.startClock(policyId, type, 'normal', start);
      expect(c.sla_resolution_target, type).toBe(days * WORKING_DAY);
      expect(c.sla_first_response_target, type).toBe(WORKING_DAY);
    }
  });

  it('a new case carries its due dates and state, shown on the case and in the list', async () => {
    const r = await buildCase(t.app);
    const view = (await t.app.inject(as(officer, { url: `/api/v1/cases/${r.reference}` }))).json();
    expect(view.slaState).toBe('on_track');
    expect(new Date(view.resolutionDueAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(view.firstResponseDueAt).getTime()).toBeLessThan(new Date(view.resolutionDueAt).getTime());
    const list = (await t.app.inject(as(officer, { url: '/api/v1/cases?limit=100' }))).json();
    expect(list.items.find((i: { reference: string }) => i.reference === r.reference)).toMatchObject({ slaState: 'on_track' });
  });
});

describe('pausing', () => {
  it('moves the due date by exactly the paused working time, and says so in the timeline', async () => {
    const r = await buildCase(t.app);
    let v = (await caseSnapshot(t.ctx, r.reference)).version;
    const act = async (action: string, body: object, token?: string) => {
      const opts = { method: 'POST' as const, url: `/api/v1/cases/${r.reference}/actions/${action}`, payload: { ...body, version: v } };
      const res = token ? await t.app.inject({ ...opts, headers: { 'x-tracking-token': token } }) : await t.app.inject(as(officer, opts));
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
      return res.json();
    };
    await act('start', {});
    await act('request-info', { body: 'رقم العمود؟' });
    const paused = (await t.app.inject(as(officer, { url: `/api/v1/cases/${r.reference}` }))).json();
    expect(paused.slaState).toBe('paused');
    const dueBefore = new Date(paused.resolutionDueAt);
    // The citizen took a while: the pause began five calendar days ago.
    await sql`update cases set sla_paused_at = sla_paused_at - interval '5 days' where reference = ${r.reference}`.execute(t.ctx.database.db);
    await act('citizen-reply', { body: 'العمود رقم ٤٥' }, r.trackingToken);
    const resumed = (await t.app.inject(as(officer, { url: `/api/v1/cases/${r.reference}` }))).json();
    const ev = resumed.timeline.find((e: { kind: string }) => e.kind === 'sla_resumed');
    expect(ev.data.pausedWorkingMinutes).toBeGreaterThanOrEqual(2 * WORKING_DAY); // 5 calendar days hold at least 2 working days
    expect(resumed.slaPausedMinutes).toBe(ev.data.pausedWorkingMinutes);
    const cal = t.ctx.sla.calendarOf({ sla_policy_id: policyId, type: 'complaint', priority: 'normal' })!;
    const expected = addWorkingTime(dueBefore, ev.data.pausedWorkingMinutes, cal);
    expect(Math.abs(new Date(resumed.resolutionDueAt).getTime() - expected.getTime())).toBeLessThan(60_000);
    expect(resumed.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['sla_paused', 'sla_resumed']));
  });

  it('two working days of pause move the due date by exactly two working days', async () => {
    const sla = t.ctx.sla;
    const start = bahrain('2026-11-01T08:00:00'); // a Sunday
    const clock = sla.startClock(policyId, 'complaint', 'normal', start);
    const cal = sla.calendarOf({ sla_policy_id: policyId, type: 'complaint', priority: 'normal' })!;
    const pausedAt = bahrain('2026-11-02T09:00:00');
    const resumeAt = addWorkingTime(pausedAt, 2 * WORKING_DAY, cal);
    const row = {
      status: 'awaiting_citizen' as const, type: 'complaint' as const, priority: 'normal' as const, sla_policy_id: policyId,
      sla_started_at: start, sla_resolution_target: clock.sla_resolution_target as number, sla_first_response_target: clock.sla_first_response_target as number,
      sla_paused_at: pausedAt, sla_paused_minutes: 0, sla_cycle: 0, first_responded_at: start, created_at: start,
    };
    const change = sla.onChange(row, 'in_progress', resumeAt, {});
    expect(change.changes.sla_paused_minutes).toBe(2 * WORKING_DAY);
    expect((change.changes.resolution_due_at as Date).toISOString()).toBe(addWorkingTime(clock.resolution_due_at as Date, 2 * WORKING_DAY, cal).toISOString());
    expect(change.events).toEqual([{ kind: 'sla_resumed', data: expect.objectContaining({ pausedWorkingMinutes: 2 * WORKING_DAY }) }]);
  });
});

describe('the sweeper', () => {
  /** Cases whose clocks started at `start`, due for a check at once. */
  async function overdueCases(n: number, start: Date) {
    const refs: string[] = [];
    for (let i = 0; i < n; i++) refs.push((await buildCase(t.app, { description: `بلاغ ${i}` })).reference);
    await t.ctx.database.db
      .updateTable('cases')
      .set({ sla_started_at: start, sla_next_check_at: start, sla_state: 'on_track' })
      .where('reference', 'in', refs)
      .execute();
    return refs;
  }

  async function escalationsOf(refs: string[]) {
    return t.ctx.database.db
      .selectFrom('case_events as e')
      .innerJoin('cases as c', 'c.id', 'e.case_id')
      .select(['c.reference', 'e.kind', 'e.data', 'e.id'])
      .where('c.reference', 'in', refs)
      .where('e.kind', 'in', ['sla_warning', 'escalated'])
      .orderBy('e.id')
      .execute();
  }

  it('fires each step once, in order, as time passes — and never again after a restart', async () => {
    const start = bahrain('2026-11-01T07:00:00');
    const [ref] = await overdueCases(1, start);
    const target = 10 * WORKING_DAY;
    const cal = t.ctx.sla.calendarOf({ sla_policy_id: policyId, type: 'complaint', priority: 'normal' })!;
    const at = (percent: number) => new Date(addWorkingTime(start, (target * percent) / 100, cal).getTime() + 1000);
    await t.ctx.sweeper.sweep(at(80));
    await t.ctx.sweeper.sweep(at(120));
    await t.ctx.sweeper.sweep(at(160));
    const fired = await escalationsOf([ref!]);
    expect(fired.map((e) => [e.kind, (typeof e.data === 'string' ? JSON.parse(e.data) : e.data).atPercent])).toEqual([
      ['sla_warning', 75],
      ['escalated', 100],
      ['escalated', 150],
    ]);
    const snap = await t.ctx.database.db.selectFrom('cases').select(['escalation_level', 'sla_state', 'sla_next_check_at']).where('reference', '=', ref!).executeTakeFirstOrThrow();
    expect(snap).toMatchObject({ escalation_level: 2, sla_state: 'breached', sla_next_check_at: null });

    // A restart: a fresh engine over the same database, and a forced re-check.
    await t.ctx.database.db.updateTable('cases').set({ sla_next_check_at: start }).where('reference', '=', ref!).execute();
    const again = new SlaSweeper(t.ctx.database.db, new SlaRepository(t.ctx.database.db), new SlaService(new SlaRepository(t.ctx.database.db)));
    const result = await again.sweep(at(200));
    expect(result.escalations).toBe(0);
    expect(await escalationsOf([ref!])).toHaveLength(3);
    const breached = (await t.app.inject(as(officer, { url: '/api/v1/cases?slaState=breached&limit=100' }))).json();
    expect(breached.items.map((i: { reference: string }) => i.reference)).toContain(ref);
  });

  it('two workers at once never fire a step twice', async () => {
    const start = bahrain('2026-10-01T07:00:00');
    const refs = await overdueCases(60, start);
    const now = new Date(Date.now() + 365 * 86_400_000);
    const workers =
      testDbKind === 'postgres'
        ? [0, 1].map(() => {
            const db = openPostgres((t.ctx.database as { url?: string }).url!, 3);
            return { db, sweeper: new SlaSweeper(db.db, new SlaRepository(db.db), new SlaService(new SlaRepository(db.db))) };
          })
        : [0, 1].map(() => ({ db: undefined, sweeper: new SlaSweeper(t.ctx.database.db, new SlaRepository(t.ctx.database.db), new SlaService(new SlaRepository(t.ctx.database.db))) }));
    const countAll = async () =>
      Number((await sql<{ n: number }>`select coalesce(sum(cardinality(sla_fired_steps)), 0)::int as n from cases`.execute(t.ctx.database.db)).rows[0]!.n);
    const before = await countAll();
    try {
      const results = await Promise.all(workers.map((w) => w.sweeper.sweep(now, 10)));
      expect(results.reduce((n, r) => n + r.escalations, 0)).toBe((await countAll()) - before); // no firing was counted twice
      const fired = await escalationsOf(refs);
      expect(fired).toHaveLength(60 * 3);
      const rows = await t.ctx.database.db.selectFrom('cases').select('sla_fired_steps').where('reference', 'in', refs).execute();
      expect(rows.map((r) => r.sla_fired_steps.length)).toEqual(Array(60).fill(3));
    } finally {
      for (const w of workers) await w.db?.close();
    }
  });
});

describe('a stopped clock', () => {
  it('is not moved by later actions on a resolved case (rating, closing)', async () => {
    const r = await buildCase(t.app);
    let v = (await caseSnapshot(t.ctx, r.reference)).version;
    const act = async (action: string, body: object, token?: string, session: Session = officer) => {
      const opts = { method: 'POST' as const, url: `/api/v1/cases/${r.reference}/actions/${action}`, payload: { ...body, version: v } };
      const res = token ? await t.app.inject({ ...opts, headers: { 'x-tracking-token': token } }) : await t.app.inject(as(session, opts));
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
    };
    await act('start', {});
    await act('resolve', { body: 'تم' });
    const read = () =>
      t.ctx.database.db.selectFrom('cases').select(['sla_state', 'resolution_working_minutes']).where('reference', '=', r.reference).executeTakeFirstOrThrow();
    const atResolution = await read();
    expect(atResolution.sla_state).toBe('met');
    // Pretend the clock started long ago: were it re-evaluated now, the case would read as breached.
    await sql`update cases set sla_started_at = sla_started_at - interval '200 days' where reference = ${r.reference}`.execute(t.ctx.database.db);
    await act('rate', { rating: 5 }, r.trackingToken);
    await act('close', {}, undefined, await signInStaff(t.app, 'supervisor@muharraq.demo'));
    expect(await read()).toEqual(atResolution);
  });
});

describe('the due checks the sweep claims from', () => {
  const checkOf = async (reference: string) => {
    const row = await t.ctx.database.db
      .selectFrom('cases as c')
      .leftJoin('sla_checks as k', 'k.case_id', 'c.id')
      .select(['c.id', 'c.sla_next_check_at', 'k.due_at'])
      .where('c.reference', '=', reference)
      .executeTakeFirstOrThrow();
    return { id: row.id, column: row.sla_next_check_at ? new Date(row.sla_next_check_at).toISOString() : null, check: row.due_at ? new Date(row.due_at).toISOString() : null };
  };

  it('follow every writer of a case\'s next check: intake, a direct update, a clock that stops', async () => {
    const r = await buildCase(t.app);
    const filed = await checkOf(r.reference);
    expect(filed.column).not.toBeNull();
    expect(filed.check).toBe(filed.column);
    const moved = bahrain('2026-11-02T09:00:00');
    await t.ctx.database.db.updateTable('cases').set({ sla_next_check_at: moved }).where('reference', '=', r.reference).execute();
    expect(await checkOf(r.reference)).toMatchObject({ column: moved.toISOString(), check: moved.toISOString() });
    // An update that leaves the next check alone leaves the check alone.
    await t.ctx.database.db.updateTable('cases').set({ priority: 'high' }).where('reference', '=', r.reference).execute();
    expect((await checkOf(r.reference)).check).toBe(moved.toISOString());
    let v = (await caseSnapshot(t.ctx, r.reference)).version;
    for (const [action, body] of [['start', {}], ['resolve', { body: 'تم الإصلاح' }]] as const) {
      const res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${r.reference}/actions/${action}`, payload: { ...body, version: v } }));
      expect(res.statusCode, res.body).toBe(200);
      v = res.json().version;
    }
    expect(await checkOf(r.reference)).toMatchObject({ column: null, check: null });
  });

  it('a sweep of many cases moves each one\'s check, writing only columns no index of cases reads (so heap-only where the page has room)', async () => {
    const start = bahrain('2026-09-01T07:00:00');
    const refs: string[] = [];
    for (let i = 0; i < 5; i++) refs.push((await buildCase(t.app, { description: `حفرة ${i}` })).reference);
    await t.ctx.database.db.updateTable('cases').set({ sla_started_at: start, sla_next_check_at: start, sla_state: 'on_track' }).where('reference', 'in', refs).execute();
    const ids = await Promise.all(refs.map(async (ref) => (await checkOf(ref)).id));
    const at = new Date(start.getTime() + 3 * 86_400_000);
    // The sweep's own writes, in one transaction whose table counters count its updates; whether
    // each was heap-only also depends on room left on the case's page, so that share is measured by
    // bench:sla over a million cases, and what the update itself decides is checked below.
    const counts = await t.ctx.database.db.transaction().execute(async (tx) => {
      const stat = async () =>
        (await sql<{ upd: string }>`select n_tup_upd as upd from pg_stat_xact_user_tables where relname = 'cases'`.execute(tx)).rows[0]!;
      const before = await stat();
      await new SlaRepository(t.ctx.database.db).applyBatch(tx, ids.map((id) => ({ id, state: 'at_risk', next: at, level: 1, fired: [] })));
      const after = await stat();
      return { updates: Number(after.upd) - Number(before.upd) };
    });
    expect(counts).toEqual({ updates: 5 });
    // An update can be heap-only only when no index of the table reads a column it changes, in its
    // key, its INCLUDE list, an expression or a partial index's condition: none may name a column the
    // sweep writes (the test fails if anyone indexes one again).
    const swept = ['sla_state', 'sla_next_check_at', 'escalation_level', 'sla_fired_steps'];
    const indexes = await sql<{ name: string; def: string }>`select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def
      from pg_index where indrelid = 'cases'::regclass`.execute(t.ctx.database.db);
    expect(indexes.rows.length).toBeGreaterThan(3);
    const reading = (cols: string[]) => indexes.rows.filter((i) => cols.some((col) => new RegExp(`\\b${col}\\b`).test(i.def))).map((i) => i.name);
    expect(reading(swept)).toEqual([]);
    expect(reading(['reference', 'entity_id']).length).toBeGreaterThan(0); // the search does find indexed columns
    // Nor does any trigger on cases rewrite the row before it is stored (which could change an indexed column).
    const rewriting = await sql<{ n: number }>`select count(*)::int as n from pg_trigger
      where tgrelid = 'cases'::regclass and not tgisinternal and (tgtype & 1) <> 0 and (tgtype & 2) <> 0 and (tgtype & 16) <> 0`.execute(t.ctx.database.db);
    expect(rewriting.rows[0]!.n).toBe(0);
    for (const ref of refs) expect(await checkOf(ref)).toMatchObject({ column: at.toISOString(), check: at.toISOString() });
    // And a sweep claims them through the checks and stops each clock that has nothing more to check.
    const result = await t.ctx.sweeper.sweep(new Date(start.getTime() + 400 * 86_400_000));
    expect(result.claimed).toBeGreaterThanOrEqual(5);
    for (const ref of refs) {
      const c = await checkOf(ref);
      expect(c.check).toBe(c.column);
    }
    const left = await sql<{ n: number }>`select count(*)::int as n from sla_checks k join cases c on c.id = k.case_id
      where k.due_at is distinct from c.sla_next_check_at`.execute(t.ctx.database.db);
    expect(left.rows[0]!.n).toBe(0);
  });
  it('a stray check whose case has no next check is claimed once and removed, not claimed on every sweep', async () => {
    const r = await buildCase(t.app);
    await t.ctx.database.db.updateTable('cases').set({ sla_next_check_at: null }).where('reference', '=', r.reference).execute();
    const { id } = await checkOf(r.reference);
    expect((await checkOf(r.reference)).check).toBeNull();
    // As a load with the triggers off could leave it.
    await t.ctx.database.db.insertInto('sla_checks').values({ case_id: id, due_at: bahrain('2026-01-01T08:00:00') }).execute();
    const later = new Date(Date.now() + 800 * 86_400_000);
    await t.ctx.sweeper.sweep(later);
    expect(await checkOf(r.reference)).toMatchObject({ column: null, check: null });
    const again = await t.ctx.sweeper.sweep(later);
    expect(again.claimed).toBe(0);
  });
});
