import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authLimits } from '../../src/server/auth/auth.service.ts';
import { createHousekeeping } from '../../src/server/housekeeping/housekeeping.loops.ts';
import { base32Decode, totpAt } from '../../src/server/auth/totp.ts';
import { buildEntity, buildStaff, buildStaffSession, coordinatorSession, type BuiltStaff } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // Supervisors must have a second factor here; the coordinator the factories sign in as need not.
  t = await createTestApp({ totpRequiredRoles: ['supervisor'] });
});
afterAll(() => t?.close());

let ipCounter = 0;
/** A client address of its own, so one test's attempts do not slow another's. */
const freshIp = () => `10.17.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;

/** The code of a secret (as shown, in groups of four) `steps` steps from now. */
const codeOf = (secret: string, steps = 0) => totpAt(base32Decode(secret), Date.now() + steps * 30_000);

/** Waits out the last seconds of a time step, so a test's codes all belong to the steps it meant. */
async function freshStep() {
  const into = Date.now() % 30_000;
  if (into > 24_000) await new Promise((r) => setTimeout(r, 30_000 - into + 50));
}

const login = (email: string, password: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });
const secondStep = (challenge: string, code: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login/second-factor', payload: { challenge, code }, remoteAddress: ip });
const status = async (s: Session) => (await t.app.inject(as(s, { url: '/api/v1/auth/second-factor' }))).json();

/** A new officer who enrolled with the code of the previous step (so this step's and the next are still unused). */
async function enrolledStaff(): Promise<{ staff: BuiltStaff; session: Session; secret: string; recoveryCodes: string[] }> {
  await freshStep();
  const session = await buildStaffSession(t.app);
  const start = await t.app.inject(as(session, { method: 'POST', url: '/api/v1/auth/second-factor/enrol', payload: {} }));
  expect(start.statusCode, start.body).toBe(200);
  const { secret } = start.json();
  const confirm = await t.app.inject(as(session, { method: 'POST', url: '/api/v1/auth/second-factor/enrol/confirm', payload: { code: codeOf(secret, -1) } }));
  expect(confirm.statusCode, confirm.body).toBe(200);
  return { staff: session.staff, session, secret, recoveryCodes: confirm.json().recoveryCodes };
}

/** Signs in with the password and answers the challenge it gets. */
async function challengeOf(staff: BuiltStaff, ip: string): Promise<string> {
  const res = await login(staff.email, staff.password, ip);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['set-cookie']).toBeUndefined();
  expect(res.json()).toMatchObject({ secondFactor: 'code', challenge: expect.any(String) });
  return res.json().challenge;
}

describe('enrolment', () => {
  it('shows a new secret and its otpauth URI, confirms with a first code, gives ten recovery codes once and never shows the secret again', async () => {
    await freshStep();
    const session = await buildStaffSession(t.app);
    expect(await status(session)).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const start = await t.app.inject(as(session, { method: 'POST', url: '/api/v1/auth/second-factor/enrol', payload: {} }));
    expect(start.statusCode, start.body).toBe(200);
    const { secret, uri } = start.json();
    expect(secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(uri).toContain(`secret=${secret.replaceAll(' ', '')}`);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Tawasul%3A/);

    const wrong = await t.app.inject(as(session, { method: 'POST', url: '/api/v1/auth/second-factor/enrol/confirm', payload: { code: '000000' === codeOf(secret) ? '111111' : '000000' } }));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_code');
    expect((await status(session)).enabled).toBe(false);

    const ok = await t.app.inject(as(session, { method: 'POST', url: '/api/v1/auth/second-factor/enrol/confirm', payload: { code: codeOf(secret) } }));
    expect(ok.statusCode, ok.body).toBe(200);
    const codes: string[] = ok.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(await status(session)).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });

    // Enrolling again is refused: the secret of a confirmed factor is never sent again.
    const again = await t.app.inject(as(session, { method: 'POST', url: '/api/v1/auth/second-factor/enrol', payload: {} }));
    expect(again.statusCode).toBe(400);
    expect(again.body).not.toContain(secret.replaceAll(' ', ''));
    // Recovery codes are stored as password hashes, not as given.
    const stored = await t.ctx.database.db.selectFrom('staff_recovery_codes').select('code_hash').where('staff_id', '=', session.staff.id).execute();
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(row.code_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('signing in with a second factor', () => {
  it('asks for the code after the password, opens the session with it (Arabic-Indic digits too), and refuses the challenge twice', async () => {
    const { staff, secret } = await enrolledStaff();
    const ip = freshIp();
    const challenge = await challengeOf(staff, ip);
    const arabic = codeOf(secret).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    const res = await secondStep(challenge, arabic, ip);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().user.email).toBe(staff.email);
    const reused = await secondStep(challenge, codeOf(secret, 1), ip);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().code).toBe('invalid_token');
  });

  it('refuses a code that was already used, even within its window, and takes the next one', async () => {
    const { staff, secret } = await enrolledStaff();
    // Each try from an address of its own, so the throttle has no say here.
    const tryCode = async (code: string) => {
      const ip = freshIp();
      return secondStep(await challengeOf(staff, ip), code, ip);
    };
    expect((await tryCode(codeOf(secret))).statusCode).toBe(200);
    const replay = await tryCode(codeOf(secret));
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('invalid_code');
    // The enrolment's own code (the step before) is older still: refused too.
    expect((await tryCode(codeOf(secret, -1))).statusCode).toBe(401);
    expect((await tryCode(codeOf(secret, 1))).statusCode).toBe(200);
  });

  it('throttles wrong codes with the password throttle: the password and the codes share its free attempts, then even the right code waits', async () => {
    const { staff, secret } = await enrolledStaff();
    const ip = freshIp();
    const challenge = await challengeOf(staff, ip); // the first attempt of the streak
    const wrong = codeOf(secret) === '123456' ? '654321' : '123456';
    for (let i = 1; i < authLimits.loginBackoff.freeAttempts; i++) {
      const res = await secondStep(challenge, wrong, ip);
      expect(res.statusCode, `wrong code ${i}`).toBe(401);
    }
    const held = await secondStep(challenge, codeOf(secret), ip);
    expect(held.statusCode).toBe(429);
    expect(held.json().code).toBe('rate_limited');
    expect(Number(held.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The password is held back as well: a right password does not buy new guesses.
    expect((await login(staff.email, staff.password, ip)).statusCode).toBe(429);
    const failures = await t.ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'auth.second_factor.failed')
      .where('target_id', '=', String(staff.id))
      .execute();
    expect(failures).toHaveLength(authLimits.loginBackoff.freeAttempts - 1);
  });

  it('takes a recovery code once (any case, with or without its dash)', async () => {
    const { staff, session, recoveryCodes } = await enrolledStaff();
    const ip = freshIp();
    const typed = recoveryCodes[3]!.toUpperCase().replace('-', ' ');
    expect((await secondStep(await challengeOf(staff, ip), typed, ip)).statusCode).toBe(200);
    const again = await secondStep(await challengeOf(staff, ip), recoveryCodes[3]!, ip);
    expect(again.statusCode).toBe(401);
    expect((await status(session)).recoveryCodesLeft).toBe(9);
    expect((await secondStep(await challengeOf(staff, ip), recoveryCodes[4]!, ip)).statusCode).toBe(200);
  });
});

describe('a role that requires a second factor', () => {
  it('must enrol before anything else: no session until the first code, then the session and the recovery codes', async () => {
    await freshStep();
    const entity = await buildEntity(t.app);
    const staff = await buildStaff(t.app, { role: 'supervisor', entity: entity.code });
    const ip = freshIp();
    const res = await login(staff.email, staff.password, ip);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.json()).toMatchObject({ secondFactor: 'enrol' });
    const { challenge } = res.json();
    // Not a challenge for a code, and no way to enrol without the challenge.
    expect((await secondStep(challenge, '123456', ip)).json().code).toBe('invalid_token');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrol', payload: {} })).statusCode).toBe(401);

    const start = await t.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrol', payload: { challenge } });
    expect(start.statusCode, start.body).toBe(200);
    const { secret } = start.json();
    const done = await t.app.inject({ method: 'POST', url: '/api/v1/auth/second-factor/enrol/confirm', payload: { challenge, code: codeOf(secret) }, remoteAddress: ip });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().recoveryCodes).toHaveLength(10);
    expect(done.json().user).toMatchObject({ kind: 'staff', role: 'supervisor', email: staff.email });
    const cookie = String(done.headers['set-cookie']).split(';')[0]!;
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    // From now on the account asks for its code.
    expect((await login(staff.email, staff.password, ip)).json().secondFactor).toBe('code');
  });

  it('leaves other roles without a second factor signing in with the password alone', async () => {
    const staff = await buildStaff(t.app, { role: 'officer' });
    const res = await login(staff.email, staff.password, freshIp());
    expect(res.json()).toMatchObject({ csrfToken: expect.any(String), user: { role: 'officer' } });
  });
});

describe("an administrator's reset", () => {
  it("removes the person's second factor, audited, within the administrator's reach", async () => {
    const { staff, session } = await enrolledStaff();
    const otherAdmin = await signInStaff(t.app, 'entity_admin@muharraq.demo');
    const refused = await t.app.inject(as(otherAdmin, { method: 'DELETE', url: `/api/v1/admin/staff/${staff.id}/second-factor` }));
    expect(refused.statusCode).toBe(403);
    expect((await status(session)).enabled).toBe(true);

    const coordinator = await coordinatorSession(t.app);
    const res = await t.app.inject(as(coordinator, { method: 'DELETE', url: `/api/v1/admin/staff/${staff.id}/second-factor` }));
    expect(res.statusCode, res.body).toBe(204);
    expect(await status(session)).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    const audit = await t.ctx.database.db
      .selectFrom('audit_log')
      .select(['actor_staff_id', 'after'])
      .where('action', '=', 'staff.second_factor_reset')
      .where('target_id', '=', String(staff.id))
      .execute();
    expect(audit).toEqual([{ actor_staff_id: coordinator.user.id, after: { removed: true } }]);
    const signIn = await login(staff.email, staff.password, freshIp());
    expect(signIn.json()).toMatchObject({ csrfToken: expect.any(String) });
  });
});

describe('housekeeping', () => {
  it('deletes the challenges of sign-ins left unfinished once they are past the retention of codes', async () => {
    const { staff } = await enrolledStaff();
    const challenge = await challengeOf(staff, freshIp());
    const rows = () => t.ctx.database.db.selectFrom('sign_in_challenges').select('token_hash').where('staff_id', '=', staff.id).execute();
    expect(await rows()).toHaveLength(1);
    const later = new Date(Date.now() + (authLimits.challengeTtlSeconds + t.config.housekeeping.codeHours * 3600 + 60) * 1000);
    const result = await createHousekeeping(t.ctx.database.db, t.ctx.config, t.ctx.log).run(later);
    expect(result.signInChallenges).toBeGreaterThanOrEqual(1);
    expect(await rows()).toHaveLength(0);
    expect((await secondStep(challenge, '123456', freshIp())).json().code).toBe('invalid_token');
  });
});
