import type { NotifyConfig } from '../config.ts';
import { NotDelivered, type OutgoingMessage, type Transport } from './transport.ts';

/** Failures that happen before a request leaves this machine: the gateway cannot have received it. */
const beforeSending = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

type SmsConfig = NotifyConfig['sms'];

/**
 * A refusal that echoes the request loses the text it echoes (as sent, JSON-escaped or URL-encoded):
 * the text carries the start of the staff's answer, which has no place in the outbox's error or the log.
 */
function withoutText(answer: string, text: string): string {
  let out = answer;
  for (const form of new Set([text, JSON.stringify(text).slice(1, -1), encodeURIComponent(text), encodeURIComponent(text).replace(/%20/g, '+')])) {
    if (form) out = out.split(form).join('[the text]');
  }
  return out;
}

/** Escapes a value for the body's content type: JSON string content, form encoding, or as is. */
function escaperFor(contentType: string): (v: string) => string {
  if (/json/i.test(contentType)) return (v) => JSON.stringify(v).slice(1, -1);
  if (/x-www-form-urlencoded/i.test(contentType)) return encodeURIComponent;
  return (v) => v;
}

/** Replaces `{to}`, `{text}`, `{segments}`, `{encoding}` and `{id}`; other braces stay as they are. */
export function fillGatewayTemplate(template: string, values: Record<string, string>, escape: (v: string) => string): string {
  return template.replace(/\{(to|text|segments|encoding|id)\}/g, (_, k: string) => escape(values[k] ?? ''));
}

/**
 * A generic HTTP SMS gateway: the URL, method, authorisation header and body template come from
 * configuration, so most providers' "send SMS" APIs fit without code. The gateway is told the
 * segment count and the outbox message id, and the id goes as the `Idempotency-Key` header. The
 * message is handed over (recorded as sent) just before the request. Any answer but 2xx, or a
 * connection that could not be made, is `NotDelivered` (retried later, with the same key); a
 * request that got no answer (timeout, connection lost) has an unknown outcome.
 */
export class SmsGatewayTransport implements Transport {
  readonly name = 'sms-gateway';
  readonly handsOver = true;

  constructor(
    private readonly config: SmsConfig,
    private readonly timeoutMs = 15_000,
  ) {
    if (!config.url) throw new Error('SmsGatewayTransport needs SMS_GATEWAY_URL');
  }

  async send(m: OutgoingMessage): Promise<void> {
    if (!m.sms) throw new Error('no SMS text');
    const values = { to: m.to, text: m.sms.text, segments: String(m.sms.size.segments), encoding: m.sms.size.encoding, id: m.messageId };
    const url = fillGatewayTemplate(this.config.url!, values, encodeURIComponent);
    const hasBody = !['GET', 'HEAD'].includes(this.config.method);
    const headers: Record<string, string> = { 'idempotency-key': m.messageId };
    if (hasBody) headers['content-type'] = this.config.contentType.includes('charset') ? this.config.contentType : `${this.config.contentType}; charset=utf-8`;
    if (this.config.authValue) headers[this.config.authHeader] = this.config.authValue;
    await m.handOver?.();
    let res: Response;
    try {
      res = await fetch(url, {
        method: this.config.method,
        headers,
        body: hasBody ? fillGatewayTemplate(this.config.bodyTemplate, values, escaperFor(this.config.contentType)) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code && beforeSending.has(code)) throw new NotDelivered(`SMS gateway not reached: ${code}`, { cause: error });
      throw error;
    }
    if (!res.ok) {
      const detail = withoutText(await res.text().catch(() => ''), m.sms.text).slice(0, 200);
      throw new NotDelivered(`SMS gateway answered ${res.status}${detail ? `: ${detail}` : ''}`);
    }
    await res.body?.cancel().catch(() => {});
  }
}
