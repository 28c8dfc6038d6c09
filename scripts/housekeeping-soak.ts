/**
 * Housekeeping soak: `npm run soak:housekeeping -- --minutes=5` (default 3; bounded by --minutes).
 *
 * A throwaway PostgreSQL cluster, a real SMTP server in this process, `tawasul start` (demo data,
 * no in-process worker) and one `tawasul worker`, both with short retentions (one minute) and a
 * housekeeping run every 10 s. A few clients keep, for the whole time: submitting cases with an
 * Idempotency-Key (a key, an acknowledgement email), asking for a one-time code by email from a
 * rotating set of client addresses, reading the code from the email the worker sent, signing in
 * with it and signing out (a code used, a session ended). Every 20 s it prints the row count of each
 * table the housekeeping covers, and of cases (which it does not cover) for comparison.
 *
 * Throttle windows last 15 minutes (authLimits), so throttle_buckets levels off only after 15
 * minutes; every other covered table levels off after its one-minute retention.
 */
import { sql } from 'kysely';
import { openPostgres } from '../src/server/db/database.ts';
import { caseInput } from '../test/support/factories.ts';
import { sparePort } from '../test/support/server-process.ts';
import { startSmtpServer } from '../test/support/smtp.ts';
import { argOf as arg, startScratch } from '../bench/support/scratch.ts';

const MINUTES = Number(arg('minutes', '3'));
const CLIENTS = Number(arg('clients', '3'));
const RETAIN_SECONDS = Number(arg('retain-seconds', '60'));

const scratch = await startScratch('soak');
const { url, dataDir, run } = scratch;

try {
  const smtp = await startSmtpServer();
  const port = await sparePort();
  const base = `http://127.0.0.1:${port}`;
  const days = RETAIN_SECONDS / 86400;
  const hours = RETAIN_SECONDS / 3600;
  const env = {
    ...process.env,
    DATABASE_URL: url,
    TAWASUL_DATA_DIR: dataDir,
    TAWASUL_DEMO: 'on',
    TAWASUL_DEMO_CASES: '0',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SMTP_URL: smtp.url,
    TAWASUL_TRUSTED_PROXIES: '127.0.0.1',
    TAWASUL_COOKIE_SECURE: 'off',
    TAWASUL_NOTIFY_POLL_MS: '200',
    TAWASUL_HOUSEKEEPING_SECONDS: '10',
    TAWASUL_RETAIN_OUTBOX_DAYS: String(days),
    TAWASUL_RETAIN_SESSIONS_DAYS: String(days),
    TAWASUL_RETAIN_IDEMPOTENCY_HOURS: String(hours),
    TAWASUL_RETAIN_CODES_HOURS: String(hours),
  };
  await run('start', { ...env, TAWASUL_WORKER: 'off' }, /serving on/);
  await run('worker', env, /worker running/);
  const database = openPostgres(url, 2);

  const deadline = Date.now() + MINUTES * 60_000;
  let made = 0;
  let failures = 0;
  // 10 codes per client address and 15 minutes (authLimits): enough addresses for a long run
  const ips = Array.from({ length: 5000 }, (_, i) => `10.${Math.floor(i / 250)}.${i % 250}.1`);

  async function codeFor(address: string): Promise<string> {
    for (let i = 0; i < 300; i++) {
      const mail = smtp.mails.find((m) => m.envelope.to.includes(address));
      const code = mail?.text?.match(/\b(\d{6})\b/)?.[1];
      if (code) return code;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no code for ${address}`);
  }

  async function client(n: number): Promise<void> {
    for (let i = 0; Date.now() < deadline; i++) {
      const id = `${n}-${i}-${Date.now()}`;
      const ip = ips[(n * 100_003 + i) % ips.length]!;
      const headers = { 'content-type': 'application/json', 'x-forwarded-for': ip };
      try {
        const c = await fetch(`${base}/api/v1/cases`, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': `soak-${id}` },
          body: JSON.stringify(caseInput({ contact: { name: 'Soak', email: `case-${id}@example.com` } })),
        });
        if (c.status !== 201) throw new Error(`case ${c.status} ${await c.text()}`);
        const email = `otp-${id}@example.com`;
        const o = await fetch(`${base}/api/v1/auth/otp`, { method: 'POST', headers, body: JSON.stringify({ email }) });
        if (o.status >= 300) throw new Error(`otp ${o.status} ${await o.text()}`);
        const code = await codeFor(email);
        const v = await fetch(`${base}/api/v1/auth/otp/verify`, { method: 'POST', headers, body: JSON.stringify({ email, code }) });
        if (v.status !== 200) throw new Error(`verify ${v.status} ${await v.text()}`);
        const cookie = v.headers.getSetCookie().map((s) => s.split(';')[0]).join('; ');
        const { csrfToken } = (await v.json()) as { csrfToken: string };
        const l = await fetch(`${base}/api/v1/auth/logout`, { method: 'POST', headers: { ...headers, cookie, 'x-csrf-token': csrfToken }, body: '{}' });
        if (l.status >= 300) throw new Error(`logout ${l.status} ${await l.text()}`);
        made++;
      } catch (error) {
        failures++;
        if (failures <= 5) console.error(String(error));
      }
    }
  }

  const tables = ['idempotency_keys', 'sessions', 'otp_codes', 'throttle_buckets', 'sign_in_backoff', 'notification_outbox', 'cases'] as const;
  const t0 = Date.now();
  console.log(`soak: ${MINUTES} min, ${CLIENTS} clients, retention ${RETAIN_SECONDS} s, housekeeping every 10 s`);
  console.log(['t (s)', 'iterations', ...tables].join('\t'));
  const report = async () => {
    const counts = await Promise.all(tables.map(async (t) => (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(database.db)).rows[0]!.n));
    console.log([Math.round((Date.now() - t0) / 1000), made, ...counts].join('\t'));
  };
  const timer = setInterval(() => void report(), 20_000);
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  clearInterval(timer);
  await report();
  console.log(`iterations: ${made}, failed: ${failures}; mails received: ${smtp.mails.length}`);
  await database.close();
  await smtp.stop();
} finally {
  scratch.cleanUp();
}
