import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Language } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';
import { enqueue } from './outbox.ts';
import { isTemplateKey } from './templates.ts';

/** One message to one person. */
export interface Message {
  channel: 'sms' | 'email';
  to: string;
  language: Language;
  /** Template key, e.g. `otp_code`, `password_reset`. */
  template: string;
  params: Record<string, string>;
}

/** Sends messages to people. The delivery (outbox, SMTP, SMS gateway) sits behind this. */
export interface Notifier {
  send(message: Message): Promise<void>;
}

/**
 * Production: each message becomes an outbox row (urgent: one-time codes and reset links do not
 * wait for a digest), and the dispatcher delivers it through the configured transports.
 */
export class OutboxNotifier implements Notifier {
  constructor(private readonly db: Kysely<DB>) {}

  async send(message: Message): Promise<void> {
    if (!isTemplateKey(message.template)) throw new Error(`unknown notification template ${message.template}`);
    await enqueue(this.db, [
      {
        recipient: { kind: 'address', channel: message.channel, to: message.to },
        template: message.template,
        params: message.params,
        language: message.language,
        reference: message.params.reference ?? null,
        urgent: true,
      },
    ]);
  }
}

/** Writes each message to the log (no outbox). */
export class LogNotifier implements Notifier {
  constructor(private readonly log: Logger) {}

  async send(message: Message): Promise<void> {
    this.log.info({ notification: message }, `notification ${message.template} to ${message.to}`);
  }
}

/** Tests: keeps messages in memory so a test can read the code it was sent. */
export class MemoryNotifier implements Notifier {
  readonly sent: Message[] = [];

  async send(message: Message): Promise<void> {
    this.sent.push(message);
  }

  /** The newest message to an address. */
  last(to: string): Message | undefined {
    return [...this.sent].reverse().find((m) => m.to === to);
  }
}
