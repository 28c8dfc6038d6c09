import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smsSize } from '../../src/server/notify/sms-segments.ts';
import { templateKeys } from '../../src/server/notify/templates.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let muharraqAdmin: Session;
let capitalAdmin: Session;
let coordinator: Session;
let supervisor: Session;

beforeAll(async () => {
  t = await createTestApp();
  muharraqAdmin = await signInStaff(t.app, 'entity_admin@muharraq.demo');
  capitalAdmin = await signInStaff(t.app, 'entity_admin@capital.demo');
  coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');
  supervisor = await signInStaff(t.app, 'supervisor@muharraq.demo');
});
afterAll(() => t?.close());

const url = (key: string, lang: string, tail = '') => `/api/v1/admin/notification-templates/${key}/${lang}${tail}`;
const wording = {
  subject: 'بلدية المحرق: استلمنا بلاغك {reference}',
  body: 'شكراً لتواصلك مع بلدية المحرق.\nرقم البلاغ: {reference}\n{trackingUrl}',
  sms: 'بلدية المحرق: استلمنا بلاغك {reference} {trackingUrl}',
};

async function entityId(code: string) {
  return (await t.ctx.database.db.selectFrom('entities').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

describe('notification templates for administrators', () => {
  it('lists every template in both languages', async () => {
    const res = await t.app.inject(as(muharraqAdmin, { method: 'GET', url: '/api/v1/admin/notification-templates' }));
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { key: string; texts: Record<string, { default: { subject: string }; override: unknown }> }[];
    expect(items.map((i) => i.key)).toEqual(templateKeys);
    for (const i of items) {
      expect(i.texts.ar!.default.subject).not.toBe('');
      expect(i.texts.en!.default.subject).not.toBe('');
      expect(i.texts.ar!.override).toBeNull();
    }
  });

  it("lets an entity admin reword a template for their entity only, audited, and the dispatcher uses it", async () => {
    const put = await t.app.inject(as(muharraqAdmin, { method: 'PUT', url: url('case_acknowledged', 'ar'), payload: wording }));
    expect(put.statusCode, put.body).toBe(204);

    const mine = await t.app.inject(as(muharraqAdmin, { method: 'GET', url: '/api/v1/admin/notification-templates' }));
    const ack = mine.json().items.find((i: { key: string }) => i.key === 'case_acknowledged');
    expect(ack.texts.ar.override).toEqual(wording);
    expect(ack.texts.en.override).toBeNull();
    const theirs = await t.app.inject(as(capitalAdmin, { method: 'GET', url: '/api/v1/admin/notification-templates' }));
    expect(theirs.json().items.find((i: { key: string }) => i.key === 'case_acknowledged').texts.ar.override).toBeNull();

    const render = (code: number) =>
      t.ctx.notify.templates.render({ template: 'case_acknowledged', language: 'ar', entityId: code, params: { entity: 'x' }, reference: '26-0000042-5' });
    expect((await render(await entityId('muharraq'))).subject).toBe('بلدية المحرق: استلمنا بلاغك 26-0000042-5');
    expect((await render(await entityId('capital'))).subject).toBe('تم استلام بلاغك رقم 26-0000042-5');

    const audit = await t.ctx.audit.list({ targetType: 'notification_template', targetId: 'muharraq:case_acknowledged:ar', limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'notification_template.update', before: null, after: wording });

    const reset = await t.app.inject(as(muharraqAdmin, { method: 'DELETE', url: url('case_acknowledged', 'ar') }));
    expect(reset.statusCode).toBe(204);
    expect((await render(await entityId('muharraq'))).subject).toBe('تم استلام بلاغك رقم 26-0000042-5');
    const audit2 = await t.ctx.audit.list({ targetType: 'notification_template', targetId: 'muharraq:case_acknowledged:ar', limit: 5 });
    expect(audit2[0]).toMatchObject({ action: 'notification_template.reset', after: null });
  });

  it("applies a coordinator's wording at the ministry to the municipalities below that have none of their own", async () => {
    const text = { ...wording, subject: 'الوزارة: بلاغك {reference}' };
    expect((await t.app.inject(as(coordinator, { method: 'PUT', url: url('case_reopened', 'ar'), payload: text }))).statusCode).toBe(204);
    const r = await t.ctx.notify.templates.render({ template: 'case_reopened', language: 'ar', entityId: await entityId('southern'), params: {}, reference: '26-0000042-5' });
    expect(r.subject).toBe('الوزارة: بلاغك 26-0000042-5');
  });

  it('refuses unknown placeholders, an SMS too long for its segments, unknown templates and other roles', async () => {
    const bad = await t.app.inject(as(muharraqAdmin, { method: 'PUT', url: url('case_acknowledged', 'en'), payload: { ...wording, body: 'Hi {citizenSecret}' } }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'body', code: 'unknown_placeholder' })]);

    const long = await t.app.inject(as(muharraqAdmin, { method: 'PUT', url: url('case_acknowledged', 'ar'), payload: { ...wording, sms: 'ب'.repeat(300) } }));
    expect(long.statusCode).toBe(400);
    expect(long.json().errors).toEqual([expect.objectContaining({ path: 'sms', code: 'too_long' })]);

    expect((await t.app.inject(as(muharraqAdmin, { method: 'PUT', url: url('no_such', 'ar'), payload: wording }))).statusCode).toBe(404);
    expect((await t.app.inject(as(muharraqAdmin, { method: 'PUT', url: url('case_acknowledged', 'fr'), payload: wording }))).statusCode).toBe(400);
    expect((await t.app.inject(as(supervisor, { method: 'PUT', url: url('case_acknowledged', 'ar'), payload: wording }))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/notification-templates' })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'PUT', url: url('case_acknowledged', 'ar'), payload: wording, headers: { cookie: muharraqAdmin.cookie } });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('lets an SMS wording carry the start of the answer, fitted to that wording; only where there is an answer', async () => {
    const list = await t.app.inject(as(muharraqAdmin, { method: 'GET', url: '/api/v1/admin/notification-templates' }));
    const params = (key: string) => list.json().items.find((i: { key: string }) => i.key === key).params;
    expect(params('case_resolved')).toContain('excerpt');
    expect(params('case_acknowledged')).not.toContain('excerpt');

    const sms = 'المحرق: عولج بلاغك {reference}: {excerpt} {rateUrl}';
    const preview = await t.app.inject(as(muharraqAdmin, { method: 'POST', url: url('case_resolved', 'ar', '/preview'), payload: { sms } }));
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().sms).toMatch(/^المحرق: عولج بلاغك 26-0000042-5: تم إرسال فريق الصيانة إلى الموقع .+ https:\/\/\S+#rate$/);
    expect(preview.json().smsSize).toMatchObject({ encoding: 'ucs2', segments: 2 });

    expect((await t.app.inject(as(muharraqAdmin, { method: 'PUT', url: url('case_resolved', 'ar'), payload: { ...wording, subject: 'عولج بلاغك {reference}', body: '{message}\n{rateUrl}', sms } }))).statusCode).toBe(204);
    const answer = 'أصلحنا العطل في عمود الإنارة المقابل للمدرسة الابتدائية، واستبدلت الفرق المختصة المصباح التالف بمصباح جديد موفر للطاقة، وسيتم فحص بقية الأعمدة خلال الأسبوع القادم.';
    const render = (entity: string) =>
      entityId(entity).then((id) => t.ctx.notify.templates.render({ template: 'case_resolved', language: 'ar', entityId: id, params: { message: answer }, reference: '26-0000042-5' }));
    const own = (await render('muharraq')).sms;
    const standard = (await render('capital')).sms;
    expect(own.startsWith('المحرق: عولج بلاغك 26-0000042-5: أصلحنا العطل في عمود الإنارة')).toBe(true);
    expect(smsSize(own).segments).toBe(2);
    expect(smsSize(standard).segments).toBe(2);
    // The shorter wording leaves more room for the answer.
    const excerpt = (text: string) => text.slice(text.indexOf('أصلحنا'), text.indexOf('…'));
    expect(answer.startsWith(excerpt(own))).toBe(true);
    expect(answer.startsWith(excerpt(standard))).toBe(true);
    expect(excerpt(own).length).toBeGreaterThan(excerpt(standard).length);
    expect((await t.app.inject(as(muharraqAdmin, { method: 'DELETE', url: url('case_resolved', 'ar') }))).statusCode).toBe(204);

    const elsewhere = await t.app.inject(as(muharraqAdmin, { method: 'PUT', url: url('case_acknowledged', 'ar'), payload: { ...wording, sms: '{excerpt} {trackingUrl}' } }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors).toEqual([expect.objectContaining({ path: 'sms', code: 'unknown_placeholder' })]);
  });

  it('previews a template with sample data, escaping placeholders in the HTML', async () => {
    const res = await t.app.inject(as(muharraqAdmin, { method: 'POST', url: url('entity_replied', 'ar', '/preview') }));
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.subject).toBe('رد جديد على بلاغك 26-0000042-5');
    expect(p.text).toContain('<وسيتم>'); // plain text keeps the sample reply as written
    expect(p.html).toContain('&lt;وسيتم&gt;');
    expect(p.html).not.toContain('<وسيتم>');
    expect(p.smsSize).toMatchObject({ encoding: 'ucs2' });

    const draft = await t.app.inject(
      as(muharraqAdmin, { method: 'POST', url: url('entity_replied', 'en', '/preview'), payload: { body: '<b>Reply</b> on {reference}: {message}' } }),
    );
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().html).toContain('&lt;b&gt;Reply&lt;/b&gt; on 26-0000042-5');
    expect(draft.json().subject).toBe('New reply on your case 26-0000042-5');
  });
});
