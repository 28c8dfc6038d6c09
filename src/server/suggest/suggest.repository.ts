import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** A version of the suggester as stored. */
export interface SuggestVersionRow {
  version: number;
  trained_at: Date;
  through_case_id: number;
  case_count: number;
  held_out_count: number;
  top1: number | null;
  top3: number | null;
  per_service: Record<string, unknown>;
}

/** The suggester's versions, its training cases and the per-service auto-choose thresholds; holds no rules. */
export class SuggestRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async latest(): Promise<SuggestVersionRow | undefined> {
    const row = await this.db.selectFrom('suggest_models').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (!row) return undefined;
    const perService = typeof row.per_service === 'string' ? (JSON.parse(row.per_service) as Record<string, unknown>) : row.per_service;
    return { ...row, through_case_id: Number(row.through_case_id), trained_at: new Date(row.trained_at), per_service: perService };
  }

  async insert(v: Omit<SuggestVersionRow, 'version' | 'trained_at'>): Promise<number> {
    const row = await this.db
      .insertInto('suggest_models')
      .values({ ...v, per_service: JSON.stringify(v.per_service) })
      .returning('version')
      .executeTakeFirstOrThrow();
    return row.version;
  }

  /** The newest confirmed case's id and how many there are: a new version is trained when these move. */
  async confirmedMark(): Promise<{ maxId: number; count: number }> {
    const row = await this.db
      .selectFrom('cases')
      .where('status', 'in', ['resolved', 'closed'])
      .select([sql<number>`coalesce(max(id), 0)::int`.as('maxId'), sql<number>`count(*)::int`.as('count')])
      .executeTakeFirstOrThrow();
    return { maxId: Number(row.maxId), count: Number(row.count) };
  }

  /**
   * Cases whose service staff confirmed — resolved or closed in the service they ended in — up to
   * `throughId`, newest first, at most `limit`.
   */
  confirmedCases(throughId: number, limit: number) {
    return this.db
      .selectFrom('cases as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .where('c.status', 'in', ['resolved', 'closed'])
      .where('c.id', '<=', throughId)
      .select(['c.id', 's.code as serviceCode', 'c.title', 'c.description'])
      .orderBy('c.id', 'desc')
      .limit(limit)
      .execute();
  }

  /** Active services with their names and auto-choose thresholds, by code. */
  thresholds() {
    return this.db
      .selectFrom('services')
      .select(['code', 'name_ar', 'name_en', 'entity_id', 'suggest_auto_threshold'])
      .where('active', '=', true)
      .orderBy('code')
      .execute();
  }

  service(code: string) {
    return this.db.selectFrom('services').select(['id', 'code', 'entity_id', 'suggest_auto_threshold']).where('code', '=', code).executeTakeFirst();
  }

  async setThreshold(code: string, threshold: number | null, db: Kysely<DB> = this.db): Promise<void> {
    await db.updateTable('services').set({ suggest_auto_threshold: threshold }).where('code', '=', code).execute();
  }
}
