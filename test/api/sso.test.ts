import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHousekeeping } from '../../src/server/housekeeping/housekeeping.loops.ts';
import { installErrorHandling } from '../../src/server/http/error-handler.ts';
import { ssoRoutes } from '../../src/server/sso/sso.routes.ts';
import type { SsoRoleRule } from '../../src/server/sso/sso.config.ts';
import { buildEntity, buildUnit } from '../support/factories.ts';
import { Browser, freePort, startTestProvider, type TestProvider } from '../support/oidc-provider.ts';
import { signInStaff } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Staff single sign-on against a real OpenID provider on this machine, through real HTTP: the app
 * listens on 127.0.0.1, the provider (oidc-provider) signs people in on its own pages, and a
 * browser with cookies follows the redirects between them.
 */

let t: TestApp;
let op: TestProvider;
let appUrl: string;
const roleMap: SsoRoleRule[] = [];
const client = { id: 'tawasul-staff', secret: 'a-client-secret-for-the-test-provider' };
let entity: { code: string };
let unit: { code: string };

beforeAll(async () => {
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  op = await startTestProvider(appUrl, client);
  t = await createTestApp({
    cookieSecure: false,
    publicUrl: appUrl,
    oidc: {
      issuer: op.issuer,
      clientId: client.id,
      clientSecret: client.secret,
      redirectUrl: `${appUrl}/api/v1/auth/sso/callback`,
      postLogoutRedirectUrl: `${appUrl}/staff`,
      groupsClaim: 'groups',
      roleMap,
      providerName: 'Gov ID',
    },
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  entity = await buildEntity(t.app);
  unit = await buildUnit(t.app, { parent: entity.code });
  // First match wins: the supervisors' group is listed before the officers'.
  roleMap.push(
    { group: 'tawasul-supervisors', role: 'supervisor', entity: entity.code },
    { group: 'tawasul-officers', role: 'officer', entity: entity.code, unit: unit.code },
  );
}, 180_000);
afterAll(async () => {
  await t?.close();
  await op?.close();
});

const callback = (u: URL) => u.pathname === '/api/v1/auth/sso/callback';

/** Signs `login` in through the provider in a browser; answers the callback's answer and the browser. */
async function signIn(login: string, browser = new Browser(), next = '/staff/cases/26-0000001-7') {
  const { res } = await browser.navigate(`${appUrl}/api/v1/auth/sso/start?next=${encodeURIComponent(next)}`, login, callback);
  return { status: res.status, location: res.headers.get('location') ?? '', browser, session: browser.cookies(appUrl).get('tawasul_session') };
}

async function me(session: string | undefined) {
  const res = await fetch(`${appUrl}/api/v1/auth/me`, { headers: session ? { cookie: `tawasul_session=${session}` } : {} });
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as { csrfToken: string; user: { id: number; role: string; email: string; entity: { code: string } } }) : null };
}

const staffRow = (email: string) =>
  t.ctx.database.db.selectFrom('staff_users').select(['id', 'role', 'entity_id', 'unit_id', 'active', 'password_hash', 'sso_subject', 'name']).where('email', '=', email).executeTakeFirst();

