const emailPattern = /^[^\s@<>()[\]\\,;:"]{1,64}@[^\s@<>()[\]\\,;:"]{1,252}\.[^\s@<>()[\]\\,;:".]{2,63}$/;

/** Whether a (trimmed, lower-cased) string is a plausible email address. */
export function isEmail(s: string): boolean {
  return emailPattern.test(s);
}
