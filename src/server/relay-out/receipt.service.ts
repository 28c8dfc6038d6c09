import { AppError, errors } from '../http/errors.ts';
import type { RelayChannel } from '../inbound/inbound.schema.ts';
import type { DeliveryState, RelayOutRepository } from './relay-out.repository.ts';
import type { Receipt } from './relay-out.schema.ts';

/** How far along a message is: a receipt never moves it back (read after delivered, not the reverse). */
const rank: Record<DeliveryState, number> = { failed: 0, delivered: 1, read: 2 };

/** The state a message has after a receipt, given the one it had. */
export function nextDeliveryState(current: DeliveryState | null, reported: DeliveryState): DeliveryState {
  return current === null || rank[reported] > rank[current] ? reported : current;
}

/**
 * Delivery receipts from relays: each receipt id is taken once (a replay is refused), and names a
 * message that went out through that same relay (another relay's message is not found).
 */
export class ReceiptService {
  constructor(private readonly repo: RelayOutRepository) {}

  async receive(channel: RelayChannel, receipt: Receipt): Promise<{ messageId: string; state: DeliveryState }> {
    const message = await this.repo.relayMessage(channel, receipt.messageId);
    if (!message) throw errors.notFound('relay message');
    if (!(await this.repo.claimReceipt(channel, receipt.receiptId))) {
      throw new AppError(409, 'idempotency_key_reused', 'A receipt with this id was already received; nothing was done.');
    }
    const state = nextDeliveryState(message.delivery_state, receipt.state);
    if (state === receipt.state) {
      await this.repo.setDelivery(message.id, state, receipt.at ? new Date(receipt.at) : new Date(), receipt.state === 'failed' ? (receipt.error ?? null) : null);
    }
    return { messageId: receipt.messageId, state };
  }
}
