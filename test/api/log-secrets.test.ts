/**
 * No secrets in the logs: a full round trip at level `trace` — submit, track by token (query and
 * header), staff sign-in, citizen one-time code, password reset, Open311 posts with the key in the
 * query and the body, a relay message, and requests that fail validation or parsing with a secret
 * in them — then every secret value the trip handled is looked for in the captured log text.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { safeUrl, safeUrlsIn } from '../../src/server/http/log-redaction.ts';
import { OutboxNotifier } from '../../src/server/notify/notifier.ts';
import { signRelayBody } from '../../src/server/inbound/relay-signature.ts';
import { caseInput } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const lines: string[] = [];
const relaySecret = 'relay-secret-5f1c9e2d7a';

beforeAll(async () => {
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  t = await createTestApp(
    {
      logLevel: 'trace',
      // Not a demo database: a demo's messages are shown whole in the log (see ConsoleTransport).
      demo: false,
      inbound: { secrets: { whatsapp: [relaySecret], social: [], email: [] }, toleranceSeconds: 300, serviceCode: 'general_inquiry' },
    },
    { logTo: capture },
  );
});
afterAll(() => t?.close());

/** The value of the session cookie in a response's Set-Cookie. */
function cookieValue(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const pair = first!.split(';')[0]!;
  return pair.slice(pair.indexOf('=') + 1);
}

