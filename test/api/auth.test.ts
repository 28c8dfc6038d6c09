import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase } from '../support/factories.ts';
import { as, signInCitizen, signInStaff } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { inject } from 'vitest';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

describe('staff sign-in', () => {
  it('sets an HttpOnly, Secure, SameSite session cookie and answers the CSRF token', async () => {
    const res = await login('officer@capital.demo', inject('testPassword'));
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^tawasul_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(res.json()).toMatchObject({ csrfToken: expect.any(String), user: { kind: 'staff', role: 'officer', entity: { code: 'capital' } } });
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookie.split(';')[0] } });
    expect(me.json().user.email).toBe('officer@capital.demo');
    expect(me.json().csrfToken).toBe(res.json().csrfToken);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await login('supervisor@capital.demo', 'not-the-password');
    const unknown = await login('nobody@capital.demo', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('slows an address down after five failures, even against the right password, but not another address', async () => {
    for (let i = 0; i < 5; i++) expect((await login('analyst@northern.demo', `wrong-${i}`, '10.0.1.1')).statusCode).toBe(401);
    const slowed = await login('analyst@northern.demo', inject('testPassword'), '10.0.1.1');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().code).toBe('rate_limited');
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('analyst@northern.demo', inject('testPassword'), '10.0.1.2')).statusCode).toBe(200);
  });

  it('throttles one address that keeps failing across accounts', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await login(`nobody${i}@x.demo`, 'nope', '10.9.9.9')).statusCode;
    expect(last).toBe(429);
    const fromElsewhere = await login('agent@southern.demo', inject('testPassword'), '10.9.9.10');
    expect(fromElsewhere.statusCode).toBe(200);
  });

  it('signs out, and signs out everywhere', async () => {
    const a = await signInStaff(t.app, 'officer@northern.demo');
    const b = await signInStaff(t.app, 'officer@northern.demo');
    expect((await t.app.inject(as(a, { method: 'POST', url: '/api/v1/auth/logout', payload: { everywhere: true } }))).statusCode).toBe(204);
    for (const s of [a, b]) expect((await t.app.inject(as(s, { url: '/api/v1/auth/me' }))).statusCode).toBe(401);
  });

  it('resets a password through the emailed link; old sessions end; the link works once', async () => {
    const before = await signInStaff(t.app, 'supervisor@southern.demo');
    const ask = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'supervisor@southern.demo' } });
    expect(ask.statusCode).toBe(202);
    const link = t.notifier.last('supervisor@southern.demo')!.params.link!;
    const token = new URL(link).searchParams.get('token')!;
    const set = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password: 'a-new-long-password' } });
    expect(set.statusCode).toBe(204);
    expect((await t.app.inject(as(before, { url: '/api/v1/auth/me' }))).statusCode).toBe(401);
    expect((await login('supervisor@southern.demo', 'a-new-long-password')).statusCode).toBe(200);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password: 'another-long-password' } });
    expect(again.json().code).toBe('invalid_token');
    const audit = await t.ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'password.reset').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, or with a wrong one', async () => {
    const s = await signInStaff(t.app, 'officer@muharraq.demo');
    const c = await buildCase(t.app);
    const url = `/api/v1/cases/${c.reference}/actions/note`;
    const none = await t.app.inject({ method: 'POST', url, payload: { body: 'x', version: 1 }, headers: { cookie: s.cookie } });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('csrf_failed');
    const wrong = await t.app.inject({ method: 'POST', url, payload: { body: 'x', version: 1 }, headers: { cookie: s.cookie, 'x-csrf-token': 'guess' } });
    expect(wrong.json().code).toBe('csrf_failed');
    const right = await t.app.inject(as(s, { method: 'POST', url, payload: { body: 'x', version: 1 } }));
    expect(right.statusCode).toBe(200);
  });
});

describe('citizen one-time codes', () => {
  it('signs in with the code (Arabic-Indic digits accepted) and sees own cases across references', async () => {
    const mine = await buildCase(t.app, { contact: { phone: '36112233' } });
    await buildCase(t.app, { contact: { phone: '36998877' } });
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone: '+973 3611 2233' } });
    const code = t.notifier.last('+97336112233')!.params.code!;
    const arabic = code.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36112233', code: arabic } });
    expect(res.statusCode).toBe(200);
    const session = { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.json().csrfToken, user: res.json().user };
    const list = await t.app.inject(as(session, { url: '/api/v1/cases' }));
    expect(list.json().items.map((i: { reference: string }) => i.reference)).toEqual([mine.reference]);
    const view = await t.app.inject(as(session, { url: `/api/v1/cases/${mine.reference}` }));
    expect(view.statusCode).toBe(200);
    expect(view.json().allowedActions).toContain('citizen-reply');
  });

  it('stores codes hashed', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { email: 'hash@example.com' } });
    const code = t.notifier.last('hash@example.com')!.params.code!;
    const rows = await sql<{ code_hash: string }>`select code_hash from otp_codes where address = 'hash@example.com'`.execute(t.ctx.database.db);
    expect(rows.rows[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.rows[0]!.code_hash).not.toContain(code);
  });

  it('allows five attempts, then refuses even the right code', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone: '36554433' } });
    const code = t.notifier.last('+97336554433')!.params.code!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    const answers = [];
    for (let i = 0; i < 5; i++) {
      answers.push((await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36554433', code: wrongCode } })).statusCode);
    }
    expect(answers).toEqual([401, 401, 401, 401, 429]);
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36554433', code } });
    expect(right.statusCode).toBe(401);
  });

  it('limits codes per address and per IP', async () => {
    const ask = (phone: string, ip: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone }, remoteAddress: ip });
    const perAddress = [];
    for (let i = 0; i < 4; i++) perAddress.push((await ask('36777777', `10.1.0.${i}`)).statusCode);
    expect(perAddress).toEqual([202, 202, 202, 429]);
    const perIp = [];
    for (let i = 0; i < 11; i++) perIp.push((await ask(`3670000${i % 10}${i}`.slice(0, 8), '10.2.0.1')).statusCode);
    expect(perIp.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(perIp[10]).toBe(429);
  });

  it('a signed-in citizen submits without typing a contact, and the case is theirs', async () => {
    const s = await signInCitizen(t.app, t.notifier, '36121212', '+97336121212');
    const payload = { type: 'suggestion', serviceCode: 'tree_planting', description: 'زراعة أشجار في الحي', attributes: {} };
    const res = await t.app.inject(as(s, { method: 'POST', url: '/api/v1/cases', payload }));
    expect(res.statusCode, res.body).toBe(201);
    const list = await t.app.inject(as(s, { url: '/api/v1/cases' }));
    expect(list.json().items.map((i: { reference: string }) => i.reference)).toContain(res.json().reference);
  });
});
