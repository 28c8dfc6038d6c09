import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { passwordProblem } from '../../src/server/auth/password.ts';
import { loadConfig } from '../../src/server/config.ts';
import { userCommand } from '../../src/server/admin/user.cli.ts';
import { as, signInCitizen, signInStaff } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;
const login = (email: string, password: string, ip: string, headers: Record<string, string> = {}, app = t.app) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip, headers });
const staffId = async (email: string) => (await db().selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
const signInRows = (action: string, targetId?: string) =>
  db()
    .selectFrom('audit_log')
    .select(['action', 'target_type', 'target_id', 'actor_staff_id', 'entity_id', 'after'])
    .where('action', '=', action)
    .$if(targetId !== undefined, (q) => q.where('target_id', '=', targetId!))
    .orderBy('id')
    .execute();
const afterOf = (row: { after: unknown }) => (typeof row.after === 'string' ? JSON.parse(row.after) : row.after) as Record<string, unknown>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('a wrong password answers the same for a real and an unknown account', () => {
  it('same status and body, and the same time within noise (one argon2 verify each)', async () => {
    const real = await login('officer@southern.demo', 'not-the-password', '10.40.0.1');
    const unknown = await login('nobody-here@southern.demo', 'not-the-password', '10.40.0.2');
    expect(real.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(real.json()).toEqual(unknown.json());
    expect(real.headers['content-type']).toBe(unknown.headers['content-type']);

    // Interleaved, each try from its own address so no backoff interferes; medians resist a loaded machine.
    const times = { real: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 15; i++) {
      for (const kind of ['real', 'unknown'] as const) {
        const email = kind === 'real' ? 'supervisor@southern.demo' : `nobody${i}@southern.demo`;
        const start = performance.now();
        const res = await login(email, `wrong-password-${i}`, `10.41.${i}.${kind === 'real' ? 1 : 2}`);
        times[kind].push(performance.now() - start);
        expect(res.statusCode).toBe(401);
      }
    }
    const ratio = median(times.real) / median(times.unknown);
    console.info(`sign-in failure medians: real ${median(times.real).toFixed(1)} ms, unknown ${median(times.unknown).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  }, 60_000);
});

describe('repeated failures slow the attacker down, per account and address', () => {
  it('after five failures: 429 with a growing Retry-After; the right password from another address still works', async () => {
    const email = 'analyst@southern.demo';
    for (let i = 0; i < 5; i++) expect((await login(email, `wrong-${i}`, '10.42.0.1')).statusCode).toBe(401);
    const first = await login(email, inject('testPassword'), '10.42.0.1');
    expect(first.statusCode).toBe(429);
    expect(first.json().code).toBe('rate_limited');
    const wait1 = Number(first.headers['retry-after']);
    expect(wait1).toBeGreaterThan(0);
    expect(wait1).toBeLessThanOrEqual(30);

    // A stranger's failures do not lock the staff member out from their own address.
    expect((await login(email, inject('testPassword'), '10.42.0.2')).statusCode).toBe(200);

    // Waiting (moving the due time back) allows one more attempt; a failure doubles the wait.
    await sql`update sign_in_backoff set next_at = now() - interval '1 second' where key like ${'%:10.42.0.1'}`.execute(db());
    expect((await login(email, 'wrong-again', '10.42.0.1')).statusCode).toBe(401);
    const second = await login(email, 'wrong-once-more', '10.42.0.1');
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(30);
    expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(60);

    // An unknown account is slowed down exactly the same (no way to tell accounts apart by the limit).
    for (let i = 0; i < 5; i++) expect((await login('ghost@southern.demo', `wrong-${i}`, '10.42.0.3')).statusCode).toBe(401);
    const ghost = await login('ghost@southern.demo', 'wrong', '10.42.0.3');
    expect(ghost.statusCode).toBe(429);
    expect(ghost.json()).toEqual(first.json());

    // The right password after the wait signs in and ends the streak.
    await sql`update sign_in_backoff set next_at = now() - interval '1 second' where key like ${'%:10.42.0.1'}`.execute(db());
    expect((await login(email, inject('testPassword'), '10.42.0.1')).statusCode).toBe(200);
    const left = await sql<{ n: number }>`select count(*)::int as n from sign_in_backoff where key like ${'%:10.42.0.1'}`.execute(db());
    expect(left.rows[0]!.n).toBe(0);
  });

  it('concurrent wrong guesses cannot exceed the limit: only five passwords are checked', async () => {
    const email = 'coordinator@southern.demo';
    const id = String(await staffId(email));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(email, `guess-${i}`, '10.43.0.1')));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    // Every checked password leaves one audit row; the refused ones were never checked.
    expect(await signInRows('auth.login.failed', id)).toHaveLength(5);
  }, 60_000);

  it('concurrent wrong one-time codes cannot exceed the allowed attempts', async () => {
    const ip = '10.44.0.1';
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone: '36440001' }, remoteAddress: ip });
    const code = t.notifier.last('+97336440001')!.params.code!;
    const wrong = code === '000000' ? '111111' : '000000';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36440001', code: wrong }, remoteAddress: ip })),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1); // the fifth checked attempt
    expect(statuses.filter((s) => s === 401)).toHaveLength(19);
    const row = await db().selectFrom('otp_codes').select('attempts').where('address', '=', '+97336440001').executeTakeFirstOrThrow();
    expect(row.attempts).toBe(5);
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36440001', code }, remoteAddress: ip });
    expect(right.statusCode).toBe(401);
  }, 60_000);
});

describe('the client address comes from trusted proxies only', () => {
  it('parses TAWASUL_TRUSTED_PROXIES, empty by default, and refuses a typo', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TAWASUL_TRUSTED_PROXIES: '10.0.0.1, 10.1.0.0/16,::1' }).trustedProxies).toEqual(['10.0.0.1', '10.1.0.0/16', '::1']);
    expect(() => loadConfig({ TAWASUL_TRUSTED_PROXIES: '10.0.0.300' })).toThrow(/TAWASUL_TRUSTED_PROXIES/);
    expect(() => loadConfig({ TAWASUL_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TAWASUL_TRUSTED_PROXIES/);
  });

  it('without trusted proxies, X-Forwarded-For is ignored: a forged header does not escape the backoff', async () => {
    const email = 'agent@southern.demo';
    for (let i = 0; i < 5; i++) {
      expect((await login(email, `wrong-${i}`, '10.45.0.1', { 'x-forwarded-for': `198.51.100.${i}` })).statusCode).toBe(401);
    }
    const forged = await login(email, 'wrong', '10.45.0.1', { 'x-forwarded-for': '198.51.100.99' });
    expect(forged.statusCode).toBe(429);
    const rows = await signInRows('auth.login.failed', String(await staffId(email)));
    expect(rows.map((r) => afterOf(r).ip)).toEqual(Array(5).fill('10.45.0.1'));
  });

  it('behind a trusted proxy, the forwarded address is the client; an untrusted peer cannot forge it', async () => {
    const p = await createTestApp({ trustedProxies: ['127.0.0.1'] });
    try {
      const email = 'officer@muharraq.demo';
      for (let i = 0; i < 5; i++) {
        expect((await login(email, `wrong-${i}`, '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }, p.app)).statusCode).toBe(401);
      }
      expect((await login(email, inject('testPassword'), '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }, p.app)).statusCode).toBe(429);
      // Another client behind the same proxy is a different address.
      expect((await login(email, inject('testPassword'), '127.0.0.1', { 'x-forwarded-for': '203.0.113.10' }, p.app)).statusCode).toBe(200);
      // A peer that is not a trusted proxy: its header is not believed.
      expect((await login(email, 'wrong', '10.46.0.1', { 'x-forwarded-for': '203.0.113.11' }, p.app)).statusCode).toBe(401);
      const rows = await p.ctx.database.db.selectFrom('audit_log').select(['action', 'after']).where('target_type', '=', 'staff_sign_in').orderBy('id').execute();
      expect(rows.map((r) => [r.action, afterOf(r).ip])).toEqual([
        ...Array(5).fill(['auth.login.failed', '203.0.113.9']),
        ['auth.login', '203.0.113.10'],
        ['auth.login.failed', '10.46.0.1'],
      ]);
    } finally {
      await p.close();
    }
  }, 60_000);
});

describe('sign-ins are in the audit log, without secrets', () => {
  it('staff: success and failure with the address, never the password', async () => {
    const email = 'entity_admin@southern.demo';
    const id = String(await staffId(email));
    expect((await login(email, 'a-wrong-secret-guess', '10.47.0.1', { 'user-agent': 'test-agent/1' })).statusCode).toBe(401);
    expect((await login('nobody-at-all@southern.demo', 'another-secret-guess', '10.47.0.1')).statusCode).toBe(401);
    expect((await login(email, inject('testPassword'), '10.47.0.2')).statusCode).toBe(200);
    const failed = await signInRows('auth.login.failed', id);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ target_type: 'staff_sign_in', actor_staff_id: null });
    expect(afterOf(failed[0]!)).toEqual({ ip: '10.47.0.1', userAgent: 'test-agent/1' });
    const ok = await signInRows('auth.login', id);
    expect(ok).toHaveLength(1);
    expect(afterOf(ok[0]!).ip).toBe('10.47.0.2');
    const unknown = (await signInRows('auth.login.failed')).filter((r) => afterOf(r).email === 'nobody-at-all@southern.demo');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.target_id).toBeNull();
    const all = JSON.stringify(await db().selectFrom('audit_log').selectAll().execute());
    for (const secret of ['a-wrong-secret-guess', 'another-secret-guess', inject('testPassword')]) expect(all).not.toContain(secret);
  });

  it('citizens: code sign-in and wrong codes with the address, never the code, the address masked', async () => {
    const s = await signInCitizen(t.app, t.notifier, '36470001', '+97336470001');
    const code = t.notifier.last('+97336470001')!.params.code!;
    const ok = await signInRows('auth.otp', String(s.user.id));
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ target_type: 'citizen_sign_in' });
    expect(afterOf(ok[0]!)).toMatchObject({ ip: '127.0.0.1', channel: 'phone' });

    await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone: '36470002' }, remoteAddress: '10.47.1.1' });
    const sent = t.notifier.last('+97336470002')!.params.code!;
    const bad = sent === '123456' ? '654321' : '123456';
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36470002', code: bad }, remoteAddress: '10.47.1.1' })).statusCode).toBe(401);
    const failed = (await signInRows('auth.otp.failed')).filter((r) => afterOf(r).ip === '10.47.1.1');
    expect(failed).toHaveLength(1);
    expect(afterOf(failed[0]!).address).toBe('+973***02');
    const all = JSON.stringify(await db().selectFrom('audit_log').selectAll().where('target_type', '=', 'citizen_sign_in').execute());
    for (const secret of [code, sent, bad, '36470002']) expect(all).not.toContain(secret);
  });
});

describe('one password policy everywhere', () => {
  const weak = ['short-pw1', 'aaaaaaaaaaaaaaaa', 'abababababababab', 'password1234', '123456789012', 'abcdefghijklmn', 'QWERTYUIOPASDF'];

  it('the policy refuses weak passwords and accepts good ones', () => {
    for (const pw of weak) expect(passwordProblem(pw), pw).toBeTypeOf('string');
    expect(passwordProblem('layla.hassan-2026', { email: 'layla.hassan@capital.example' })).toMatch(/email/);
    for (const pw of ['a-long-initial-password', 'correct horse battery', 'test-password-1']) expect(passwordProblem(pw), pw).toBeUndefined();
  });

  it('staff creation by an administrator refuses each weak password with weak_password', async () => {
    const admin = await signInStaff(t.app, 'entity_admin@capital.demo');
    for (const password of [...weak, 'new.person.x-2026']) {
      const res = await t.app.inject(
        as(admin, { method: 'POST', url: '/api/v1/admin/staff', payload: { email: 'new.person.x@capital.example', name: 'New Person', role: 'officer', entity: 'capital', password } }),
      );
      expect(res.statusCode, password).toBe(400);
      expect(res.json().errors, password).toEqual([expect.objectContaining({ path: 'password', code: 'weak_password' })]);
    }
  });

  it('the password-reset link refuses each weak password with weak_password, and stays usable', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'officer@capital.demo' } });
    const token = new URL(t.notifier.last('officer@capital.demo')!.params.link!).searchParams.get('token')!;
    for (const password of [...weak, 'officer-and-gentleman']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password } });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().errors, password).toEqual([expect.objectContaining({ path: 'password', code: 'weak_password' })]);
    }
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password: 'a-strong-new-passphrase' } });
    expect(ok.statusCode).toBe(204);
  });

  it('the command line refuses each weak password with weak_password', async () => {
    const errorsSeen: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void errorsSeen.push(String(m)));
    const before = process.env.TAWASUL_PASSWORD;
    try {
      for (const password of weak) {
        process.env.TAWASUL_PASSWORD = password;
        expect(await userCommand(t.ctx.database, ['add', '--email', 'cli.person@capital.demo', '--name', 'x', '--role', 'officer', '--entity', 'capital'])).toBe(2);
        expect(await userCommand(t.ctx.database, ['passwd', 'officer@northern.demo'])).toBe(2);
      }
    } finally {
      spy.mockRestore();
      if (before === undefined) delete process.env.TAWASUL_PASSWORD;
      else process.env.TAWASUL_PASSWORD = before;
    }
    expect(errorsSeen).toHaveLength(weak.length * 2);
    for (const line of errorsSeen) expect(line).toMatch(/weak_password/);
    expect(await db().selectFrom('staff_users').select('id').where('email', '=', 'cli.person@capital.demo').execute()).toEqual([]);
  });
});

describe('staff sessions end after an idle time', () => {
  const lastSeen = async (email: string) =>
    (await db().selectFrom('sessions as s').innerJoin('staff_users as u', 'u.id', 's.staff_id').select('s.last_seen_at').where('u.email', '=', email).executeTakeFirstOrThrow()).last_seen_at;
  const idleFor = (email: string, minutes: number) =>
    sql`update sessions set last_seen_at = now() - make_interval(secs => ${minutes * 60}) where staff_id = (select id from staff_users where email = ${email})`.execute(db());

  it('reads TAWASUL_SESSION_IDLE_MINUTES (default 60)', () => {
    expect(loadConfig({}).sessionIdleMinutes).toBe(60);
    expect(loadConfig({ TAWASUL_SESSION_IDLE_MINUTES: '15' }).sessionIdleMinutes).toBe(15);
  });

  it('a request keeps the session alive (written at most once a minute); past the idle time it ends', async () => {
    const email = 'supervisor@northern.demo';
    const s = await signInStaff(t.app, email);
    const me = () => t.app.inject(as(s, { url: '/api/v1/auth/me' }));

    await idleFor(email, 0.5);
    const recent = new Date(await lastSeen(email)).getTime();
    expect((await me()).statusCode).toBe(200);
    expect(new Date(await lastSeen(email)).getTime()).toBe(recent); // under a minute: no write

    await idleFor(email, 45);
    expect((await me()).statusCode).toBe(200);
    expect(Date.now() - new Date(await lastSeen(email)).getTime()).toBeLessThan(60_000); // touched

    await idleFor(email, 61);
    expect((await me()).statusCode).toBe(401);
  });

  it('a citizen session is not ended by the staff idle time', async () => {
    const s = await signInCitizen(t.app, t.notifier, '36480001', '+97336480001');
    await sql`update sessions set last_seen_at = now() - interval '3 hours' where citizen_id = ${s.user.id}`.execute(db());
    expect((await t.app.inject(as(s, { url: '/api/v1/auth/me' }))).statusCode).toBe(200);
  });
});
