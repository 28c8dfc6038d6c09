import { hash, verify } from '@node-rs/argon2';
import { normalizeEmail } from '../../common/email.ts';
import { errors, type AppError } from '../http/errors.ts';

const ARGON2ID = 2;
// A hash of a random password, verified against when the account does not exist, so a wrong
// email takes as long as a wrong password: both paths run exactly one verify.
let dummy: Promise<string> | undefined;

/** argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** Computes the dummy hash ahead of the first sign-in, so the first unknown email is not slower. */
export function prepareDummyHash(): Promise<string> {
  dummy ??= hashPassword(`no-such-account-${Math.random()}`);
  return dummy;
}

/** Checks a password against a stored hash (or a dummy when there is none), in constant work. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  const target = storedHash ?? (await prepareDummyHash());
  try {
    return (await verify(target, password)) && storedHash != null;
  } catch {
    return false;
  }
}

/** The one password policy, for every way a password is set: administration, reset link, CLI. */
export const passwordPolicy = { minLength: 12, maxLength: 200, minDistinct: 5 } as const;

// Passwords long enough to pass the length rule that are still among the first tried.
const common = new Set([
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'password1234567890',
  '123456789012', '1234567890123', '12345678901234', '1234567890qwerty', 'qwerty123456', 'qwertyuiop123',
  '1q2w3e4r5t6y', '1q2w3e4r5t6y7u', 'iloveyou1234', 'administrator', 'administrator1', 'welcome12345',
  'letmein12345', 'changeme1234', 'tawasul12345', 'tawasul123456', 'bahrain12345', 'bahrain123456',
]);
// Runs of keys people type in order; a password that is a piece of one is no password.
const runs = ['01234567890123456789', '98765432109876543210', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', '1qaz2wsx3edc4rfv5tgb6yhn7ujm'];

/**
 * Whether a new password meets the policy: a problem message, or undefined when acceptable.
 * `about` names the account, whose email must not be the password's substance.
 */
export function passwordProblem(password: string, about: { email?: string } = {}): string | undefined {
  const { minLength, maxLength, minDistinct } = passwordPolicy;
  if ([...password].length < minLength) return `At least ${minLength} characters`;
  if (password.length > maxLength) return `At most ${maxLength} characters`;
  if (new Set(password).size < minDistinct) return `At least ${minDistinct} different characters`;
  const folded = password.toLowerCase();
  if (common.has(folded) || runs.some((r) => r.includes(folded))) return 'Too common or too simple';
  const local = normalizeEmail(about.email ?? '').split('@')[0] ?? '';
  if (local.length >= 4 && folded.includes(local)) return 'Must not contain the email address';
  return undefined;
}

/** The refusal of a password that does not meet the policy: 400, field `password`, code `weak_password`. */
export function weakPassword(problem: string): AppError {
  return errors.field('password', 'weak_password', problem);
}

/** Throws the policy's refusal when a new password does not meet it. */
export function assertPasswordAcceptable(password: string, about: { email?: string } = {}): void {
  const problem = passwordProblem(password, about);
  if (problem) throw weakPassword(problem);
}
