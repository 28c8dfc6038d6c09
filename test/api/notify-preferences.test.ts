import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/server/notify/dispatcher.ts';
import { enqueue } from '../../src/server/notify/outbox.ts';
import { OutboxRepository } from '../../src/server/notify/outbox.repository.ts';
import type { OutgoingMessage, Transport } from '../../src/server/notify/transport.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;

async function signInByEmail(email: string): Promise<Session> {
  expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { email } })).statusCode).toBe(202);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { email, code: t.notifier.last(email)!.params.code } });
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.json().csrfToken, user: res.json().user };
}

describe('citizen channel preferences', () => {
  it('lets a signed-in citizen choose SMS, email or both, and the outbox follows the choice', async () => {
    const citizen = await signInByEmail('prefs.citizen@example.com');
    const get = await t.app.inject(as(citizen, { method: 'GET', url: '/api/v1/me/notifications' }));
    expect(get.json()).toEqual({ kind: 'citizen', sms: true, email: true, relay: true, language: 'ar', available: { sms: false, email: true } });

    const lastChannel = await t.app.inject(as(citizen, { method: 'PUT', url: '/api/v1/me/notifications', payload: { sms: true, email: false } }));
    expect(lastChannel.statusCode).toBe(400);
    expect(lastChannel.json().errors[0].code).toBe('no_channel_left');

    const set = await t.app.inject(as(citizen, { method: 'PUT', url: '/api/v1/me/notifications', payload: { sms: false, email: true, language: 'en' } }));
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ sms: false, email: true, language: 'en' });

    // A case contact with both a phone and this email: the account's choice drops the SMS.
    await enqueue(db(), [
      { recipient: { kind: 'contact', phone: '+97336007777', email: 'prefs.citizen@example.com', citizenId: null }, template: 'entity_replied', params: { message: 'x' }, reference: '26-0000042-5' },
      { recipient: { kind: 'contact', phone: '+97336008888', email: 'nobody@example.com', citizenId: null }, template: 'entity_replied', params: { message: 'y' }, reference: '26-0000042-5', language: 'ar' },
    ]);
    const rows = await db().selectFrom('notification_outbox').select(['channel', 'address', 'language']).where('address', 'in', ['+97336007777', 'prefs.citizen@example.com', '+97336008888', 'nobody@example.com']).orderBy('id').execute();
    expect(rows).toEqual([
      { channel: 'email', address: 'prefs.citizen@example.com', language: 'en' }, // the account's language when the message names none
      { channel: 'sms', address: '+97336008888', language: 'ar' }, // no account: every channel of the contact
      { channel: 'email', address: 'nobody@example.com', language: 'ar' },
    ]);
  });

  it('refuses anonymous callers and a body of the wrong kind', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications' })).statusCode).toBe(401);
    const staff = await signInStaff(t.app, 'agent@capital.demo');
    const wrong = await t.app.inject(as(staff, { method: 'PUT', url: '/api/v1/me/notifications', payload: { sms: true, email: true } }));
    expect(wrong.statusCode).toBe(400);
  });
});

describe('staff delivery: instant or a daily digest', () => {
  it('holds non-urgent notices of digest staff and sends them as one email a day', async () => {
    const officer = await signInStaff(t.app, 'officer@northern.demo');
    const set = await t.app.inject(as(officer, { method: 'PUT', url: '/api/v1/me/notifications', payload: { delivery: 'digest' } }));
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ kind: 'staff', delivery: 'digest' });
    const staffId = officer.user.id;

    await enqueue(db(), [
      { recipient: { kind: 'staff', staffId }, template: 'staff_assigned', reference: '26-0000042-5' },
      { recipient: { kind: 'staff', staffId }, template: 'staff_citizen_replied', params: { message: 'شكراً' }, reference: '26-0000043-0' },
      { recipient: { kind: 'staff', staffId }, template: 'staff_escalated', params: { level: '1', dueAt: 'اليوم' }, reference: '26-0000044-9', urgent: true },
    ]);
    const queued = await db().selectFrom('notification_outbox').select(['template', 'status']).where('staff_id', '=', staffId).orderBy('id').execute();
    expect(queued).toEqual([
      { template: 'staff_assigned', status: 'held' },
      { template: 'staff_citizen_replied', status: 'held' },
      { template: 'staff_escalated', status: 'pending' },
    ]);

    const tomorrow = new Date();
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const at = (utcHour: number) => new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), utcHour));
    expect(await t.ctx.notify.digest.run(at(3))).toBe(0); // 06:00 in Bahrain: before the digest hour
    expect(await t.ctx.notify.digest.run(at(5))).toBe(1); // 08:00
    expect(await t.ctx.notify.digest.run(at(9))).toBe(0); // once a day

    const after = await db().selectFrom('notification_outbox').select(['id', 'template', 'status', 'digest_id']).where('staff_id', '=', staffId).orderBy('id').execute();
    const digest = after.find((r) => r.template === 'staff_digest')!;
    expect(after.filter((r) => r.status === 'digested').map((r) => r.digest_id)).toEqual([digest.id, digest.id]);

    const got: OutgoingMessage[] = [];
    const capture: Transport = { name: 'capture', send: async (m) => void got.push(m) };
    await new Dispatcher(new OutboxRepository(db()), t.ctx.notify.templates, { email: capture, sms: capture }, t.config.notify, t.ctx.log).drain(at(5));
    const mail = got.find((m) => m.rendered.subject.startsWith('ملخص تواصل اليومي'))!;
    expect(mail.to).toBe('officer@northern.demo');
    expect(mail.rendered.subject).toBe('ملخص تواصل اليومي (عدد الإشعارات: 2)');
    expect(mail.rendered.text).toContain('• أُسند إليك البلاغ 26-0000042-5');
    expect(mail.rendered.text).toContain('• ردّ مقدم البلاغ 26-0000043-0');
    expect(got.some((m) => m.rendered.subject === 'تصعيد البلاغ 26-0000044-9')).toBe(true); // urgent: at once
  });
});
