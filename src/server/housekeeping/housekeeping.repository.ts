import { sql, type Kysely } from 'kysely';
import type { CaseStatus } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** What a case's search words are rebuilt from once its free-text address is erased. */
export interface ReindexSource {
  title: string | null;
  description: string;
  area: string | null;
}

/**
 * Bounded deletes of rows past their use; no rules. Each statement deletes at most `limit` rows,
 * chosen with `FOR UPDATE SKIP LOCKED` (so two workers never wait on each other and no statement
 * holds many locks for long), and answers how many it deleted.
 */
export class HousekeepingRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Idempotency keys first used before `before`. */
  async idempotencyKeys(before: Date, limit: number): Promise<number> {
    const r = await sql`
      delete from idempotency_keys where ctid = any(array(
        select ctid from idempotency_keys where created_at < ${before} limit ${limit} for update skip locked))`.execute(this.db);
    return Number(r.numAffectedRows ?? 0);
  }

  /** Sessions that expired or were signed out before `before`, and staff sessions idle since `idleBefore`. */
  async sessions(before: Date, idleBefore: Date, limit: number): Promise<number> {
    const r = await this.db
      .deleteFrom('sessions')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('sessions')
          .select('id')
          .where((w) =>
            w.or([w('expires_at', '<', before), w('revoked_at', '<', before), w.and([w('staff_id', 'is not', null), w('last_seen_at', '<', idleBefore)])]),
          )
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** One-time sign-in codes used or expired before `before`. */
  otpCodes(before: Date, limit: number): Promise<number> {
    return this.usedOrExpired('otp_codes', 'id', 'consumed_at', before, limit);
  }

  /** Password-reset tokens used or expired before `before`. */
  passwordResets(before: Date, limit: number): Promise<number> {
    return this.usedOrExpired('password_resets', 'token_hash', 'used_at', before, limit);
  }

  /** Challenges between a right password and its second factor that expired before `before` (a used one is deleted at once). */
  async signInChallenges(before: Date, limit: number): Promise<number> {
    const r = await sql`
      delete from sign_in_challenges where token_hash in (
        select token_hash from sign_in_challenges where expires_at < ${before} limit ${limit} for update skip locked)`.execute(this.db);
    return Number(r.numAffectedRows ?? 0);
  }

  /** Staff sign-ins through the identity provider that were used or expired before `before`. */
  ssoSignIns(before: Date, limit: number): Promise<number> {
    return this.usedOrExpired('sso_sign_ins', 'id', 'used_at', before, limit);
  }

  /**
   * Deletes up to `limit` rows of a table of one-use secrets (codes, tokens, sign-ins in progress)
   * that were used or expired before `before`, skipping rows another purge holds.
   */
  private async usedOrExpired(table: 'otp_codes' | 'password_resets' | 'sso_sign_ins', key: 'id' | 'token_hash', usedColumn: 'consumed_at' | 'used_at', before: Date, limit: number): Promise<number> {
    const r = await sql`
      delete from ${sql.table(table)} where ${sql.ref(key)} in (
        select ${sql.ref(key)} from ${sql.table(table)}
        where expires_at < ${before} or ${sql.ref(usedColumn)} < ${before}
        limit ${limit} for update skip locked)`.execute(this.db);
    return Number(r.numAffectedRows ?? 0);
  }

  /** Throttle windows that ended before `before` (they count nothing any more). */
  async throttleBuckets(before: Date, limit: number): Promise<number> {
    const r = await this.db
      .deleteFrom('throttle_buckets')
      .where('key', 'in', (eb) => eb.selectFrom('throttle_buckets').select('key').where('reset_at', '<', before).limit(limit).forUpdate().skipLocked())
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Relays' delivery receipt ids received before `before` (kept only to refuse a replay). */
  async relayReceipts(before: Date, limit: number): Promise<number> {
    const r = await sql`
      delete from relay_receipts where (channel, receipt_id) in (
        select channel, receipt_id from relay_receipts where received_at < ${before} limit ${limit} for update skip locked)`.execute(this.db);
    return Number(r.numAffectedRows ?? 0);
  }

  /** Sign-in backoff streaks forgotten before `before`. */
  async signInBackoff(before: Date, limit: number): Promise<number> {
    const r = await sql`
      delete from sign_in_backoff where key = any(array(
        select key from sign_in_backoff where forget_at < ${before} limit ${limit} for update skip locked))`.execute(this.db);
    return Number(r.numAffectedRows ?? 0);
  }

  /**
   * Outbox messages sent before `before`, in one transaction with what refers to them: the
   * messages a digest carried, the digest's day slot and the links to files. Answers the number of
   * outbox rows deleted.
   */
  async sentOutbox(before: Date, limit: number): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('notification_outbox')
        .select('id')
        .where('status', '=', 'sent')
        .where('sent_at', '<', before)
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      const ids = rows.map((r) => r.id);
      if (!ids.length) return 0;
      await tx.deleteFrom('notification_digests').where('outbox_id', 'in', ids).execute();
      await tx.deleteFrom('notification_outbox_attachments').where('outbox_id', 'in', ids).execute();
      const carried = await tx.deleteFrom('notification_outbox').where('digest_id', 'in', ids).executeTakeFirst();
      const sent = await tx.deleteFrom('notification_outbox').where('id', 'in', ids).executeTakeFirst();
      return Number(carried.numDeletedRows) + Number(sent.numDeletedRows);
    });
  }

  /** Stored email files, older than `before`, that no outbox message carries any more. */
  async orphanAttachments(before: Date, limit: number): Promise<number> {
    const r = await this.db
      .deleteFrom('notification_attachments')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('notification_attachments as a')
          .select('a.id')
          .where('a.created_at', '<', before)
          .where(({ not, exists, selectFrom }) => not(exists(selectFrom('notification_outbox_attachments as l').select('l.outbox_id').whereRef('l.attachment_id', '=', 'a.id'))))
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /**
   * Erases the citizen's contact details from at most `limit` cases in one of the `final` states
   * since before `before` (closed_at, else their last change): the contact name, phone, email and
   * national id, the free-text address, the link to the citizen's account and the case's followers
   * (who are people with a phone or email; their ratings stay, tied to nobody). The case itself, its place, events and figures stay.
   * Only cases still holding something are chosen, so a second pass finds nothing. The search
   * words are rebuilt by `reindex` (they held the address). One transaction, with one audit entry
   * naming the cases; answers how many cases were erased.
   */
  async erasePersonalData(before: Date, final: readonly CaseStatus[], limit: number, reindex: (c: ReindexSource) => string): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('cases as c')
        .select(['c.id', 'c.reference', 'c.entity_id', 'c.title', 'c.description', 'c.area'])
        .where('c.status', 'in', final)
        .where(sql<Date>`coalesce(c.closed_at, c.updated_at)`, '<', before)
        .where((w) =>
          w.or([
            w('c.contact_name', 'is not', null),
            w('c.contact_phone', 'is not', null),
            w('c.contact_email', 'is not', null),
            w('c.contact_national_id', 'is not', null),
            w('c.address', 'is not', null),
            w('c.citizen_id', 'is not', null),
            w.exists(w.selectFrom('case_followers as f').select('f.id').whereRef('f.case_id', '=', 'c.id')),
          ]),
        )
        .orderBy('c.id')
        .limit(limit)
        .forUpdate('c')
        .skipLocked()
        .execute();
      if (!rows.length) return 0;
      const ids = rows.map((r) => r.id);
      // A follower's rating stays in the figures, tied to nobody; a link not used goes with them.
      await tx.deleteFrom('case_follower_ratings').where('case_id', 'in', ids).where('rating', 'is', null).execute();
      await tx.updateTable('case_follower_ratings').set({ follower_id: null }).where('case_id', 'in', ids).where('follower_id', 'is not', null).execute();
      await tx.deleteFrom('case_followers').where('case_id', 'in', ids).execute();
      for (const r of rows) {
        await tx
          .updateTable('cases')
          .set({
            contact_name: null,
            contact_phone: null,
            contact_email: null,
            contact_national_id: null,
            address: null,
            citizen_id: null,
            search_text: reindex(r),
          })
          .where('id', '=', r.id)
          .execute();
      }
      await tx
        .insertInto('audit_log')
        .values({
          actor_label: 'retention',
          action: 'case.personal_data_erased',
          target_type: 'case',
          target_id: null,
          before: null,
          after: JSON.stringify({ before: before.toISOString(), references: rows.map((r) => r.reference) }),
        })
        .execute();
      return rows.length;
    });
  }
}
