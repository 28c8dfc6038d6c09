import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { loadConfig } from '../../src/server/config.ts';
import { acknowledgement } from '../../src/server/notify/case-notices.ts';
import { enqueue } from '../../src/server/notify/outbox.ts';
import { buildCase } from '../support/factories.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer({ user: 'tawasul', pass: 'smtp-pässword' });
  const notify = loadConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'تواصل <no-reply@tawasul.example>', TAWASUL_NOTIFY_BACKOFF_SECONDS: '60' }).notify;
  t = await createTestApp({ notify });
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

const db = () => t.ctx.database.db;

/**
 * The acknowledgement of a case, as intake queues it. Until intake is wired to the outbox the test
 * queues it the way intake will (acknowledgement + enqueue); once it is, intake's own row is used.
 */
async function acknowledged(receipt: CreateCaseResponse) {
  const row = await db().selectFrom('cases').selectAll().where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
  const queued = await db().selectFrom('notification_outbox').select('id').where('case_id', '=', row.id).where('template', '=', 'case_acknowledged').execute();
  if (!queued.length) await enqueue(db(), acknowledgement(row, receipt.trackingUrl, receipt.entity.name));
  return db().selectFrom('notification_outbox').selectAll().where('case_id', '=', row.id).where('template', '=', 'case_acknowledged').execute();
}

describe('email through a real SMTP server', () => {
  it('delivers the Arabic acknowledgement of a new case: headers, subject with the reference, text and HTML parts', async () => {
    const receipt = await buildCase(t.app, { contact: { name: 'فاطمة علي', email: 'Fatima.Ali@example.com' } });
    const [row] = await acknowledged(receipt);
    expect(row).toMatchObject({ channel: 'email', address: 'fatima.ali@example.com', language: 'ar', status: 'pending' });

    const before = smtp.mails.length;
    const result = await t.ctx.notify.dispatcher.drain();
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const mail = (await smtp.waitFor(before + 1)).find((m) => m.headers['x-tawasul-message-id'] === row!.message_id)!;
    expect(mail).toBeDefined();

    expect(mail.user).toBe('tawasul');
    expect(mail.envelope.to).toEqual(['fatima.ali@example.com']);
    expect(mail.envelope.from).toBe('no-reply@tawasul.example');
    expect(mail.headers.from).toContain('تواصل');
    expect(mail.headers.to).toBe('fatima.ali@example.com');
    expect(mail.subject).toBe(`تم استلام بلاغك رقم ${receipt.reference}`);
    expect(mail.headers['message-id']).toBe(`<${row!.message_id}@tawasul.example>`);
    expect(mail.headers['x-tawasul-reference']).toBe(receipt.reference);
    expect(mail.headers['content-language']).toBe('ar');
    expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/);

    const text = mail.parts.find((p) => p.contentType === 'text/plain')!;
    const html = mail.parts.find((p) => p.contentType === 'text/html')!;
    expect(text.charset?.toLowerCase()).toBe('utf-8');
    expect(html.charset?.toLowerCase()).toBe('utf-8');
    expect(text.text).toContain('استلمنا بلاغك وأحلناه إلى بلدية المحرق');
    expect(text.text).toContain(`رقم البلاغ: ${receipt.reference}`);
    expect(text.text).toContain(receipt.trackingUrl);
    expect(html.text).toContain('<html lang="ar" dir="rtl">');
    expect(html.text).toContain(`<a href="${receipt.trackingUrl.replace(/&/g, '&amp;')}">`);
    expect(html.text).toContain('استلمنا بلاغك');

    const after = await db().selectFrom('notification_outbox').selectAll().where('id', '=', row!.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(after.sent_at).not.toBeNull();
  });

  it('writes in English for a case submitted in English', async () => {
    const receipt = await buildCase(t.app, { language: 'en', contact: { name: 'John Smith', email: 'john@example.com' } });
    const [row] = await acknowledged(receipt);
    const before = smtp.mails.length;
    await t.ctx.notify.dispatcher.drain();
    const mail = (await smtp.waitFor(before + 1)).find((m) => m.headers['x-tawasul-message-id'] === row!.message_id)!;
    expect(mail.subject).toBe(`We received your case ${receipt.reference}`);
    expect(mail.text).toContain('We received your case and passed it to Muharraq Municipality.');
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
  });

  it('loses nothing while the SMTP server is down: the messages go out once it is back, once each', async () => {
    await t.ctx.notify.dispatcher.drain();
    const receipts = [];
    for (let i = 0; i < 3; i++) receipts.push(await buildCase(t.app, { contact: { email: `outage${i}@example.com` } }));
    const rows = (await Promise.all(receipts.map(acknowledged))).flat();
    const ids = rows.map((r) => r.message_id);
    expect(ids).toHaveLength(3);

    await smtp.stop();
    const t0 = new Date();
    const down = await t.ctx.notify.dispatcher.runOnce(t0);
    expect(down).toMatchObject({ claimed: 3, sent: 0, failed: 3, parked: 0 });
    const failed = await db().selectFrom('notification_outbox').selectAll().where('message_id', 'in', ids).execute();
    for (const f of failed) {
      expect(f.status).toBe('pending');
      expect(f.attempts).toBe(1);
      expect(f.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(new Date(f.next_attempt_at).getTime()).toBeGreaterThan(t0.getTime());
    }
    expect((await t.ctx.notify.dispatcher.runOnce(t0)).claimed).toBe(0); // backing off, not hammering

    await smtp.start();
    const later = new Date(t0.getTime() + 10 * 60_000);
    expect((await t.ctx.notify.dispatcher.drain(later)).sent).toBe(3);
    expect((await t.ctx.notify.dispatcher.drain(new Date(later.getTime() + 86_400_000))).claimed).toBe(0);
    await smtp.waitFor(1);
    for (const id of ids) expect(smtp.mails.filter((m) => m.headers['x-tawasul-message-id'] === id)).toHaveLength(1);
    const sent = await db().selectFrom('notification_outbox').select(['status', 'attempts']).where('message_id', 'in', ids).execute();
    expect(sent.every((s) => s.status === 'sent' && s.attempts === 2)).toBe(true);
  });
});
