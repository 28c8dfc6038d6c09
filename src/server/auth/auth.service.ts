import { isEmail, normalizeEmail } from '../../common/email.ts';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Language } from '../../common/enums.ts';
import { toAsciiDigits } from '../../common/digits.ts';
import { normalizePhone } from '../../common/phone.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Config } from '../config.ts';
import { errors } from '../http/errors.ts';
import type { Notifier } from '../notify/notifier.ts';
import type { Actor, CitizenActor, StaffActor } from './actor.ts';
import { assertPasswordAcceptable, hashPassword, prepareDummyHash, verifyPassword } from './password.ts';
import type { EnrolmentStart, SecondFactorService } from './second-factor.service.ts';
import type { SessionRepository } from './session.repository.ts';
import type { BackoffPolicy, Throttle } from './throttle.ts';
import type { ClientInfo } from '../http/client-info.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Limits of sign-in; numbers a deployment may tune. */
export const authLimits = {
  staffSessionHours: 12,
  citizenSessionDays: 30,
  /** Per account and client address: free attempts, then waits of 30 s, 60 s, 120 s… up to 15 min. */
  loginBackoff: { freeAttempts: 5, baseSeconds: 30, maxSeconds: 15 * 60, forgetSeconds: 60 * 60 } satisfies BackoffPolicy,
  loginsPerIpPerWindow: 30,
  loginWindowSeconds: 15 * 60,
  otpTtlSeconds: 10 * 60,
  otpMaxAttempts: 5,
  otpPerAddressPerWindow: 3,
  otpPerIpPerWindow: 10,
  /** Wrong or unknown codes one address may try across phones and emails. */
  otpVerifiesPerIpPerWindow: 30,
  otpWindowSeconds: 15 * 60,
  /** A reset link works once, for this long. */
  resetTtlSeconds: 30 * 60,
  /** Reset links asked for one email address (known or not) and from one client address, per window. */
  resetsPerEmailPerWindow: 3,
  resetsPerIpPerWindow: 10,
  resetWindowSeconds: 60 * 60,
  /** Time from a right password to its second factor (or to finishing the enrolment a role requires). */
  challengeTtlSeconds: 10 * 60,
};

/**
 * A right password that still owes a second factor: the token to send with the code (or to enrol
 * with, when the account's role requires a second factor it does not have yet).
 */
export interface SignInChallenge {
  secondFactor: 'code' | 'enrol';
  challenge: string;
  expiresInSeconds: number;
}

export interface NewSession {
  cookieValue: string;
  csrfToken: string;
  maxAgeSeconds: number;
  actor: StaffActor | CitizenActor;
}


/**
 * Sign-ins are audit rows of their own target types, apart from the changes to accounts, with no
 * entity: the national audit trail shows them (filter by target type), entity trails do not.
 */
export const SIGN_IN_TARGET = { staff: 'staff_sign_in', citizen: 'citizen_sign_in' } as const;

