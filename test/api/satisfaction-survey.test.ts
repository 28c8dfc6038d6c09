import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { caseSnapshot, forceState } from '../support/case-state.ts';
import { buildCase, buildService, buildStaffSession, caseInputFor, coordinatorSession, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The satisfaction survey: invited after an answer in the citizen's language, answered once within
 * its days, "not solved" reopening under the service's policy, and figures that equal a count of
 * the answers given here.
 */

let t: TestApp;
let coordinator: Session;
let plain: BuiltService;
let reopening: BuiltService;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
  plain = await buildService(t.app);
  reopening = await buildService(t.app, { surveyReopenNotSolved: true });
});
afterAll(() => t?.close());

let serial = 0;
/** A contact no other case of this file uses, so the privacy check can look for it. */
function arabicContact() {
  serial += 1;
  return { name: `مريم اختبار ${serial}`, phone: `3991${String(1000 + serial)}` };
}
function englishContact() {
  serial += 1;
  return { name: `Survey Tester ${serial}`, email: `survey.${serial}@example.org` };
}
const contact = (language: 'ar' | 'en') => (language === 'ar' ? arabicContact() : englishContact());

type Receipt = { reference: string; trackingToken: string };

/** A case of a service, put straight into "resolved" (the way there is tested in workflow.test.ts). */
async function resolvedCase(service: BuiltService, opts: { language?: 'ar' | 'en'; daysAgo?: number } = {}): Promise<Receipt> {
  const language = opts.language ?? 'ar';
  const receipt = await buildCase(t.app, caseInputFor(service, { language, contact: contact(language) }));
  await forceState(t.ctx, receipt.reference, { status: 'resolved', resolvedDaysAgo: opts.daysAgo ?? 0 });
  return receipt;
}

const answerOf = (over: Partial<Record<string, unknown>> = {}) => ({ overall: 4, speed: 3, confidentiality: 5, simplicity: 4, solved: true, ...over });

