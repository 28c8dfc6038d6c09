import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../../src/server/auth/actor.ts';
import { createSuggestionServices } from '../../src/server/suggestions/suggestions.module.ts';
import { addWorkingTime, compileCalendar } from '../../src/server/sla/working-time.ts';
import { buildCalendar, buildEntity, buildPolicy, buildService, buildStaffSession, coordinatorSession, type BuiltService } from '../support/factories.ts';
import { as, signInCitizen, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Public suggestions: a citizen asks at submission that a suggestion be public; staff of its entity
 * edit personal details out and publish (audited without the removed words) or refuse; verified
 * citizens support it once and follow it; a threshold (absolute or per population) makes a public
 * answer due in working time; the answers owed are counted; the board and open data carry no
 * personal data.
 */

let t: TestApp;
let coordinator: Session;
let officer: Session;
let otherOfficer: Session;
let service: BuiltService;
let entityCode: string;
const citizens: Session[] = [];
const phones = ['36311001', '36311002', '36311003', '36311004'];

/** Every day, all day: a deadline in working minutes is that many minutes of the clock. */
const alwaysOpen = [0, 1, 2, 3, 4, 5, 6].map(() => [{ start: 0, end: 1440 }]);
/** Sunday–Thursday 07:00–14:00, as the factories' default calendar. */
const governmentWeek = [0, 1, 2, 3, 4, 5, 6].map((d) => (d <= 4 ? [{ start: 420, end: 840 }] : []));

/** Personal data used in the submissions below: none of it may appear in a public answer. */
const personal = { name: 'فاطمة عبدالله الأنصاري', phone: '36319876', phoneIntl: '+97336319876', email: 'fatima.ansari@example.com' };
const phoneInText = '33445566';

beforeAll(async () => {
  // Public answers are kept until the roll-up log moves, which is looked at every 2 s by default;
  // this file reads the board right after each change, so it looks every time (read once, at start).
  process.env.TAWASUL_PUBLIC_CHECK_MS = '0';
  t = await createTestApp();
  delete process.env.TAWASUL_PUBLIC_CHECK_MS;
  coordinator = await coordinatorSession(t.app);
  const calendar = await buildCalendar(t.app, { week: alwaysOpen });
  const policy = await buildPolicy(t.app, { calendarCode: calendar.code });
  const entity = await buildEntity(t.app);
  entityCode = entity.code;
  service = await buildService(t.app, { entity: entity.code, slaPolicyCode: policy.code });
  officer = await buildStaffSession(t.app, { role: 'officer', entity: entity.code });
  otherOfficer = await buildStaffSession(t.app, { role: 'officer' });
  for (const p of phones) citizens.push(await signInCitizen(t.app, t.notifier, p, `+973${p}`));
}, 120_000);
afterAll(() => t?.close());

/** Submits a suggestion asking to be public; answers its reference and its publication id. */
async function submitPublic(description: string, svc: BuiltService = service) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    payload: { type: 'suggestion', serviceCode: svc.code, description, public: true, location: { governorate: 'muharraq' }, contact: { name: personal.name, phone: personal.phone, email: personal.email } },
  });
  expect(res.statusCode, res.body).toBe(201);
  const reference = res.json().reference as string;
  const p = await t.ctx.database.db
    .selectFrom('suggestion_publications as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .select(['p.id', 'p.state'])
    .where('c.reference', '=', reference)
    .executeTakeFirstOrThrow();
  return { reference, id: Number(p.id), state: p.state };
}

const publish = (id: number, publicText: string, who: Session = officer) =>
  t.app.inject(as(who, { method: 'POST', url: `/api/v1/moderation/suggestions/${id}/publish`, payload: { publicText } }));
const support = (id: number, who?: Session) => {
  const req = { method: 'POST' as const, url: `/api/v1/public/suggestions/${id}/support` };
  return t.app.inject(who ? as(who, req) : req);
};
const setThreshold = (body: object) => t.app.inject(as(coordinator, { method: 'PUT', url: '/api/v1/admin/suggestion-thresholds', payload: body }));