describe('staff sign-in through the identity provider', () => {
  it('the first sign-in provisions the account with the mapped role, entity and unit, no password, and opens the page asked for', async () => {
    op.people.set('amal', { email: 'Amal@Gov.example', name: 'Amal Y.', groups: ['tawasul-officers', 'unrelated'] });
    const first = await signIn('amal');
    expect(first.status).toBe(303);
    expect(first.location).toBe('/staff/cases/26-0000001-7');
    const who = await me(first.session);
    expect(who.status).toBe(200);
    expect(who.body!.user).toMatchObject({ role: 'officer', email: 'amal@gov.example', entity: { code: entity.code } });
    const row = (await staffRow('amal@gov.example'))!;
    const unitId = (await t.ctx.access.entityByCode(unit.code))!.id;
    expect(row).toMatchObject({ role: 'officer', unit_id: unitId, active: true, password_hash: null, sso_subject: 'amal', name: 'Amal Y.' });
    // A password sign-in to the same email is refused: the account has no password.
    const pw = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'amal@gov.example', password: 'anything-at-all' } });
    expect(pw.statusCode).toBe(401);
  });

  it('a later sign-in updates the role from the groups (the first rule that matches decides) and keeps one account', async () => {
    op.people.set('badr', { email: 'badr@gov.example', name: 'Badr', groups: ['tawasul-officers'] });
    const first = await signIn('badr');
    expect((await me(first.session)).body!.user.role).toBe('officer');
    const id = (await staffRow('badr@gov.example'))!.id;

    op.people.set('badr', { email: 'badr.k@gov.example', name: 'Badr K.', groups: ['tawasul-officers', 'tawasul-supervisors'] });
    const second = await signIn('badr');
    expect((await me(second.session)).body!.user).toMatchObject({ id, role: 'supervisor', email: 'badr.k@gov.example' });
    expect(await staffRow('badr@gov.example')).toBeUndefined();
    expect(await staffRow('badr.k@gov.example')).toMatchObject({ id, role: 'supervisor', unit_id: null });
    const audit = await t.ctx.database.db.selectFrom('audit_log').select('action').where('target_id', '=', String(id)).where('target_type', '=', 'staff_user').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['staff.sso.provisioned', 'staff.sso.updated']));
  });

  it('when the groups no longer map to a role, the account is disabled, its sessions end, and sign-in is refused with the reason', async () => {
    op.people.set('dana', { email: 'dana@gov.example', name: 'Dana', groups: ['tawasul-supervisors'] });
    const earlier = await signIn('dana');
    expect((await me(earlier.session)).status).toBe(200);

    op.people.set('dana', { email: 'dana@gov.example', name: 'Dana', groups: ['library-readers'] });
    const refused = await signIn('dana');
    expect(refused.status).toBe(303);
    expect(refused.location).toBe('/staff?ssoError=no_role');
    expect(refused.session).toBeUndefined();
    expect((await staffRow('dana@gov.example'))!.active).toBe(false);
    expect((await me(earlier.session)).status).toBe(401);

    // Back in a mapped group, the account stays disabled until an administrator enables it.
    op.people.set('dana', { email: 'dana@gov.example', name: 'Dana', groups: ['tawasul-supervisors'] });
    const again = await signIn('dana');
    expect(again.location).toBe('/staff?ssoError=disabled');
    expect(again.session).toBeUndefined();
  });

  it('a person whose groups map to nothing is refused and no account is made', async () => {
    op.people.set('faisal', { email: 'faisal@gov.example', name: 'Faisal', groups: [] });
    const refused = await signIn('faisal');
    expect(refused.location).toBe('/staff?ssoError=no_role');
    expect(refused.session).toBeUndefined();
    expect(await staffRow('faisal@gov.example')).toBeUndefined();
  });

  it('an email a local password account already has is refused, not linked to it', async () => {
    op.people.set('intruder', { email: 'coordinator@ministry.demo', name: 'Not the coordinator', groups: ['tawasul-supervisors'] });
    const refused = await signIn('intruder');
    expect(refused.location).toBe('/staff?ssoError=email_taken');
    expect((await staffRow('coordinator@ministry.demo'))!.sso_subject).toBeNull();
  });

  it('a next that leaves the staff workspace is replaced by the workspace', async () => {
    op.people.set('ghada', { email: 'ghada@gov.example', name: 'Ghada', groups: ['tawasul-officers'] });
    for (const next of ['//evil.example/x', 'https://evil.example/', '/staff/..//evil.example', '/api/v1/cases']) {
      const done = await signIn('ghada', new Browser(), next);
      expect(done.location, next).toBe('/staff');
    }
  });
});

describe('the provider answer is checked', () => {
  /** Runs a sign-in up to the provider's answer without handing it to the app: the callback URL it carries. */
  const answerFor = (login: string, browser: Browser) => browser.until(`${appUrl}/api/v1/auth/sso/start`, login, callback);

  it('a state that does not match the sign-in started is refused', async () => {
    op.people.set('hana', { email: 'hana@gov.example', name: 'Hana', groups: ['tawasul-officers'] });
    const browser = new Browser();
    // The stop callback sees the URL after the request was made; replay the answer with another state in a fresh sign-in.
    const answered = await answerFor('hana', browser);
    expect(answered.searchParams.get('code')).toBeTruthy();
    const tampered = new URL(answered);
    tampered.searchParams.set('state', 'not-the-state');
    const res = await browser.request(tampered.href);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff?ssoError=failed');
    expect(browser.cookies(appUrl).get('tawasul_session')).toBeUndefined();
  });

  it('a nonce that does not match the ID token is refused', async () => {
    op.people.set('iman', { email: 'iman@gov.example', name: 'Iman', groups: ['tawasul-officers'] });
    const browser = new Browser();
    const start = await browser.request(`${appUrl}/api/v1/auth/sso/start`);
    expect(start.status).toBe(302);
    // The sign-in in progress is changed after the provider was asked: its nonce is no longer the token's.
    await t.ctx.database.db.updateTable('sso_sign_ins').set({ nonce: 'another-nonce' }).where('used_at', 'is', null).execute();
    const { res } = await browser.navigate(start.headers.get('location')!, 'iman', callback);
    expect(res.headers.get('location')).toBe('/staff?ssoError=failed');
    expect(await staffRow('iman@gov.example')).toBeUndefined();
  });

  it('an answer brought to another browser (no sign-in started there) is refused', async () => {
    op.people.set('jamal', { email: 'jamal@gov.example', name: 'Jamal', groups: ['tawasul-officers'] });
    const answered = await answerFor('jamal', new Browser());
    const other = new Browser();
    const res = await other.request(answered.href);
    expect(res.headers.get('location')).toBe('/staff?ssoError=failed');
    expect(other.cookies(appUrl).get('tawasul_session')).toBeUndefined();
  });
});