async function answer(receipt: Receipt, body: object) {
  const version = (await caseSnapshot(t.ctx, receipt.reference)).version;
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${receipt.reference}/survey`,
    headers: { 'x-tracking-token': receipt.trackingToken, 'if-match': String(version) },
    payload: body,
  });
}

async function stateOf(receipt: Receipt) {
  const res = await t.app.inject({ url: `/api/v1/cases/${receipt.reference}/survey`, headers: { 'x-tracking-token': receipt.trackingToken } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Runs the invitation sweep until nothing is left to invite. */
async function inviteAll(): Promise<void> {
  for (let i = 0; i < 100 && (await t.ctx.survey.survey.invite()) > 0; i++);
}

const outboxOf = (reference: string) =>
  t.ctx.database.db.selectFrom('notification_outbox').select(['template', 'language', 'channel', 'address']).where('reference', '=', reference).execute();

describe('the survey invitation', () => {
  it('is queued once after a resolution, in the case language and on its contact channel', async () => {
    const officer = await buildStaffSession(t.app, { role: 'officer', entity: plain.entity.code });
    const en = await buildCase(t.app, caseInputFor(plain, { language: 'en', contact: contact('en') }));
    const ar = await buildCase(t.app, caseInputFor(plain, { language: 'ar', contact: contact('ar') }));
    for (const r of [en, ar]) {
      let res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${r.reference}/actions/assign`, payload: { version: 1, assigneeId: officer.staff.id } }));
      expect(res.statusCode, res.body).toBe(200);
      res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${r.reference}/actions/resolve`, payload: { version: res.json().version, body: 'Fixed / تم الإصلاح' } }));
      expect(res.statusCode, res.body).toBe(200);
    }
    await inviteAll();
    await inviteAll();
    const enRows = (await outboxOf(en.reference)).filter((m) => m.template === 'survey_invitation');
    const arRows = (await outboxOf(ar.reference)).filter((m) => m.template === 'survey_invitation');
    expect(enRows).toEqual([expect.objectContaining({ language: 'en', channel: 'email' })]);
    expect(arRows).toEqual([expect.objectContaining({ language: 'ar', channel: 'sms' })]);
    expect((await stateOf(en)).state).toBe('open');
  });

  it('is not sent for a resolution older than the survey days, nor for an open case', async () => {
    const old = await resolvedCase(plain, { daysAgo: 15 });
    const open = await buildCase(t.app, caseInputFor(plain, { contact: contact('ar') }));
    await inviteAll();
    expect((await outboxOf(old.reference)).filter((m) => m.template === 'survey_invitation')).toEqual([]);
    expect((await outboxOf(open.reference)).filter((m) => m.template === 'survey_invitation')).toEqual([]);
  });
});

describe('answering', () => {
  it('stores the answer, records the overall score as the case rating, and accepts Arabic-Indic digits', async () => {
    const r = await resolvedCase(plain);
    const res = await answer(r, answerOf({ overall: 5, speed: '٢', comment: 'رد سريع وواضح' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'resolved', answer: { overall: 5, speed: 2, confidentiality: 5, simplicity: 4, solved: true, comment: 'رد سريع وواضح', reopened: false } });
    const row = await t.ctx.database.db.selectFrom('cases').select(['rating', 'rating_comment', 'rated_at', 'id']).where('reference', '=', r.reference).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ rating: 5, rating_comment: 'رد سريع وواضح' });
    expect(row.rated_at).not.toBeNull();
    const kinds = (await t.ctx.database.db.selectFrom('case_events').select('kind').where('case_id', '=', row.id).execute()).map((e) => e.kind);
    expect(kinds).toContain('rated');
    expect(await stateOf(r)).toMatchObject({ state: 'answered', answer: { overall: 5, speed: 2 } });
  });

  it('refuses a second answer, and the rate action after it', async () => {
    const r = await resolvedCase(plain);
    expect((await answer(r, answerOf())).statusCode).toBe(200);
    const again = await answer(r, answerOf({ overall: 1 }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('survey_answered');
    const version = (await caseSnapshot(t.ctx, r.reference)).version;
    const rate = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${r.reference}/actions/rate`,
      headers: { 'x-tracking-token': r.trackingToken, 'if-match': String(version) },
      payload: { rating: 1 },
    });
    expect(rate.json().code).toBe('already_rated');
  });

  it('refuses an answer after the survey days with a clear error', async () => {
    const r = await resolvedCase(plain, { daysAgo: 15 });
    const res = await answer(r, answerOf());
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'survey_expired' });
    expect(res.json().detail).toContain('14 days');
    expect((await stateOf(r)).state).toBe('expired');
  });

  it('refuses staff, and a case not yet answered', async () => {
    const open = await buildCase(t.app, caseInputFor(plain, { contact: contact('ar') }));
    expect((await answer(open, answerOf())).json().code).toBe('survey_not_open');
    const r = await resolvedCase(plain);
    const res = await t.app.inject(as(coordinator, { method: 'POST', url: `/api/v1/cases/${r.reference}/survey`, payload: { ...answerOf(), version: 2 } }));
    expect(res.statusCode).toBe(403);
  });

  it('"not solved" reopens the case with the comment where the service says so', async () => {
    const r = await resolvedCase(reopening);
    const res = await answer(r, answerOf({ overall: 1, solved: false, comment: 'ما زال العمود مطفأ' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'new', answer: { solved: false, reopened: true } });
    const row = await t.ctx.database.db.selectFrom('cases').select(['id', 'status', 'reopen_count', 'rating']).where('reference', '=', r.reference).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'new', reopen_count: 1, rating: 1 });
    const reopened = await t.ctx.database.db.selectFrom('case_events').select(['body', 'actor_type']).where('case_id', '=', row.id).where('kind', '=', 'reopened').execute();
    expect(reopened).toEqual([{ body: 'ما زال العمود مطفأ', actor_type: 'citizen' }]);
  });

  it('"not solved" is recorded only where the service does not reopen', async () => {
    const r = await resolvedCase(plain);
    const res = await answer(r, answerOf({ overall: 2, solved: false, comment: 'لم تُحل' }));
    expect(res.json()).toMatchObject({ status: 'resolved', answer: { solved: false, reopened: false } });
    expect((await caseSnapshot(t.ctx, r.reference)).status).toBe('resolved');
  });
});

