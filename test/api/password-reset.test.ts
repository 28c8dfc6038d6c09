import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authLimits } from '../../src/server/auth/auth.service.ts';
import { buildStaff, type BuiltStaff } from '../support/factories.ts';
import { signInStaff } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

let ipCounter = 0;
const freshIp = () => `10.21.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;
const ask = (email: string, ip = freshIp()) => t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email }, remoteAddress: ip });
const confirm = (token: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password } });
const me = (cookie: string) => t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });

/** Asks for a link for a staff member and answers the token of the email sent. */
async function linkFor(staff: BuiltStaff): Promise<string> {
  expect((await ask(staff.email)).statusCode).toBe(202);
  const sent = t.notifier.last(staff.email);
  expect(sent?.template).toBe('password_reset');
  return new URL(String(sent!.params.link)).searchParams.get('token')!;
}

describe('forgot password', () => {
  it("emails a link to the staff sign-in's reset page in the person's language, valid 30 minutes, its token stored hashed", async () => {
    const staff = await buildStaff(t.app, { language: 'en' });
    const token = await linkFor(staff);
    const sent = t.notifier.last(staff.email)!;
    expect(sent.channel).toBe('email');
    expect(sent.language).toBe('en');
    expect(String(sent.params.link)).toBe(`${t.config.publicUrl}/staff/reset?token=${token}`);
    const row = await t.ctx.database.db.selectFrom('password_resets').select(['token_hash', 'created_at', 'expires_at']).where('staff_id', '=', staff.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const seconds = (new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()) / 1000;
    expect(Math.abs(seconds - 30 * 60)).toBeLessThan(5);

    const arabic = await buildStaff(t.app, { language: 'ar' });
    await linkFor(arabic);
    expect(t.notifier.last(arabic.email)!.language).toBe('ar');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const staff = await buildStaff(t.app);
    const before = t.notifier.sent.length;
    const unknown = await ask('nobody-here@test.example');
    expect(t.notifier.sent.length).toBe(before);
    const known = await ask(staff.email);
    expect(t.notifier.sent.length).toBe(before + 1);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
  });

  it('sets the new password once: the link then refuses, the other sessions end, the old password stops working', async () => {
    const staff = await buildStaff(t.app);
    const earlier = await signInStaff(t.app, staff.email, staff.password);
    expect((await me(earlier.cookie)).statusCode).toBe(200);
    const token = await linkFor(staff);
    const weak = await confirm(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].code).toBe('weak_password');
    expect((await confirm(token, 'a-brand-new-passphrase')).statusCode).toBe(204);
    const twice = await confirm(token, 'another-new-passphrase');
    expect(twice.statusCode).toBe(400);
    expect(twice.json().code).toBe('invalid_token');
    expect((await me(earlier.cookie)).statusCode).toBe(401);
    const login = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: staff.email, password }, remoteAddress: freshIp() });
    expect((await login(staff.password)).statusCode).toBe(401);
    expect((await login('a-brand-new-passphrase')).statusCode).toBe(200);
  });

  it('refuses an expired link', async () => {
    const staff = await buildStaff(t.app);
    const token = await linkFor(staff);
    await t.ctx.database.db.updateTable('password_resets').set({ expires_at: new Date(Date.now() - 1000) }).where('staff_id', '=', staff.id).execute();
    const res = await confirm(token, 'a-brand-new-passphrase');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_token');
  });

  it('throttles per email address (known or not, from any client address) and per client address', async () => {
    const staff = await buildStaff(t.app);
    for (const email of [staff.email, 'nobody-else@test.example']) {
      for (let i = 0; i < authLimits.resetsPerEmailPerWindow; i++) expect((await ask(email)).statusCode).toBe(202);
      const over = await ask(email.toUpperCase());
      expect(over.statusCode).toBe(429);
      expect(over.json().code).toBe('rate_limited');
    }
    const ip = freshIp();
    for (let i = 0; i < authLimits.resetsPerIpPerWindow; i++) expect((await ask(`someone-${i}@test.example`, ip)).statusCode).toBe(202);
    expect((await ask('one-more@test.example', ip)).statusCode).toBe(429);
  });
});
