import { createHash, randomInt } from 'node:crypto';

/** Letters and digits a person reads over the phone without doubt: no 0/O, no 1/I. 32 signs. */
export const trackingCodeAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Six signs of 32: about a billion codes per case, against a few guesses an hour (see CaseGate). */
export const trackingCodeLength = 6;

/** A new short tracking code: six signs drawn uniformly from the alphabet. */
export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < trackingCodeLength; i++) code += trackingCodeAlphabet[randomInt(trackingCodeAlphabet.length)];
  return code;
}

/**
 * The code as typed, in its canonical form (upper case, spaces and dashes dropped), or null when it
 * cannot be a short code (then it is taken for a long tracking token).
 */
export function normalizeTrackingCode(input: string): string | null {
  const s = input.replace(/[\s-]/g, '').toUpperCase();
  if (s.length !== trackingCodeLength) return null;
  for (const ch of s) if (!trackingCodeAlphabet.includes(ch)) return null;
  return s;
}

/** Hash of a short code as stored, bound to its case's reference; the code itself is never kept. */
export function hashTrackingCode(reference: string, code: string): string {
  return createHash('sha256').update(`tawasul-tracking-code:${reference}:${code}`).digest('hex');
}