describe('asking to be public at submission', () => {
  it('stores a pending request whose public copy starts as the citizen\'s words; only a suggestion may ask', async () => {
    const s = await submitPublic('اقتراح: ممرات مشاة مظللة قرب المدارس');
    expect(s.state).toBe('pending');
    const complaint = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: { type: 'complaint', serviceCode: service.code, description: 'شكوى', public: true, contact: { phone: personal.phone } },
    });
    expect(complaint.statusCode).toBe(400);
    expect(complaint.json().errors[0].path).toBe('public');
  });
});

describe('moderation', () => {
  it('lists pending requests to the entity\'s staff only, and nothing pending shows publicly', async () => {
    const s = await submitPublic('اقتراح: مكتبة متنقلة في الحدائق');
    const mine = (await t.app.inject(as(officer, { url: '/api/v1/moderation/suggestions' }))).json().items;
    expect(mine.find((i: { id: number }) => i.id === s.id)).toMatchObject({ state: 'pending', reference: s.reference, originalText: 'اقتراح: مكتبة متنقلة في الحدائق' });
    const theirs = (await t.app.inject(as(otherOfficer, { url: '/api/v1/moderation/suggestions' }))).json().items;
    expect(theirs.some((i: { id: number }) => i.id === s.id)).toBe(false);
    expect((await t.app.inject(as(otherOfficer, { url: `/api/v1/moderation/suggestions/${s.id}` }))).statusCode).toBe(404);
    expect((await publish(s.id, 'x', otherOfficer)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).statusCode).toBe(404);
    expect((await t.app.inject(as(citizens[0]!, { url: '/api/v1/moderation/suggestions' }))).statusCode).toBe(403);
  });

  it('publishes a redacted copy, keeps the case\'s own text, and audits the redaction without the removed words', async () => {
    const original = `اقترح إنشاء حديقة للأطفال في الحي، للتواصل ${phoneInText}`;
    const redacted = 'اقترح إنشاء حديقة للأطفال في الحي';
    const s = await submitPublic(original);
    const res = await publish(s.id, redacted);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'published', publicText: redacted, originalText: original, redacted: true });

    const shown = (await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).json();
    expect(shown).toMatchObject({ id: s.id, text: redacted, state: 'received', supportCount: 0, entity: { code: entityCode }, governorate: 'muharraq' });
    const kept = await t.ctx.database.db.selectFrom('cases').select('description').where('reference', '=', s.reference).executeTakeFirstOrThrow();
    expect(kept.description).toBe(original);

    const audit = await t.ctx.database.db.selectFrom('audit_log').selectAll().where('target_type', '=', 'suggestion').where('target_id', '=', String(s.id)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'suggestion.publish', actor_staff_id: officer.user.id });
    expect(audit[0]!.after).toMatchObject({ state: 'published', textChanged: true, text: { length: redacted.length } });
    expect(audit[0]!.before).toMatchObject({ text: { length: original.length } });
    expect(JSON.stringify(audit[0])).not.toContain(phoneInText);

    expect((await publish(s.id, redacted)).statusCode).toBe(409);
  });

  it('a refused request never shows publicly', async () => {
    const s = await submitPublic('اقتراح مرفوض للنشر');
    const res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/moderation/suggestions/${s.id}/refuse` }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('refused');
    expect((await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/public/suggestions?entity=${entityCode}` })).json().items.some((i: { id: number }) => i.id === s.id)).toBe(false);
  });
});

