import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { StaffRole } from '../../common/enums.ts';
import { hot } from '../db/hot-statements.ts';
import type { DB, NotificationOutboxTable } from '../db/schema.ts';

/** An outbox row as the dispatcher claims it. */
export type OutboxRow = Awaited<ReturnType<OutboxRepository['claim']>>[number];

/** Outbox SQL; no rules. */
export class OutboxRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Citizen accounts matching any of the ids, phones or emails, with their preferences. */
  citizensFor(ids: number[], phones: string[], emails: string[]) {
    if (!ids.length && !phones.length && !emails.length) return Promise.resolve([]);
    return this.citizensMatching(ids, phones, emails).execute();
  }

  /**
   * The query of {@link citizensFor}: each list one array parameter, so the statement's text is the
   * same whatever their lengths (it is prepared on the hot path of intake).
   */
  private citizensMatching(ids: number[], phones: string[], emails: string[]) {
    return this.db
      .selectFrom('citizens')
      .select(['id', 'phone', 'email', 'language', 'notify_sms', 'notify_email', 'notify_relay'])
      .where((eb) =>
        eb.or([
          eb('id', '=', eb.fn.any(sql<number[]>`${ids}::bigint[]`)),
          eb('phone', '=', eb.fn.any(sql<string[]>`${phones}::text[]`)),
          eb('email', '=', eb.fn.any(sql<string[]>`${emails}::text[]`)),
        ]),
      );
  }

  /**
   * In one statement (one round trip on the hot path of intake, prepared): the citizen accounts
   * matching the contacts, as {@link citizensFor}, and, when `webhooks`, the active integration
   * endpoints (migration 2026-12-07-0117): their ids, entities and events.
   */
  async citizensAndEndpoints(ids: number[], phones: string[], emails: string[], webhooks: boolean) {
    const query = this.db.selectNoFrom((eb) => [
      jsonArrayFrom(this.citizensMatching(ids, phones, emails)).as('citizens'),
      jsonArrayFrom(
        eb
          .selectFrom('webhook_endpoints')
          .select(['id', 'entity_id', 'events'])
          .where('active', '=', true)
          .where(sql<boolean>`${webhooks}::boolean`),
      ).as('endpoints'),
    ]);
    const { rows } = await this.db.executeQuery(hot('recipients', query));
    return { citizens: rows[0]?.citizens ?? [], endpoints: rows[0]?.endpoints ?? [] };
  }

  /** The followers of some cases (migration 2026-12-07-0102): who said "mine too", or whose case was merged in. */
  followersOf(caseIds: number[]) {
    if (!caseIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('case_followers')
      .select(['id', 'case_id', 'citizen_id', 'phone', 'email', 'language'])
      .where('case_id', 'in', caseIds)
      .orderBy('id')
      .execute();
  }

  /** Active staff by id, or by entity and role. */
  activeStaff(ids: number[], groups: { entityIds: number[]; roles: StaffRole[] }[]) {
    return this.db
      .selectFrom('staff_users')
      .select(['id', 'email', 'language', 'notify_mode', 'entity_id', 'role'])
      .where('active', '=', true)
      .where((eb) =>
        eb.or([
          eb('id', 'in', ids.length ? ids : [-1]),
          ...groups.map((g) => eb.and([eb('entity_id', 'in', g.entityIds.length ? g.entityIds : [-1]), eb('role', 'in', g.roles.length ? g.roles : ['-' as StaffRole])])),
        ]),
      )
      .execute();
  }

  async insert(rows: Insertable<NotificationOutboxTable>[], db: Kysely<DB> = this.db): Promise<void> {
    if (rows.length) await db.insertInto('notification_outbox').values(rows).execute();
  }

  /** Inserts rows and answers their ids and channels, in the order given. */
  async insertReturning(rows: Insertable<NotificationOutboxTable>[]): Promise<{ id: number; channel: NotificationOutboxTable['channel'] }[]> {
    if (!rows.length) return [];
    const out = await this.db.insertInto('notification_outbox').values(rows).returning(['id', 'channel']).execute();
    return out.map((r) => ({ id: Number(r.id), channel: r.channel }));
  }

  /** Stores a file for outbox emails; answers its id. */
  async storeAttachment(a: { fileName: string; mediaType: string; content: Buffer }): Promise<number> {
    const r = await this.db
      .insertInto('notification_attachments')
      .values({ file_name: a.fileName, media_type: a.mediaType, content: a.content })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  }

  /** Attaches files (in order) to outbox messages. */
  async linkAttachments(outboxIds: number[], attachmentIds: number[]): Promise<void> {
    const rows = outboxIds.flatMap((outbox_id) => attachmentIds.map((attachment_id, position) => ({ outbox_id, attachment_id, position })));
    if (rows.length) await this.db.insertInto('notification_outbox_attachments').values(rows).execute();
  }

  /** The files of some outbox messages, by message id, in order. */
  async attachmentsOf(outboxIds: number[]): Promise<Map<number, { fileName: string; mediaType: string; content: Buffer }[]>> {
    const out = new Map<number, { fileName: string; mediaType: string; content: Buffer }[]>();
    if (!outboxIds.length) return out;
    const rows = await this.db
      .selectFrom('notification_outbox_attachments as l')
      .innerJoin('notification_attachments as a', 'a.id', 'l.attachment_id')
      .select(['l.outbox_id', 'a.file_name', 'a.media_type', 'a.content'])
      .where('l.outbox_id', 'in', outboxIds)
      .orderBy('l.outbox_id')
      .orderBy('l.position')
      .execute();
    for (const r of rows) {
      const id = Number(r.outbox_id);
      const list = out.get(id) ?? [];
      list.push({ fileName: r.file_name, mediaType: r.media_type, content: Buffer.from(r.content) });
      out.set(id, list);
    }
    return out;
  }

  /**
   * Claims up to `limit` due messages: one statement that locks them (`FOR UPDATE SKIP LOCKED`,
   * so concurrent dispatchers take disjoint rows), counts the attempt, gives each a fresh lease
   * token, and hides them from other dispatchers until `leaseUntil` — past which a message whose
   * sender died is due again. One statement needs no explicit transaction: its locks last as long
   * as the claim itself. Every later write of the claimant names the token, so once another
   * dispatcher has claimed the message again (a new token) they change nothing.
   */
  claim(now: Date, limit: number, leaseUntil: Date) {
    return this.db
      .updateTable('notification_outbox')
      .set({ attempts: sql`attempts + 1`, next_attempt_at: leaseUntil, last_attempt_at: now, lease_token: sql`gen_random_uuid()` })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('notification_outbox')
          .select('id')
          .where('status', '=', 'pending')
          // the database's clock too: rows default to its now(), which has microseconds
          .where('next_attempt_at', '<=', sql<Date>`greatest(${now}::timestamptz, now())`)
          .orderBy('next_attempt_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returning(['id', 'message_id', 'channel', 'address', 'language', 'template', 'params', 'reference', 'entity_id', 'attempts', 'lease_token'])
      .execute();
  }

  /** Extends the leases of messages still held under these tokens (never shortens one). */
  async renew(tokens: string[], leaseUntil: Date): Promise<void> {
    if (!tokens.length) return;
    await this.db
      .updateTable('notification_outbox')
      .set({ next_attempt_at: sql`greatest(next_attempt_at, ${leaseUntil}::timestamptz)` })
      .where('lease_token', 'in', tokens)
      .where('status', '=', 'pending')
      .execute();
  }

  /**
   * Gives back claimed messages that were not handed over: due at once, the attempt not counted.
   * Answers how many were still held.
   */
  async release(tokens: string[]): Promise<number> {
    if (!tokens.length) return 0;
    const r = await this.db
      .updateTable('notification_outbox')
      .set({ next_attempt_at: sql`now()`, attempts: sql`greatest(attempts - 1, 0)`, lease_token: null })
      .where('lease_token', 'in', tokens)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /**
   * Records a message as sent at the moment it is handed to its provider — only while this claim
   * holds it. Answers false when it does not (the lease lapsed and another dispatcher has it).
   */
  async handOver(token: string, now: Date, segments: number | null): Promise<boolean> {
    const r = await this.db
      .updateTable('notification_outbox')
      .set({ status: 'sent', sent_at: now, confirmed_at: null, segments, last_error: null })
      .where('lease_token', '=', token)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The provider acknowledged a handed-over message. */
  async confirm(token: string, now: Date, clearParams: boolean): Promise<void> {
    await this.db
      .updateTable('notification_outbox')
      .set({ confirmed_at: now, lease_token: null, ...(clearParams ? { params: '{}' } : {}) })
      .where('lease_token', '=', token)
      .where('status', '=', 'sent')
      .execute();
  }

  /** Hand-over and acknowledgement at once (a transport that cannot tell them apart), while this claim holds it. */
  async markSent(token: string, now: Date, segments: number | null, clearParams: boolean): Promise<void> {
    await this.db
      .updateTable('notification_outbox')
      .set({ status: 'sent', sent_at: now, confirmed_at: now, segments, last_error: null, lease_token: null, ...(clearParams ? { params: '{}' } : {}) })
      .where('lease_token', '=', token)
      .where('status', '=', 'pending')
      .execute();
  }

  /** A handed-over message whose provider never answered: it stays sent, unconfirmed, and is not sent again. */
  async markUnknown(token: string, error: string, clearParams: boolean): Promise<void> {
    await this.db
      .updateTable('notification_outbox')
      .set({ last_error: `outcome unknown: ${error}`.slice(0, 1000), lease_token: null, ...(clearParams ? { params: '{}' } : {}) })
      .where('lease_token', '=', token)
      .where('status', '=', 'sent')
      .execute();
  }

  /**
   * Records a failure — before the hand-over, or a refusal after it: due again at `retryAt`, or
   * parked. Only while this claim holds the message (a confirmed one is held by no claim).
   */
  async markFailed(token: string, error: string, retryAt: Date | null, segments: number | null): Promise<void> {
    await this.db
      .updateTable('notification_outbox')
      .set({
        status: retryAt ? 'pending' : 'parked',
        sent_at: null,
        confirmed_at: null,
        lease_token: null,
        last_error: error.slice(0, 1000),
        segments,
        ...(retryAt ? { next_attempt_at: retryAt } : {}),
      })
      .where('lease_token', '=', token)
      .where('status', 'in', ['pending', 'sent'])
      .execute();
  }

  /** Parked messages of some entities (undefined: every message, including those of no entity). */
  parked(entityIds: number[] | undefined, limit: number) {
    return this.db
      .selectFrom('notification_outbox as o')
      .select(['o.id', 'o.message_id', 'o.channel', 'o.address', 'o.language', 'o.template', 'o.reference', 'o.attempts', 'o.last_error', 'o.last_attempt_at', 'o.created_at'])
      .where('o.status', '=', 'parked')
      .$if(entityIds !== undefined, (q) => q.where('o.entity_id', 'in', entityIds!.length ? entityIds! : [-1]))
      .orderBy('o.id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Puts a parked message back in the queue with a fresh count; answers whether one was found. */
  async retry(id: number, entityIds: number[] | undefined, now: Date, db: Kysely<DB> = this.db): Promise<boolean> {
    const r = await db
      .updateTable('notification_outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now })
      .where('id', '=', id)
      .where('status', '=', 'parked')
      .$if(entityIds !== undefined, (q) => q.where('entity_id', 'in', entityIds!.length ? entityIds! : [-1]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** What SLA notices say about cases: reference, priority, due time, and the entity with its ancestors. */
  async casesForSla(db: Kysely<DB>, ids: number[]) {
    if (!ids.length) return [];
    const r = await sql<{ id: number; reference: string; priority: string; resolution_due_at: Date | null; entity_id: number; entity_chain: number[] }>`
      with recursive chain (case_id, entity_id, parent_id, depth) as (
        select c.id, e.id, e.parent_id, 0 from cases c join entities e on e.id = c.entity_id where c.id = any(${ids}::bigint[])
        union all
        select chain.case_id, e.id, e.parent_id, chain.depth + 1 from chain join entities e on e.id = chain.parent_id where chain.depth < 16
      )
      select c.id, c.reference, c.priority, c.resolution_due_at, c.entity_id, array_agg(chain.entity_id order by chain.depth) as entity_chain
      from cases c join chain on chain.case_id = c.id
      group by c.id`.execute(db);
    return r.rows.map((row) => ({ ...row, id: Number(row.id), entity_id: Number(row.entity_id), entity_chain: row.entity_chain.map(Number) }));
  }

  async isRootEntity(entityId: number): Promise<boolean> {
    const r = await this.db.selectFrom('entities').select('id').where('id', '=', entityId).where('parent_id', 'is', null).executeTakeFirst();
    return r !== undefined;
  }

  /** Staff with messages held for their digest, created before `before`. */
  async staffWithHeld(before: Date): Promise<number[]> {
    const rows = await this.db
      .selectFrom('notification_outbox')
      .select('staff_id')
      .distinct()
      .where('status', '=', 'held')
      .where('created_at', '<', before)
      .execute();
    return rows.flatMap((r) => (r.staff_id === null ? [] : [r.staff_id]));
  }

  /** Locks one staff member's held messages (skipping any another worker holds). */
  lockHeld(tx: Transaction<DB>, staffId: number, before: Date) {
    return tx
      .selectFrom('notification_outbox')
      .select(['id', 'template', 'params', 'language', 'reference', 'entity_id', 'created_at'])
      .where('status', '=', 'held')
      .where('staff_id', '=', staffId)
      .where('created_at', '<', before)
      .orderBy('id')
      .forUpdate()
      .skipLocked()
      .execute();
  }

  staffMember(staffId: number, db: Kysely<DB> = this.db) {
    return db.selectFrom('staff_users').select(['id', 'email', 'language', 'entity_id', 'active']).where('id', '=', staffId).executeTakeFirst();
  }

  /** Claims the (staff, day) digest slot; false when that day's digest already exists. */
  async claimDigestDay(tx: Transaction<DB>, staffId: number, day: string, outboxId: number): Promise<boolean> {
    const r = await tx
      .insertInto('notification_digests')
      .values({ staff_id: staffId, day, outbox_id: outboxId })
      .onConflict((oc) => oc.columns(['staff_id', 'day']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async insertReturningId(tx: Transaction<DB>, row: Insertable<NotificationOutboxTable>): Promise<number> {
    const r = await tx.insertInto('notification_outbox').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  }

  async markDigested(tx: Transaction<DB>, ids: number[], digestId: number): Promise<void> {
    if (ids.length) await tx.updateTable('notification_outbox').set({ status: 'digested', digest_id: digestId }).where('id', 'in', ids).execute();
  }
}
