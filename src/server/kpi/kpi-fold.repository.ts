import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** SQL of folding the roll-up deltas (kpi_delta) into the roll-ups; no rules. */
export class KpiFoldRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Folds up to `batch` deltas in one transaction (`kpi_fold()`); answers how many, or a negative
   * number when another folder holds the turn and `wait` is false.
   */
  async foldBatch(batch: number, wait: boolean): Promise<number> {
    const res = await sql<{ n: number }>`select kpi_fold(${batch}::int, ${wait}::boolean) as n`.execute(this.db);
    return Number(res.rows[0]?.n ?? 0);
  }

  /** Gives the space of deleted deltas back, skipping the table if another process holds it. */
  async vacuumDeltas(): Promise<void> {
    await sql`vacuum (skip_locked) kpi_delta`.execute(this.db);
  }

  /**
   * The position of the roll-up deltas: the last one written (folded or not). It advances with
   * every change to the figures, in every process; one cheap read, no scan.
   */
  async position(): Promise<string> {
    const res = await sql<{ n: string | null }>`select pg_sequence_last_value(pg_get_serial_sequence('kpi_delta', 'id')::regclass)::text as n`.execute(this.db);
    return res.rows[0]?.n ?? '0';
  }

  /** Deltas not folded yet. */
  async deltaCount(): Promise<number> {
    const res = await sql<{ n: number }>`select count(*)::int8 as n from kpi_delta`.execute(this.db);
    return Number(res.rows[0]?.n ?? 0);
  }
}
