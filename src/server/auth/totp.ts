import { createHmac, randomBytes } from 'node:crypto';

// TOTP (RFC 6238) over HOTP (RFC 4226), with node:crypto's HMAC: a few lines that the RFC's own
// test vectors check (test/unit/totp.test.ts), rather than a dependency for them.

/** The hash of the HMAC; authenticator apps use SHA-1 unless told otherwise. */
export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** What every code of this deployment is made with (what the otpauth:// URI tells the app). */
export const totpParams = { digits: 6, stepSeconds: 30, algorithm: 'sha1' as TotpAlgorithm, window: 1 };

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: how authenticator apps take a secret. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** Reads base32 (any case, spaces and padding ignored); throws on a character outside the alphabet. */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const i = alphabet.indexOf(ch);
    if (i < 0) throw new Error('not base32');
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 160 random bits (RFC 4226's recommended length), in base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The HOTP value of a counter (RFC 4226 §5.3: dynamic truncation), as a zero-padded string. */
export function hotp(key: Uint8Array, counter: number, digits = 6, algorithm: TotpAlgorithm = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The time step a moment falls in. */
export function totpStep(atMs: number, stepSeconds = totpParams.stepSeconds): number {
  return Math.floor(atMs / 1000 / stepSeconds);
}

/** The TOTP code at a moment (RFC 6238). */
export function totpAt(key: Uint8Array, atMs: number, options: { digits?: number; stepSeconds?: number; algorithm?: TotpAlgorithm } = {}): string {
  return hotp(key, totpStep(atMs, options.stepSeconds), options.digits ?? totpParams.digits, options.algorithm);
}

/**
 * The time step whose code a given code is, within ±window steps of now (a phone's clock may be
 * a little off), or null. The caller refuses a step it has already accepted (a replay).
 */
export function matchTotp(secretBase32: string, code: string, nowMs: number, window = totpParams.window): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = base32Decode(secretBase32);
  const now = totpStep(nowMs);
  for (let d = -window; d <= window; d++) {
    const candidate = hotp(key, now + d, totpParams.digits, totpParams.algorithm);
    if (candidate === code) return now + d;
  }
  return null;
}

/** The otpauth:// URI an authenticator app reads (as a QR code or pasted). */
export function otpauthUri(issuer: string, account: string, secretBase32: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const query = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: totpParams.algorithm.toUpperCase(),
    digits: String(totpParams.digits),
    period: String(totpParams.stepSeconds),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}

/** A secret in groups of four, for typing it into an app by hand. */
export function groupsOfFour(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, '$1 ');
}