describe('the board', () => {
  it('filters by entity, service, governorate and state, and searches with the Arabic pipeline', async () => {
    const s = await submitPublic('نقترح زراعة الأشجار على طول الشوارع الرئيسية');
    expect((await publish(s.id, 'نقترح زراعة الأشجار على طول الشوارع الرئيسية')).statusCode).toBe(200);
    const ids = async (query: string) => (await t.app.inject({ url: `/api/v1/public/suggestions?${query}` })).json().items.map((i: { id: number }) => i.id);
    // "الشجرة" and "اشجار" reach "الأشجار" through normalisation (hamza, article).
    expect(await ids(`entity=${entityCode}&q=${encodeURIComponent('اشجار الشوارع')}`)).toContain(s.id);
    expect(await ids(`entity=${entityCode}&q=${encodeURIComponent('سباحة')}`)).not.toContain(s.id);
    expect(await ids(`service=${service.code}&governorate=muharraq&state=received`)).toContain(s.id);
    expect(await ids(`service=${service.code}&governorate=capital`)).not.toContain(s.id);
    expect(await ids(`service=${service.code}&state=accepted`)).not.toContain(s.id);
    expect(await ids('entity=no-such-entity')).toEqual([]);
    const page = (await t.app.inject({ url: `/api/v1/public/suggestions?entity=${entityCode}&pageSize=1&page=1` })).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
  });
});

describe('support', () => {
  it('only a citizen signed in with a one-time code supports, once; the supporter follows the case', async () => {
    const s = await submitPublic('اقتراح: مواقف دراجات هوائية');
    await publish(s.id, 'اقتراح: مواقف دراجات هوائية');
    expect((await support(s.id)).statusCode).toBe(401);
    expect((await support(s.id, officer)).statusCode).toBe(403);
    const first = await support(s.id, citizens[0]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ supported: true, supportCount: 1 });
    const again = await support(s.id, citizens[0]);
    expect(again.json().supportCount).toBe(1);
    const rows = await t.ctx.database.db.selectFrom('suggestion_supports').select('citizen_id').where('publication_id', '=', s.id).execute();
    expect(rows.map((r) => Number(r.citizen_id))).toEqual([citizens[0]!.user.id]);
    const followers = await t.ctx.database.db
      .selectFrom('case_followers as f')
      .innerJoin('cases as c', 'c.id', 'f.case_id')
      .select('f.citizen_id')
      .where('c.reference', '=', s.reference)
      .execute();
    expect(followers.map((f) => Number(f.citizen_id))).toEqual([citizens[0]!.user.id]);
    const mine = (await t.app.inject(as(citizens[0]!, { url: `/api/v1/public/suggestions/${s.id}` }))).json();
    expect(mine).toMatchObject({ supportCount: 1, supportedByMe: true });
    // A pending suggestion cannot be supported.
    const pending = await submitPublic('اقتراح لم يراجع بعد');
    expect((await support(pending.id, citizens[0])).statusCode).toBe(404);
  });

  it('an absolute threshold of three: the third supporter makes a public answer due, working minutes later', async () => {
    expect((await setThreshold({ entityCode, serviceCode: service.code, supporters: 3, answerMinutes: 90 })).statusCode).toBe(200);
    const s = await submitPublic('اقتراح: إنارة ممشى الساحل');
    await publish(s.id, 'اقتراح: إنارة ممشى الساحل');
    expect((await support(s.id, citizens[0])).json().thresholdCrossed).toBe(false);
    expect((await support(s.id, citizens[1])).json().thresholdCrossed).toBe(false);
    const third = await support(s.id, citizens[2]);
    expect(third.json()).toMatchObject({ supportCount: 3, thresholdCrossed: true });
    const shown = (await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).json();
    expect(shown.threshold.required).toBe(3);
    // On an always-open calendar, 90 working minutes are 90 minutes.
    expect(new Date(shown.threshold.answerDueAt).getTime() - new Date(shown.threshold.crossedAt).getTime()).toBe(90 * 60_000);
    expect(shown.threshold.overdue).toBe(false);
  });

  it('a threshold per 10,000 residents, due on the government week', async () => {
    const calendar = await buildCalendar(t.app, { week: governmentWeek });
    const policy = await buildPolicy(t.app, { calendarCode: calendar.code });
    const entity = await buildEntity(t.app);
    await t.ctx.database.db.updateTable('entities').set({ population: 12_000 }).where('code', '=', entity.code).execute();
    const svc = await buildService(t.app, { entity: entity.code, slaPolicyCode: policy.code });
    const moderator = await buildStaffSession(t.app, { role: 'supervisor', entity: entity.code });
    // 1.5 per 10,000 of 12,000 residents is 1.8: two supporters.
    expect((await setThreshold({ entityCode: entity.code, per10k: 1.5, answerMinutes: 600 })).statusCode).toBe(200);
    const s = await submitPublic('اقتراح: سوق شعبي أسبوعي', svc);
    await publish(s.id, 'اقتراح: سوق شعبي أسبوعي', moderator);
    expect((await support(s.id, citizens[0])).json().thresholdCrossed).toBe(false);
    expect((await support(s.id, citizens[1])).json().thresholdCrossed).toBe(true);
    const shown = (await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).json();
    expect(shown.threshold.required).toBe(2);
    const expected = addWorkingTime(new Date(shown.threshold.crossedAt), 600, compileCalendar({ timeZone: 'Asia/Bahrain', week: governmentWeek, holidays: [], overrides: [] }));
    expect(shown.threshold.answerDueAt).toBe(expected.toISOString());
  });
});

