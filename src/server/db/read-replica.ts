import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { isConnectionLost } from './database-errors.ts';

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
 * Watches a replica's lag behind its primary, every `checkEveryMs`, in the background. Each check
 * notes the primary's WAL position and when it was read; the replica's lag is the age of the newest
 * noted position it has replayed (0 when it has replayed the current one). An idle primary still
 * writes WAL records that are no commits, so "the time since the last replayed commit" would call an
 * up-to-date replica of a quiet primary stale; positions seen at known times do not. When the replica
 * has replayed none of the positions noted (just started, or far behind), the lag is at least the
 * age of the oldest note and the time since its last replayed commit. So a read routed to the
 * replica sees data at most `maxLagSeconds` plus one check interval old.
 */
export class ReplicaMonitor {
  private current: ReplicaState;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly answerWithinMs: number;
  /** The primary's WAL positions at the recent checks, oldest first (kept for the lag bound and a little more). */
  private readonly seen: { at: number; lsn: bigint }[] = [];

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

  private note(lsn: bigint): void {
    const now = Date.now();
    this.seen.push({ at: now, lsn });
    const keepMs = (this.settings.maxLagSeconds + 5) * 1000;
    while (this.seen.length > 1 && (now - this.seen[0]!.at > keepMs || this.seen.length > 1000)) this.seen.shift();
  }

  /**
   * Seconds behind: the age of the newest noted primary position the replica has replayed. When it
   * has replayed none, at least the oldest note's age (the figure shown) and, for the decision, the
   * time since its last replayed commit — unknown (no commit replayed since it started) counts as too far.
   */
  private lagOf(replayed: bigint, commitAge: number | null): { lag: number; shown: number } {
    const now = Date.now();
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i]!;
      if (s.lsn <= replayed) {
        const lag = i === this.seen.length - 1 ? 0 : (now - s.at) / 1000;
        return { lag, shown: lag };
      }
    }
    const oldest = this.seen[0] ? (now - this.seen[0].at) / 1000 : 0;
    return { lag: Math.max(oldest, commitAge ?? Number.POSITIVE_INFINITY, 0), shown: Math.max(oldest, commitAge ?? 0, 0) };
  }

  private async ask(): Promise<void> {
    let primaryLsn: string;
    try {
      const { rows } = await this.primary.query<{ lsn: string }>({ text: 'select pg_current_wal_lsn()::text as lsn', query_timeout: this.answerWithinMs } as pg.QueryConfig);
      primaryLsn = rows[0]!.lsn;
      this.note(lsnValue(primaryLsn));
    } catch {
      // The primary itself did not answer: nothing is known about the replica's lag.
      this.current = { ...this.current, state: 'unknown', lagSeconds: null, checkedAt: new Date() };
      return;
    }
    try {
      const { rows } = await this.replica.query<{ standby: boolean; replayed: string | null; commit_age: number | null }>({
        text: `select pg_is_in_recovery() as standby,
                      pg_last_wal_replay_lsn()::text as replayed,
                      extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as commit_age`,
        query_timeout: this.answerWithinMs,
      } as pg.QueryConfig);
      const r = rows[0]!;
      // A server out of recovery (promoted, or the primary itself) no longer follows this primary.
      if (!r.standby || r.replayed === null) return this.markUnavailable();
      const { lag, shown } = this.lagOf(lsnValue(r.replayed), r.commit_age);
      this.current = {
        state: lag <= this.settings.maxLagSeconds ? 'in_use' : 'lagging',
        lagSeconds: shown,
        maxLagSeconds: this.settings.maxLagSeconds,
        checkedAt: new Date(),
      };
    } catch {
      this.markUnavailable();
    }
  }
}

/** A WAL position (`16/B374D848`) as a number that orders as the positions do. */
export function lsnValue(lsn: string): bigint {
  const [high = '0', low = '0'] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

/**
 * A pool for Kysely that hands out a replica connection while the monitor finds the replica in
 * use, else a primary connection. Losing the replica never fails a read: a replica that refuses a
 * connection is marked unavailable and the read goes to the primary; so does a read whose first
 * statement finds the replica connection lost (an idle connection of a replica that has just gone
 * away, before its closing reached the pool) — nothing ran on it yet, so that statement runs again
 * on a primary connection, which serves the rest of the read. A lost connection later in a
 * transaction fails as it would on the primary. Ending it ends only the replica's pool (the
 * primary's belongs to the primary's Kysely).
 */
export function routingPool(primary: PostgresPool, replica: PostgresPool, monitor: ReplicaMonitor): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      if (monitor.usable()) {
        let client: PostgresPoolClient;
        try {
          client = await replica.connect();
        } catch {
          monitor.markUnavailable();
          return primary.connect();
        }
        return fallingBack(client, primary, monitor);
      }
      return primary.connect();
    },
    end: () => replica.end(),
  };
}

/** A replica client whose first statement, if it finds the connection lost, is run on a primary client instead (see routingPool). */
function fallingBack(replicaClient: PostgresPoolClient, primary: PostgresPool, monitor: ReplicaMonitor): PostgresPoolClient {
  // The client the read holds: the replica's, then the primary's; none between the two (and none
  // when the primary could not be reached), so that nothing is released twice.
  let current: PostgresPoolClient | undefined = replicaClient;
  let first = true;
  const query = (...args: unknown[]): unknown => {
    if (!current) return Promise.reject(new Error('the read lost its replica connection and has no other'));
    const run = current.query as (...a: unknown[]) => unknown;
    if (!first) return run(...args);
    first = false;
    const result = run(...args);
    if (!(result instanceof Promise)) return result; // a cursor: streamed as it comes, never repeated
    return result.catch(async (error: unknown) => {
      if (!isConnectionLost(error)) throw error;
      monitor.markUnavailable();
      current = undefined;
      replicaClient.release(true);
      current = await primary.connect();
      return (current.query as (...a: unknown[]) => unknown)(...args);
    });
  };
  return {
    query: query as PostgresPoolClient['query'],
    release: (destroy?: boolean) => {
      const held = current;
      current = undefined;
      held?.release(destroy);
    },
  };
}
