import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStatuses, staffRoles, type CaseStatus } from '../../src/common/enums.ts';
import { transitions, type ActorRole, type CaseAction } from '../../src/server/cases/workflow.ts';
import { caseSnapshot, forceState } from '../support/case-state.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const staff = new Map<string, Session>();
let officerId: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const role of staffRoles) staff.set(role, await signInStaff(t.app, `${role}@muharraq.demo`));
  staff.set('supervisor@capital', await signInStaff(t.app, 'supervisor@capital.demo'));
  staff.set('officer@capital', await signInStaff(t.app, 'officer@capital.demo'));
  officerId = staff.get('officer')!.user.id;
});
afterAll(() => t?.close());

const roles: ActorRole[] = [...staffRoles, 'citizen'];
const needsAssignee: CaseStatus[] = ['assigned', 'in_progress', 'awaiting_citizen', 'resolved', 'closed'];

async function bodyFor(action: CaseAction): Promise<Record<string, unknown>> {
  switch (action) {
    case 'assign':
      return { assigneeId: officerId };
    case 'reject':
      return { reasonCode: 'duplicate' };
    case 'transfer':
      return { entityCode: 'capital', reason: 'الموقع ضمن نطاق العاصمة' };
    case 'merge':
      return { masterReference: (await buildCase(t.app, { description: 'البلاغ الأصلي' })).reference };
    case 'change-service':
      return { serviceCode: 'bin_overflow' };
    case 'rate':
      return { rating: 4, comment: 'شكراً' };
    case 'priority':
      return { priority: 'high' };
    case 'start':
    case 'close':
      return {};
    default:
      return { body: 'نص الإجراء' };
  }
}

/** Runs an action on a case as a role: staff by session, the citizen by tracking token. */
async function act(role: ActorRole | Session, receipt: { reference: string; trackingToken: string }, action: CaseAction, body: object, version: number) {
  const opts = { method: 'POST' as const, url: `/api/v1/cases/${receipt.reference}/actions/${action}`, payload: body, headers: { 'if-match': String(version) } };
  if (role === 'citizen') return t.app.inject({ ...opts, headers: { ...opts.headers, 'x-tracking-token': receipt.trackingToken } });
  const session = typeof role === 'string' ? staff.get(role)! : role;
  return t.app.inject(as(session, opts));
}

async function caseIn(status: CaseStatus, opts: { resolvedDaysAgo?: number } = {}) {
  const receipt = await buildCase(t.app);
  const version = await forceState(t.ctx, receipt.reference, {
    status,
    assigneeEmail: needsAssignee.includes(status) ? 'officer@muharraq.demo' : null,
    resolvedDaysAgo: ['resolved', 'closed'].includes(status) ? (opts.resolvedDaysAgo ?? 1) : undefined,
  });
  return { receipt, version };
}

/** A complaint's actions (the factories build complaints); suggestions have their own table and test. */
const complaintActions = Object.keys(transitions) as (keyof typeof transitions)[];

