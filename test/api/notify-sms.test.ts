import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { loadConfig } from '../../src/server/config.ts';
import { acknowledgement } from '../../src/server/notify/case-notices.ts';
import { enqueue } from '../../src/server/notify/outbox.ts';
import { smsSize } from '../../src/server/notify/sms-segments.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { startSmsGateway, type TestSmsGateway } from '../support/sms-gateway.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let gateway: TestSmsGateway;
let muharraqAdmin: Session;
let capitalAdmin: Session;
let officer: Session;

beforeAll(async () => {
  gateway = await startSmsGateway();
  const notify = loadConfig({
    SMS_GATEWAY_URL: gateway.url,
    SMS_GATEWAY_AUTH: 'Bearer sms-secret',
    TAWASUL_NOTIFY_MAX_ATTEMPTS: '3',
    TAWASUL_NOTIFY_BACKOFF_SECONDS: '60',
  }).notify;
  t = await createTestApp({ notify });
  muharraqAdmin = await signInStaff(t.app, 'entity_admin@muharraq.demo');
  capitalAdmin = await signInStaff(t.app, 'entity_admin@capital.demo');
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
});
afterAll(async () => {
  await t?.close();
  await gateway?.close();
});

const db = () => t.ctx.database.db;

/** The acknowledgement row of a case: intake's, or queued here the way intake queues it. */
async function acknowledged(receipt: CreateCaseResponse) {
  const row = await db().selectFrom('cases').selectAll().where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
  const has = await db().selectFrom('notification_outbox').select('id').where('case_id', '=', row.id).where('template', '=', 'case_acknowledged').executeTakeFirst();
  if (!has) await enqueue(db(), acknowledgement(row, receipt.trackingUrl, receipt.entity.name));
  return db().selectFrom('notification_outbox').selectAll().where('case_id', '=', row.id).where('template', '=', 'case_acknowledged').executeTakeFirstOrThrow();
}

