import nodemailer from 'nodemailer';
import type { NotifyConfig } from '../config.ts';
import type { OutgoingMessage, Transport } from './transport.ts';

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
 */
export class EmailTransport implements Transport {
  readonly name = 'smtp';
  private readonly mailer: ReturnType<typeof nodemailer.createTransport>;
  private readonly domain: string;

  constructor(private readonly config: Pick<NotifyConfig, 'smtpUrl' | 'mailFrom'>) {
    if (!config.smtpUrl) throw new Error('EmailTransport needs SMTP_URL');
    this.mailer = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
    this.domain = domainOf(config.mailFrom);
  }

  async send(m: OutgoingMessage): Promise<void> {
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
    });
  }

  close(): void {
    this.mailer.close();
  }
}
