import type { Logger } from 'pino';
import type { Language } from '../../common/enums.ts';

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

/** Development: writes each message to the log. */
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
