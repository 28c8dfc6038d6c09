import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';

/**
 * Fixed-window counters in the database, so every API process shares them. `hit` counts one
 * event for a key and answers whether the key is still under its limit.
 */
export class Throttle {
  constructor(private readonly db: Kysely<DB>) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    const row = await sql<{ count: number }>`
      insert into throttle_buckets (key, count, reset_at)
      values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
      on conflict (key) do update set
        count = case when throttle_buckets.reset_at <= now() then 1 else throttle_buckets.count + 1 end,
        reset_at = case when throttle_buckets.reset_at <= now() then excluded.reset_at else throttle_buckets.reset_at end
      returning count`.execute(this.db);
    return (row.rows[0]?.count ?? 0) <= limit;
  }

  /** Counts without hitting: whether the key has already reached its limit. */
  async exceeded(key: string, limit: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('throttle_buckets')
      .select('count')
      .where('key', '=', key)
      .where('reset_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    return (row?.count ?? 0) >= limit;
  }

  /** Hits and throws 429 when over the limit. */
  async enforce(key: string, limit: number, windowSeconds: number): Promise<void> {
    if (!(await this.hit(key, limit, windowSeconds))) throw errors.rateLimited(windowSeconds);
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('throttle_buckets').where('key', '=', key).execute();
  }
}
