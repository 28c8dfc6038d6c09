import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** A follower's rating of the case that answered them, with the public facts its page shows. */
export interface FollowerRatingRow {
  id: number;
  case_id: number;
  rating: number | null;
  rated_at: Date | null;
  reference: string;
  type: string;
  status: string;
  resolved_at: Date | null;
  entity_id: number;
  service_id: number;
  entity_ar: string;
  entity_en: string;
  service_ar: string;
  service_en: string;
}

/** Counts of followers' ratings per month, entity and service. */
export interface FollowerCountRow {
  month: string;
  entity_id: number;
  service_id: number;
  follower_rated: number;
  follower_sum: number;
}

/** Followers' rating links (by their tokens' hashes) and their ratings, kept apart from the reporter's. */
export class FollowerRatingRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Gives followers of a case a rating link: one row per follower and case; a later notice replaces
   * the token (the old link stops working), a rating given stays. Pass the notice's transaction.
   */
  async issue(rows: { case_id: number; follower_id: number; token_hash: string }[]): Promise<void> {
    if (!rows.length) return;
    await this.db
      .insertInto('case_follower_ratings')
      .values(rows)
      .onConflict((oc) => oc.columns(['case_id', 'follower_id']).doUpdateSet((eb) => ({ token_hash: eb.ref('excluded.token_hash') })))
      .execute();
  }

  /** The rating link of a token's hash, with the case's public facts; undefined when unknown. */
  byToken(tokenHash: string): Promise<FollowerRatingRow | undefined> {
    return this.db
      .selectFrom('case_follower_ratings as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .innerJoin('entities as e', 'e.id', 'c.entity_id')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .select([
        'r.id',
        'r.case_id',
        'r.rating',
        'r.rated_at',
        'c.reference',
        'c.type',
        'c.status',
        'c.resolved_at',
        'c.entity_id',
        'c.service_id',
        'e.name_ar as entity_ar',
        'e.name_en as entity_en',
        's.name_ar as service_ar',
        's.name_en as service_en',
      ])
      .where('r.token_hash', '=', tokenHash)
      .executeTakeFirst() as Promise<FollowerRatingRow | undefined>;
  }

  /** The case's latest public answer: the body of its latest public reply or public status change (the resolution's text). */
  async publicAnswer(caseId: number): Promise<string | null> {
    const row = await this.db
      .selectFrom('case_events')
      .select('body')
      .where('case_id', '=', caseId)
      .where('visibility', '=', 'public')
      .where('kind', 'in', ['public_reply', 'status_changed'])
      .where('body', 'is not', null)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row?.body ?? null;
  }

  /** Records the rating; false when the follower has rated already. */
  async rate(id: number, values: { rating: number; comment: string | null; month: string }): Promise<boolean> {
    const done = await this.db
      .updateTable('case_follower_ratings')
      .set({ ...values, rated_at: new Date() })
      .where('id', '=', id)
      .where('rating', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return done !== undefined;
  }

  /** Followers' ratings per month (of the resolution rated), entity and service. */
  async counts(from: string, to: string, entityIds?: readonly number[]): Promise<FollowerCountRow[]> {
    if (entityIds && !entityIds.length) return [];
    const rows = await this.db
      .selectFrom('case_follower_ratings as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .select(['r.month', 'c.entity_id', 'c.service_id'])
      .select((eb) => [eb.fn.countAll<string>().as('follower_rated'), eb.fn.sum<string>('r.rating').as('follower_sum')])
      .where('r.rating', 'is not', null)
      .where('r.month', '>=', from)
      .where('r.month', '<=', to)
      .$if(entityIds !== undefined, (q) => q.where('c.entity_id', 'in', entityIds!))
      .groupBy(['r.month', 'c.entity_id', 'c.service_id'])
      .execute();
    return rows.map((r) => ({
      month: r.month!,
      entity_id: Number(r.entity_id),
      service_id: Number(r.service_id),
      follower_rated: Number(r.follower_rated),
      follower_sum: Number(r.follower_sum),
    }));
  }
}
