import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/database.ts';
import { openPostgres } from '../../src/server/db/database.ts';
import { Dispatcher } from '../../src/server/notify/dispatcher.ts';
import { OutboxNotifier } from '../../src/server/notify/notifier.ts';
import { enqueue, type OutboxMessage } from '../../src/server/notify/outbox.ts';
import { OutboxRepository } from '../../src/server/notify/outbox.repository.ts';
import type { OutgoingMessage, Transport, Transports } from '../../src/server/notify/transport.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;

/** A transport that keeps what it is given, slowly, so that concurrent dispatchers interleave. */
function capture(delayMs = 2): Transport & { got: OutgoingMessage[] } {
  const got: OutgoingMessage[] = [];
  return {
    name: 'capture',
    got,
    async send(m) {
      await sleep(delayMs);
      got.push(m);
    },
  };
}

function dispatcherOver(database: Database, transports: Transports) {
  return new Dispatcher(new OutboxRepository(database.db), t.ctx.notify.templates, transports, { ...t.config.notify, batchSize: 5 }, t.ctx.log);
}

const code = (to: string): OutboxMessage => ({ recipient: { kind: 'address', channel: 'email', to }, template: 'otp_code', params: { code: '123456', minutes: '10' }, language: 'ar', urgent: true });

describe('the outbox', () => {
  it('is written in the transaction of the change: a rolled-back change leaves no message', async () => {
    const to = 'rollback@example.com';
    await expect(
      db()
        .transaction()
        .execute(async (tx) => {
          await enqueue(tx, [code(to)]);
          throw new Error('the change failed');
        }),
    ).rejects.toThrow('the change failed');
    expect(await db().selectFrom('notification_outbox').select('id').where('address', '=', to).execute()).toHaveLength(0);
  });

  it('backs the production notifier: a one-time code becomes an urgent outbox row, sent then scrubbed of its code', async () => {
    await new OutboxNotifier(db()).send({ channel: 'sms', to: '+97336009999', language: 'en', template: 'otp_code', params: { code: '654321', minutes: '10' } });
    const row = await db().selectFrom('notification_outbox').selectAll().where('address', '=', '+97336009999').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel: 'sms', template: 'otp_code', language: 'en', urgent: true, status: 'pending' });
    const sms = capture(0);
    await dispatcherOver(t.ctx.database, { email: capture(0), sms }).drain();
    expect(sms.got.find((m) => m.to === '+97336009999')?.sms?.text).toBe('Tawasul sign-in code: 654321. Valid for 10 minutes. Do not share it.');
    const sent = await db().selectFrom('notification_outbox').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(sent.status).toBe('sent');
    expect(sent.params).toEqual({});
  });

  it(`never double-sends with two dispatchers at once (${testDbKind}${testDbKind === 'postgres' ? ': two connection pools' : ': one connection'})`, async () => {
    const addresses = Array.from({ length: 40 }, (_, i) => `twice${i}@example.com`);
    await enqueue(db(), addresses.map(code));
    const ids = (await db().selectFrom('notification_outbox').select('message_id').where('address', 'in', addresses).execute()).map((r) => r.message_id);
    expect(ids).toHaveLength(40);

    const url = (t.ctx.database as Database & { url?: string }).url;
    const second = testDbKind === 'postgres' ? openPostgres(url!, 4) : t.ctx.database;
    try {
      const a = capture();
      const b = capture();
      const sms = capture();
      const [ra, rb] = await Promise.all([
        dispatcherOver(t.ctx.database, { email: a, sms }).drain(),
        dispatcherOver(second, { email: b, sms }).drain(),
      ]);
      const sent = [...a.got, ...b.got].map((m) => m.messageId).filter((id) => ids.includes(id));
      expect(sent).toHaveLength(40);
      expect(new Set(sent).size).toBe(40);
      expect(ra.sent + rb.sent).toBeGreaterThanOrEqual(40);
      if (testDbKind === 'postgres') {
        // both took part: the work was shared, not serialised behind one of them
        expect(a.got.length).toBeGreaterThan(0);
        expect(b.got.length).toBeGreaterThan(0);
      }
    } finally {
      if (second !== t.ctx.database) await second.close();
    }
    const rows = await db().selectFrom('notification_outbox').select(['status', 'attempts']).where('address', 'in', addresses).execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('retries a message whose dispatcher died mid-send once its lease runs out — with the same message id', async () => {
    const to = 'lease@example.com';
    await enqueue(db(), [code(to)]);
    const repo = new OutboxRepository(db());
    const now = new Date(Date.now() + 1000); // the database clock has microseconds; stay clear of them
    const claimed = await repo.claim(now, 100, new Date(now.getTime() + 300_000)); // claimed, then the process "dies"
    const mine = claimed.find((r) => r.address === to)!;
    expect(mine).toBeDefined();

    const email = capture(0);
    const d = dispatcherOver(t.ctx.database, { email, sms: capture(0) });
    await d.drain(new Date(now.getTime() + 60_000));
    expect(email.got.filter((m) => m.to === to)).toHaveLength(0); // still leased
    await d.drain(new Date(now.getTime() + 301_000));
    expect(email.got.filter((m) => m.to === to).map((m) => m.messageId)).toEqual([mine.message_id]);
  });
});
