import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase, buildService, caseInputFor } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let coordinator: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
});
afterAll(() => t?.close());

const policy = (pauseStatuses: string[]) => ({
  name: { ar: 'سياسة الإيقاف', en: 'Pausing policy' },
  calendarCode: 'bahrain-gov',
  pauseStatuses,
  targets: [{ caseType: null, priority: null, firstResponseTarget: 480, resolutionTarget: 4800 }],
  steps: [{ atPercent: 100, notifyRoles: ['supervisor'], raiseLevelTo: 1 }],
});

describe("a suggestion's decision clock and the statuses that pause it", () => {
  it('refuses a policy that would pause under study or accepted: studying is the work, accepting stops the clock', async () => {
    for (const status of ['under_study', 'accepted', 'implemented', 'declined']) {
      const res = await t.app.inject(as(coordinator, { method: 'PUT', url: '/api/v1/admin/sla-policies/pause-study', payload: policy(['awaiting_citizen', status]) }));
      expect(res.statusCode, `${status}: ${res.body}`).toBe(400);
    }
  });

  it('keeps running while under study, even when the policy pauses the status it came from, and pauses while the citizen is asked', async () => {
    const put = await t.app.inject(as(coordinator, { method: 'PUT', url: '/api/v1/admin/sla-policies/pause-assigned', payload: policy(['assigned', 'awaiting_citizen']) }));
    expect(put.statusCode, put.body).toBe(204);
    const service = await buildService(t.app, { entity: 'muharraq' });
    const link = await t.app.inject(as(coordinator, { method: 'PUT', url: `/api/v1/admin/services/${service.code}/sla-policy`, payload: { policyCode: 'pause-assigned' } }));
    expect(link.statusCode, link.body).toBe(204);
    const receipt = await buildCase(t.app, caseInputFor(service, { type: 'suggestion' }));

    let version = 1;
    const step = async (action: string, body: object, status: string, slaState: string) => {
      const res = await t.app.inject(
        as(officer, { method: 'POST', url: `/api/v1/cases/${receipt.reference}/actions/${action}`, payload: body, headers: { 'if-match': String(version) } }),
      );
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      expect(res.json().status).toBe(status);
      expect(res.json().slaState, action).toBe(slaState);
      version = res.json().version;
    };
    await step('assign', { assigneeId: officer.user.id }, 'assigned', 'paused');
    await step('study', {}, 'under_study', 'on_track');
    const studying = await t.ctx.database.db.selectFrom('cases').select(['sla_paused_at', 'sla_next_check_at']).where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    expect(studying.sla_paused_at).toBeNull();
    expect(studying.sla_next_check_at).not.toBeNull();
    await step('request-info', { body: 'ما المواقع التي تقترحها؟' }, 'awaiting_citizen', 'paused');
  });
});