describe("the entity's structured answer", () => {
  it('accepting with a plan answers the suggestion: the board shows the state and the plan, nothing of the staff', async () => {
    const s = await submitPublic('اقتراح: نافورة في الساحة العامة');
    await publish(s.id, 'اقتراح: نافورة في الساحة العامة');
    const supervisor = await buildStaffSession(t.app, { role: 'supervisor', entity: entityCode });
    const act = async (action: string, body: object) => {
      const c = (await t.app.inject(as(supervisor, { url: `/api/v1/cases/${s.reference}` }))).json();
      const res = await t.app.inject(as(supervisor, { method: 'POST', url: `/api/v1/cases/${s.reference}/actions/${action}`, payload: { version: c.version, ...body } }));
      expect(res.statusCode, res.body).toBe(200);
    };
    await act('study', {});
    expect((await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).json().answer).toMatchObject({ state: 'under_study', plan: null, answeredAt: null });
    await act('accept', { plan: 'تركيب نافورة خلال الربع القادم', ownerUnit: entityCode, costBand: 'medium', targetDate: '2031-03-31' });
    const shown = (await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).json();
    expect(shown.state).toBe('accepted');
    expect(shown.answer).toMatchObject({ state: 'accepted', plan: { text: 'تركيب نافورة خلال الربع القادم', costBand: 'medium', targetDate: '2031-03-31' } });
    expect(shown.answer.answeredAt).not.toBeNull();
    const accepted = (await t.app.inject({ url: `/api/v1/public/suggestions?entity=${entityCode}&state=accepted` })).json().items.map((i: { id: number }) => i.id);
    expect(accepted).toEqual([s.id]);
  });
});

