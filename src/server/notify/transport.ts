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
  /** The message in its language (empty for a webhook). */
  rendered: Rendered;
  /** For SMS: the text as sent (already fitted to the segment limit) and its size. */
  sms?: { text: string; size: SmsSize };
  /** The message carries a one-time code or a reset link (a `sensitive` template): no log may show its text. */
  secret?: boolean;
  /** A webhook's JSON body (nothing is rendered for it). */
  payload?: Record<string, unknown>;
  /** Files an email carries; SMS never carry any. */
  attachments?: { fileName: string; mediaType: string; content: Buffer }[];
  /**
   * Records the message as sent. A transport that `handsOver` calls it at the last moment before
   * the message becomes irrevocable (before SMTP's final dot, before the gateway request) and goes
   * on only if it resolves: it rejects when this sender's claim on the message has lapsed.
   */
  handOver?: () => Promise<void>;
}

/**
 * Delivers messages on one channel. An error thrown before `handOver` means "not delivered, try
 * again later"; after it, only a `NotDelivered` error does (anything else: the outcome is unknown).
 */
export interface Transport {
  readonly name: string;
  /** Calls `handOver` itself; otherwise the message is recorded as sent after `send` resolves. */
  readonly handsOver?: boolean;
  send(message: OutgoingMessage): Promise<void>;
  close?(): void | Promise<void>;
}

/**
 * The provider did not take the message — it answered with a refusal, or it was never reached —
 * so sending it again cannot deliver it twice.
 */
export class NotDelivered extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotDelivered';
  }
}

/**
 * One transport per channel. Without a `relay` or `webhook` transport, such messages fail and are
 * retried (then parked) like any undeliverable one.
 */
export type Transports = Record<Exclude<Channel, 'relay'>, Transport> & { relay?: Transport; webhook?: Transport };
