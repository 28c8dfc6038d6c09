import { Transform } from 'node:stream';
import nodemailer from 'nodemailer';
import type { NotifyConfig } from '../config.ts';
import { NotDelivered, type OutgoingMessage, type Transport } from './transport.ts';

/** A message's last stage: passes the message through, and before its end waits for `handOver`. */
function handOverGate(handOver: () => Promise<void>): Transform {
  return new Transform({
    transform(chunk, _encoding, callback) {
      callback(null, chunk);
    },
    flush(callback) {
      handOver().then(
        () => callback(),
        (error: unknown) => callback(error as Error),
      );
    },
  });
}

/** The domain of the From address, for Message-IDs. */
function domainOf(from: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(from);
  return m?.[1] ?? 'tawasul.localhost';
}

/**
 * Email over SMTP with nodemailer. `SMTP_URL` carries host, port and credentials
 * (`smtp://user:pass@host:587`, STARTTLS when the server offers it; `smtps://…:465` for TLS from
 * the start; nodemailer's query options such as `?tls.rejectUnauthorized=false` also work).
 * Every email has a plain-text and an HTML part and a Message-ID made of the outbox message id,
 * so a resend after a lost acknowledgement is recognisable as the same message. Files stored
 * with the outbox message (a monthly report's workbook) go as attachments.
 *
 * Connections are pooled (`concurrency` of them, kept open between messages). The message is
 * handed over (`handOver`: recorded as sent) after the server accepted the envelope and received
 * the whole body, just before the final dot: a sender that dies before it leaves a transaction the
 * server discards, one that dies after it leaves a message the server has. After the hand-over
 * only a refusal in the server's answer (4xx/5xx) is `NotDelivered`; a lost answer is unknown.
 * The pool never resends on its own (maxRequeues 0): resending is the dispatcher's decision.
 */
export class EmailTransport implements Transport {
  readonly name = 'smtp';
  readonly handsOver = true;
  private readonly mailer: ReturnType<typeof nodemailer.createTransport>;
  private readonly domain: string;

  constructor(private readonly config: Pick<NotifyConfig, 'smtpUrl' | 'mailFrom'> & Partial<Pick<NotifyConfig, 'concurrency'>>) {
    if (!config.smtpUrl) throw new Error('EmailTransport needs SMTP_URL');
    this.mailer = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: config.concurrency ?? 4,
      maxRequeues: 0,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
    this.mailer.use('stream', (mail, done) => {
      const handOver = (mail.data as { handOver?: () => Promise<void> }).handOver;
      if (handOver) mail.message.transform(() => handOverGate(handOver));
      done();
    });
    this.domain = domainOf(config.mailFrom);
  }

  async send(m: OutgoingMessage): Promise<void> {
    let handedOver = false;
    const handOver = m.handOver && (() => m.handOver!().then(() => void (handedOver = true)));
    try {
      await this.sendMail(m, handOver);
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (handedOver && code !== undefined && code >= 400) throw new NotDelivered((error as Error).message, { cause: error });
      throw error;
    }
  }

  private async sendMail(m: OutgoingMessage, handOver: (() => Promise<void>) | undefined): Promise<void> {
    await this.mailer.sendMail({
      from: this.config.mailFrom,
      to: m.to,
      subject: m.rendered.subject,
      text: m.rendered.text,
      html: m.rendered.html,
      messageId: `<${m.messageId}@${this.domain}>`,
      ...(m.attachments?.length
        ? { attachments: m.attachments.map((a) => ({ filename: a.fileName, content: a.content, contentType: a.mediaType })) }
        : {}),
      headers: {
        'X-Tawasul-Message-Id': m.messageId,
        ...(m.reference ? { 'X-Tawasul-Reference': m.reference } : {}),
        'Content-Language': m.language,
        'Auto-Submitted': 'auto-generated',
      },
      ...(handOver ? { handOver } : {}),
    } as Parameters<typeof this.mailer.sendMail>[0]);
  }

  close(): void {
    this.mailer.close();
  }
}
