const emailPattern = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,252}\.[^\s@<>()[\]\\,;:".]{2,63}$/;

/**
 * The one home of email checks, for the server and the web app alike: an address is stored,
 * looked up and compared in its normalised form (`normalizeEmail`), and accepted when `isEmail`.
 */

/** An email address as it is stored and compared: trimmed and lower-cased. */
export function normalizeEmail(s: string): string {
  return s.trim().toLowerCase();
}

/** Whether a (normalised) string is a plausible email address. */
export function isEmail(s: string): boolean {
  return emailPattern.test(s);
}
