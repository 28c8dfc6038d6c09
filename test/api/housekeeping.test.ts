import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { createHousekeeping } from '../../src/server/housekeeping/housekeeping.loops.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // Default retentions; batches of two, so that every kind is deleted over several statements.
  const housekeeping = { ...loadConfig({}).housekeeping, batchSize: 2 };
  t = await createTestApp({ housekeeping });
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hex = () => randomBytes(32).toString('hex');

describe(`housekeeping (${testDbKind})`, () => {
  it('deletes the rows past their retention, in bounded batches, and keeps those inside it', async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const ahead = (ms: number) => new Date(now.getTime() + ms);
    const staff = await db().selectFrom('staff_users').select('id').orderBy('id').executeTakeFirstOrThrow();
    const idle = t.config.sessionIdleMinutes * 60_000;

    // idempotency keys: 24 h
    const key = (k: string, at: Date) => ({ scope: 'hk', key: k, request_hash: 'h', status: 201, response: '{}', created_at: at });
    await db()
      .insertInto('idempotency_keys')
      .values([key('old1', ago(25 * HOUR)), key('old2', ago(30 * HOUR)), key('old3', ago(40 * DAY)), key('fresh', ago(23 * HOUR))])
      .execute();

    // sessions: 7 days after they expired, were signed out, or (staff) went idle
    const session = (name: string, s: { expires_at: Date; revoked_at?: Date; last_seen_at?: Date }) => ({
      id: hex(),
      staff_id: staff.id,
      csrf_token: name,
      ip: 'hk',
      user_agent: name,
      revoked_at: s.revoked_at ?? null,
      last_seen_at: s.last_seen_at ?? now,
      expires_at: s.expires_at,
    });
    await db()
      .insertInto('sessions')
      .values([
        session('expired-long-ago', { expires_at: ago(8 * DAY) }),
        session('signed-out-long-ago', { expires_at: ahead(DAY), revoked_at: ago(8 * DAY) }),
        session('idle-long-ago', { expires_at: ahead(DAY), last_seen_at: ago(8 * DAY + idle + HOUR) }),
        session('expired-recently', { expires_at: ago(6 * DAY) }),
        session('signed-out-recently', { expires_at: ahead(DAY), revoked_at: ago(DAY) }),
        session('live', { expires_at: ahead(DAY) }),
      ])
      .execute();

    // one-time codes and reset tokens: 24 h after use or expiry
    const otp = (address: string, o: { expires_at: Date; consumed_at?: Date }) => ({ channel: 'email' as const, address, code_hash: 'x', ...o });
    await db()
      .insertInto('otp_codes')
      .values([
        otp('hk-expired@example.com', { expires_at: ago(25 * HOUR) }),
        otp('hk-used@example.com', { expires_at: ago(20 * HOUR), consumed_at: ago(26 * HOUR) }),
        otp('hk-expired2@example.com', { expires_at: ago(3 * DAY) }),
        otp('hk-recent@example.com', { expires_at: ago(HOUR) }),
        otp('hk-live@example.com', { expires_at: ahead(5 * 60_000) }),
      ])
      .execute();
    await db()
      .insertInto('password_resets')
      .values([
        { token_hash: hex(), staff_id: staff.id, expires_at: ago(2 * DAY) },
        { token_hash: hex(), staff_id: staff.id, expires_at: ahead(HOUR), used_at: ago(25 * HOUR) },
        { token_hash: hex(), staff_id: staff.id, expires_at: ago(HOUR) },
      ])
      .execute();

    // relays' delivery receipt ids: as long as an idempotency key (24 h)
    const receipt = (id: string, at: Date) => ({ channel: 'whatsapp', receipt_id: `hk-${id}`, received_at: at });
    await db()
      .insertInto('relay_receipts')
      .values([receipt('old1', ago(25 * HOUR)), receipt('old2', ago(3 * DAY)), receipt('old3', ago(40 * DAY)), receipt('recent', ago(23 * HOUR)), receipt('now', now)])
      .execute();

    // throttle windows and backoff streaks: once over
    await db()
      .insertInto('throttle_buckets')
      .values([
        { key: 'hk:over1', count: 3, reset_at: ago(1000) },
        { key: 'hk:over2', count: 3, reset_at: ago(DAY) },
        { key: 'hk:over3', count: 3, reset_at: ago(HOUR) },
        { key: 'hk:running', count: 3, reset_at: ahead(60_000) },
      ])
      .execute();
    await sql`insert into sign_in_backoff (key, attempts, next_at, forget_at) values
      ('hk:forgotten1', 3, null, ${ago(1000)}), ('hk:forgotten2', 5, null, ${ago(DAY)}), ('hk:forgotten3', 1, null, ${ago(HOUR)}),
      ('hk:remembered', 4, ${ahead(60_000)}, ${ahead(HOUR)})`.execute(db());

    // outbox: 90 days after sending, with the digests' messages, day slots and files
    const out = (address: string, o: Record<string, unknown>) => ({ channel: 'email' as const, language: 'en' as const, template: 'otp_code', params: '{}', address, ...o });
    const sentLongAgo = { status: 'sent' as const, sent_at: ago(91 * DAY), confirmed_at: ago(91 * DAY) };
    const [digest, old1, , , fresh, parked, pending] = await db()
      .insertInto('notification_outbox')
      .values([
        out('hk-digest@example.com', { ...sentLongAgo, staff_id: staff.id }),
        out('hk-old1@example.com', sentLongAgo),
        out('hk-old2@example.com', sentLongAgo),
        out('hk-old3@example.com', { ...sentLongAgo, confirmed_at: null }), // handed over, outcome unknown
        out('hk-fresh@example.com', { status: 'sent', sent_at: ago(89 * DAY), confirmed_at: ago(89 * DAY) }),
        out('hk-parked@example.com', { status: 'parked', created_at: ago(200 * DAY) }),
        out('hk-pending@example.com', { status: 'pending', created_at: ago(200 * DAY) }),
      ])
      .returning('id')
      .execute();
    await db()
      .insertInto('notification_outbox')
      .values([0, 1, 2].map((i) => out(`hk-carried${i}@example.com`, { status: 'digested', staff_id: staff.id, digest_id: digest!.id, created_at: ago(92 * DAY) })))
      .execute();
    await db().insertInto('notification_digests').values({ staff_id: staff.id, day: '2020-01-01', outbox_id: digest!.id }).execute();
    const [oldFile, freshFile] = await db()
      .insertInto('notification_attachments')
      .values([
        { file_name: 'hk-old.xlsx', media_type: 'application/octet-stream', content: Buffer.from('old'), created_at: ago(91 * DAY) },
        { file_name: 'hk-fresh.xlsx', media_type: 'application/octet-stream', content: Buffer.from('fresh'), created_at: ago(89 * DAY) },
      ])
      .returning('id')
      .execute();
    await db()
      .insertInto('notification_outbox_attachments')
      .values([
        { outbox_id: old1!.id, attachment_id: oldFile!.id },
        { outbox_id: fresh!.id, attachment_id: freshFile!.id },
      ])
      .execute();

    const result = await createHousekeeping(t.ctx.database.db, t.ctx.config, t.ctx.log).run(now);
    expect(result).toMatchObject({ idempotencyKeys: 3, sessions: 3, otpCodes: 3, passwordResets: 2, throttleBuckets: 3, signInBackoff: 3, relayReceipts: 3, sentOutbox: 7, outboxFiles: 1 });

    expect((await db().selectFrom('idempotency_keys').select('key').where('scope', '=', 'hk').execute()).map((r) => r.key)).toEqual(['fresh']);
    expect((await db().selectFrom('sessions').select('csrf_token').where('ip', '=', 'hk').orderBy('csrf_token').execute()).map((r) => r.csrf_token)).toEqual([
      'expired-recently',
      'live',
      'signed-out-recently',
    ]);
    expect((await db().selectFrom('otp_codes').select('address').where('address', 'like', 'hk-%').orderBy('address').execute()).map((r) => r.address)).toEqual([
      'hk-live@example.com',
      'hk-recent@example.com',
    ]);
    expect(await db().selectFrom('password_resets').select('token_hash').where('staff_id', '=', staff.id).execute()).toHaveLength(1);
    expect((await db().selectFrom('throttle_buckets').select('key').where('key', 'like', 'hk:%').execute()).map((r) => r.key)).toEqual(['hk:running']);
    const receipts = await db().selectFrom('relay_receipts').select('receipt_id').where('receipt_id', 'like', 'hk-%').orderBy('receipt_id').execute();
    expect(receipts.map((r) => r.receipt_id)).toEqual(['hk-now', 'hk-recent']);
    const backoff = await sql<{ key: string }>`select key from sign_in_backoff where key like 'hk:%'`.execute(db());
    expect(backoff.rows.map((r) => r.key)).toEqual(['hk:remembered']);
    const outbox = await db().selectFrom('notification_outbox').select('id').where('address', 'like', 'hk-%').orderBy('id').execute();
    expect(outbox.map((r) => r.id)).toEqual([fresh!.id, parked!.id, pending!.id]);
    expect(await db().selectFrom('notification_digests').select('day').where('outbox_id', '=', digest!.id).execute()).toHaveLength(0);
    const files = await db().selectFrom('notification_attachments').select('file_name').where('file_name', 'like', 'hk-%').execute();
    expect(files.map((f) => f.file_name)).toEqual(['hk-fresh.xlsx']);

    // A second run finds nothing more.
    expect(Object.values(await createHousekeeping(t.ctx.database.db, t.ctx.config, t.ctx.log).run(now)).every((n) => n === 0)).toBe(true);
  });

  it("keeps a relay's receipt id at least twice the relays' clock tolerance, however short the idempotency retention", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    // Receipts signed up to the tolerance (here 300 s) ahead of the clock can be replayed until twice that after they came.
    const config = { ...t.config, housekeeping: { ...t.config.housekeeping, idempotencyHours: 0.001 }, inbound: { ...t.config.inbound, toleranceSeconds: 300 } };
    await db()
      .insertInto('relay_receipts')
      .values([
        { channel: 'social', receipt_id: 'hk-window-inside', received_at: ago(9 * 60_000) },
        { channel: 'social', receipt_id: 'hk-window-past', received_at: ago(11 * 60_000) },
      ])
      .execute();
    const count = async () => (await db().selectFrom('relay_receipts').select('receipt_id').execute()).length;
    const before = await count();
    const { relayReceipts } = await createHousekeeping(db(), config, t.ctx.log).run(now);
    expect(relayReceipts).toBe(before - (await count()));
    const left = await db().selectFrom('relay_receipts').select('receipt_id').where('channel', '=', 'social').where('receipt_id', 'like', 'hk-window-%').execute();
    expect(left.map((r) => r.receipt_id)).toEqual(['hk-window-inside']);
  });
});
