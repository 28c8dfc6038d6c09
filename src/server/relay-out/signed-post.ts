/**
 * A signed POST to a relay or an integration endpoint: the body is signed exactly as relays sign
 * what they send us (`{timestamp}.{raw body}`, HMAC-SHA256, the same two headers), and carries the
 * outbox message id as `Idempotency-Key` so the receiver can drop a redelivery.
 */
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signRelayBody } from '../inbound/relay-signature.ts';
import { NotDelivered } from '../notify/transport.ts';

/** Failures that happen before a request leaves this machine: the receiver cannot have it. */
const beforeSending = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Posts `body` signed with `secret`. The message is handed over (recorded as sent) just before the
 * request; any answer but 2xx, or a connection never made, is `NotDelivered` (retried with backoff);
 * a request that got no answer has an unknown outcome (not sent again).
 */
export async function postSigned(input: {
  url: string;
  secret: string;
  body: Record<string, unknown>;
  messageId: string;
  handOver?: () => Promise<void>;
  timeoutMs?: number;
  now?: () => number;
}): Promise<void> {
  const raw = JSON.stringify(input.body);
  const ts = String(Math.floor((input.now?.() ?? Date.now()) / 1000));
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'idempotency-key': input.messageId,
    [TIMESTAMP_HEADER]: ts,
    [SIGNATURE_HEADER]: signRelayBody(input.secret, ts, raw),
  };
  await input.handOver?.();
  let res: Response;
  try {
    res = await fetch(input.url, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(input.timeoutMs ?? 15_000) });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code && beforeSending.has(code)) throw new NotDelivered(`not reached: ${code}`, { cause: error });
    throw error;
  }
  if (!res.ok) {
    const detail = (await res.text().catch(() => '')).slice(0, 200);
    throw new NotDelivered(`answered ${res.status}${detail ? `: ${detail}` : ''}`);
  }
  await res.body?.cancel().catch(() => {});
}
