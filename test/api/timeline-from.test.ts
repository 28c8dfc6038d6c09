import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase } from '../support/factories.ts';
import { caseSnapshot } from '../support/case-state.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Events that change something carry what it was before, so the timeline can say from → to. */
let t: TestApp;
let officer: Session;
let supervisor: Session;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
  supervisor = await signInStaff(t.app, 'supervisor@muharraq.demo');
  await t.ctx.sla.ready();
});
afterAll(() => t?.close());

async function actor(reference: string) {
  let v = (await caseSnapshot(t.ctx, reference)).version;
  return async (who: Session | string, action: string, body: object) => {
    const opts = { method: 'POST' as const, url: `/api/v1/cases/${reference}/actions/${action}`, payload: { ...body, version: v } };
    const res = typeof who === 'string' ? await t.app.inject({ ...opts, headers: { 'x-tracking-token': who } }) : await t.app.inject(as(who, opts));
    expect(res.statusCode, res.body).toBe(200);
    v = res.json().version;
    return res.json();
  };
}

const events = async (reference: string, kind: string) =>
  (await t.app.inject(as(supervisor, { url: `/api/v1/cases/${reference}/events` }))).json().items.filter((e: { kind: string }) => e.kind === kind);

describe('the "from" of a change', () => {
  it('a reassignment names the previous assignee; the first assignment names nobody', async () => {
    const r = await buildCase(t.app);
    const act = await actor(r.reference);
    await act(officer, 'assign', { assigneeId: officer.user.id });
    await act(supervisor, 'assign', { assigneeId: supervisor.user.id });
    const [first, second] = await events(r.reference, 'assigned');
    expect(first.data).toMatchObject({ from: null, fromName: null, to: officer.user.id });
    expect(second.data).toMatchObject({ from: officer.user.id, fromName: first.data.toName, to: supervisor.user.id });
    expect(second.data.fromName).toMatch(/\S/);
  });

  it('a resumed clock names the due time it replaces', async () => {
    const r = await buildCase(t.app);
    const act = await actor(r.reference);
    await act(officer, 'start', {});
    await act(officer, 'request-info', { body: 'رقم العمود؟' });
    const before = (await t.app.inject(as(officer, { url: `/api/v1/cases/${r.reference}` }))).json();
    expect(before.slaState).toBe('paused');
    await sql`update cases set sla_paused_at = sla_paused_at - interval '3 days' where reference = ${r.reference}`.execute(t.ctx.database.db);
    await act(r.trackingToken, 'citizen-reply', { body: 'العمود رقم ٤٥' });
    const [resumed] = await events(r.reference, 'sla_resumed');
    expect(new Date(resumed.data.fromResolutionDueAt).toISOString()).toBe(new Date(before.resolutionDueAt).toISOString());
    expect(new Date(resumed.data.resolutionDueAt).getTime()).toBeGreaterThan(new Date(before.resolutionDueAt).getTime());
  });
});