describe('the transition table, action by action and role by role', () => {
  for (const action of complaintActions) {
    const from = transitions[action].from[0]!;
    for (const role of roles) {
      const allowed = transitions[action].roles.includes(role);
      it(`${action} from ${from} as ${role}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const { receipt, version } = await caseIn(from);
        const before = await caseSnapshot(t.ctx, receipt.reference);
        const res = await act(role, receipt, action, await bodyFor(action), version);
        if (allowed) {
          expect(res.statusCode, res.body).toBe(200);
          const body = res.json();
          expect(body.version).toBe(version + 1);
          expect(body.status).toBe(transitions[action].to(from, before.assigneeId !== null));
          expect((await caseSnapshot(t.ctx, receipt.reference)).events).toBeGreaterThan(before.events);
        } else {
          expect(res.statusCode, res.body).toBe(403);
          expect(res.json().code).toBe('action_forbidden');
          expect(await caseSnapshot(t.ctx, receipt.reference)).toEqual(before);
        }
      });
    }
  }

  for (const action of complaintActions) {
    const wrong = caseStatuses.find((s) => !transitions[action].from.includes(s));
    if (!wrong) continue;
    const role = transitions[action].roles[0]!;
    it(`${action} is refused from ${wrong} with action_not_allowed`, async () => {
      const { receipt, version } = await caseIn(wrong);
      const before = await caseSnapshot(t.ctx, receipt.reference);
      const res = await act(role, receipt, action, await bodyFor(action), version);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('action_not_allowed');
      expect(await caseSnapshot(t.ctx, receipt.reference)).toEqual(before);
    });
  }
});

describe('versions', () => {
  it('a stale If-Match gets 409 and changes nothing; a missing one gets 428', async () => {
    const { receipt, version } = await caseIn('in_progress');
    const before = await caseSnapshot(t.ctx, receipt.reference);
    const stale = await act('officer', receipt, 'reply', { body: 'رد' }, version - 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect(await caseSnapshot(t.ctx, receipt.reference)).toEqual(before);
    const missing = await t.app.inject(as(staff.get('officer')!, { method: 'POST', url: `/api/v1/cases/${receipt.reference}/actions/reply`, payload: { body: 'رد' } }));
    expect(missing.statusCode).toBe(428);
    const inBody = await t.app.inject(as(staff.get('officer')!, { method: 'POST', url: `/api/v1/cases/${receipt.reference}/actions/reply`, payload: { body: 'رد', version } }));
    expect(inBody.statusCode).toBe(200);
  });

  it('two officers racing on one version: exactly one wins', async () => {
    const { receipt, version } = await caseIn('in_progress');
    const [a, b] = await Promise.all([
      act('officer', receipt, 'note', { body: 'أ' }, version),
      act('supervisor', receipt, 'note', { body: 'ب' }, version),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});

describe('a whole life', () => {
  it('assign → start → request info → citizen reply → resolve → rate → reopen, every step on the timeline', async () => {
    const receipt = await buildCase(t.app);
    let v = (await caseSnapshot(t.ctx, receipt.reference)).version;
    const step = async (role: ActorRole, action: CaseAction, body: object, status: string) => {
      const res = await act(role, receipt, action, body, v);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      expect(res.json().status).toBe(status);
      v = res.json().version;
      return res.json();
    };
    await step('officer', 'assign', { assigneeId: officerId }, 'assigned');
    await step('officer', 'start', {}, 'in_progress');
    await step('officer', 'note', { body: 'ملاحظة داخلية: العمود رقم ٤٥' }, 'in_progress');
    await step('officer', 'request-info', { body: 'يرجى تحديد رقم العمود' }, 'awaiting_citizen');
    const citizenView = await step('citizen', 'citizen-reply', { body: 'العمود رقم ٤٥' }, 'in_progress');
    expect(citizenView.timeline.map((e: { kind: string }) => e.kind)).not.toContain('internal_note');
    expect(JSON.stringify(citizenView)).not.toContain('ملاحظة داخلية');
    await step('officer', 'resolve', { body: 'تم إصلاح العمود' }, 'resolved');
    const rated = await step('citizen', 'rate', { rating: 5, comment: 'سريع' }, 'resolved');
    expect(rated.rating).toBe(5);
    expect(rated.allowedActions).not.toContain('rate');
    const again = await act('citizen', receipt, 'rate', { rating: 1 }, v);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_rated'); // and not offered: allowedActions agrees
    const reopened = await step('citizen', 'reopen', { body: 'عاد العطل' }, 'in_progress');
    expect(reopened.allowedActions).toContain('citizen-reply');

    const staffView = (await t.app.inject(as(staff.get('officer')!, { url: `/api/v1/cases/${receipt.reference}` }))).json();
    expect(staffView.reopenCount).toBe(1);
    expect(staffView.firstRespondedAt).not.toBeNull();
    expect(staffView.contact.phone).toBe('+97336001234');
    const kinds = staffView.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['created', 'assigned', 'status_changed', 'internal_note', 'info_requested', 'citizen_replied', 'public_reply', 'rated', 'reopened']));
    const assigned = staffView.timeline.find((e: { kind: string }) => e.kind === 'assigned');
    expect(assigned).toMatchObject({ visibility: 'internal', data: { from: null, to: officerId } });
  });

  it('a reopen after the window is refused', async () => {
    const { receipt, version } = await caseIn('resolved', { resolvedDaysAgo: 15 });
    const res = await act('citizen', receipt, 'reopen', { body: 'لم يحل' }, version);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('reopen_window_closed');
  });

  it('a rejection needs a known reason code and shows the reason', async () => {
    const { receipt, version } = await caseIn('new');
    const bad = await act('supervisor', receipt, 'reject', { reasonCode: 'because' }, version);
    expect(bad.statusCode).toBe(400);
    const ok = await act('supervisor', receipt, 'reject', { reasonCode: 'private_property', body: 'الموقع داخل عقار خاص' }, version);
    expect(ok.statusCode).toBe(200);
    const ev = ok.json().timeline.find((e: { kind: string; data: { to?: string } }) => e.kind === 'status_changed' && e.data.to === 'rejected');
    expect(ev.data).toMatchObject({ to: 'rejected', reasonCode: 'private_property', reason: { en: 'Private property' } });
  });

  it('a transfer moves the case to the other entity, unassigned, and out of the first one\'s reach', async () => {
    const { receipt, version } = await caseIn('in_progress');
    const res = await act('supervisor', receipt, 'transfer', { entityCode: 'capital', reason: 'خارج النطاق' }, version);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ entity: { code: 'capital' }, status: 'in_progress', allowedActions: [] });
    const moved = (await t.app.inject(as(staff.get('supervisor@capital')!, { url: `/api/v1/cases/${receipt.reference}` }))).json();
    expect(moved).toMatchObject({ assignee: null, transferCount: 1, status: 'in_progress' });
    expect(moved.timeline.at(-1)).toMatchObject({ kind: 'transferred', data: { fromEntity: 'muharraq', toEntity: 'capital' } });
    expect((await t.app.inject(as(staff.get('officer')!, { url: `/api/v1/cases/${receipt.reference}` }))).statusCode).toBe(404);
    const triage = await t.app.inject(as(staff.get('officer@capital')!, { url: '/api/v1/cases?assignee=unassigned&limit=100' }));
    expect(triage.json().items.map((i: { reference: string }) => i.reference)).toContain(receipt.reference);
  });

  it('a merge tells the duplicate\'s citizen, who then follows the master', async () => {
    const master = await buildCase(t.app, { description: 'الأصل' });
    const dup = await buildCase(t.app, { description: 'مكرر', contact: { phone: '36009999' } });
    const v = (await caseSnapshot(t.ctx, dup.reference)).version;
    const res = await act('officer', dup, 'merge', { masterReference: master.reference.replace(/-/g, '') }, v);
    expect(res.statusCode, res.body).toBe(200);
    const told = await t.ctx.database.db
      .selectFrom('notification_outbox')
      .select(['template', 'channel', 'params'])
      .where('address', '=', '+97336009999')
      .where('template', '=', 'case_merged')
      .execute();
    expect(told).toHaveLength(1); // queued once, in the same transaction as the merge
    expect(JSON.stringify(told[0]!.params)).toContain(master.reference);
    const tracked = (await t.app.inject({ url: `/api/v1/cases/${dup.reference}?token=${dup.trackingToken}` })).json();
    expect(tracked).toMatchObject({ status: 'merged', mergedInto: master.reference });
    const masterView = (await t.app.inject(as(staff.get('officer')!, { url: `/api/v1/cases/${master.reference}` }))).json();
    expect(masterView.timeline.at(-1)).toMatchObject({ kind: 'merged', data: { duplicate: dup.reference } });
  });
});

describe('hotline agent', () => {
  it('creates a case for a caller and finds the caller\'s earlier cases by phone and national ID', async () => {
    const agent = await signInStaff(t.app, 'agent@ministry.demo');
    const payload = {
      type: 'complaint',
      serviceCode: 'pothole',
      description: 'المتصل يبلغ عن حفرة في شارع ٣٤',
      location: { governorate: 'southern' },
      contact: { name: 'محمد أحمد', phone: '٣٣١١٢٢٣٣', nationalId: '880112345' },
      attributes: {},
    };
    const created = await t.app.inject(as(agent, { method: 'POST', url: '/api/v1/cases', payload }));
    expect(created.statusCode, created.body).toBe(201);
    const ref = created.json().reference;
    const byPhone = await t.app.inject(as(agent, { url: '/api/v1/cases?phone=33112233' }));
    expect(byPhone.json().items.map((i: { reference: string; channel: string }) => [i.reference, i.channel])).toContainEqual([ref, 'hotline']);
    const byId = await t.app.inject(as(agent, { url: '/api/v1/cases?nationalId=880112345' }));
    expect(byId.json().items.map((i: { reference: string }) => i.reference)).toEqual([ref]);
    const either = await t.app.inject(as(agent, { url: '/api/v1/cases?nationalId=880112345&phone=39999999' }));
    expect(either.json().items.map((i: { reference: string }) => i.reference)).toEqual([ref]);
    const view = (await t.app.inject(as(agent, { url: `/api/v1/cases/${ref}` }))).json();
    expect(view.contact).toMatchObject({ name: 'محمد أحمد', nationalId: '880112345' });
  });
});

describe('workspace directory', () => {
  it('lists assignable colleagues of the actor\'s entity only, and the rejection reasons', async () => {
    const res = await t.app.inject(as(staff.get('supervisor')!, { url: '/api/v1/staff?assignable=true' }));
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { role: string; entity: string }[];
    expect(items.length).toBe(2);
    expect(items.every((i) => i.entity === 'muharraq' && ['officer', 'supervisor'].includes(i.role))).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/staff' })).statusCode).toBe(401);
    const reasons = (await t.app.inject({ url: '/api/v1/rejection-reasons' })).json().items;
    expect(reasons.map((r: { code: string }) => r.code)).toContain('duplicate');
  });
});
