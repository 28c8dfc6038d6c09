import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** How reads that may be stale use a streaming replica (`DATABASE_READ_URL`). */
export interface ReplicaSettings {
  url: string;
  /** A replica further behind the primary than this is skipped (TAWASUL_READ_MAX_LAG_SECONDS). */
  maxLagSeconds: number;
  /** How often the replica's lag is asked (default 1 s); a replica that did not answer is asked again as often. */
  checkEveryMs?: number;
  /** Longest wait for the replica to connect or to answer the check (default 1 s). */
  answerWithinMs?: number;
}

/**
 * The replica as last checked: `in_use` (reads go to it), `lagging` (further behind than the
 * bound), `unavailable` (did not answer, or is not a standby), `unknown` (not checked yet). In any
 * state but `in_use` the reads go to the primary.
 */
export interface ReplicaState {
  state: 'unknown' | 'in_use' | 'lagging' | 'unavailable';
  /** Seconds behind the primary at the last answer (0 when it had replayed all the primary wrote). */
  lagSeconds: number | null;
  maxLagSeconds: number;
  checkedAt: Date | null;
}

/**
 * Watches a replica's lag behind its primary, every `checkEveryMs`, in the background: the
 * primary's WAL position is compared with the replica's replayed position; when they differ, the
 * lag is the time since the replica last replayed a commit. So a read routed to the replica sees
 * data at most `maxLagSeconds` plus one check interval old.
 */
export class ReplicaMonitor {
  private current: ReplicaState;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly answerWithinMs: number;

  constructor(
    private readonly primary: pg.Pool,
    /** A pool of the replica's own for the checks; the monitor ends it when it stops. */
    private readonly replica: pg.Pool,
    private readonly settings: ReplicaSettings,
  ) {
    this.current = { state: 'unknown', lagSeconds: null, maxLagSeconds: settings.maxLagSeconds, checkedAt: null };
    this.answerWithinMs = settings.answerWithinMs ?? 1_000;
  }

  /** Starts the checks (the first at once). */
  start(): void {
    void this.check();
    this.timer = setInterval(() => void this.check(), this.settings.checkEveryMs ?? 1_000);
    this.timer.unref();
  }

  /** Stops the checks and closes the replica connection they use. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.replica.end();
  }

  state(): ReplicaState {
    return { ...this.current };
  }

  usable(): boolean {
    return this.current.state === 'in_use';
  }

  /** A read found the replica unreachable: the reads go to the primary until a check finds it again. */
  markUnavailable(): void {
    this.current = { ...this.current, state: 'unavailable', lagSeconds: null, checkedAt: new Date() };
  }

  /** Asks both servers once (one check at a time); never rejects. */
  check(): Promise<void> {
    return (this.running ??= this.ask().finally(() => (this.running = undefined)));
  }

  private async ask(): Promise<void> {
    let primaryLsn: string;
    try {
      const { rows } = await this.primary.query<{ lsn: string }>({ text: 'select pg_current_wal_lsn()::text as lsn', query_timeout: this.answerWithinMs } as pg.QueryConfig);
      primaryLsn = rows[0]!.lsn;
    } catch {
      // The primary itself did not answer: nothing is known about the replica's lag.
      this.current = { ...this.current, state: 'unknown', lagSeconds: null, checkedAt: new Date() };
      return;
    }
    try {
      const { rows } = await this.replica.query<{ standby: boolean; caught_up: boolean | null; lag: number | null }>({
        text: `select pg_is_in_recovery() as standby,
                      pg_last_wal_replay_lsn() >= $1::pg_lsn as caught_up,
                      extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as lag`,
        values: [primaryLsn],
        query_timeout: this.answerWithinMs,
      } as pg.QueryConfig);
      const r = rows[0]!;
      // A server out of recovery (promoted, or the primary itself) no longer follows this primary.
      if (!r.standby) return this.markUnavailable();
      const lag = r.caught_up ? 0 : Math.max(0, r.lag ?? Number.POSITIVE_INFINITY);
      this.current = {
        state: lag <= this.settings.maxLagSeconds ? 'in_use' : 'lagging',
        lagSeconds: Number.isFinite(lag) ? lag : null,
        maxLagSeconds: this.settings.maxLagSeconds,
        checkedAt: new Date(),
      };
    } catch {
      this.markUnavailable();
    }
  }
}

/**
 * A pool for Kysely that hands out a replica connection while the monitor finds the replica in
 * use, else a primary connection. A replica that refuses a connection is marked unavailable and the
 * read goes to the primary, so losing the replica never fails a read. Ending it ends only the
 * replica's pool (the primary's belongs to the primary's Kysely).
 */
export function routingPool(primary: PostgresPool, replica: PostgresPool, monitor: ReplicaMonitor): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      if (monitor.usable()) {
        try {
          return await replica.connect();
        } catch {
          monitor.markUnavailable();
        }
      }
      return primary.connect();
    },
    end: () => replica.end(),
  };
}
