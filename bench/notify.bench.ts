/**
 * Delivery throughput: `npm run bench:notify` (not a timed test; a minute or two).
 *
 * A throwaway PostgreSQL cluster (startPgCluster), a real SMTP server in this process
 * (test/support/smtp.ts) and two `tawasul worker` processes. The workers are started first and
 * left idle; then `--messages` one-time-code emails are written to the outbox in one statement and
 * the clock runs until the SMTP server has received every one of them. Prints messages/s, and the
 * number of Message-IDs received more than once (must be 0).
 *
 * Options: --messages=N (default 2000), --workers=N (default 2), and any TAWASUL_NOTIFY_* setting in
 * the environment passes through to the workers.
 */
import { openPostgres } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { startSmtpServer } from '../test/support/smtp.ts';
import { argOf, startScratch } from './support/scratch.ts';

const MESSAGES = Number(argOf('messages', '2000'));
const WORKERS = Number(argOf('workers', '2'));

const scratch = await startScratch('notify-bench');
const { url, dataDir } = scratch;

try {
  const database = openPostgres(url, 4);
  await migrate(database);
  const smtp = await startSmtpServer();

  const env = { ...process.env, DATABASE_URL: url, TAWASUL_DATA_DIR: dataDir, SMTP_URL: smtp.url, MAIL_FROM: 'Tawasul <no-reply@bench.example>', LOG_LEVEL: 'warn' };
  const ready = Array.from({ length: WORKERS }, () => scratch.run('worker', env, /worker running/));
  await Promise.all(ready);

  const t0 = performance.now();
  await database.db
    .insertInto('notification_outbox')
    .values(
      Array.from({ length: MESSAGES }, (_, i) => ({
        channel: 'email' as const,
        address: `bench${i}@example.com`,
        language: (i % 2 ? 'ar' : 'en') as 'ar' | 'en',
        template: 'otp_code',
        params: JSON.stringify({ code: String(100000 + i), minutes: '10' }),
        urgent: true,
      })),
    )
    .execute();
  await smtp.waitFor(MESSAGES, 600_000);
  const seconds = (performance.now() - t0) / 1000;
  const ids = new Map<string, number>();
  for (const m of smtp.mails) ids.set(m.headers['message-id'] ?? '', (ids.get(m.headers['message-id'] ?? '') ?? 0) + 1);
  const duplicates = [...ids.values()].filter((n) => n > 1).length;
  console.log(
    `${MESSAGES} emails, ${WORKERS} workers, PostgreSQL, local SMTP server: ${seconds.toFixed(2)} s, ${(MESSAGES / seconds).toFixed(0)} messages/s; ` +
      `Message-IDs received more than once: ${duplicates}`,
  );
  await database.close();
  await smtp.stop();
} finally {
  scratch.cleanUp();
}
