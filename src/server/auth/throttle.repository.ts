import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** The backoff parameters a claim is made with (see BackoffPolicy in throttle.ts); `free` is at least 1. */
export interface BackoffParams {
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  forgetSeconds: number;
}

/**
 * The throttle's counters (`throttle_buckets`: fixed windows; `sign_in_backoff`: backoff streaks).
 * Every change is one statement, so concurrent requests cannot slip past a limit between a read and a write.
 */
export class ThrottleRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Counts one event in a key's window (a new window when the last has ended); answers the count. */
  async hitWindow(key: string, windowSeconds: number): Promise<number> {
    const row = await sql<{ count: number }>`
      insert into throttle_buckets (key, count, reset_at)
      values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
      on conflict (key) do update set
        count = case when throttle_buckets.reset_at <= now() then 1 else throttle_buckets.count + 1 end,
        reset_at = case when throttle_buckets.reset_at <= now() then excluded.reset_at else throttle_buckets.reset_at end
      returning count`.execute(this.db);
    return row.rows[0]?.count ?? 0;
  }

  /** Takes one event back from a key's current window. */
  async refundWindow(key: string): Promise<void> {
    await sql`update throttle_buckets set count = greatest(count - 1, 0) where key = ${key} and reset_at > now()`.execute(this.db);
  }

  /** The count of a key's current window (0 when none). */
  async windowCount(key: string): Promise<number> {
    const row = await this.db
      .selectFrom('throttle_buckets')
      .select('count')
      .where('key', '=', key)
      .where('reset_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    return row?.count ?? 0;
  }

  async clearWindow(key: string): Promise<void> {
    await this.db.deleteFrom('throttle_buckets').where('key', '=', key).execute();
  }

  /**
   * Claims one attempt of a backoff streak in one statement: granted only when the key's next
   * attempt is due; the attempt that uses up the free ones sets the next wait (base × 2^k, capped).
   * A refused claim changes nothing. Answers whether it was granted.
   */
  async claimBackoff(key: string, p: BackoffParams): Promise<boolean> {
    const free = p.free;
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
    return granted.rows.length > 0;
  }

  /** Seconds until a key's next attempt is due (at least 1). */
  async backoffWait(key: string): Promise<number> {
    const row = await sql<{ wait: number }>`
      select greatest(1, ceil(extract(epoch from (next_at - now()))))::int as wait from sign_in_backoff where key = ${key}`.execute(this.db);
    return row.rows[0]?.wait ?? 1;
  }

  /** Ends a key's backoff streak. */
  async forgetBackoff(key: string): Promise<void> {
    await sql`delete from sign_in_backoff where key = ${key}`.execute(this.db);
  }
}