describe('SMS through an HTTP gateway', () => {
  it('sends the Arabic acknowledgement with its segment count, and records the count', async () => {
    const receipt = await buildCase(t.app, { contact: { name: 'فاطمة علي', phone: '3600 1234' } });
    const row = await acknowledged(receipt);
    expect(row).toMatchObject({ channel: 'sms', address: '+97336001234', language: 'ar' });

    gateway.status = 200;
    const before = gateway.requests.length;
    await t.ctx.notify.dispatcher.drain();
    const req = gateway.requests.slice(before).find((r) => r.json?.id === row.message_id)!;
    expect(req).toBeDefined();
    expect(req.method).toBe('POST');
    expect(req.headers.authorization).toBe('Bearer sms-secret');
    expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req.headers['idempotency-key']).toBe(row.message_id);
    const text = req.json!.text as string;
    expect(req.json!.to).toBe('+97336001234');
    expect(text).toContain(`استلمنا بلاغك رقم ${receipt.reference}`);
    expect(text).toContain(`/track/${receipt.reference}?token=`);
    const size = smsSize(text);
    expect(size.encoding).toBe('ucs2');
    expect(req.json!.encoding).toBe('ucs2');
    expect(req.json!.segments).toBe(size.segments);
    expect(size.segments).toBeLessThanOrEqual(t.config.notify.sms.maxSegments);
    expect(size.units).toBeGreaterThan(70); // really a concatenated message: 67 a segment
    expect(size.segments).toBe(Math.ceil(size.units / 67));

    const after = await db().selectFrom('notification_outbox').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: 'sent', segments: size.segments });
  });

  it('carries the start of the answer in the citizen’s language, the whole SMS within two segments', async () => {
    const answers = {
      ar: 'أصلحنا العطل في عمود الإنارة المقابل للمدرسة الابتدائية، واستبدلت الفرق المختصة المصباح التالف بمصباح جديد موفر للطاقة، وسيتم فحص بقية الأعمدة في المجمع خلال الأسبوع القادم.',
      en: 'The crew replaced the broken lamp opposite the school this morning and checked the cabling of the whole block; no other fault was found. We will inspect the remaining poles on the road next week and tell you if anything else needs work. Thank you for reporting it, it helps us a lot.',
    };
    const cases = {
      ar: await buildCase(t.app, { language: 'ar', contact: { name: 'مريم حسن', phone: '36002468' } }),
      en: await buildCase(t.app, { language: 'en', contact: { name: 'Sara Khan', phone: '36002469' } }),
    };
    for (const language of ['ar', 'en'] as const) {
      const reference = cases[language].reference;
      let res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${reference}/actions/assign`, payload: { version: 1, assigneeId: officer.user.id } }));
      expect(res.statusCode, res.body).toBe(200);
      res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${reference}/actions/resolve`, payload: { version: res.json().version, body: answers[language] } }));
      expect(res.statusCode, res.body).toBe(200);
    }
    gateway.status = 200;
    const before = gateway.requests.length;
    await t.ctx.notify.dispatcher.drain();
    const sent = gateway.requests.slice(before);
    const resolvedSms = async (language: 'ar' | 'en') => {
      const row = await db()
        .selectFrom('notification_outbox as o')
        .innerJoin('cases as c', 'c.id', 'o.case_id')
        .select(['o.message_id', 'o.language', 'o.status', 'o.segments'])
        .where('c.reference', '=', cases[language].reference)
        .where('o.template', '=', 'case_resolved')
        .where('o.channel', '=', 'sms')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ language, status: 'sent' });
      const text = String(sent.find((r) => r.json?.id === row.message_id)?.json?.text);
      expect(row.segments).toBe(smsSize(text).segments);
      return text;
    };

    const ar = await resolvedSms('ar');
    expect(ar).toContain(`تمت معالجة بلاغك ${cases.ar.reference}. أصلحنا العطل في عمود الإنارة`);
    expect(ar).toContain('…');
    expect(ar).not.toContain('الأسبوع القادم'); // the rest is behind the link
    expect(ar).toContain(`/track/${cases.ar.reference}#rate`);
    expect(smsSize(ar)).toMatchObject({ encoding: 'ucs2', segments: 2 });

    const en = await resolvedSms('en');
    expect(en).toContain(`your case ${cases.en.reference} is resolved. The crew replaced the broken lamp opposite the school`);
    expect(en).toContain('...');
    expect(en).not.toContain('it helps us a lot');
    expect(en).toContain(`/track/${cases.en.reference}#rate`);
    expect(smsSize(en)).toMatchObject({ encoding: 'gsm7', segments: 2 });
  });

  it('parks a message after the configured failures; its entity admin sees it and retries it', async () => {
    const receipt = await buildCase(t.app, { contact: { phone: '36005678' } });
    const row = await acknowledged(receipt);
    await t.ctx.notify.dispatcher.drain(); // anything else queued goes out first

    gateway.status = 503;
    await db().updateTable('notification_outbox').set({ status: 'pending', attempts: 0, next_attempt_at: new Date() }).where('id', '=', row.id).execute();
    const t0 = Date.now();
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await t.ctx.notify.dispatcher.runOnce(new Date(t0 + i * 3_600_000)));
    expect(outcomes.map((o) => [o.failed, o.parked])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    const parked = await db().selectFrom('notification_outbox').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(parked).toMatchObject({ status: 'parked', attempts: 3 });
    expect(parked.last_error).toContain('503');

    const list = await t.app.inject(as(muharraqAdmin, { method: 'GET', url: '/api/v1/admin/outbox/parked' }));
    expect(list.statusCode, list.body).toBe(200);
    const item = list.json().items.find((i: { id: number }) => i.id === row.id);
    expect(item).toMatchObject({ channel: 'sms', template: 'case_acknowledged', reference: receipt.reference, attempts: 3, to: '+973•••••678' });
    expect(item.lastError).toContain('503');

    const other = await t.app.inject(as(capitalAdmin, { method: 'GET', url: '/api/v1/admin/outbox/parked' }));
    expect(other.json().items.map((i: { id: number }) => i.id)).not.toContain(row.id);
    expect((await t.app.inject(as(capitalAdmin, { method: 'POST', url: `/api/v1/admin/outbox/${row.id}/retry` }))).statusCode).toBe(404);
    expect((await t.app.inject(as(officer, { method: 'GET', url: '/api/v1/admin/outbox/parked' }))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/outbox/parked' })).statusCode).toBe(401);

    gateway.status = 200;
    const retry = await t.app.inject(as(muharraqAdmin, { method: 'POST', url: `/api/v1/admin/outbox/${row.id}/retry` }));
    expect(retry.statusCode, retry.body).toBe(202);
    const before = gateway.requests.length;
    await t.ctx.notify.dispatcher.drain();
    expect(gateway.requests.slice(before).filter((r) => r.json?.id === row.message_id)).toHaveLength(1);
    expect(await db().selectFrom('notification_outbox').select(['status', 'attempts']).where('id', '=', row.id).executeTakeFirstOrThrow()).toEqual({ status: 'sent', attempts: 1 });

    const audit = await t.ctx.audit.list({ targetType: 'notification_outbox', targetId: String(row.id), limit: 5 });
    expect(audit.map((a) => a.action)).toEqual(['notification.retry']);
    const again = await t.app.inject(as(muharraqAdmin, { method: 'POST', url: `/api/v1/admin/outbox/${row.id}/retry` }));
    expect(again.statusCode).toBe(404); // no longer parked
  });

  it('keeps the answer out of the error when a refusing gateway echoes the request', async () => {
    const receipt = await buildCase(t.app, { language: 'ar', contact: { phone: '36002470' } });
    await t.ctx.notify.dispatcher.drain(); // the acknowledgement goes out first
    let res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${receipt.reference}/actions/assign`, payload: { version: 1, assigneeId: officer.user.id } }));
    res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${receipt.reference}/actions/resolve`, payload: { version: res.json().version, body: 'زرنا منزل السيدة فاطمة وأصلحنا العطل.' } }));
    expect(res.statusCode, res.body).toBe(200);
    gateway.status = 400;
    gateway.echo = true;
    try {
      const before = gateway.requests.length;
      await t.ctx.notify.dispatcher.drain();
      expect(gateway.requests.slice(before).some((r) => String(r.json?.text).includes('زرنا منزل السيدة فاطمة'))).toBe(true);
    } finally {
      gateway.status = 200;
      gateway.echo = false;
    }
    const row = () => db().selectFrom('notification_outbox').select(['status', 'last_error']).where('reference', '=', receipt.reference).where('template', '=', 'case_resolved').executeTakeFirstOrThrow();
    const failed = await row();
    expect(failed.status).toBe('pending'); // to be tried again
    expect(failed.last_error).toContain('SMS gateway answered 400');
    expect(failed.last_error).toContain('[the text]');
    expect(failed.last_error).not.toContain('فاطمة');
    await t.ctx.notify.dispatcher.runOnce(new Date(Date.now() + 3_600_000));
    expect((await row()).status).toBe('sent');
  });
});
