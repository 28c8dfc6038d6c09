import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';

/** How a key's failures slow it down: some free attempts, then waits that double up to a cap. */
export interface BackoffPolicy {
  /** Attempts allowed in a row before the first wait. */
  freeAttempts: number;
  /** The first wait; each later one doubles. */
  baseSeconds: number;
  maxSeconds: number;
  /** A streak is forgotten this long after its next attempt became allowed. */
  forgetSeconds: number;
}

/**
 * Counters in the database, so every API process shares them. Every counter changes in one SQL
 * statement (an upsert), so concurrent requests cannot slip past a limit between a read and a write.
 */
export class Throttle {
  constructor(private readonly db: Kysely<DB>) {}

  /** Fixed window: counts one event for a key and answers whether the key is still under its limit. */
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

  /** Gives back one event of a fixed window (an attempt that turned out well). */
  async refund(key: string): Promise<void> {
    await sql`update throttle_buckets set count = greatest(count - 1, 0) where key = ${key} and reset_at > now()`.execute(this.db);
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

  /**
   * Backoff: claims one attempt for a key before the attempt is made. Answers 0 when granted, or
   * the seconds to wait. In one statement: granted only when the key's next attempt is due; the
   * attempt that uses up the free ones sets the next wait (base × 2^k, capped). A refused claim
   * changes nothing, so waiting is the only way forward.
   */
  async claim(key: string, p: BackoffPolicy): Promise<number> {
    const free = Math.max(1, Math.floor(p.freeAttempts));
    // The wait after the attempt numbered `n` (1-based) of a streak, or null while still free.
    const waitAfter = (n: ReturnType<typeof sql>) =>
      sql`case when ${n} >= ${free}
        then now() + make_interval(secs => least(${p.maxSeconds}::float8, ${p.baseSeconds}::float8 * power(2, least(${n} - ${free}, 30))))
        else null end`;
    const fresh = sql`b.forget_at <= now()`;
    const next = sql`case when ${fresh} then ${waitAfter(sql`1`)} else ${waitAfter(sql`b.attempts + 1`)} end`;
    const granted = await sql<{ attempts: number }>`
      insert into sign_in_backoff as b (key, attempts, next_at, forget_at)
      values (${key}, 1, ${waitAfter(sql`1`)}, coalesce(${waitAfter(sql`1`)}, now()) + make_interval(secs => ${p.forgetSeconds}))
      on conflict (key) do update set
        attempts = case when ${fresh} then 1 else b.attempts + 1 end,
        next_at = ${next},
        forget_at = coalesce(${next}, now()) + make_interval(secs => ${p.forgetSeconds})
      where ${fresh} or b.next_at is null or b.next_at <= now()
      returning attempts`.execute(this.db);
    if (granted.rows.length > 0) return 0;
    const row = await sql<{ wait: number }>`
      select greatest(1, ceil(extract(epoch from (next_at - now()))))::int as wait from sign_in_backoff where key = ${key}`.execute(this.db);
    return row.rows[0]?.wait ?? 1;
  }

  /** Ends a backoff streak (the right password was given). */
  async forget(key: string): Promise<void> {
    await sql`delete from sign_in_backoff where key = ${key}`.execute(this.db);
  }

  // Counters that no longer count anything are deleted by the worker's housekeeping (housekeeping/).
}