/** A phone or email shortened for the audit log: enough to recognise, not enough to contact. */
export function maskAddress(address: string): string {
  const at = address.indexOf('@');
  if (at > 0) return `${address.slice(0, 1)}***${address.slice(at)}`;
  return `${address.slice(0, Math.min(4, address.length - 2))}***${address.slice(-2)}`;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Staff sign-in with passwords, citizen sign-in with one-time codes, and the sessions both produce. */
export class AuthService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly throttle: Throttle,
    private readonly notifier: Notifier,
    private readonly audit: AuditRepository,
    private readonly config: Config,
    private readonly secondFactor: SecondFactorService,
  ) {
    void prepareDummyHash();
  }

  /** The actor a session cookie belongs to, or anonymous. */
  async authenticate(cookieValue: string | undefined): Promise<Actor> {
    if (!cookieValue || cookieValue.length > 100) return { kind: 'anonymous' };
    const id = sha256(cookieValue);
    const s = await this.sessions.findLive(id, this.config.sessionIdleMinutes);
    if (!s) return { kind: 'anonymous' };
    if (Date.now() - new Date(s.last_seen_at).getTime() > 60_000) await this.sessions.touch(id);
    if (s.staff_id !== null && s.role && s.entity_id !== null) {
      return {
        kind: 'staff',
        id: s.staff_id,
        role: s.role,
        entityId: s.entity_id,
        entityCode: s.entity_code!,
        entityName: { ar: s.entity_name_ar!, en: s.entity_name_en! },
        unitId: s.unit_id,
        name: s.staff_name!,
        email: s.staff_email!,
        language: s.staff_language ?? 'ar',
        sessionId: id,
        csrfToken: s.csrf_token,
      };
    }
    if (s.citizen_id !== null) {
      return {
        kind: 'citizen',
        id: s.citizen_id,
        phone: s.citizen_phone,
        email: s.citizen_email,
        name: s.citizen_name,
        language: s.citizen_language ?? 'ar',
        sessionId: id,
        csrfToken: s.csrf_token,
      };
    }
    return { kind: 'anonymous' }; // a disabled staff member's session
  }

  /** Whether a header carries the session's CSRF token. */
  csrfValid(actor: Actor, header: string | undefined): boolean {
    return actor.kind !== 'anonymous' && typeof header === 'string' && sameText(header, actor.csrfToken);
  }

  /**
   * Staff sign-in. A wrong password and an unknown email get the same answer after the same work
   * (one argon2 verify, one audit row). Attempts are claimed before the password is checked: per
   * account and client address with a growing wait, and per address across accounts; the right
   * password from another address is never held back by failures from this one. An account with
   * a second factor (or whose role requires one) gets a challenge instead of a session.
   */
  async login(emailInput: string, password: string, client: ClientInfo): Promise<NewSession | SignInChallenge> {
    const email = normalizeEmail(emailInput);
    const { accountKey, ipKey } = await this.claimAttempt(email, client);
    const user = await this.sessions.staffByEmail(email);
    const ok = await verifyPassword(user?.password_hash, password);
    const seen = { ip: client.ip, userAgent: client.userAgent.slice(0, 200) };
    if (!ok || !user || !user.active) {
      await this.audit.record({
        actorLabel: 'sign-in',
        action: 'auth.login.failed',
        targetType: SIGN_IN_TARGET.staff,
        targetId: user ? String(user.id) : undefined,
        // The typed email of an unknown account only when it is one (people type passwords there too).
        after: user ? seen : { ...seen, email: isEmail(email) ? email : null },
      });
      throw errors.invalidCredentials();
    }
    const step = await this.secondFactor.stepFor(user);
    if (step) {
      // The streak goes on through the code: a right password does not buy more guesses at it.
      await this.audit.record({ actorLabel: 'sign-in', action: 'auth.login.password', targetType: SIGN_IN_TARGET.staff, targetId: String(user.id), after: { ...seen, step } });
      const challenge = await this.secondFactor.issueChallenge(user.id, step, authLimits.challengeTtlSeconds);
      return { secondFactor: step, challenge, expiresInSeconds: authLimits.challengeTtlSeconds };
    }
    await this.throttle.forget(accountKey);
    await this.throttle.refund(ipKey);
    await this.audit.record({ actorLabel: 'sign-in', action: 'auth.login', targetType: SIGN_IN_TARGET.staff, targetId: String(user.id), after: seen });
    return this.openSession({ staffId: user.id }, authLimits.staffSessionHours * 3600, client);
  }

  /**
   * Opens a staff session for an account another sign-in vouched for (the identity provider, sso/):
   * the same session, cookie and CSRF token as a password sign-in, audited under `action`.
   */
  async openStaffSession(staffId: number, client: ClientInfo, action: string): Promise<NewSession> {
    await this.audit.record({ actorLabel: 'sign-in', action, targetType: SIGN_IN_TARGET.staff, targetId: String(staffId), after: { ip: client.ip, userAgent: client.userAgent.slice(0, 200) } });
    return this.openSession({ staffId }, authLimits.staffSessionHours * 3600, client);
  }

  /** Ends every session of a staff member (signed out at the identity provider, or disabled). */
  async endStaffSessions(staffId: number): Promise<void> {
    await this.sessions.revokeAllOfStaff(staffId);
  }

  /**
   * Claims one sign-in attempt, password or second-factor code alike: per account and client
   * address with a growing wait, and per client address across accounts.
   */
  private async claimAttempt(email: string, client: ClientInfo) {
    const ipKey = `login-ip:${client.ip}`;
    const accountKey = `login:${sha256(email)}:${client.ip}`;
    const wait = await this.throttle.claim(accountKey, authLimits.loginBackoff);
    if (wait > 0) throw errors.rateLimited(wait);
    if (!(await this.throttle.hit(ipKey, authLimits.loginsPerIpPerWindow, authLimits.loginWindowSeconds))) {
      throw errors.rateLimited(authLimits.loginWindowSeconds);
    }
    return { accountKey, ipKey };
  }

  /** The second step of a sign-in: a TOTP code (or a recovery code) for the challenge of a right password. */
  async completeSignIn(token: string, code: string, client: ClientInfo): Promise<NewSession> {
    const c = await this.secondFactor.challenge(token, 'code');
    const keys = await this.claimAttempt(c.email, client);
    const used = await this.secondFactor.verify(c.staffId, code);
    if (!used) return this.secondFactorFailed(c.staffId, client);
    return this.finishSignIn(token, c.staffId, keys, client, { factor: used });
  }

  /** Starts the enrolment a role requires, during sign-in (the challenge of a right password). */
  async beginRequiredEnrolment(token: string): Promise<EnrolmentStart> {
    const c = await this.secondFactor.challenge(token, 'enrol');
    return this.secondFactor.beginEnrolment({ id: c.staffId, email: c.email });
  }

  /** Finishes the enrolment a role requires with its first code: the session and the recovery codes. */
  async confirmRequiredEnrolment(token: string, code: string, client: ClientInfo): Promise<{ session: NewSession; recoveryCodes: string[] }> {
    const c = await this.secondFactor.challenge(token, 'enrol');
    const keys = await this.claimAttempt(c.email, client);
    const recoveryCodes = await this.secondFactor.confirmEnrolment(c.staffId, code);
    if (!recoveryCodes) return this.secondFactorFailed(c.staffId, client);
    await this.audit.record({ actorStaffId: c.staffId, action: 'second_factor.enrol', targetType: 'staff_user', targetId: String(c.staffId) });
    return { session: await this.finishSignIn(token, c.staffId, keys, client, { factor: 'totp', enrolled: true }), recoveryCodes };
  }

  /** Starts an enrolment for the signed-in staff member. */
  async beginEnrolment(actor: Actor): Promise<EnrolmentStart> {
    const staff = signedInStaff(actor);
    return this.secondFactor.beginEnrolment(staff);
  }

  /** Confirms the signed-in staff member's enrolment with its first code; answers the recovery codes (shown once). */
  async confirmEnrolment(actor: Actor, code: string, client: ClientInfo): Promise<string[]> {
    const staff = signedInStaff(actor);
    const keys = await this.claimAttempt(staff.email, client);
    const recoveryCodes = await this.secondFactor.confirmEnrolment(staff.id, code);
    if (!recoveryCodes) return this.secondFactorFailed(staff.id, client);
    await this.throttle.forget(keys.accountKey);
    await this.throttle.refund(keys.ipKey);
    await this.audit.record({ actorStaffId: staff.id, action: 'second_factor.enrol', targetType: 'staff_user', targetId: String(staff.id) });
    return recoveryCodes;
  }

  /** Whether the signed-in staff member has a second factor, must have one, and their recovery codes left. */
  async secondFactorStatus(actor: Actor) {
    // A citizen signs in with one-time codes: no password, so no second factor either.
    if (actor.kind === 'citizen') return { enabled: false, required: false, recoveryCodesLeft: 0 };
    return this.secondFactor.status(signedInStaff(actor));
  }

  /** Removes a staff member's second factor (an administrator's reset, audited by the caller); answers whether there was one. */
  resetSecondFactor(staffId: number): Promise<boolean> {
    return this.secondFactor.reset(staffId);
  }

  private async secondFactorFailed(staffId: number, client: ClientInfo): Promise<never> {
    await this.audit.record({
      actorLabel: 'sign-in',
      action: 'auth.second_factor.failed',
      targetType: SIGN_IN_TARGET.staff,
      targetId: String(staffId),
      after: { ip: client.ip, userAgent: client.userAgent.slice(0, 200) },
    });
    throw errors.invalidCode();
  }

  private async finishSignIn(token: string, staffId: number, keys: { accountKey: string; ipKey: string }, client: ClientInfo, how: Record<string, unknown>) {
    await this.secondFactor.takeChallenge(token);
    await this.throttle.forget(keys.accountKey);
    await this.throttle.refund(keys.ipKey);
    await this.audit.record({
      actorLabel: 'sign-in',
      action: 'auth.login',
      targetType: SIGN_IN_TARGET.staff,
      targetId: String(staffId),
      after: { ip: client.ip, userAgent: client.userAgent.slice(0, 200), ...how },
    });
    return this.openSession({ staffId }, authLimits.staffSessionHours * 3600, client);
  }

  async logout(actor: Actor, everywhere: boolean): Promise<void> {
    if (actor.kind === 'anonymous') return;
    if (everywhere && actor.kind === 'staff') await this.sessions.revokeAllOfStaff(actor.id);
    else await this.sessions.revoke(actor.sessionId);
  }

  /** Sends a password-reset link; answers the same whether or not the account exists. */
  async requestPasswordReset(emailInput: string, client: ClientInfo): Promise<void> {
    const email = normalizeEmail(emailInput);
    await this.throttle.enforce(`reset-ip:${client.ip}`, authLimits.resetsPerIpPerWindow, authLimits.resetWindowSeconds);
    // Counted for any address typed, known or not, so the limit says nothing about the account.
    await this.throttle.enforce(`reset-email:${sha256(email)}`, authLimits.resetsPerEmailPerWindow, authLimits.resetWindowSeconds);
    const user = await this.sessions.staffByEmail(email);
    if (!user || !user.active) return;
    const token = randomBytes(24).toString('base64url');
    await this.sessions.insertPasswordReset(sha256(token), user.id, new Date(Date.now() + authLimits.resetTtlSeconds * 1000));
    await this.notifier.send({
      channel: 'email',
      to: user.email,
      language: user.language,
      template: 'password_reset',
      params: { link: `${this.config.publicUrl}/staff/reset?token=${token}`, name: user.name },
    });
  }

  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const owner = await this.sessions.passwordResetOwner(sha256(token));
    if (!owner) throw errors.invalidToken();
    assertPasswordAcceptable(password, { email: owner.email });
    const used = await this.sessions.usePasswordReset(sha256(token));
    if (!used) throw errors.invalidToken();
    await this.sessions.setPassword(used.staff_id, await hashPassword(password));
    await this.sessions.revokeAllOfStaff(used.staff_id);
    await this.audit.record({ actorStaffId: used.staff_id, action: 'password.reset', targetType: 'staff_user', targetId: String(used.staff_id) });
  }

  private address(input: { phone?: string; email?: string }): { channel: 'phone' | 'email'; address: string } {
    if (input.phone) {
      const phone = normalizePhone(input.phone, this.config.country);
      if (!phone) throw errors.field('phone', 'invalid_phone', 'Not a valid phone number');
      return { channel: 'phone', address: phone };
    }
    const email = normalizeEmail(input.email ?? '');
    if (!isEmail(email)) throw errors.field('email', 'invalid_email', 'Not a valid email address');
    return { channel: 'email', address: email };
  }

  /** Sends a one-time code; the answer never says whether the address is known. */
  async requestOtp(input: { phone?: string; email?: string; language?: Language }, client: ClientInfo): Promise<void> {
    const { channel, address } = this.address(input);
    await this.throttle.enforce(`otp-ip:${client.ip}`, authLimits.otpPerIpPerWindow, authLimits.otpWindowSeconds);
    await this.throttle.enforce(`otp-addr:${address}`, authLimits.otpPerAddressPerWindow, authLimits.otpWindowSeconds);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.sessions.insertOtp({
      channel,
      address,
      codeHash: sha256(`${address}:${code}`),
      expiresAt: new Date(Date.now() + authLimits.otpTtlSeconds * 1000),
      ip: client.ip,
    });
    await this.notifier.send({
      channel: channel === 'phone' ? 'sms' : 'email',
      to: address,
      language: input.language ?? 'ar',
      template: 'otp_code',
      params: { code, minutes: String(authLimits.otpTtlSeconds / 60) },
    });
  }

  async verifyOtp(input: { phone?: string; email?: string; code: string }, client: ClientInfo): Promise<NewSession> {
    const { channel, address } = this.address(input);
    const seen = { ip: client.ip, userAgent: client.userAgent.slice(0, 200), channel };
    const failed = () =>
      this.audit.record({ actorLabel: 'sign-in', action: 'auth.otp.failed', targetType: SIGN_IN_TARGET.citizen, after: { ...seen, address: maskAddress(address) } });
    const ipKey = `otp-verify-ip:${client.ip}`;
    if (!(await this.throttle.hit(ipKey, authLimits.otpVerifiesPerIpPerWindow, authLimits.otpWindowSeconds))) {
      throw errors.rateLimited(authLimits.otpWindowSeconds);
    }
    // Counted before the comparison, in one statement: concurrent guesses cannot exceed the attempts.
    const otp = await this.sessions.claimOtpAttempt(address, authLimits.otpMaxAttempts);
    if (!otp) {
      await failed();
      throw errors.invalidCode();
    }
    const code = toAsciiDigits(input.code).replace(/\s/g, '');
    if (!sameText(otp.code_hash, sha256(`${address}:${code}`))) {
      await failed();
      if (otp.attempts >= authLimits.otpMaxAttempts) throw errors.rateLimited(authLimits.otpWindowSeconds, 'Too many wrong codes; ask for a new one.');
      throw errors.invalidCode();
    }
    const consumed = await this.sessions.consumeOtp(otp.id);
    if (!consumed.numUpdatedRows) throw errors.invalidCode();
    await this.throttle.refund(ipKey);
    const citizen = await this.sessions.upsertCitizen(channel, address, 'ar');
    await this.audit.record({ actorLabel: 'sign-in', action: 'auth.otp', targetType: SIGN_IN_TARGET.citizen, targetId: String(citizen.id), after: seen });
    return this.openSession({ citizenId: citizen.id }, authLimits.citizenSessionDays * 86400, client);
  }

  private async openSession(owner: { staffId?: number; citizenId?: number }, maxAgeSeconds: number, client: ClientInfo): Promise<NewSession> {
    const cookieValue = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.sessions.create({
      id: sha256(cookieValue),
      ...owner,
      csrfToken,
      expiresAt: new Date(Date.now() + maxAgeSeconds * 1000),
      ip: client.ip,
      userAgent: client.userAgent,
    });
    const actor = await this.authenticate(cookieValue);
    if (actor.kind === 'anonymous') throw new Error('session not found right after creation');
    return { cookieValue, csrfToken, maxAgeSeconds, actor };
  }
}

/** The signed-in staff member, or 401 (a citizen has no password and no second factor). */
function signedInStaff(actor: Actor): StaffActor {
  if (actor.kind !== 'staff') throw errors.unauthenticated();
  return actor;
}
