import type { CaseGate } from '../access/case-gate.ts';
import type { Actor } from '../auth/actor.ts';
import type { RelayOutRepository } from './relay-out.repository.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * What was sent to a case's citizen (and followers), on which channel, and what became of it:
 * sent, retried, parked, and the relay's delivery receipts. For staff who reach the case; no
 * addresses (the case page shows the contact to those who may see it).
 */
export class CaseMessagesService {
  constructor(
    private readonly repo: RelayOutRepository,
    private readonly gate: CaseGate,
  ) {}

  async list(actor: Actor, reference: string) {
    const { row, who } = await this.gate.open(actor, reference, undefined);
    // Delivery states are staff's tools: the case's own citizen reaches the case but gets none.
    if (!who.staff) return [];
    return (await this.repo.caseMessages(row.id)).map((m) => ({
      messageId: m.message_id,
      channel: m.channel as 'sms' | 'email' | 'relay',
      template: m.template,
      language: m.language,
      status: m.status,
      attempts: m.attempts,
      createdAt: iso(m.created_at)!,
      sentAt: iso(m.sent_at),
      deliveryState: m.delivery_state,
      deliveryStateAt: iso(m.delivery_state_at),
    }));
  }
}