describe('answers owed, in the indicators', () => {
  it('due, on time, overdue and pending per entity and service equal an independent count', async () => {
    // A fresh entity with a threshold of one supporter and a 60-minute answer on an always-open calendar.
    const calendar = await buildCalendar(t.app, { week: alwaysOpen });
    const policy = await buildPolicy(t.app, { calendarCode: calendar.code });
    const entity = await buildEntity(t.app);
    const svc = await buildService(t.app, { entity: entity.code, slaPolicyCode: policy.code });
    const staff = await buildStaffSession(t.app, { role: 'officer', entity: entity.code });
    expect((await setThreshold({ entityCode: entity.code, supporters: 1, answerMinutes: 60 })).statusCode).toBe(200);
    const made = [];
    for (const words of ['اقتراح أول', 'اقتراح ثان', 'اقتراح ثالث']) {
      const s = await submitPublic(words, svc);
      await publish(s.id, words, staff);
      expect((await support(s.id, citizens[3])).json().thresholdCrossed).toBe(true);
      made.push(s);
    }
    // A fourth is published but never supported: nothing is owed for it.
    const quiet = await submitPublic('اقتراح بلا دعم', svc);
    await publish(quiet.id, 'اقتراح بلا دعم', staff);
    // The entity answers the first publicly.
    const c = (await t.app.inject(as(staff, { url: `/api/v1/cases/${made[0]!.reference}` }))).json();
    const reply = await t.app.inject(as(staff, { method: 'POST', url: `/api/v1/cases/${made[0]!.reference}/actions/reply`, payload: { version: c.version, body: 'شكرا، سندرس الاقتراح' } }));
    expect(reply.statusCode, reply.body).toBe(200);

    const now = (await t.app.inject(as(staff, { url: '/api/v1/kpi/suggestions' }))).json();
    expect(now.entities).toEqual([expect.objectContaining({ entity: expect.objectContaining({ code: entity.code }), due: 3, answeredOnTime: 1, answeredLate: 0, overdue: 0, pending: 2 })]);
    expect(now.services).toEqual([expect.objectContaining({ service: expect.objectContaining({ code: svc.code }), due: 3, overdue: 0 })]);

    // Two hours later, the two unanswered are overdue: counted here from the rows, independently of the figures' SQL.
    const later = Date.now() + 2 * 3_600_000;
    const { suggestions } = createSuggestionServices(t.ctx.database.db, { access: t.ctx.access, audit: t.ctx.audit, sla: t.ctx.sla, timeZone: 'Asia/Bahrain', now: () => later });
    const rows = await t.ctx.database.db
      .selectFrom('suggestion_publications')
      .select(['answer_due_at', 'answered_at'])
      .where('id', 'in', [...made, quiet].map((s) => s.id))
      .execute();
    const independent = rows.filter((r) => r.answer_due_at !== null && r.answered_at === null && new Date(r.answer_due_at).getTime() < later).length;
    expect(independent).toBe(2);
    const entityId = (await t.ctx.access.entityByCode(entity.code))!.id;
    const figures = await suggestions.figures({ kind: 'staff', id: staff.user.id, role: 'officer', entityId } as StaffActor, {});
    expect(figures.entities[0]).toMatchObject({ due: 3, answeredOnTime: 1, overdue: independent, pending: 0 });

    // Indicators are for staff; another entity's officer sees none of these.
    expect((await t.app.inject(as(citizens[0]!, { url: '/api/v1/kpi/suggestions' }))).statusCode).toBe(403);
    const other = (await t.app.inject(as(otherOfficer, { url: '/api/v1/kpi/suggestions' }))).json();
    expect(other.entities.some((e: { entity: { code: string } }) => e.entity.code === entity.code)).toBe(false);
  });
});

describe('no personal data in public', () => {
  it('the board, one suggestion and open data hold none of the names, phones, emails or references used', async () => {
    const s = await submitPublic(`اقتراح: ملعب رملي، هاتفي ${phoneInText}`);
    await publish(s.id, 'اقتراح: ملعب رملي');
    await support(s.id, citizens[1]);
    const answers = [
      (await t.app.inject({ url: `/api/v1/public/suggestions?entity=${entityCode}&pageSize=100` })).body,
      (await t.app.inject({ url: `/api/v1/public/suggestions/${s.id}` })).body,
      (await t.app.inject({ url: '/api/v1/public/suggestions.csv' })).body,
      (await t.app.inject({ url: '/api/v1/public/suggestions.json' })).body,
    ];
    const open = JSON.parse(answers[3]!);
    expect(open.rows.find((r: { id: number }) => r.id === s.id)).toMatchObject({ entity: entityCode, service: service.code, governorate: 'muharraq', state: 'received', supportCount: 1 });
    expect(answers[2]).toContain('id,entity,service,governorate,month,state,supportCount,answeredOnTime');
    const secrets = [personal.name, personal.phone, personal.phoneIntl, personal.email, phoneInText, s.reference, ...phones, ...phones.map((p) => `+973${p}`)];
    for (const body of answers) for (const secret of secrets) expect(body, secret).not.toContain(secret);
  });
});
