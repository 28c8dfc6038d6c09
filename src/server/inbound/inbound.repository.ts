import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Relay message ids received; no rules. */
export class InboundRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Records a message id; false when it was already there (a replay). */
  async claim(channel: string, messageId: string): Promise<boolean> {
    const r = await this.db
      .insertInto('inbound_messages')
      .values({ channel, message_id: messageId })
      .onConflict((oc) => oc.columns(['channel', 'message_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async record(channel: string, messageId: string, caseId: number, outcome: 'case_created' | 'reply_added'): Promise<void> {
    await this.db.updateTable('inbound_messages').set({ case_id: caseId, outcome }).where('channel', '=', channel).where('message_id', '=', messageId).execute();
  }

  /** Where the case's answers go back through its relay (migration 2026-12-07-0117). */
  async setConversation(caseId: number, conversationId: string): Promise<void> {
    await this.db.updateTable('cases').set({ relay_conversation_id: conversationId }).where('id', '=', caseId).execute();
  }

  /** Forgets a message whose handling failed, so the relay may send it again. */
  async release(channel: string, messageId: string): Promise<void> {
    await this.db.deleteFrom('inbound_messages').where('channel', '=', channel).where('message_id', '=', messageId).where('outcome', 'is', null).execute();
  }

  /** Forgets ids older than any timestamp the signature check still accepts. */
  async purge(before: Date): Promise<number> {
    const r = await this.db.deleteFrom('inbound_messages').where('received_at', '<', before).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  caseVersion(reference: string) {
    return this.db.selectFrom('cases').select(['id', 'version']).where('reference', '=', reference).executeTakeFirst();
  }
}
