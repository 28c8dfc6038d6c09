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

const week = [0, 1, 2, 3, 4, 5, 6].map((d) => (d === 0 ? [] : [{ start: 540, end: 1020 }])); // Monday–Saturday 09:00–17:00

describe('calendars and policies', () => {
  it('only a coordinator may change them', async () => {
    const res = await t.app.inject(as(officer, { method: 'GET', url: '/api/v1/admin/calendars' }));
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/admin/calendars' })).statusCode).toBe(401);
  });

  it('creates a calendar, imports holidays from .ics, and a policy on it that a service then uses', async () => {
    const create = await t.app.inject(as(coordinator, {
      method: 'POST',
      url: '/api/v1/admin/calendars',
      payload: { code: 'split-week', name: { ar: 'تقويم تجريبي', en: 'Trial calendar' }, timeZone: 'Asia/Bahrain', week },
    }));
    expect(create.statusCode, create.body).toBe(201);
    const bad = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/calendars', payload: { code: 'x', name: { ar: 'x', en: 'x' }, timeZone: 'Mars/Olympus', week } }));
    expect(bad.statusCode).toBe(400);

    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20301201\r\nDTEND;VALUE=DATE:20301203\r\nSUMMARY:عطلة\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const imp = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/calendars/split-week/holidays/import?lunar=true', payload: ics, headers: { 'content-type': 'text/calendar' } }));
    expect(imp.statusCode, imp.body).toBe(200);
    expect(imp.json()).toEqual({ imported: 2, skipped: 0 });
    const cals = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/calendars' }))).json().items;
    expect(cals.find((c: { code: string }) => c.code === 'split-week').holidays.map((h: { date: string; lunar: boolean }) => [h.date, h.lunar])).toEqual([
      ['2030-12-01', true],
      ['2030-12-02', true],
    ]);
    expect(cals.find((c: { code: string }) => c.code === 'bahrain-gov').holidays.length).toBeGreaterThan(20);

    const policy = {
      name: { ar: 'سياسة سريعة', en: 'Fast policy' },
      calendarCode: 'split-week',
      targets: [{ caseType: null, priority: null, firstResponseTarget: 60, resolutionTarget: 480 }],
      steps: [{ atPercent: 50, notifyRoles: ['assignee'], raiseLevelTo: null }],
    };
    const put = await t.app.inject(as(coordinator, { method: 'PUT', url: '/api/v1/admin/sla-policies/fast', payload: policy }));
    expect(put.statusCode, put.body).toBe(204);
    // A service of Muharraq, whose officer then reads the case.
    const service = await buildService(t.app, { entity: 'muharraq' });
    const assign = await t.app.inject(as(coordinator, { method: 'PUT', url: `/api/v1/admin/services/${service.code}/sla-policy`, payload: { policyCode: 'fast' } }));
    expect(assign.statusCode, assign.body).toBe(204);

    const r = await buildCase(t.app, caseInputFor(service));
    const view = (await t.app.inject(as(officer, { url: `/api/v1/cases/${r.reference}` }))).json();
    const row = await t.ctx.database.db.selectFrom('cases').select(['sla_resolution_target', 'sla_first_response_target']).where('reference', '=', r.reference).executeTakeFirstOrThrow();
    expect(row).toEqual({ sla_resolution_target: 480, sla_first_response_target: 60 });
    expect(view.slaState).toBe('on_track');

    const audit = await t.ctx.database.db.selectFrom('audit_log').select('action').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['calendar.create', 'calendar.holiday.import', 'sla_policy.create', 'service.sla_policy']));
  });

  it('refuses duplicate targets and overlapping intervals', async () => {
    const dup = await t.app.inject(as(coordinator, {
      method: 'PUT',
      url: '/api/v1/admin/sla-policies/dup',
      payload: {
        name: { ar: 'x', en: 'x' },
        calendarCode: 'bahrain-gov',
        targets: [
          { caseType: 'complaint', priority: null, firstResponseTarget: 1, resolutionTarget: 2 },
          { caseType: 'complaint', priority: null, firstResponseTarget: 3, resolutionTarget: 4 },
        ],
        steps: [],
      },
    }));
    expect(dup.statusCode).toBe(400);
    const overlap = await t.app.inject(as(coordinator, {
      method: 'PATCH',
      url: '/api/v1/admin/calendars/bahrain-gov',
      payload: { week: [[{ start: 60, end: 120 }, { start: 100, end: 200 }], [], [], [], [], [], []] },
    }));
    expect(overlap.statusCode).toBe(400);
  });
});
