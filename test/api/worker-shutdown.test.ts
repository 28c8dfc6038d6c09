import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPGlite, openPostgres, type Database } from '../../src/server/db/database.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { openTestDatabase, testDbKind } from '../support/test-app.ts';

/**
 * Worker processes against a real SMTP server that answers slowly: a SIGTERM with a backlog
 * (the worker finishes the messages in hand, gives back the rest at once and exits within its
 * grace period) and a SIGKILL in the middle of delivery (no message delivered twice, every one not in
 * the killed worker's hands delivered; what it had claimed is taken over by the next worker within seconds). PGlite allows one
 * process per data directory, so there the second worker starts once the first is gone; on
 * PostgreSQL too, so that the same takeover is measured on both.
 */

const bin = path.resolve(import.meta.dirname, '../../bin/tawasul.js');
let dataDir: string;
let env: Record<string, string>;
let smtp: TestSmtpServer;
let closeDb: () => Promise<void> = async () => {};

/** Opens the database the workers use (PGlite: only while no worker runs). */
async function open(): Promise<Database> {
  return testDbKind === 'postgres' ? openPostgres(env.DATABASE_URL!, 2) : openPGlite(dataDir);
}

/** Runs `fn` over the database; PGlite is closed again so that a worker can open it. */
async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await open();
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-worker-stop-'));
  smtp = await startSmtpServer();
  if (testDbKind === 'postgres') {
    const database = await openTestDatabase();
    env = { DATABASE_URL: database.url!, TAWASUL_DATA_DIR: dataDir };
    closeDb = () => database.close();
  } else {
    env = { DATABASE_URL: '', TAWASUL_DATA_DIR: dataDir };
    await promisify(execFile)(process.execPath, [bin, 'migrate'], { env: { ...process.env, ...env } });
  }
}, 120_000);
afterAll(async () => {
  await closeDb();
  await smtp?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startWorker(extra: Record<string, string>) {
  const child = spawn(process.execPath, [bin, 'worker'], {
    env: { ...process.env, ...env, SMTP_URL: smtp.url, MAIL_FROM: 'Tawasul <no-reply@tawasul.example>', LOG_LEVEL: 'warn', TAWASUL_NOTIFY_POLL_MS: '200', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
  const ready = (async () => {
    for (let i = 0; i < 1200 && !/worker running/.test(out); i++) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(out);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return { child, exited, ready, output: () => out };
}

/** Queues one-time-code emails to `prefix0@…`, `prefix1@…`; answers their message ids. */
async function backlog(prefix: string, n: number): Promise<string[]> {
  return withDb(async (database) => {
    const rows = await database.db
      .insertInto('notification_outbox')
      .values(
        Array.from({ length: n }, (_, i) => ({
          channel: 'email' as const,
          address: `${prefix}${i}@example.com`,
          language: 'en' as const,
          template: 'otp_code',
          params: JSON.stringify({ code: String(100000 + i), minutes: '10' }),
          urgent: true,
        })),
      )
      .returning('message_id')
      .execute();
    return rows.map((r) => r.message_id);
  });
}

/** How many times the SMTP server received each of the given message ids. */
function received(ids: string[]): Map<string, number> {
  const count = new Map(ids.map((id) => [id, 0]));
  for (const m of smtp.mails) {
    const id = m.headers['x-tawasul-message-id'];
    if (id && count.has(id)) count.set(id, count.get(id)! + 1);
  }
  return count;
}

const receivedOf = (ids: string[]) => [...received(ids).values()].filter((n) => n > 0).length;

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe(`a worker told to stop, or killed, during delivery (${testDbKind})`, () => {
  it('SIGTERM with a backlog: finishes the messages in hand, releases its other claims at once, exits within the grace period', async () => {
    const ids = await backlog('grace', 40);
    smtp.answerDelayMs = 1500;
    const grace = 5;
    const w = startWorker({ TAWASUL_WORKER_GRACE_SECONDS: String(grace), TAWASUL_NOTIFY_CONCURRENCY: '2', TAWASUL_NOTIFY_BATCH: '20', TAWASUL_NOTIFY_LEASE_SECONDS: '30' });
    await w.ready;
    await until(() => receivedOf(ids) >= 2, 30_000, 'the first messages to be in hand'); // two in hand, waiting for the slow answer
    const t0 = Date.now();
    w.child.kill('SIGTERM');
    const { code, at } = await w.exited;
    const wall = at - t0;
    console.log(`SIGTERM → exit: ${wall} ms (grace ${grace} s, SMTP answer delay ${smtp.answerDelayMs} ms)`);
    expect(code, w.output()).toBe(0);
    expect(wall).toBeLessThan(grace * 1000);

    const rows = await withDb((database) =>
      database.db
        .selectFrom('notification_outbox')
        .select(['message_id', 'status', 'attempts', 'lease_token', 'confirmed_at', 'next_attempt_at'])
        .where('message_id', 'in', ids)
        .execute(),
    );
    const counts = received(ids);
    const sent = rows.filter((r) => r.status === 'sent');
    const left = rows.filter((r) => r.status === 'pending');
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(left.length).toBeGreaterThan(0); // a backlog was left, not sent first
    expect(sent.length + left.length).toBe(40);
    // The messages in hand were finished: received once, and the server's answer was awaited.
    for (const r of sent) {
      expect(counts.get(r.message_id)).toBe(1);
      expect(r.confirmed_at).not.toBeNull();
    }
    // The rest were given back: no lease to wait out, no attempt counted, nothing received.
    const now = Date.now();
    for (const r of left) {
      expect(counts.get(r.message_id)).toBe(0);
      expect(r.lease_token).toBeNull();
      expect(r.attempts).toBe(0);
      expect(new Date(r.next_attempt_at).getTime()).toBeLessThanOrEqual(now);
    }
  }, 120_000);

  it('SIGKILL mid-delivery: no message is received twice, all but those in the killed worker’s hands are delivered, and the killed worker’s claims are taken over within seconds', async () => {
    const ids = await backlog('kill', 30);
    smtp.answerDelayMs = 1000;
    const lease = 3;
    const settings = { TAWASUL_NOTIFY_CONCURRENCY: '4', TAWASUL_NOTIFY_BATCH: '20', TAWASUL_NOTIFY_LEASE_SECONDS: String(lease) };
    const a = startWorker(settings);
    await a.ready;
    await until(() => receivedOf(ids) >= 4, 30_000, 'four messages in hand');
    // Four messages handed over (the server has them and has not answered yet), sixteen more claimed.
    a.child.kill('SIGKILL');
    const killedAt = (await a.exited).at;
    const inHand = receivedOf(ids);

    const b = startWorker({ ...settings, TAWASUL_WORKER_GRACE_SECONDS: '5' });
    await b.ready;
    const readyAt = Date.now();
    await until(() => receivedOf(ids) > inHand, 30_000, 'the second worker to take over');
    const takeover = Date.now();
    console.log(`SIGKILL → first message taken over: ${takeover - killedAt} ms (second worker ready after ${readyAt - killedAt} ms; lease ${lease} s)`);
    // Taken over as soon as both the lease has run out and the second worker is up (its start-up
    // on a busy machine is not the dispatcher's doing), give or take a poll, a new SMTP connection
    // and the other loops' first runs (on PGlite they share its one connection).
    expect(takeover - Math.max(readyAt, killedAt + lease * 1000)).toBeLessThan(8000);
    // The slow answers were there for the kill to land mid-delivery; the rest may go at speed.
    smtp.answerDelayMs = 20;
    // Done when every message is sent and each confirmed one is at the server. A message the killed
    // worker had recorded as handed over is the documented unknown outcome: never sent again, so at
    // the server at most once — once if the kill came after its final dot, not at all if it came in
    // the instant between the record and the dot.
    // PGlite is the worker's alone while it runs, so the wait is read at the server: every message,
    // or all but the killed worker's few in hand and nothing new for five seconds.
    let last = receivedOf(ids);
    let quietSince = Date.now();
    const end = Date.now() + 60_000;
    while (Date.now() < end) {
      const now = receivedOf(ids);
      if (now !== last) [last, quietSince] = [now, Date.now()];
      if (now === ids.length || (now >= ids.length - 4 && Date.now() - quietSince > 5000)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    b.child.kill('SIGTERM');
    await b.exited;
    const rows = await withDb((database) =>
      database.db.selectFrom('notification_outbox').select(['message_id', 'status', 'attempts', 'confirmed_at', 'sent_at', 'next_attempt_at', 'last_error']).where('message_id', 'in', ids).execute(),
    );
    const settled = rows.every((r) => r.status === 'sent' && (r.confirmed_at === null || received(ids).get(r.message_id) === 1));
    expect(settled, `not settled: ${JSON.stringify(rows.filter((r) => r.status !== 'sent' || r.confirmed_at !== null))}\n${b.output()}`).toBe(true);

    // No message id reached the server twice; every confirmed one reached it once.
    const counts = received(ids);
    expect([...counts.values()].every((n) => n <= 1), JSON.stringify([...counts.values()])).toBe(true);
    for (const r of rows.filter((x) => x.confirmed_at !== null)) expect(counts.get(r.message_id)).toBe(1);
    // The killed worker's messages in hand: handed over, never confirmed and not sent again — at most
    // its concurrency of them. Everything else was confirmed, so all but those few were received.
    const unconfirmed = rows.filter((r) => r.confirmed_at === null);
    expect(unconfirmed.length).toBeGreaterThan(0);
    expect(unconfirmed.length).toBeLessThanOrEqual(4);
    expect(unconfirmed.every((r) => r.attempts === 1)).toBe(true);
    expect(receivedOf(ids)).toBeGreaterThanOrEqual(ids.length - unconfirmed.length);
    const lost = unconfirmed.filter((r) => counts.get(r.message_id) === 0).length;
    if (lost > 0) console.log(`killed between the hand-over record and the final dot: ${lost} message(s) recorded as sent, not at the server`);
    // What it had claimed but not started was claimed again by the second worker.
    expect(rows.filter((r) => r.attempts === 2).length).toBeGreaterThan(0);
  }, 180_000);
});
