import type { Logger } from 'pino';
import { safeUrlsIn } from '../http/log-redaction.ts';
import type { Channel } from './outbox.ts';
import type { OutgoingMessage, Transport } from './transport.ts';

/**
 * Development: writes each message to the log instead of sending it. The log holds no secrets: a
 * one-time code or reset link is withheld and links lose their tokens — unless `reveal` (a demo
 * database, whose people are made up, where the log is how one reads a code).
 */
export class ConsoleTransport implements Transport {
  readonly name = 'console';

  constructor(
    private readonly log: Logger,
    private readonly channel: Channel,
    private readonly reveal = false,
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    const files = m.attachments?.length ? `\n\n[attached: ${m.attachments.map((a) => `${a.fileName} (${a.content.length} bytes)`).join(', ')}]` : '';
    const whole = this.channel === 'sms' ? (m.sms?.text ?? '') : `${m.rendered.subject}\n\n${m.rendered.text}${files}`;
    const text = this.reveal ? whole : m.secret ? '[a one-time code or reset link: not logged]' : safeUrlsIn(whole);
    this.log.info({ notification: { channel: this.channel, to: m.to, messageId: m.messageId, segments: m.sms?.size.segments } }, `[${this.channel} to ${m.to}] ${text}`);
  }
}
