import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2;
// A hash of a random password, verified against when the account does not exist, so a wrong
// email takes as long as a wrong password.
let dummy: Promise<string> | undefined;

/** argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** Checks a password against a stored hash (or a dummy when there is none), in constant work. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword(`no-such-account-${Math.random()}`);
  const target = storedHash ?? (await dummy);
  try {
    return (await verify(target, password)) && storedHash != null;
  } catch {
    return false;
  }
}

/** The rules a new password must meet. Answers a problem message, or undefined when acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 10) return 'At least 10 characters';
  if (password.length > 200) return 'At most 200 characters';
  if (/^(.)\1+$/.test(password)) return 'Too simple';
  return undefined;
}