describe('the log of a full round trip', () => {
  it('holds none of the secrets the trip handled, at level trace', async () => {
    const secrets = new Map<string, string>();
    const keep = (name: string, value: string | undefined) => {
      expect(value, name).toBeTruthy();
      expect(value!.length, `${name} is long enough to search for`).toBeGreaterThanOrEqual(6);
      secrets.set(name, value!);
    };

    // A citizen submits a case and tracks it by its token, in the query string and in the header.
    const made = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: caseInput({ contact: { phone: '36771122' } }) });
    expect(made.statusCode, made.body).toBe(201);
    const { reference, trackingToken } = made.json() as { reference: string; trackingToken: string };
    keep('tracking token', trackingToken);
    expect((await t.app.inject({ url: `/api/v1/cases/${reference}?token=${encodeURIComponent(trackingToken)}` })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/cases/${reference}`, headers: { 'x-tracking-token': trackingToken } })).statusCode).toBe(200);
    // A wrong token is a secret guess too, and a failure logs more.
    const guess = 'guessed-token-8a7b6c5d4e';
    keep('guessed token', guess);
    expect((await t.app.inject({ url: `/api/v1/cases/${reference}?token=${guess}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/cases/${reference}?token=${guess}&other=1` })).statusCode).toBe(400);

    // Staff sign in with a password; the session cookie then rides on a request.
    const password = inject('testPassword');
    keep('staff password', password);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'officer@ministry.demo', password } });
    expect(login.statusCode, login.body).toBe(200);
    const staffCookie = cookieValue(login.headers['set-cookie']);
    keep('staff session', staffCookie);
    keep('staff csrf', login.json().csrfToken);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `tawasul_session=${staffCookie}`, 'x-csrf-token': login.json().csrfToken } });
    expect(me.statusCode).toBe(200);
    const wrong = 'Wrong-Password-31337';
    keep('wrong password', wrong);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'officer@ministry.demo', password: wrong } })).statusCode).toBe(401);

    // A citizen signs in with a one-time code.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone: '36771122' } })).statusCode).toBe(202);
    const code = t.notifier.last('+97336771122')!.params.code!;
    keep('one-time code', code);
    const verified = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36771122', code } });
    expect(verified.statusCode, verified.body).toBe(200);
    keep('citizen session', cookieValue(verified.headers['set-cookie']));

    // A password reset: the request, then the confirmation with the link's token and a new password.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'analyst@ministry.demo' } })).statusCode).toBe(202);
    const resetToken = new URL(t.notifier.last('analyst@ministry.demo')!.params.link!).searchParams.get('token')!;
    keep('reset token', resetToken);
    const newPassword = 'A-new-Passphrase-90210';
    keep('new password', newPassword);
    const confirmed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token: resetToken, password: newPassword } });
    expect(confirmed.statusCode, confirmed.body).toBe(204);

    // Open311 posts: the key in the query string, then in the form body.
    const { key } = await t.ctx.apikeys.create({ name: 'log check' });
    keep('api key', key);
    const form = (fields: Record<string, string>) => new URLSearchParams({ service_code: 'pothole', lat: '26.23', long: '50.58', description: 'حفرة في الطريق', ...fields }).toString();
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };
    const byQuery = await t.app.inject({ method: 'POST', url: `/open311/v2/requests.json?api_key=${key}`, payload: form({}), headers: formHeaders });
    expect(byQuery.statusCode, byQuery.body).toBe(200);
    const byBody = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.xml', payload: form({ api_key: key }), headers: formHeaders });
    expect(byBody.statusCode, byBody.body).toBe(200);
    const badKey = 'not-a-real-key-4f3e2d1c';
    keep('wrong api key', badKey);
    expect((await t.app.inject({ method: 'POST', url: `/open311/v2/requests.json?api_key=${badKey}`, payload: form({}), headers: formHeaders })).statusCode).toBe(403);

    // A relay message, signed.
    const raw = JSON.stringify({ messageId: 'wa-log-1', from: { phone: '+97336881122' }, text: 'الإنارة مطفأة في شارعنا' });
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = signRelayBody(relaySecret, ts, raw);
    keep('relay signature', signature.replace(/^sha256=/, ''));
    keep('relay secret', relaySecret);
    const relayed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/inbound/whatsapp',
      payload: raw,
      headers: { 'content-type': 'application/json', 'x-tawasul-timestamp': ts, 'x-tawasul-signature': signature },
    });
    expect(relayed.statusCode, relayed.body).toBe(201);
    const relayToken = new URL(relayed.json().trackingUrl).searchParams.get('token') ?? new URL(relayed.json().trackingUrl).hash;
    if (relayToken) keep('relay tracking token', relayToken);

    // Requests that fail validation or parsing with a secret in them.
    const inBody = 'Secret-In-Body-7e6d5c4b';
    keep('secret in a refused body', inBody);
    const tooLong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone: '36771122', code: `${inBody}${'9'.repeat(30)}` } });
    expect(tooLong.statusCode).toBe(400);
    const extra = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'x@example.com', password: inBody, [inBody]: inBody } });
    expect(extra.statusCode).toBe(400);
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: `{"email":"x@example.com","password":"${inBody}`, headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    const badReset = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token: `${inBody}-reset`, password: 'short' } });
    expect(badReset.statusCode).toBeGreaterThanOrEqual(400);
    const badCaseToken = await t.app.inject({ url: `/api/v1/cases/${reference}?token=${inBody}&token=${inBody}` });
    expect(badCaseToken.statusCode).toBeGreaterThanOrEqual(400);
    const openBad = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: `api_key=${inBody}&service_code=%ZZ`, headers: formHeaders });
    expect(openBad.statusCode).toBeGreaterThanOrEqual(400);

    // Without SMTP or an SMS gateway, messages are delivered to the log: the acknowledgement (with
    // the tracking link) and a one-time code go that way, and must arrive there without their secrets.
    const outboxCode = '482913';
    keep('one-time code sent through the outbox', outboxCode);
    await new OutboxNotifier(t.ctx.database.db).send({ channel: 'sms', to: '+97336771199', language: 'en', template: 'otp_code', params: { code: outboxCode, minutes: '10' } });
    const delivered = await t.ctx.notify.dispatcher.drain();
    expect(delivered.sent, JSON.stringify(delivered)).toBeGreaterThanOrEqual(2);
    expect(lines.join('')).toContain('[sms to +97336771199]');

    const log = lines.join('');
    expect(log.length, 'the logger wrote at trace').toBeGreaterThan(1000);
    expect(log).toContain('incoming request');
    const found = [...secrets].filter(([, value]) => log.includes(value) || log.includes(encodeURIComponent(value)));
    expect(found.map(([name]) => name), found.map(([name, v]) => `${name}: ${lines.find((l) => l.includes(v) || l.includes(encodeURIComponent(v)))}`).join('\n')).toEqual([]);
  });
});

describe('the URL written to the log', () => {
  it('loses the value of every secret-named query parameter, and keeps the rest', () => {
    expect(safeUrl('/api/v1/cases/26-0000001-4?token=abc&lang=ar')).toBe('/api/v1/cases/26-0000001-4?token=[redacted]&lang=ar');
    expect(safeUrl('/open311/v2/requests.json?API_KEY=k1&apiKey=k2&service_code=pothole')).toBe('/open311/v2/requests.json?API_KEY=[redacted]&apiKey=[redacted]&service_code=pothole');
    expect(safeUrl('/staff/reset?reset%5Ftoken=t&x=1#token=f')).toBe('/staff/reset?reset%5Ftoken=[redacted]&x=1');
    expect(safeUrl('/x?password=p&otp=1&signature=s&session=z&q=%D8')).toBe('/x?password=[redacted]&otp=[redacted]&signature=[redacted]&session=[redacted]&q=%D8');
    expect(safeUrlsIn('see https://t.example/track/1?token=abc. or http://a/b?code=9')).toBe('see https://t.example/track/1?token=[redacted]. or http://a/b?code=[redacted]');
  });
});
