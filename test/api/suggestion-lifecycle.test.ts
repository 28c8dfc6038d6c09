import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles, type CaseStatus } from '../../src/common/enums.ts';
import { suggestionTransitions, type ActorRole, type CaseAction } from '../../src/server/cases/workflow.ts';
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
  officerId = staff.get('officer')!.user.id;
});
afterAll(() => t?.close());

const roles: ActorRole[] = [...staffRoles, 'citizen'];
const future = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
const plan = { plan: 'تركيب حاويات إضافية في المجمع ٢٠٤', ownerUnit: 'muharraq', costBand: 'low', targetDate: future };

function suggestion(overrides: Record<string, unknown> = {}) {
  return buildCase(t.app, {
    type: 'suggestion',
    serviceCode: 'bin_overflow',
    attributes: {},
    description: 'أقترح زيادة عدد حاويات القمامة في المجمع ٢٠٤ لأنها تمتلئ قبل موعد الجمع',
    ...overrides,
  });
}

async function bodyFor(action: CaseAction): Promise<Record<string, unknown>> {
  switch (action) {
    case 'assign':
      return { assigneeId: officerId };
    case 'accept':
      return plan;
    case 'decline':
    case 'reject':
      return { reasonCode: 'duplicate', body: 'نُفّذ اقتراح مماثل في المنطقة' };
    case 'transfer':
      return { entityCode: 'capital', reason: 'ضمن نطاق العاصمة' };
    case 'change-service':
      return { serviceCode: 'bin_request' };
    case 'merge':
      return { masterReference: (await suggestion({ description: 'الاقتراح الأصلي' })).reference };
    case 'rate':
      return { rating: 5 };
    case 'priority':
      return { priority: 'high' };
    case 'start':
    case 'close':
    case 'study':
      return {};
    default:
      return { body: 'نص الإجراء' };
  }
}

async function act(role: ActorRole, receipt: { reference: string; trackingToken: string }, action: CaseAction, body: object, version: number) {
  const opts = { method: 'POST' as const, url: `/api/v1/cases/${receipt.reference}/actions/${action}`, payload: body, headers: { 'if-match': String(version) } };
  if (role === 'citizen') return t.app.inject({ ...opts, headers: { ...opts.headers, 'x-tracking-token': receipt.trackingToken } });
  return t.app.inject(as(staff.get(role)!, opts));
}

async function suggestionIn(status: CaseStatus) {
  const receipt = await suggestion();
  const assigned = !['new'].includes(status);
  const version = await forceState(t.ctx, receipt.reference, {
    status,
    assigneeEmail: assigned ? 'officer@muharraq.demo' : null,
    resolvedDaysAgo: ['implemented', 'closed'].includes(status) ? 1 : undefined,
  });
  return { receipt, version };
}

describe("a suggestion's transition table, action by action and role by role", () => {
  for (const [action, tr] of Object.entries(suggestionTransitions) as [CaseAction, (typeof suggestionTransitions)[keyof typeof suggestionTransitions]][]) {
    const from = tr.from[0]!;
    it(`${action} from ${from}: allowed for ${tr.roles.join(', ')}, refused for the others`, async () => {
      for (const role of roles) {
        const { receipt, version } = await suggestionIn(from);
        const before = await caseSnapshot(t.ctx, receipt.reference);
        const res = await act(role, receipt, action, await bodyFor(action), version);
        if (tr.roles.includes(role)) {
          expect(res.statusCode, `${action} as ${role}: ${res.body}`).toBe(200);
          expect(res.json().status, `${action} as ${role}`).toBe(tr.to(from, true));
        } else {
          expect(res.statusCode, `${action} as ${role}: ${res.body}`).toBe(403);
          expect(res.json().code).toBe('action_forbidden');
          expect(await caseSnapshot(t.ctx, receipt.reference)).toEqual(before);
        }
      }
    });
  }

  it('refuses each decision from a status it does not start from, and refuses them on a complaint', async () => {
    const wrong: [CaseAction, CaseStatus, ActorRole][] = [
      ['study', 'under_study', 'officer'],
      ['accept', 'new', 'supervisor'],
      ['start', 'under_study', 'officer'],
      ['implement', 'accepted', 'officer'],
      ['decline', 'accepted', 'supervisor'],
      ['resolve', 'in_progress', 'officer'],
      ['reject', 'new', 'officer'],
      ['reopen', 'implemented', 'citizen'],
    ];
    for (const [action, status, role] of wrong) {
      const { receipt, version } = await suggestionIn(status);
      const res = await act(role, receipt, action, await bodyFor(action), version);
      expect(res.statusCode, `${action} from ${status}: ${res.body}`).toBe(409);
      expect(res.json().code).toBe('action_not_allowed');
    }
    const complaint = await buildCase(t.app);
    const v = (await caseSnapshot(t.ctx, complaint.reference)).version;
    const res = await act('supervisor', complaint, 'decline', await bodyFor('decline'), v);
    expect(res.statusCode).toBe(409);
    const view = (await t.app.inject(as(staff.get('supervisor')!, { url: `/api/v1/cases/${complaint.reference}` }))).json();
    expect(view.allowedActions).not.toContain('study');
    expect(view.plan).toBeNull();
  });
});

