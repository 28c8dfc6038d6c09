/**
 * Signatures of relay messages. A relay signs `{timestamp}.{raw body}` with HMAC-SHA256 and its
 * channel's secret, and sends `X-Tawasul-Timestamp: <unix seconds>` and
 * `X-Tawasul-Signature: sha256=<hex>`. Signing the timestamp with the body stops an old message
 * from being replayed under a new time; the clock check bounds replays to the tolerance window,
 * and the message-id table refuses an exact replay inside it. Pure functions, no I/O.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-tawasul-timestamp';
export const SIGNATURE_HEADER = 'x-tawasul-signature';

/** The signature header value of a body, as a relay computes it. */
export function signRelayBody(secret: string, timestamp: number | string, raw: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(raw).digest('hex')}`;
}

export type RelayVerdict = { ok: true } | { ok: false; reason: 'no_secret' | 'unsigned' | 'stale' | 'bad_signature' };

/** Checks a relay request's timestamp and signature against the channel's secrets. */
export function verifyRelaySignature(input: {
  secrets: string[] | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
  raw: Buffer;
  nowMs: number;
  toleranceSeconds: number;
}): RelayVerdict {
  if (!input.secrets?.length) return { ok: false, reason: 'no_secret' };
  if (!input.timestamp || !input.signature) return { ok: false, reason: 'unsigned' };
  if (!/^\d{1,12}$/.test(input.timestamp)) return { ok: false, reason: 'stale' };
  if (Math.abs(input.nowMs / 1000 - Number(input.timestamp)) > input.toleranceSeconds) return { ok: false, reason: 'stale' };
  const given = Buffer.from(input.signature.trim().replace(/^sha256=/i, '').toLowerCase());
  for (const secret of input.secrets) {
    const expected = Buffer.from(signRelayBody(secret, input.timestamp, input.raw).slice('sha256='.length));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return { ok: true };
  }
  return { ok: false, reason: 'bad_signature' };
}
