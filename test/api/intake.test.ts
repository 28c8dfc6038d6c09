import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReference } from '../../src/common/reference.ts';
import { toArabicIndic } from '../support/text.ts';
import { buildCase, buildService, caseInput, caseInputFor } from '../support/factories.ts';
import { makePdf, makePng, multipart } from '../support/files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: payload as object, headers });

async function countCases(): Promise<number> {
  const r = await t.ctx.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('intake', () => {
  it('accepts an Arabic complaint with a photo, routes it by governorate, and tracks it with the token', async () => {
    const photo = makePng(32, 24);
    const form = multipart([
      { name: 'case', value: JSON.stringify(caseInput()) },
      { name: 'photo', file: { filename: 'عمود.png', type: 'image/png', content: photo } },
    ]);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: form.payload, headers: form.headers });
    expect(res.statusCode).toBe(201);
    const receipt = res.json();
    expect(receipt.reference).toMatch(/^\d{2}-\d{7}-\d$/);
    expect(receipt.trackingToken).toMatch(/^[\w-]{22}$/);
    expect(receipt.status).toBe('new');
    expect(receipt.entity.code).toBe('muharraq');
    expect(new Date(receipt.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const tracked = await t.app.inject({
      url: `/api/v1/cases/${receipt.reference}`,
      headers: { 'x-tracking-token': receipt.trackingToken },
    });
    expect(tracked.statusCode).toBe(200);
    const body = tracked.json();
    expect(body.description).toBe(caseInput().description);
    expect(body.service.code).toBe('street_light_fault');
    expect(body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['created']);
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0]).toMatchObject({ mediaType: 'image/png', sizeBytes: photo.length, fileName: 'عمود.png' });
    expect(JSON.stringify(body)).not.toMatch(/36001234|فاطمة/); // contact is not echoed on the tracking page

    const file = await t.app.inject({ url: `${body.attachments[0].url}?token=${receipt.trackingToken}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(photo)).toBe(true);
  });

  it('stores the contact normalised: Arabic-Indic digits and a local number become E.164', async () => {
    const r = await buildCase(t.app, { contact: { phone: toArabicIndic('3600 5678'), email: 'Citizen@Example.COM' } });
    const row = await t.ctx.database.db
      .selectFrom('cases')
      .select(['contact_phone', 'contact_email'])
      .where('reference', '=', r.reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ contact_phone: '+97336005678', contact_email: 'citizen@example.com' });
  });

  it('accepts coordinates typed in Arabic-Indic digits', async () => {
    const r = await post(caseInput({ location: { lat: '٢٦٫٢٣' as unknown as number, lng: '٥٠٫٥٨' as unknown as number } }));
    expect(r.statusCode).toBe(201);
  });

  it('a retry with the same Idempotency-Key answers the same receipt and creates one case', async () => {
    const before = await countCases();
    const payload = caseInput({ description: 'حفرة كبيرة في الطريق' , serviceCode: 'pothole', attributes: {} });
    const headers = { 'idempotency-key': 'retry-key-1' };
    const first = await post(payload, headers);
    const second = await post(payload, headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await countCases()).toBe(before + 1);
  });

  it('concurrent retries with one key still create exactly one case', async () => {
    const before = await countCases();
    const payload = caseInput({ description: 'طلب متزامن' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(payload, { 'idempotency-key': 'race-key' })));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.json().reference)).size).toBe(1);
    expect(await countCases()).toBe(before + 1);
  });

  it('the same key with a different body is refused', async () => {
    await post(caseInput({ description: 'أ' }), { 'idempotency-key': 'k-diff' });
    const r = await post(caseInput({ description: 'ب' }), { 'idempotency-key': 'k-diff' });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('idempotency_key_reused');
  });

  it('routes a municipal service without a governorate to the owning entity for triage', async () => {
    const r = await buildCase(t.app, { location: undefined });
    expect(r.entity.code).toBe('ministry');
  });

  it('refuses a type the service does not accept, and anonymous where not allowed', async () => {
    const service = await buildService(t.app, { types: ['complaint', 'inquiry'], anonymousAllowed: false });
    const wrongType = await post(caseInputFor(service, { type: 'compliment' }));
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().code).toBe('type_not_allowed');
    const anon = await post(caseInputFor(service, { type: 'inquiry', anonymous: true, contact: undefined }));
    expect(anon.statusCode).toBe(422);
    expect(anon.json().code).toBe('anonymous_not_allowed');
  });

  it('accepts an anonymous report where allowed, and stores no contact', async () => {
    const service = await buildService(t.app, { anonymousAllowed: true });
    const r = await buildCase(t.app, caseInputFor(service, { anonymous: true, contact: undefined }));
    const row = await t.ctx.database.db.selectFrom('cases').selectAll().where('reference', '=', r.reference).executeTakeFirstOrThrow();
    expect(row.anonymous).toBe(true);
    expect(row.contact_phone).toBeNull();
  });

  it('needs a phone or an email unless anonymous', async () => {
    const r = await post(caseInput({ contact: { name: 'بلا هاتف' } }));
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('contact_required');
  });

  it('checks extra questions: required, list values, numbers, unknown codes', async () => {
    const missing = await post(caseInput({ attributes: {} }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ path: 'attributes.fault_kind', code: 'required' }));
    const wrong = await post(caseInput({ attributes: { fault_kind: 'purple' } }));
    expect(wrong.json().errors[0].path).toBe('attributes.fault_kind');
    const unknown = await post(caseInput({ attributes: { fault_kind: 'off', colour: 'red' } }));
    expect(unknown.json().errors).toContainEqual(expect.objectContaining({ path: 'attributes.colour', code: 'unrecognized_key' }));
    const ok = await post(caseInput({ serviceCode: 'pothole', attributes: { approx_size_cm: '٤٠', lanes_affected: [] } }));
    expect(ok.statusCode).toBe(201);
  });

  it('refuses coordinates outside the service area, and an unknown service', async () => {
    const far = await post(caseInput({ location: { lat: 51.5, lng: -0.12 } }));
    expect(far.statusCode).toBe(422);
    expect(far.json().code).toBe('location_out_of_bounds');
    const unknown = await post(caseInput({ serviceCode: 'no_such_service' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('serviceCode');
  });

  it('refuses a file whose bytes are not an image or PDF, whatever its name says, and writes nothing', async () => {
    const before = await countCases();
    const form = multipart([
      { name: 'case', value: JSON.stringify(caseInput()) },
      { name: 'photo', file: { filename: 'photo.jpg', type: 'image/jpeg', content: Buffer.from('<script>alert(1)</script>'.repeat(20)) } },
    ]);
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: form.payload, headers: form.headers });
    expect(r.statusCode).toBe(415);
    expect(r.json().code).toBe('attachment_type_not_allowed');
    expect(await countCases()).toBe(before);
  });

  it('accepts a PDF and refuses more files than the limit', async () => {
    const ok = multipart([{ name: 'case', value: JSON.stringify(caseInput()) }, { name: 'f', file: { filename: 'a.pdf', type: 'application/pdf', content: makePdf() } }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: ok.payload, headers: ok.headers })).statusCode).toBe(201);
    const many = multipart([
      { name: 'case', value: JSON.stringify(caseInput()) },
      ...Array.from({ length: t.config.attachments.maxFiles + 1 }, (_, i) => ({ name: `f${i}`, file: { filename: `${i}.png`, type: 'image/png', content: makePng(2, 2, [i, 0, 0]) } })),
    ]);
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: many.payload, headers: many.headers });
    expect(r.statusCode).toBe(413);
  });
});

describe('tracking', () => {
  it('answers the same 404 for a wrong token and an unknown reference', async () => {
    const r = await buildCase(t.app);
    const wrongToken = await t.app.inject({ url: `/api/v1/cases/${r.reference}?token=AAAAAAAAAAAAAAAAAAAAAA` });
    const [y, serial] = r.reference.split('-');
    const unknownRef = formatReference(2000 + Number(y), Number(serial) + 500000);
    const unknown = await t.app.inject({ url: `/api/v1/cases/${unknownRef}?token=${r.trackingToken}` });
    const noToken = await t.app.inject({ url: `/api/v1/cases/${r.reference}` });
    for (const res of [wrongToken, unknown, noToken]) {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('case_not_found');
      expect(res.json().detail).toBe(wrongToken.json().detail);
    }
  });

  it('finds a case by its reference in Arabic-Indic digits without separators', async () => {
    const r = await buildCase(t.app);
    const typed = toArabicIndic(r.reference.replace(/-/g, ''));
    const res = await t.app.inject({ url: `/api/v1/cases/${encodeURIComponent(typed)}`, headers: { 'x-tracking-token': r.trackingToken } });
    expect(res.statusCode).toBe(200);
    expect(res.json().reference).toBe(r.reference);
  });

  it('shows the public timeline only, never internal notes', async () => {
    const r = await buildCase(t.app);
    const db = t.ctx.database.db;
    const c = await db.selectFrom('cases').select('id').where('reference', '=', r.reference).executeTakeFirstOrThrow();
    await db
      .insertInto('case_events')
      .values([
        { case_id: c.id, kind: 'internal_note', visibility: 'internal', actor_type: 'staff', body: 'ملاحظة داخلية سرية', data: '{}' },
        { case_id: c.id, kind: 'public_reply', visibility: 'public', actor_type: 'staff', body: 'تم إرسال فريق الصيانة', data: '{}' },
      ])
      .execute();
    const res = await t.app.inject({ url: `/api/v1/cases/${r.reference}?token=${r.trackingToken}` });
    const timeline = res.json().timeline;
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(['created', 'public_reply']);
    expect(res.body).not.toContain('سرية');
  });
});

describe('case events are append-only', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE on case_events', async () => {
    await buildCase(t.app);
    const db = t.ctx.database.db;
    await expect(sql`update case_events set body = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from case_events`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate case_events cascade`.execute(db)).rejects.toThrow(/append-only/);
  });
});

describe('notifications are queued with the change that causes them', () => {
  it('an accepted case queues its acknowledgement, with the tracking link, in the case\'s language', async () => {
    const r = await buildCase(t.app, { contact: { phone: '36707070', email: 'ack@example.com' }, language: 'en' });
    const rows = await t.ctx.database.db
      .selectFrom('notification_outbox')
      .select(['channel', 'address', 'language', 'template', 'reference', 'params'])
      .where('reference', '=', r.reference)
      .orderBy('channel')
      .execute();
    expect(rows.map((x) => [x.channel, x.address, x.language, x.template])).toEqual([
      ['email', 'ack@example.com', 'en', 'case_acknowledged'],
      ['sms', '+97336707070', 'en', 'case_acknowledged'],
    ]);
    expect(JSON.stringify(rows[0]!.params)).toContain(r.trackingToken);
  });

  it('a refused case queues nothing', async () => {
    const before = await t.ctx.database.db.selectFrom('notification_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await post(caseInput({ serviceCode: 'no_such_service', contact: { phone: '36717171' } }));
    const after = await t.ctx.database.db.selectFrom('notification_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
