import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRelaySignature, signRelayBody } from '../../src/server/inbound/relay-signature.ts';
import { loadConfig } from '../../src/server/config.ts';
import { buildCase, coordinatorSession } from '../support/factories.ts';
import { postRelayMessage } from '../support/relay.ts';
import { as, signInCitizen, signInStaff, type Session } from '../support/sessions.ts';
import { startSmsGateway, type GatewayRequest, type TestSmsGateway } from '../support/sms-gateway.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Answers back through the relay a case came from, the relay's delivery receipts, and integration webhooks. */

const waSecret = 'wa-outbound-secret';
const socialSecret = 'social-outbound-secret';
let t: TestApp;
let relay: TestSmsGateway;
let hooks: TestSmsGateway;

beforeAll(async () => {
  relay = await startSmsGateway('/relay/out');
  hooks = await startSmsGateway('/hooks');
  const config = loadConfig({
    TAWASUL_RELAY_SECRETS: `whatsapp:old-wa-secret,whatsapp:${waSecret},social:${socialSecret}`,
    TAWASUL_RELAY_OUTBOUND_URLS: `whatsapp:${relay.url},social:${relay.url}`,
    TAWASUL_NOTIFY_BACKOFF_SECONDS: '60',
  });
  t = await createTestApp({ inbound: config.inbound, notify: { ...config.notify, maxAttempts: 3 } });
});
afterAll(async () => {
  await t?.close();
  await relay?.close();
  await hooks?.close();
});

const db = () => t.ctx.database.db;
let serial = 0;
const messageId = () => `relay-out-${Date.now()}-${++serial}`;

/** Files a relay message as a new case; answers its reference and entity code. */
async function relayCase(channel: 'whatsapp' | 'social', secret: string, message: object): Promise<{ reference: string; entity: string }> {
  const res = await postRelayMessage(t.app, channel, secret, { messageId: messageId(), text: 'الإنارة مطفأة في الشارع منذ أسبوع', ...message });
  expect(res.statusCode, res.body).toBe(201);
  const reference = res.json().reference as string;
  const row = await db().selectFrom('cases as c').innerJoin('entities as e', 'e.id', 'c.entity_id').select('e.code').where('c.reference', '=', reference).executeTakeFirstOrThrow();
  return { reference, entity: row.code };
}

/** An action by a supervisor of the case's entity. */
async function act(c: { reference: string; entity: string }, action: string, payload: object) {
  const staff = await signInStaff(t.app, `supervisor@${c.entity}.demo`);
  const { version } = await db().selectFrom('cases').select('version').where('reference', '=', c.reference).executeTakeFirstOrThrow();
  const res = await t.app.inject(as(staff, { method: 'POST', url: `/api/v1/cases/${c.reference}/actions/${action}`, payload, headers: { 'if-match': String(version) } }));
  expect(res.statusCode, res.body).toBe(200);
}

/** A public reply by a supervisor of the case's entity. */
const reply = (c: { reference: string; entity: string }, body: string) => act(c, 'reply', { body });

async function rowsOf(reference: string, template = 'entity_replied') {
  return db()
    .selectFrom('notification_outbox')
    .select(['id', 'message_id', 'channel', 'address', 'status', 'attempts', 'delivery_state', 'params'])
    .where('reference', '=', reference)
    .where('template', '=', template)
    .orderBy('channel')
    .execute();
}

