import type { Logger } from 'pino';
import type { Channel } from './outbox.ts';
import type { OutgoingMessage, Transport } from './transport.ts';

/** Development: writes each message to the log instead of sending it. */
export class ConsoleTransport implements Transport {
  readonly name = 'console';

  constructor(
    private readonly log: Logger,
    private readonly channel: Channel,
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    const files = m.attachments?.length ? `\n\n[attached: ${m.attachments.map((a) => `${a.fileName} (${a.content.length} bytes)`).join(', ')}]` : '';
    const text = this.channel === 'sms' ? m.sms?.text : `${m.rendered.subject}\n\n${m.rendered.text}${files}`;
    this.log.info({ notification: { channel: this.channel, to: m.to, messageId: m.messageId, segments: m.sms?.size.segments } }, `[${this.channel} to ${m.to}] ${text}`);
  }
}
