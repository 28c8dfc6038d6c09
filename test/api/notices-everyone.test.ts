import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaEscalationNotices } from '../../src/server/notify/sla-notices.ts';
import { forceState } from '../support/case-state.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Nobody left out: the citizen of a transferred case, the people of a merged case, and the staff a case is theirs. */

let t: TestApp;
let supervisor: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  supervisor = await signInStaff(t.app, 'supervisor@muharraq.demo');
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;

async function outbox(reference: string, template: string) {
  return db()
    .selectFrom('notification_outbox')
    .select(['address', 'language', 'channel', 'params', 'status', 'urgent'])
    .where('reference', '=', reference)
    .where('template', '=', template)
    .orderBy('id')
    .execute();
}

async function version(reference: string) {
  return (await db().selectFrom('cases').select('version').where('reference', '=', reference).executeTakeFirstOrThrow()).version;
}

async function act(who: Session | { token: string }, reference: string, action: string, payload: object) {
  const opts = { method: 'POST' as const, url: `/api/v1/cases/${reference}/actions/${action}`, payload, headers: { 'if-match': String(await version(reference)) } };
  const res = await t.app.inject('token' in who ? { ...opts, headers: { ...opts.headers, 'x-tracking-token': who.token } } : as(who, opts));
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

describe('a transfer tells the citizen who now handles the case', () => {
  it('in the case language, on the channel the citizen gave, naming the receiving entity', async () => {
    const english = await buildCase(t.app, { language: 'en', contact: { name: 'Sara', email: 'sara.transfer@example.com' } });
    await act(supervisor, english.reference, 'transfer', { entityCode: 'capital', reason: 'الموقع ضمن نطاق العاصمة' });
    const rows = await outbox(english.reference, 'case_transferred');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ address: 'sara.transfer@example.com', channel: 'email', language: 'en' });
    const capital = await db().selectFrom('entities').select(['name_ar', 'name_en']).where('code', '=', 'capital').executeTakeFirstOrThrow();
    expect(rows[0]!.params).toMatchObject({ entity: { ar: capital.name_ar, en: capital.name_en } });
    const rendered = await t.ctx.notify.templates.render({ template: 'case_transferred', language: 'en', entityId: null, params: rows[0]!.params as Record<string, string>, reference: english.reference });
    expect(rendered.subject).toBe(`Your case ${english.reference} is now with ${capital.name_en}`);

    const arabic = await buildCase(t.app, { contact: { name: 'علي', phone: '36007711' } });
    await act(supervisor, arabic.reference, 'transfer', { entityCode: 'capital', reason: 'نطاق العاصمة' });
    expect(await outbox(arabic.reference, 'case_transferred')).toEqual([expect.objectContaining({ channel: 'sms', language: 'ar', address: '+97336007711' })]);
  });
});

describe("a merged case's citizen follows the master", () => {
  it("is told of the master's public replies and its resolution, in their own language, never of its notes", async () => {
    const master = await buildCase(t.app, { contact: { name: 'منى', phone: '36007722' } });
    const duplicate = await buildCase(t.app, { language: 'en', contact: { name: 'John', email: 'john.follower@example.com' } });
    await act(officer, duplicate.reference, 'merge', { masterReference: master.reference });
    await forceState(t.ctx, master.reference, { status: 'in_progress', assigneeEmail: 'officer@muharraq.demo' });
    await act(officer, master.reference, 'note', { body: 'ملاحظة داخلية' });
    await act(officer, master.reference, 'reply', { body: 'الفريق في الطريق' });
    await act(officer, master.reference, 'resolve', { body: 'تم الإصلاح' });

    const toFollower = async (template: string) => (await outbox(master.reference, template)).filter((r) => r.address === 'john.follower@example.com');
    expect(await toFollower('entity_replied')).toEqual([expect.objectContaining({ language: 'en', channel: 'email' })]);
    expect((await toFollower('case_resolved'))[0]).toMatchObject({ language: 'en', params: expect.objectContaining({ message: 'تم الإصلاح' }) });
    const all = await db().selectFrom('notification_outbox').select('template').where('address', '=', 'john.follower@example.com').execute();
    expect(all.map((r) => r.template).sort()).toEqual(['case_acknowledged', 'case_merged', 'case_resolved', 'entity_replied']);
  });
});

describe('staff are told when a case is theirs', () => {
  it('when it is assigned to them and when its citizen replies, by email in their own language', async () => {
    await db().updateTable('staff_users').set({ language: 'en', notify_mode: 'instant' }).where('email', '=', 'officer@muharraq.demo').execute();
    const receipt = await buildCase(t.app, { contact: { name: 'ريم', phone: '36007733' } });
    await act(supervisor, receipt.reference, 'assign', { assigneeId: officer.user.id });
    expect(await outbox(receipt.reference, 'staff_assigned')).toEqual([expect.objectContaining({ address: 'officer@muharraq.demo', channel: 'email', language: 'en' })]);

    await act({ token: receipt.trackingToken }, receipt.reference, 'citizen-reply', { body: 'أضفت صورة أوضح' });
    const replied = await outbox(receipt.reference, 'staff_citizen_replied');
    expect(replied).toEqual([expect.objectContaining({ address: 'officer@muharraq.demo', language: 'en' })]);
    expect(replied[0]!.params).toMatchObject({ message: 'أضفت صورة أوضح' });
  });

  it('the assignee is told individually when their case nears its target, even when the ladder names only other roles; a digest reader still gets it at once', async () => {
    await db().updateTable('staff_users').set({ notify_mode: 'digest' }).where('email', 'in', ['officer@muharraq.demo', 'supervisor@muharraq.demo']).execute();
    const receipt = await buildCase(t.app);
    await forceState(t.ctx, receipt.reference, { status: 'in_progress', assigneeEmail: 'officer@muharraq.demo' });
    const c = await db().selectFrom('cases').select(['id', 'entity_id', 'assignee_id']).where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    const listener = slaEscalationNotices('Asia/Bahrain');
    await db()
      .transaction()
      .execute((tx) => listener(tx, [{ caseId: c.id, entityId: c.entity_id, assigneeId: c.assignee_id, atPercent: 75, notifyRoles: ['supervisor'], level: 0 }]));
    const rows = await outbox(receipt.reference, 'staff_sla_warning');
    expect(rows.map((r) => r.address).sort()).toEqual(['officer@muharraq.demo', 'supervisor@muharraq.demo']);
    for (const r of rows) expect(r).toMatchObject({ status: 'pending', urgent: true });

    // An escalation (100% and over) still goes only to the roles its step names.
    await db()
      .transaction()
      .execute((tx) => listener(tx, [{ caseId: c.id, entityId: c.entity_id, assigneeId: c.assignee_id, atPercent: 100, notifyRoles: ['supervisor'], level: 1 }]));
    expect((await outbox(receipt.reference, 'staff_escalated')).map((r) => r.address)).toEqual(['supervisor@muharraq.demo']);
  });
});
