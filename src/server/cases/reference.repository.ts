import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** SQL of the year-scoped reference sequences (`case_ref_2026`, …); no rules. */
export class ReferenceRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Takes `count` serials from the year's sequence; fails with 42P01 (undefined_table) when it does not exist yet. */
  async takeSerials(year: number, count: number): Promise<number[]> {
    const seq = `case_ref_${year}`;
    const res = await sql<{ n: number }>`select nextval(${seq}::regclass)::int8 as n from generate_series(1, ${count})`.execute(this.db);
    return res.rows.map((r) => Number(r.n));
  }

  /** Creates the reference sequence of a year if it does not exist. */
  async ensureYearSequence(year: number): Promise<void> {
    // The year is spliced into DDL: only a plain four-digit year may reach it.
    if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new RangeError(`year ${year}`);
    try {
      await sql.raw(`create sequence if not exists case_ref_${year} as bigint minvalue 1`).execute(this.db);
    } catch (error) {
      // Two processes creating the same sequence at once: the loser sees a duplicate; the sequence exists.
      if (!['23505', '42P07'].includes((error as { code?: string }).code ?? '')) throw error;
    }
  }
}
