import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReference } from '../../src/common/reference.ts';
import { trackingCodeLimits } from '../../src/server/access/case-gate.ts';
import { buildCase } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The short tracking code: six signs a person reads over the phone, returned on the receipt and in
 * the acknowledgement, opening the case with its reference as the long token does; a wrong code is
 * refused as an unknown case is, and failed tries are limited per case and per address.
 */
let t: TestApp;
const db = () => t.ctx.database.db;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const track = (reference: string, secret: string, from = '10.1.0.1') =>
  t.app.inject({ url: `/api/v1/cases/${reference}?token=${encodeURIComponent(secret)}`, remoteAddress: from });

/** A code of the right shape that is not this one. */
const otherCode = (code: string, i = 0) => {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const s = (alphabet.indexOf(code[0]!) + 1 + i) % alphabet.length;
  return alphabet[s]! + code.slice(1);
};

describe('short tracking code', () => {
  it('is on the receipt and in the acknowledgement, opens the case with its reference, and lets the citizen act; the long token still works', async () => {
    const receipt = await buildCase(t.app);
    expect(receipt.trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    const row = await db().selectFrom('cases').select(['id', 'tracking_code_hash']).where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    expect(row.tracking_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tracking_code_hash).not.toContain(receipt.trackingCode!);
    const ack = await db().selectFrom('notification_outbox').select('params').where('case_id', '=', row.id).where('template', '=', 'case_acknowledged').executeTakeFirstOrThrow();
    const params = typeof ack.params === 'string' ? JSON.parse(ack.params) : ack.params;
    expect(params.trackingCode).toBe(receipt.trackingCode);

    const byCode = await track(receipt.reference, receipt.trackingCode!);
    expect(byCode.statusCode, byCode.body).toBe(200);
    expect(byCode.json().reference).toBe(receipt.reference);
    // As read over the phone: lower case, with a space; the reference without dashes.
    const spoken = `${receipt.trackingCode!.slice(0, 3).toLowerCase()} ${receipt.trackingCode!.slice(3)}`;
    expect((await track(receipt.reference.replace(/-/g, ''), spoken)).statusCode).toBe(200);
    expect((await track(receipt.reference, receipt.trackingToken)).statusCode).toBe(200);
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${receipt.reference}/actions/citizen-reply`,
      payload: { body: 'الإنارة ما زالت مطفأة', version: byCode.json().version },
      headers: { 'x-tracking-token': receipt.trackingCode! },
    });
    expect(reply.statusCode, reply.body).toBe(200);
  });

  it('refuses a wrong code as an unknown case, and stops guessing per case and per address', async () => {
    const receipt = await buildCase(t.app);
    const code = receipt.trackingCode!;
    const wrong = await track(receipt.reference, otherCode(code), '10.2.0.1');
    const unknown = await track(formatReference(2026, 9_999_999), code, '10.2.0.1');
    expect([wrong.statusCode, wrong.json().code]).toEqual([404, 'case_not_found']);
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'case_not_found']);
    expect(wrong.json().detail).toBe(unknown.json().detail);

    // Per case: wrong tries from many addresses use up the case's tries; then even the right code waits
    // (the tracking link's long token still opens it).
    for (let i = 1; i < trackingCodeLimits.perCase; i++) expect((await track(receipt.reference, otherCode(code, i), `10.3.0.${i}`)).statusCode).toBe(404);
    const stopped = await track(receipt.reference, code, '10.3.1.1');
    expect(stopped.statusCode, stopped.body).toBe(429);
    expect(stopped.json().code).toBe('rate_limited');
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0);
    expect((await track(receipt.reference, receipt.trackingToken, '10.3.1.1')).statusCode).toBe(200);

    // Per address: one address guessing across cases is stopped, on every case; another address is not.
    const fresh = await buildCase(t.app);
    const guesser = '10.4.0.1';
    for (let i = 0; i < trackingCodeLimits.perAddress; i++) {
      expect((await track(formatReference(2026, 9_000_000 + i), code, guesser)).statusCode).toBe(404);
    }
    expect((await track(fresh.reference, fresh.trackingCode!, guesser)).statusCode).toBe(429);
    expect((await track(fresh.reference, fresh.trackingCode!, '10.4.0.2')).statusCode).toBe(200);
  });
});
