import { NotDelivered, type OutgoingMessage, type Transport } from '../notify/transport.ts';
import type { RelayOutRepository } from './relay-out.repository.ts';
import { postSigned } from './signed-post.ts';

/**
 * Integration events: the outbox address is the endpoint's id, the payload its JSON body (no
 * personal data: see webhookNotices). Signed like relay messages, with the endpoint's own secret.
 * A disabled endpoint's messages are cancelled when it is disabled; one found disabled later is refused.
 */
export class WebhookTransport implements Transport {
  readonly name = 'webhook';
  readonly handsOver = true;

  constructor(
    private readonly repo: RelayOutRepository,
    private readonly timeoutMs = 15_000,
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    const endpoint = await this.repo.endpoint(Number(m.to));
    if (!endpoint?.active) throw new NotDelivered(`webhook endpoint ${m.to} is disabled or gone`);
    await postSigned({
      url: endpoint.url,
      secret: endpoint.secret,
      body: { id: m.messageId, ...m.payload },
      messageId: m.messageId,
      handOver: m.handOver,
      timeoutMs: this.timeoutMs,
    });
  }
}
