import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export type DeliveryState = 'delivered' | 'read' | 'failed';

/** Relay receipts, relay messages of a case and integration endpoints (migration 2026-12-07-0117); no rules. */
export class RelayOutRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Records a receipt id; false when it was already there (a replay). */
  async claimReceipt(channel: string, receiptId: string): Promise<boolean> {
    const r = await this.db
      .insertInto('relay_receipts')
      .values({ channel, receipt_id: receiptId })
      .onConflict((oc) => oc.columns(['channel', 'receipt_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** The relay message with this id sent through this relay (its address starts with `{channel}:`). */
  relayMessage(channel: string, messageId: string) {
    return this.db
      .selectFrom('notification_outbox')
      .select(['id', 'status', 'delivery_state'])
      .where('channel', '=', 'relay')
      .where('message_id', '=', messageId)
      .where('address', 'like', `${channel}:%`)
      .executeTakeFirst();
  }

  async setDelivery(id: number, state: DeliveryState, at: Date, error: string | null): Promise<void> {
    await this.db.updateTable('notification_outbox').set({ delivery_state: state, delivery_state_at: at, delivery_error: error }).where('id', '=', id).execute();
  }

  /** The messages sent to a case's citizen and followers (no staff notices), oldest first, without addresses. */
  caseMessages(caseId: number) {
    return this.db
      .selectFrom('notification_outbox')
      .select(['message_id', 'channel', 'template', 'language', 'status', 'attempts', 'created_at', 'sent_at', 'delivery_state', 'delivery_state_at'])
      .where('case_id', '=', caseId)
      .where('staff_id', 'is', null)
      .where('channel', '!=', 'webhook')
      .orderBy('id')
      .execute();
  }

  endpoint(id: number) {
    return this.db.selectFrom('webhook_endpoints').select(['id', 'url', 'secret', 'active']).where('id', '=', id).executeTakeFirst();
  }

  endpoints() {
    return this.db
      .selectFrom('webhook_endpoints as w')
      .leftJoin('entities as e', 'e.id', 'w.entity_id')
      .select(['w.id', 'w.url', 'w.entity_id', 'w.events', 'w.active', 'w.created_at', 'w.disabled_at', 'e.code as entity_code'])
      .orderBy('w.id')
      .execute();
  }

  async createEndpoint(row: { url: string; secret: string; entity_id: number | null; events: string[]; created_by: number }): Promise<number> {
    const r = await this.db.insertInto('webhook_endpoints').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  }

  /** Disables an endpoint and cancels its undelivered messages; false when no active endpoint has this id. */
  async disableEndpoint(id: number, at: Date): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const r = await tx.updateTable('webhook_endpoints').set({ active: false, disabled_at: at }).where('id', '=', id).where('active', '=', true).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return false;
      await tx
        .updateTable('notification_outbox')
        .set({ status: 'cancelled', lease_token: null })
        .where('channel', '=', 'webhook')
        .where('address', '=', String(id))
        .where('status', 'in', ['pending', 'parked'])
        .execute();
      return true;
    });
  }

  entityId(code: string) {
    return this.db.selectFrom('entities').select('id').where('code', '=', code).executeTakeFirst();
  }
}