describe('signing out', () => {
  it('RP-initiated: ends the session here and answers the provider sign-out page, which returns to the workspace', async () => {
    op.people.set('kawthar', { email: 'kawthar@gov.example', name: 'Kawthar', groups: ['tawasul-officers'] });
    const { session, browser } = await signIn('kawthar');
    const csrf = (await me(session)).body!.csrfToken;
    const res = await browser.request(`${appUrl}/api/v1/auth/sso/logout`, { method: 'POST', headers: { 'x-csrf-token': csrf } });
    expect(res.status).toBe(200);
    const { redirectTo } = (await res.json()) as { redirectTo: string };
    expect(redirectTo.startsWith(`${op.issuer}/session/end`)).toBe(true);
    expect(new URL(redirectTo).searchParams.get('post_logout_redirect_uri')).toBe(`${appUrl}/staff`);
    expect((await me(session)).status).toBe(401);
    const back = await browser.until(redirectTo, 'kawthar', (u) => u.origin === appUrl);
    expect(back.href).toBe(`${appUrl}/staff`);
  });

  it('a local account signing out gets no provider page', async () => {
    const local = await signInStaff(t.app, 'officer@capital.demo');
    const cookie = local.cookie;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sso/logout', headers: { cookie, 'x-csrf-token': local.csrf } });
    expect(res.json()).toEqual({ redirectTo: null });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('back-channel: signing out at the provider ends every session of that person here', async () => {
    op.people.set('laila', { email: 'laila@gov.example', name: 'Laila', groups: ['tawasul-officers'] });
    const one = await signIn('laila');
    const two = await signIn('laila');
    expect((await me(one.session)).status).toBe(200);
    expect((await me(two.session)).status).toBe(200);
    const delivered = op.backchannel.length;
    // Signed out at the provider itself (its own sign-out page), in the browser of the second sign-in.
    await two.browser.until(`${op.issuer}/session/end?client_id=${client.id}`, 'laila', (u) => u.pathname === '/session/end/success');
    await expect.poll(() => op.backchannel.slice(delivered), { timeout: 5000 }).toEqual([200]);
    expect((await me(one.session)).status).toBe(401);
    expect((await me(two.session)).status).toBe(401);
  });

  it('a logout token that is not signed by the provider is refused and ends nothing', async () => {
    op.people.set('maha', { email: 'maha@gov.example', name: 'Maha', groups: ['tawasul-officers'] });
    const { session } = await signIn('maha');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'logout+jwt' })).toString('base64url');
    const claims = Buffer.from(
      JSON.stringify({ iss: op.issuer, aud: client.id, sub: 'maha', iat: Math.floor(Date.now() / 1000), jti: 'x', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } }),
    ).toString('base64url');
    const res = await fetch(`${appUrl}/api/v1/auth/sso/backchannel-logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ logout_token: `${header}.${claims}.` }).toString(),
    });
    expect(res.status).toBe(400);
    expect((await me(session)).status).toBe(200);
  });
});

describe('housekeeping', () => {
  it('purges sign-ins through the provider once used or expired past the retention of codes, and keeps the others', async () => {
    const db = t.ctx.database.db;
    const hours = (h: number) => new Date(Date.now() + h * 3600_000);
    const id = (n: number) => String(n).padStart(64, 'e');
    const row = (n: number, expiresAt: Date, usedAt: Date | null) => ({ id: id(n), state: 's', nonce: 'n', code_verifier: 'v', next_path: '/staff', expires_at: expiresAt, used_at: usedAt });
    await db.insertInto('sso_sign_ins').values([row(1, hours(-48), null), row(2, hours(1), hours(-48)), row(3, hours(1), null), row(4, hours(-1), null)]).execute();
    const result = await createHousekeeping(db, t.ctx.config, t.ctx.log).run();
    expect(result.ssoSignIns).toBeGreaterThanOrEqual(2);
    const left = (await db.selectFrom('sso_sign_ins').select('id').where('id', 'in', [id(1), id(2), id(3), id(4)]).execute()).map((r) => r.id);
    expect(left.sort()).toEqual([id(3), id(4)]);
  });
});

describe('without a provider configured', () => {
  it('the sign-on routes answer 404', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installErrorHandling(app);
    await app.register(fastifyCookie);
    await app.register(ssoRoutes(null, { cookieSecure: false }, null));
    try {
      for (const [method, url] of [
        ['GET', '/api/v1/auth/sso/start'],
        ['GET', '/api/v1/auth/sso/callback?code=x&state=y'],
        ['POST', '/api/v1/auth/sso/logout'],
      ] as const) {
        const res = await app.inject({ method, url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json().code).toBe('not_found');
      }
    } finally {
      await app.close();
    }
  });
});
