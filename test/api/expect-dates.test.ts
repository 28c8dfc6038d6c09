import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueDayText } from '../../src/common/due-text.ts';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseSnapshot } from '../support/case-state.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp();
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
});
afterAll(() => t?.close());

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const track = async (r: CreateCaseResponse) =>
  (await t.app.inject({ url: `/api/v1/cases/${r.reference}`, headers: { 'x-tracking-token': r.trackingToken } })).json();

async function act(r: CreateCaseResponse, action: string, body: object, token?: string) {
  const version = (await caseSnapshot(t.ctx, r.reference)).version;
  const opts = { method: 'POST' as const, url: `/api/v1/cases/${r.reference}/actions/${action}`, payload: { ...body, version } };
  const res = token ? await t.app.inject({ ...opts, headers: { 'x-tracking-token': token } }) : await t.app.inject(as(officer, opts));
  expect(res.statusCode, res.body).toBe(200);
}

async function acknowledgementText(r: CreateCaseResponse) {
  const db = t.ctx.database.db;
  const row = await db
    .selectFrom('notification_outbox as o')
    .innerJoin('cases as c', 'c.id', 'o.case_id')
    .select(['o.template', 'o.language', 'o.params', 'o.entity_id', 'c.reference'])
    .where('c.reference', '=', r.reference)
    .where('o.template', '=', 'case_acknowledged')
    .executeTakeFirstOrThrow();
  const params = (typeof row.params === 'string' ? JSON.parse(row.params) : row.params) as Record<string, string>;
  return t.ctx.notify.templates.render({ template: row.template, language: row.language!, entityId: row.entity_id, params, reference: row.reference });
}

describe('when to expect an answer', () => {
  it('the receipt and the tracking page carry the due dates of the case\'s SLA columns; the message says them as days', async () => {
    const r = await buildCase(t.app, { contact: { name: 'فاطمة علي', email: 'fatima.expect@example.com' } });
    const row = await t.ctx.database.db.selectFrom('cases').selectAll().where('reference', '=', r.reference).executeTakeFirstOrThrow();
    expect(row.first_response_due_at).not.toBeNull();
    expect(r.expect).toEqual({
      firstAnswerBy: iso(row.first_response_due_at),
      resolutionBy: iso(row.resolution_due_at),
      timeZone: t.config.timeZone,
      paused: null,
    });
    expect(new Date(r.expect!.firstAnswerBy!).getTime()).toBeLessThan(new Date(r.expect!.resolutionBy!).getTime());

    const tracked = await track(r);
    expect(tracked.expect).toEqual(r.expect);

    // Arabic: the acknowledgement promises the same days, in Arabic words, on the deployment's calendar.
    const ar = await acknowledgementText(r);
    const firstAr = dueDayText(r.expect!.firstAnswerBy!, 'ar', t.config.timeZone);
    const resolutionAr = dueDayText(r.expect!.resolutionBy!, 'ar', t.config.timeZone);
    expect(firstAr).toMatch(/^(الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)، \d{1,2} (يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)/);
    expect(ar.text).toContain(`موعد الرد الأول: بحلول ${firstAr}`);
    expect(ar.text).toContain(`موعد معالجة البلاغ: بحلول ${resolutionAr}`);
    expect(ar.html).toContain(firstAr);

    // English, for a case filed in English.
    const e = await buildCase(t.app, { language: 'en', contact: { name: 'John Smith', email: 'john.expect@example.com' } });
    const en = await acknowledgementText(e);
    const firstEn = dueDayText(e.expect!.firstAnswerBy!, 'en', t.config.timeZone);
    expect(firstEn).toMatch(/^(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),? \d{1,2} [A-Z][a-z]+/);
    expect(en.text).toContain(`First answer: by ${firstEn}`);
    expect(en.text).toContain(`Resolution: by ${dueDayText(e.expect!.resolutionBy!, 'en', t.config.timeZone)}`);
    // Working days: the promised day is never a Friday or Saturday (the demo calendar's weekend).
    expect(firstEn).not.toMatch(/^(Friday|Saturday)/);
  });

  it('while the entity waits for the citizen, the tracking page says the clock is paused, since when and why; answered, the first date goes', async () => {
    const r = await buildCase(t.app);
    await act(r, 'start', {});
    await act(r, 'request-info', { body: 'رقم العمود؟' });
    const paused = await track(r);
    const row = await t.ctx.database.db.selectFrom('cases').selectAll().where('reference', '=', r.reference).executeTakeFirstOrThrow();
    expect(row.sla_paused_at).not.toBeNull();
    expect(paused.expect).toMatchObject({
      firstAnswerBy: null, // asking for information is the first answer
      resolutionBy: iso(row.resolution_due_at),
      paused: { since: iso(row.sla_paused_at), reason: 'awaiting_citizen' },
    });

    await act(r, 'citizen-reply', { body: 'العمود رقم ٤٥' }, r.trackingToken);
    const resumed = await track(r);
    const after = await t.ctx.database.db.selectFrom('cases').selectAll().where('reference', '=', r.reference).executeTakeFirstOrThrow();
    expect(resumed.expect).toMatchObject({ firstAnswerBy: null, resolutionBy: iso(after.resolution_due_at), paused: null });

    await act(r, 'resolve', { body: 'تم إصلاح العمود' });
    expect((await track(r)).expect).toMatchObject({ firstAnswerBy: null, resolutionBy: null, paused: null });
  });
});
