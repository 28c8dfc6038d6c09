import type { Language } from '../../common/enums.ts';
import type { Channel } from './outbox.ts';
import type { SmsSize } from './sms-segments.ts';
import type { Rendered } from './template-render.ts';

/** One message as a transport sends it. */
export interface OutgoingMessage {
  /** The outbox row's id, sent along so a provider can drop a duplicate delivery. */
  messageId: string;
  to: string;
  language: Language;
  reference: string | null;
  rendered: Rendered;
  /** For SMS: the text as sent (already fitted to the segment limit) and its size. */
  sms?: { text: string; size: SmsSize };
  /** The message carries a one-time code or a reset link (a `sensitive` template): no log may show its text. */
  secret?: boolean;
  /** Files an email carries; SMS never carry any. */
  attachments?: { fileName: string; mediaType: string; content: Buffer }[];
}

/** Delivers messages on one channel; a thrown error means "not delivered, try again later". */
export interface Transport {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
  close?(): void | Promise<void>;
}

/** One transport per channel. */
export type Transports = Record<Channel, Transport>;
