import type { InboundConfig } from '../config.ts';
import { NotDelivered, type OutgoingMessage, type Transport } from '../notify/transport.ts';
import { postSigned } from './signed-post.ts';

/** What a relay receives for one answer (the outbound relay contract; see the README). */
export interface RelayOutboundMessage {
  /** The outbox message id; receipts name it, and it is the `Idempotency-Key`. */
  messageId: string;
  /** The relay channel (whatsapp, social, email). */
  channel: string;
  /** The relay's own conversation or sender id that came in with the case. */
  conversationId: string;
  reference: string | null;
  language: string;
  /** The answer in the citizen's language, as plain text. */
  text: string;
}

/**
 * Answers back through the relay a case came from: the outbox address is `{channel}:{conversation
 * id}`; the message goes to the channel's outbound URL, signed with the channel's newest secret
 * (the last one configured, as while rotating the new one is added after the old).
 */
export class RelayTransport implements Transport {
  readonly name = 'relay';
  readonly handsOver = true;

  constructor(
    private readonly config: Pick<InboundConfig, 'secrets' | 'outboundUrls'>,
    private readonly timeoutMs = 15_000,
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    const at = m.to.indexOf(':');
    const channel = m.to.slice(0, at);
    const url = this.config.outboundUrls?.[channel];
    const secret = this.config.secrets[channel]?.at(-1);
    if (at < 1 || !url || !secret) throw new NotDelivered(`relay ${channel || '?'} has no outbound URL or secret`);
    const body: RelayOutboundMessage = {
      messageId: m.messageId,
      channel,
      conversationId: m.to.slice(at + 1),
      reference: m.reference,
      language: m.language,
      text: m.rendered.text,
    };
    await postSigned({ url, secret, body: { ...body }, messageId: m.messageId, handOver: m.handOver, timeoutMs: this.timeoutMs });
  }
}