describe('a whole suggestion', () => {
  it('study → accept with a plan → start → implement: the plan is stored and shown, the citizen told at each step in their language', async () => {
    const receipt = await suggestion({ language: 'en', contact: { name: 'Sara', phone: '36005555' } });
    let v = (await caseSnapshot(t.ctx, receipt.reference)).version;
    const step = async (role: ActorRole, action: CaseAction, body: object, status: CaseStatus) => {
      const res = await act(role, receipt, action, body, v);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      expect(res.json().status).toBe(status);
      v = res.json().version;
      return res.json();
    };
    const fresh = (await t.app.inject(as(staff.get('officer')!, { url: `/api/v1/cases/${receipt.reference}` }))).json();
    expect(fresh.allowedActions).toEqual(expect.arrayContaining(['study', 'assign']));
    expect(fresh.allowedActions).not.toContain('resolve');

    await step('officer', 'study', { body: 'We are studying it with the cleaning contractor' }, 'under_study');
    const accepted = await step('supervisor', 'accept', plan, 'accepted');
    expect(accepted.plan).toMatchObject({
      action: plan.plan,
      ownerUnit: { code: 'muharraq' },
      costBand: 'low',
      targetDate: future,
      overdue: false,
      implementedAt: null,
      outcome: null,
    });
    // The decision stops the clock: the SLA state is final and no check is due.
    const clock = await t.ctx.database.db
      .selectFrom('cases')
      .select(['sla_next_check_at', 'resolution_working_minutes', 'sla_state', 'resolved_at', 'first_responded_at'])
      .where('reference', '=', receipt.reference)
      .executeTakeFirstOrThrow();
    expect(clock).toMatchObject({ sla_next_check_at: null, sla_state: 'met', resolved_at: null });
    expect(clock.resolution_working_minutes).not.toBeNull();
    expect(clock.first_responded_at).not.toBeNull();

    const tracked = (await t.app.inject({ url: `/api/v1/cases/${receipt.reference}?token=${receipt.trackingToken}` })).json();
    expect(tracked.status).toBe('accepted');
    expect(tracked.plan).toMatchObject({ action: plan.plan, targetDate: future, costBand: 'low' });
    expect(tracked.expect.resolutionBy).toBeNull();

    await step('officer', 'start', {}, 'in_progress');
    const done = await step('officer', 'implement', { body: 'Four more bins were placed in block 204' }, 'implemented');
    expect(done.plan).toMatchObject({ outcome: 'Four more bins were placed in block 204', overdue: false });
    expect(done.plan.implementedAt).not.toBeNull();
    expect(done.resolvedAt).not.toBeNull();
    const citizenNow = (await t.app.inject({ url: `/api/v1/cases/${receipt.reference}?token=${receipt.trackingToken}` })).json();
    expect(citizenNow.allowedActions).toContain('rate');
    expect(citizenNow.allowedActions).not.toContain('reopen');

    const told = await t.ctx.database.db
      .selectFrom('notification_outbox')
      .select(['template', 'language', 'params'])
      .where('address', '=', '+97336005555')
      .where('template', 'like', 'suggestion_%')
      .orderBy('id')
      .execute();
    expect(told.map((m) => [m.template, m.language])).toEqual([
      ['suggestion_under_study', 'en'],
      ['suggestion_accepted', 'en'],
      ['suggestion_implemented', 'en'],
    ]);
    expect(JSON.stringify(told[1]!.params)).toContain(future);
  });

  it('a decline needs a reason from the list and words; the citizen is told the reason; the clock stops', async () => {
    const { receipt, version } = await suggestionIn('under_study');
    const unknown = await act('supervisor', receipt, 'decline', { reasonCode: 'because', body: 'لا' }, version);
    expect(unknown.statusCode).toBe(400);
    const wordless = await act('supervisor', receipt, 'decline', { reasonCode: 'duplicate' }, version);
    expect(wordless.statusCode).toBe(400);
    const ok = await act('entity_admin', receipt, 'decline', { reasonCode: 'duplicate', body: 'نُفّذ اقتراح مماثل' }, version);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('declined');
    expect(ok.json().allowedActions).toEqual(['note']);
    const ev = ok.json().timeline.find((e: { data: { to?: string } }) => e.data.to === 'declined');
    expect(ev).toMatchObject({ visibility: 'public', body: 'نُفّذ اقتراح مماثل', data: { reasonCode: 'duplicate', reason: { en: 'Duplicate' } } });
    const told = await t.ctx.database.db
      .selectFrom('notification_outbox')
      .select(['template', 'language', 'params'])
      .where('case_id', '=', (await t.ctx.database.db.selectFrom('cases').select('id').where('reference', '=', receipt.reference).executeTakeFirstOrThrow()).id)
      .where('template', '=', 'suggestion_declined')
      .execute();
    expect(told).toHaveLength(1);
    expect(told[0]!.language).toBe('ar');
    expect(JSON.stringify(told[0]!.params)).toContain('نُفّذ اقتراح مماثل');
  });

  it('an acceptance needs an owner unit in scope and a target date not yet passed', async () => {
    const { receipt, version } = await suggestionIn('under_study');
    const outside = await act('supervisor', receipt, 'accept', { ...plan, ownerUnit: 'capital' }, version);
    expect(outside.statusCode).toBe(400);
    expect(JSON.stringify(outside.json().errors)).toContain('ownerUnit');
    const past = await act('supervisor', receipt, 'accept', { ...plan, targetDate: '2020-01-01' }, version);
    expect(past.statusCode).toBe(400);
    expect(JSON.stringify(past.json().errors)).toContain('targetDate');
    const band = await act('supervisor', receipt, 'accept', { ...plan, costBand: 'huge' }, version);
    expect(band.statusCode).toBe(400);
    expect((await caseSnapshot(t.ctx, receipt.reference)).version).toBe(version);
  });
});
