import { createHash, randomBytes, randomInt } from 'node:crypto';
import { toAsciiDigits } from '../../common/digits.ts';
import type { StaffRole } from '../../common/enums.ts';
import { errors } from '../http/errors.ts';
import { hashPassword, verifyPassword } from './password.ts';
import type { SecondFactorRepository } from './second-factor.repository.ts';
import { groupsOfFour, matchTotp, newTotpSecret, otpauthUri } from './totp.ts';

/** How many recovery codes an enrolment gives, and their alphabet (no 0/o, 1/l/i to misread). */
const recoveryCount = 10;
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** The second step a staff member owes after a right password: a code, an enrolment, or none. */
export type SecondFactorStep = 'code' | 'enrol' | null;

/** What an enrolment shows once: the secret (grouped for typing) and the URI an app scans. */
export interface EnrolmentStart {
  secret: string;
  uri: string;
}

/** How a code was accepted. */
export type SecondFactorUsed = 'totp' | 'recovery';

function recoveryCode(): string {
  const pick = () => Array.from({ length: 5 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** A recovery code as typed (any case, dashes and spaces) to its stored form. */
function normaliseRecovery(input: string): string {
  const bare = input.toLowerCase().replace(/[^a-z0-9]/g, '');
  return bare.length === 10 ? `${bare.slice(0, 5)}-${bare.slice(5)}` : bare;
}

/**
 * TOTP second factor for password accounts: enrolment with a first code and ten recovery codes,
 * verification (a time step or a recovery code is accepted once), which roles must have it, and
 * its removal. Throttling and sessions are the sign-in's (auth.service.ts).
 */
export class SecondFactorService {
  constructor(
    private readonly repo: SecondFactorRepository,
    private readonly requiredRoles: readonly StaffRole[],
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a role must have a second factor (TAWASUL_TOTP_REQUIRED_ROLES). */
  requiredFor(role: StaffRole): boolean {
    return this.requiredRoles.includes(role);
  }

  /** What a staff member owes after their password. */
  async stepFor(staff: { id: number; role: StaffRole }): Promise<SecondFactorStep> {
    const totp = await this.repo.totpOf(staff.id);
    if (totp?.confirmed_at) return 'code';
    return this.requiredFor(staff.role) ? 'enrol' : null;
  }

  /** Whether the second factor is on, and how many recovery codes are left. */
  async status(staff: { id: number; role: StaffRole }) {
    const totp = await this.repo.totpOf(staff.id);
    const enabled = Boolean(totp?.confirmed_at);
    return { enabled, required: this.requiredFor(staff.role), recoveryCodesLeft: enabled ? (await this.repo.unusedRecoveryCodes(staff.id)).length : 0 };
  }

  /** Starts an enrolment: a new secret, shown now and never again once confirmed. */
  async beginEnrolment(staff: { id: number; email: string }): Promise<EnrolmentStart> {
    const secret = newTotpSecret();
    if (!(await this.repo.saveUnconfirmed(staff.id, secret))) throw alreadyEnrolled();
    return { secret: groupsOfFour(secret), uri: otpauthUri('Tawasul', staff.email, secret) };
  }

  /**
   * Confirms an enrolment with its first code; answers the ten recovery codes, shown once (only
   * their hashes are kept), or null when the code is wrong.
   */
  async confirmEnrolment(staffId: number, codeInput: string): Promise<string[] | null> {
    const totp = await this.repo.totpOf(staffId);
    if (!totp) throw errors.field('code', 'no_enrolment', 'Start the enrolment first.');
    if (totp.confirmed_at) throw alreadyEnrolled();
    const step = matchTotp(totp.secret, digitsOf(codeInput), this.now());
    if (step === null) return null;
    const codes = Array.from({ length: recoveryCount }, recoveryCode);
    const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
    if (!(await this.repo.confirm(staffId, step, hashes))) throw alreadyEnrolled();
    return codes;
  }

  /** Checks a sign-in code: a TOTP code of a step not used before, or an unused recovery code. */
  async verify(staffId: number, codeInput: string): Promise<SecondFactorUsed | null> {
    const totp = await this.repo.totpOf(staffId);
    if (!totp?.confirmed_at) return null;
    const digits = digitsOf(codeInput);
    if (/^\d{6}$/.test(digits)) {
      const step = matchTotp(totp.secret, digits, this.now());
      return step !== null && (await this.repo.useStep(staffId, step)) ? 'totp' : null;
    }
    const typed = normaliseRecovery(codeInput);
    if (typed.length !== 11) return null;
    for (const row of await this.repo.unusedRecoveryCodes(staffId)) {
      if (await verifyPassword(row.code_hash, typed)) return (await this.repo.useRecoveryCode(row.id)) ? 'recovery' : null;
    }
    return null;
  }

  /** Starts the step between a right password and the second factor: a single-use token, kept hashed. */
  async issueChallenge(staffId: number, step: 'code' | 'enrol', ttlSeconds: number): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.repo.insertChallenge({ tokenHash: sha256(token), staffId, step, expiresAt: new Date(this.now() + ttlSeconds * 1000) });
    return token;
  }

  /** The live challenge a token names, owing `step`, of an active account; anything else is an invalid token. */
  async challenge(token: string, step: 'code' | 'enrol') {
    const c = await this.repo.liveChallenge(sha256(token));
    if (!c || c.step !== step || !c.active) throw errors.invalidToken();
    return { staffId: c.staff_id, email: c.email, role: c.role };
  }

  /** Uses a challenge up; a second use (or a race) is an invalid token. */
  async takeChallenge(token: string): Promise<void> {
    if (!(await this.repo.takeChallenge(sha256(token)))) throw errors.invalidToken();
  }

  /** Removes a staff member's second factor (they enrol again at their next sign-in if their role requires it). */
  reset(staffId: number): Promise<boolean> {
    return this.repo.remove(staffId);
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A six-digit code as typed: Arabic-Indic digits and spaces accepted. */
function digitsOf(input: string): string {
  return toAsciiDigits(input).replace(/\s/g, '');
}

function alreadyEnrolled() {
  return errors.field('code', 'already_enrolled', 'A second factor is already set up for this account.');
}