describe('suggestions', () => {
  it('an implemented suggestion is invited and answered; "not solved" is recorded, never reopening a suggestion', async () => {
    const receipt = await buildCase(t.app, caseInputFor(reopening, { type: 'suggestion', language: 'ar', contact: contact('ar') }));
    await forceState(t.ctx, receipt.reference, { status: 'implemented', resolvedDaysAgo: 0 });
    await inviteAll();
    expect((await outboxOf(receipt.reference)).map((m) => m.template)).toContain('survey_invitation');
    // The service reopens complaints; a suggestion has no reopen, so the form promises none.
    expect(await stateOf(receipt)).toMatchObject({ state: 'open', reopenWhenNotSolved: false });
    const res = await answer(receipt, answerOf({ overall: 2, solved: false, comment: 'الحاويات قليلة' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'implemented', answer: { solved: false, reopened: false } });
    expect(await caseSnapshot(t.ctx, receipt.reference)).toMatchObject({ status: 'implemented' });
  });

  it('a declined suggestion has no survey: no invitation, and an answer is refused', async () => {
    const supervisor = await buildStaffSession(t.app, { role: 'supervisor', entity: reopening.entity.code });
    const receipt = await buildCase(t.app, caseInputFor(reopening, { type: 'suggestion', language: 'ar', contact: contact('ar') }));
    const res = await t.app.inject(
      as(supervisor, { method: 'POST', url: `/api/v1/cases/${receipt.reference}/actions/decline`, payload: { version: 1, reasonCode: 'duplicate', body: 'نُفّذ اقتراح مماثل' } }),
    );
    expect(res.statusCode, res.body).toBe(200);
    await inviteAll();
    expect((await outboxOf(receipt.reference)).map((m) => m.template)).not.toContain('survey_invitation');
    expect(await stateOf(receipt)).toMatchObject({ state: 'none' });
    const refused = await answer(receipt, answerOf());
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe('survey_not_open');
  });
});

describe('the figures', () => {
  it('equal a count of the answers given, per entity, service and month, and the public ones carry no personal data', async () => {
    const [a, b] = [await buildService(t.app), await buildService(t.app)];
    const b2 = await buildService(t.app, { entity: b.entity.code });
    const given: { service: BuiltService; answer: ReturnType<typeof answerOf> & { comment?: string } | null }[] = [
      { service: a, answer: answerOf({ overall: 5, speed: 4, confidentiality: 5, simplicity: 3, solved: true, comment: 'تعليق خاص ألف' }) },
      { service: a, answer: answerOf({ overall: 2, speed: 1, confidentiality: 4, simplicity: 2, solved: false, comment: 'private remark two' }) },
      { service: a, answer: null },
      { service: b, answer: answerOf({ overall: 3, speed: 3, confidentiality: 3, simplicity: 5, solved: true }) },
      { service: b2, answer: null },
      { service: b2, answer: answerOf({ overall: 4, speed: 5, confidentiality: 2, simplicity: 4, solved: false }) },
    ];
    const contacts: string[] = [];
    for (const g of given) {
      const c = arabicContact();
      contacts.push(c.name, c.phone);
      const r = await buildCase(t.app, caseInputFor(g.service, { contact: c }));
      await forceState(t.ctx, r.reference, { status: 'resolved', resolvedDaysAgo: 0 });
      if (g.answer) expect((await answer(r, g.answer)).statusCode).toBe(200);
    }
    await inviteAll();

    // The independent count: from the answers this test gave.
    const expected = (rows: typeof given) => {
      const answered = rows.flatMap((g) => (g.answer ? [g.answer] : []));
      const mean = (k: 'overall' | 'speed' | 'confidentiality' | 'simplicity') =>
        answered.length ? Math.round((100 * answered.reduce((s, x) => s + Number(x[k]), 0)) / answered.length) / 100 : null;
      return {
        invited: rows.length,
        answered: answered.length,
        responseRate: Math.round((10000 * answered.length) / rows.length) / 100,
        overall: mean('overall'),
        speed: mean('speed'),
        confidentiality: mean('confidentiality'),
        simplicity: mean('simplicity'),
        solvedShare: answered.length ? Math.round((10000 * answered.filter((x) => x.solved).length) / answered.length) / 100 : null,
        reopened: 0,
        followerRatings: 0,
        followerMean: null,
      };
    };
    const month = new Date().toLocaleDateString('en-CA', { timeZone: t.config.timeZone }).slice(0, 7);

    const kpi = await t.app.inject(as(coordinator, { url: `/api/v1/kpi/survey?from=${month}&to=${month}` }));
    expect(kpi.statusCode, kpi.body).toBe(200);
    for (const s of [a, b, b2]) {
      const row = kpi.json().rows.find((x: { service: { code: string } }) => x.service.code === s.code);
      expect(row).toMatchObject({ month, entity: { code: s.entity.code }, ...expected(given.filter((g) => g.service === s)) });
    }

    const pub = await t.app.inject({ url: `/api/v1/public/survey?from=${month}&to=${month}` });
    expect(pub.statusCode, pub.body).toBe(200);
    for (const code of [a.entity.code, b.entity.code]) {
      const own = given.filter((g) => g.service.entity.code === code);
      const entity = pub.json().entities.find((e: { entity: { code: string } }) => e.entity.code === code);
      expect(entity.totals).toEqual(expected(own));
      expect(entity.months).toEqual([{ month, ...expected(own) }]);
    }
    for (const secret of [...contacts, 'تعليق خاص ألف', 'private remark two']) expect(pub.body).not.toContain(secret);
    expect(pub.body).not.toMatch(/comment|phone|email|name_/i);

    const anonymous = await t.app.inject({ url: '/api/v1/kpi/survey' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('configuration', () => {
  it('TAWASUL_SURVEY_DAYS defaults to 14 and must be a whole number of days from 1 to 365', () => {
    expect(loadConfig({}).surveyDays).toBe(14);
    expect(loadConfig({ TAWASUL_SURVEY_DAYS: '30' }).surveyDays).toBe(30);
    for (const bad of ['0', '2.5', 'two', '400']) expect(() => loadConfig({ TAWASUL_SURVEY_DAYS: bad })).toThrow(/TAWASUL_SURVEY_DAYS/);
  });
});
