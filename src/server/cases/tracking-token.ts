import { createHash, randomBytes } from 'node:crypto';

/** A new tracking token: 128 random bits, URL-safe. */
export function newTrackingToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Hash of a tracking token as stored; the token itself is never kept. */
export function hashToken(token: string): string {
  return createHash('sha256').update(`tawasul-tracking:${token}`).digest('hex');
}