function postReceipt(channel: string, secret: string, receipt: object) {
  const raw = JSON.stringify(receipt);
  const ts = String(Math.floor(Date.now() / 1000));
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/relays/${channel}/receipts`,
    payload: raw,
    headers: { 'content-type': 'application/json', 'x-tawasul-timestamp': ts, 'x-tawasul-signature': signRelayBody(secret, ts, raw) },
  });
}

/** True when a request carries a valid signature of its raw body with the secret. */
function signedWith(req: GatewayRequest, secret: string): boolean {
  return verifyRelaySignature({
    secrets: [secret],
    timestamp: req.headers['x-tawasul-timestamp'] as string | undefined,
    signature: req.headers['x-tawasul-signature'] as string | undefined,
    raw: Buffer.from(req.body),
    nowMs: Date.now(),
    toleranceSeconds: 300,
  }).ok;
}

describe('answers go back through the relay a case came from', () => {
  it('retries a failed delivery, signs it with the relay secret, and takes the receipts that follow', async () => {
    // A social-media sender with neither phone nor email: the relay is the only way back.
    const c = await relayCase('social', socialSecret, { from: { handle: '@sara_h' }, conversationId: 'conv-7781' });
    await reply(c, 'تم إبلاغ فريق الصيانة وسيتم الإصلاح خلال يومين');
    const [row] = await rowsOf(c.reference);
    expect(row).toMatchObject({ channel: 'relay', address: 'social:conv-7781', status: 'pending' });

    relay.status = 500;
    const before = relay.requests.length;
    expect((await t.ctx.notify.dispatcher.drain()).failed).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(c.reference))[0]).toMatchObject({ status: 'pending', attempts: 1 });

    relay.status = 200;
    await t.ctx.notify.dispatcher.drain(new Date(Date.now() + 120_000));
    const sent = relay.requests.slice(before).filter((r) => r.json?.messageId === row!.message_id);
    expect(sent).toHaveLength(2);
    const last = sent[1]!;
    expect(signedWith(last, socialSecret)).toBe(true);
    expect(signedWith(last, waSecret)).toBe(false);
    expect(last.headers['idempotency-key']).toBe(row!.message_id);
    expect(last.json).toMatchObject({ messageId: row!.message_id, channel: 'social', conversationId: 'conv-7781', reference: c.reference, language: 'ar' });
    expect(String(last.json!.text)).toContain('تم إبلاغ فريق الصيانة وسيتم الإصلاح خلال يومين');
    expect((await rowsOf(c.reference))[0]).toMatchObject({ status: 'sent', attempts: 2, delivery_state: null });

    // The relay tells us what became of it.
    const delivered = await postReceipt('social', socialSecret, { receiptId: `r-${row!.message_id}-1`, messageId: row!.message_id, state: 'delivered' });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json()).toEqual({ messageId: row!.message_id, state: 'delivered' });
    const read = await postReceipt('social', socialSecret, { receiptId: `r-${row!.message_id}-2`, messageId: row!.message_id, state: 'read' });
    expect(read.json().state).toBe('read');
    // A late "delivered" does not move it back; the same receipt again is refused.
    const late = await postReceipt('social', socialSecret, { receiptId: `r-${row!.message_id}-3`, messageId: row!.message_id, state: 'delivered' });
    expect(late.json().state).toBe('read');
    expect((await postReceipt('social', socialSecret, { receiptId: `r-${row!.message_id}-2`, messageId: row!.message_id, state: 'read' })).statusCode).toBe(409);
    expect((await rowsOf(c.reference))[0]!.delivery_state).toBe('read');

    // Staff of the case see it among the case's messages; another relay cannot touch it.
    const staff = await signInStaff(t.app, `supervisor@${c.entity}.demo`);
    const list = await t.app.inject(as(staff, { method: 'GET', url: `/api/v1/cases/${c.reference}/messages` }));
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toContainEqual(expect.objectContaining({ messageId: row!.message_id, channel: 'relay', status: 'sent', deliveryState: 'read' }));
    expect(JSON.stringify(list.json())).not.toContain('conv-7781');
    expect((await postReceipt('whatsapp', waSecret, { receiptId: 'other-relay-1', messageId: row!.message_id, state: 'failed' })).statusCode).toBe(404);
  });

  it('refuses a receipt with a bad signature, or none, and changes nothing', async () => {
    const c = await relayCase('social', socialSecret, { from: { handle: '@ali_k' } });
    await reply(c, 'نعمل على الطلب');
    const [row] = await rowsOf(c.reference);
    expect(row).toMatchObject({ channel: 'relay', address: 'social:@ali_k' });
    const receipt = { receiptId: `bad-${row!.message_id}`, messageId: row!.message_id, state: 'delivered' };
    expect((await postReceipt('social', 'not-the-secret', receipt)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/relays/social/receipts', payload: receipt })).statusCode).toBe(401);
    const stale = JSON.stringify(receipt);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    const replayed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/relays/social/receipts',
      payload: stale,
      headers: { 'content-type': 'application/json', 'x-tawasul-timestamp': old, 'x-tawasul-signature': signRelayBody(socialSecret, old, stale) },
    });
    expect(replayed.statusCode).toBe(401);
    expect((await rowsOf(c.reference))[0]!.delivery_state).toBeNull();
  });
});

describe("the citizen's channel preferences decide the relay too", () => {
  it('relay only: a citizen who switched SMS and email off hears only through the relay', async () => {
    const citizen = await signInCitizen(t.app, t.notifier, '36004455', '+97336004455');
    const set = await t.app.inject(as(citizen, { method: 'PUT', url: '/api/v1/me/notifications', payload: { sms: false, email: false, relay: true } }));
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ sms: false, email: false, relay: true });
    const c = await relayCase('whatsapp', waSecret, { from: { phone: '+973 3600 4455' } });
    await reply(c, 'تمت إحالة البلاغ');
    expect((await rowsOf(c.reference)).map((r) => [r.channel, r.address])).toEqual([['relay', 'whatsapp:+973 3600 4455']]);

    // Without an account's choice, a WhatsApp sender is answered by SMS and through the relay.
    const other = await relayCase('whatsapp', waSecret, { from: { phone: '+973 3600 4466' }, conversationId: 'wa-4466' });
    await reply(other, 'تمت إحالة البلاغ');
    expect((await rowsOf(other.reference)).map((r) => r.channel)).toEqual(['relay', 'sms']);
  });

  it('relay and email: both; with the relay switched off, email only', async () => {
    const email = 'relay.pref@example.com';
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { email } })).statusCode).toBe(202);
    const verify = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { email, code: t.notifier.last(email)!.params.code } });
    const citizen: Session = { cookie: String(verify.headers['set-cookie']).split(';')[0]!, csrf: verify.json().csrfToken, user: verify.json().user };
    expect((await t.app.inject(as(citizen, { method: 'PUT', url: '/api/v1/me/notifications', payload: { sms: false, email: true, relay: true } }))).statusCode).toBe(200);
    const c = await relayCase('whatsapp', waSecret, { from: { email }, conversationId: 'wa-mail-1' });
    await reply(c, 'Your request is with the maintenance team');
    expect((await rowsOf(c.reference)).map((r) => [r.channel, r.address])).toEqual([
      ['email', email],
      ['relay', 'whatsapp:wa-mail-1'],
    ]);

    expect((await t.app.inject(as(citizen, { method: 'PUT', url: '/api/v1/me/notifications', payload: { sms: false, email: true, relay: false } }))).statusCode).toBe(200);
    const second = await relayCase('whatsapp', waSecret, { from: { email }, conversationId: 'wa-mail-2' });
    await reply(second, 'Your request is with the maintenance team');
    expect((await rowsOf(second.reference)).map((r) => r.channel)).toEqual(['email']);
  });
});

describe('integration webhooks', () => {
  it('delivers case.created signed with the endpoint secret, without personal data; the secret is shown once', async () => {
    const coordinator = await coordinatorSession(t.app);
    const made = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/webhooks', payload: { url: hooks.url, events: ['case.created', 'case.resolved'] } }));
    expect(made.statusCode, made.body).toBe(201);
    const endpoint = made.json();
    expect(endpoint).toMatchObject({ url: hooks.url, events: ['case.created', 'case.resolved'], entityCode: null, active: true });
    expect(endpoint.secret.length).toBeGreaterThanOrEqual(32);
    const listed = await t.app.inject(as(coordinator, { method: 'GET', url: '/api/v1/admin/webhooks' }));
    expect(listed.json().items).toContainEqual(expect.objectContaining({ id: endpoint.id, active: true }));
    expect(listed.body).not.toContain(endpoint.secret);

    const receipt = await buildCase(t.app, {
      description: 'عمود الإنارة رقم ٤٥ أمام منزلي مطفأ',
      contact: { name: 'مريم الخياط', phone: '36008899', email: 'mariam.hook@example.com' },
    });
    const before = hooks.requests.length;
    await t.ctx.notify.dispatcher.drain();
    const got = hooks.requests.slice(before).filter((r) => r.json?.reference === receipt.reference);
    expect(got).toHaveLength(1);
    const hook = got[0]!;
    expect(signedWith(hook, endpoint.secret)).toBe(true);
    expect(hook.json).toMatchObject({ event: 'case.created', reference: receipt.reference, entity: receipt.entity.code, status: 'new', type: 'complaint' });
    expect(typeof hook.json!.service).toBe('string');
    expect(Object.keys(hook.json!).sort()).toEqual(['createdAt', 'entity', 'event', 'id', 'occurredAt', 'reference', 'service', 'status', 'type']);
    for (const personal of ['مريم', 'الخياط', '36008899', 'mariam.hook', 'عمود الإنارة']) expect(hook.body).not.toContain(personal);

    // Disabled: its undelivered events are cancelled, and a new case sends it nothing.
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: `/api/v1/admin/webhooks/${endpoint.id}/disable` }))).statusCode).toBe(204);
    const later = await buildCase(t.app);
    await t.ctx.notify.dispatcher.drain();
    expect(hooks.requests.some((r) => r.json?.reference === later.reference)).toBe(false);
  });

  it("is refused to staff who do not administer the entity's credentials; an entity's endpoint hears its status changes and resolutions", async () => {
    const officer = await signInStaff(t.app, 'officer@muharraq.demo');
    const res = await t.app.inject(as(officer, { method: 'POST', url: '/api/v1/admin/webhooks', payload: { url: hooks.url, events: ['case.created'] } }));
    expect(res.statusCode).toBe(403);
    const admin = await signInStaff(t.app, 'entity_admin@muharraq.demo');
    const national = await t.app.inject(as(admin, { method: 'POST', url: '/api/v1/admin/webhooks', payload: { url: hooks.url, events: ['case.created'] } }));
    expect(national.statusCode).toBe(400);
    const own = await t.app.inject(as(admin, { method: 'POST', url: '/api/v1/admin/webhooks', payload: { url: hooks.url, events: ['case.status_changed', 'case.resolved'], entityCode: 'muharraq' } }));
    expect(own.statusCode, own.body).toBe(201);

    // That entity's status changes reach it, another entity's do not.
    const ours = await buildCase(t.app, { contact: { name: 'حسن', phone: '36001122' } });
    expect(ours.entity.code).toBe('muharraq');
    await act({ reference: ours.reference, entity: 'muharraq' }, 'start', {});
    await act({ reference: ours.reference, entity: 'muharraq' }, 'resolve', { body: 'تم إصلاح العمود' });
    const events = await db()
      .selectFrom('notification_outbox')
      .select(['address', 'params'])
      .where('reference', '=', ours.reference)
      .where('channel', '=', 'webhook')
      .orderBy('id')
      .execute();
    const to = String(own.json().id);
    expect(events).toEqual([
      { address: to, params: expect.objectContaining({ event: 'case.status_changed', previousStatus: 'new', status: 'in_progress', entity: 'muharraq' }) },
      { address: to, params: expect.objectContaining({ event: 'case.status_changed', previousStatus: 'in_progress', status: 'resolved' }) },
      { address: to, params: expect.objectContaining({ event: 'case.resolved', status: 'resolved' }) },
    ]);
    expect(JSON.stringify(events)).not.toContain('تم إصلاح');
    expect(JSON.stringify(events)).not.toContain('36001122');
  });
});
