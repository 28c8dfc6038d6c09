import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArabicIndic } from '../support/text.ts';
import { signRelayBody } from '../../src/server/inbound/relay-signature.ts';
import { caseSnapshot, forceState } from '../support/case-state.ts';
import { buildCase } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const secrets = { whatsapp: 'wa-relay-secret', social: 'social-relay-secret', email: 'mail-relay-secret' };

beforeAll(async () => {
  t = await createTestApp({
    inbound: {
      secrets: { whatsapp: [secrets.whatsapp], social: [secrets.social], email: ['old-mail-secret', secrets.email] },
      toleranceSeconds: 300,
      serviceCode: 'general_inquiry',
    },
  });
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;
let serial = 0;
const messageId = () => `msg-${Date.now()}-${++serial}`;

/** Posts a relay message, signed like a relay signs it unless told otherwise. */
function relay(channel: string, body: object | string, opts: { secret?: string | null; at?: number; signatureOf?: string } = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const ts = String(Math.floor((opts.at ?? Date.now()) / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.secret !== null) {
    headers['x-tawasul-timestamp'] = ts;
    headers['x-tawasul-signature'] = signRelayBody(opts.secret ?? secrets[channel as keyof typeof secrets] ?? 'x', ts, opts.signatureOf ?? raw);
  }
  return t.app.inject({ method: 'POST', url: `/api/v1/inbound/${channel}`, payload: raw, headers });
}

async function countCases() {
  return (await db().selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
}

describe('signed relay messages', () => {
  it('files a message quoting no reference as a new case in triage, with its channel', async () => {
    const res = await relay('whatsapp', {
      messageId: messageId(),
      from: { phone: '+973 3600 4321', name: 'سارة أحمد' },
      text: 'السلام عليكم، توجد حفرة كبيرة أمام مدرسة البنات في الحد',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.outcome).toBe('case_created');
    expect(body.trackingUrl).toContain(`/track/${body.reference}?token=`);
    const row = await db().selectFrom('cases').selectAll().where('reference', '=', body.reference).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'whatsapp', status: 'new', contact_phone: '+97336004321', contact_name: 'سارة أحمد', language: 'ar', type: 'inquiry' });
    const service = await db().selectFrom('services').select('code').where('id', '=', row.service_id).executeTakeFirstOrThrow();
    expect(service.code).toBe('general_inquiry');
    const created = await db().selectFrom('case_events').select('data').where('case_id', '=', row.id).where('kind', '=', 'created').executeTakeFirstOrThrow();
    expect(created.data).toMatchObject({ relay: 'whatsapp', channel: 'whatsapp' });
  });

  it('adds a message quoting a reference (Arabic-Indic digits) from the contact on file as the citizen reply', async () => {
    const receipt = await buildCase(t.app, { contact: { name: 'فاطمة علي', phone: '36001234' } });
    const version = await forceState(t.ctx, receipt.reference, { status: 'awaiting_citizen', assigneeEmail: 'officer@muharraq.demo' });
    const before = await caseSnapshot(t.ctx, receipt.reference);
    const cases = await countCases();
    const res = await relay('whatsapp', {
      messageId: messageId(),
      from: { phone: '0097336001234' },
      text: `بخصوص البلاغ رقم ${toArabicIndic(receipt.reference)}، العمود رقم ٤٥ والإنارة ما زالت مطفأة`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ outcome: 'reply_added', reference: receipt.reference });
    expect(await countCases()).toBe(cases);
    const after = await caseSnapshot(t.ctx, receipt.reference);
    expect(after.version).toBe(version + 1);
    expect(after.status).toBe('in_progress');
    expect(after.events).toBeGreaterThan(before.events);
    const reply = await db()
      .selectFrom('case_events as e')
      .innerJoin('cases as c', 'c.id', 'e.case_id')
      .select(['e.body', 'e.actor_type', 'e.visibility'])
      .where('c.reference', '=', receipt.reference)
      .where('e.kind', '=', 'citizen_replied')
      .executeTakeFirstOrThrow();
    expect(reply).toMatchObject({ actor_type: 'citizen', visibility: 'public' });
    expect(reply.body).toContain('ما زالت مطفأة');
  });

  it('takes an emailed reply: reference in the subject, sender matched by email, quoted history dropped', async () => {
    const receipt = await buildCase(t.app, { contact: { email: 'Reply.Me@example.com' } });
    await forceState(t.ctx, receipt.reference, { status: 'in_progress', assigneeEmail: 'officer@muharraq.demo' });
    const res = await relay('email', {
      messageId: '<CAF=abc123@mail.example.com>',
      from: { email: 'reply.me@EXAMPLE.com', name: 'Reply Me' },
      subject: `Re: [Tawasul ${receipt.reference}] We received your case`,
      text: `The light is still off.\n\nOn Mon, 1 Dec 2026 at 10:00, Tawasul <no-reply@tawasul.example> wrote:\n> We received your case ${receipt.reference}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().outcome).toBe('reply_added');
    const reply = await db()
      .selectFrom('case_events as e')
      .innerJoin('cases as c', 'c.id', 'e.case_id')
      .select('e.body')
      .where('c.reference', '=', receipt.reference)
      .where('e.kind', '=', 'citizen_replied')
      .executeTakeFirstOrThrow();
    expect(reply.body).toBe('The light is still off.');
  });

  it('files a message quoting a reference from someone else as a new case, leaving the quoted case alone', async () => {
    const receipt = await buildCase(t.app, { contact: { phone: '36001235' } });
    const before = await caseSnapshot(t.ctx, receipt.reference);
    const res = await relay('social', { messageId: messageId(), from: { handle: '@someone', phone: '39998888' }, text: `Any news on ${receipt.reference}?` });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().outcome).toBe('case_created');
    expect(res.json().reference).not.toBe(receipt.reference);
    expect(await caseSnapshot(t.ctx, receipt.reference)).toEqual(before);
    const row = await db().selectFrom('cases').select(['channel', 'language']).where('reference', '=', res.json().reference).executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: 'social', language: 'en' });
  });

  it('accepts the previous secret while a secret is rotated', async () => {
    const res = await relay('email', { messageId: messageId(), from: { email: 'rotated@example.com' }, text: 'A question about permits' }, { secret: 'old-mail-secret' });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('refused relay messages', () => {
  const message = () => ({ messageId: messageId(), from: { phone: '36004444' }, text: 'رسالة' });

  async function refusedWithoutTrace(res: Awaited<ReturnType<typeof relay>>, id: string) {
    expect(res.statusCode, res.body).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
    expect(await db().selectFrom('inbound_messages').select('message_id').where('message_id', '=', id).execute()).toHaveLength(0);
  }

  it('refuses a forged signature, leaving no trace', async () => {
    const m = message();
    const cases = await countCases();
    await refusedWithoutTrace(await relay('whatsapp', m, { secret: 'guessed-secret' }), m.messageId);
    expect(await countCases()).toBe(cases);
  });

  it('refuses an unsigned message, and one signed for another channel', async () => {
    const m = message();
    await refusedWithoutTrace(await relay('whatsapp', m, { secret: null }), m.messageId);
    await refusedWithoutTrace(await relay('whatsapp', m, { secret: secrets.social }), m.messageId);
    const empty = await t.app.inject({ method: 'POST', url: '/api/v1/inbound/whatsapp' });
    expect(empty.statusCode).toBe(401);
  });

  it('refuses a body changed after signing', async () => {
    const m = message();
    const signed = JSON.stringify(m);
    await refusedWithoutTrace(await relay('whatsapp', { ...m, text: 'رسالة معدلة' }, { signatureOf: signed }), m.messageId);
  });

  it('refuses a message signed too long ago or in the future', async () => {
    const m = message();
    await refusedWithoutTrace(await relay('whatsapp', m, { at: Date.now() - 6 * 60_000 }), m.messageId);
    await refusedWithoutTrace(await relay('whatsapp', m, { at: Date.now() + 6 * 60_000 }), m.messageId);
  });

  it('refuses an exact replay: the message is handled once', async () => {
    const m = message();
    const first = await relay('whatsapp', m);
    expect(first.statusCode, first.body).toBe(201);
    const cases = await countCases();
    const again = await relay('whatsapp', m);
    expect(again.statusCode).toBe(409);
    expect(await countCases()).toBe(cases);
  });

  it('refuses unknown channels and invalid messages (after checking the signature)', async () => {
    expect((await relay('telegram', message(), { secret: 'x' })).statusCode).toBe(401);
    const bad = await relay('whatsapp', { messageId: messageId(), from: {}, text: '' });
    expect(bad.statusCode).toBe(400);
    const m = message();
    const invalid = await relay('whatsapp', { ...m, extra: true });
    expect(invalid.statusCode).toBe(400);
    // a refused (invalid) message may be sent again once corrected
    expect((await relay('whatsapp', m)).statusCode).toBe(201);
  });
});
