import { sql, type Kysely } from 'kysely';
import { formatReference } from '../../common/reference.ts';
import type { DB } from '../db/schema.ts';

const yearFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar year of an instant in a time zone. */
export function yearIn(timeZone: string, at: Date): number {
  let f = yearFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' });
    yearFormats.set(timeZone, f);
  }
  return Number(f.format(at));
}

/**
 * Hands out year-scoped reference numbers. Serials come from one PostgreSQL sequence per year
 * (`case_ref_2026`, made on first use), so any number of processes can allocate without a shared
 * lock; each process takes a small block at a time to save a round trip per case, and fetches the
 * next block while a quarter of the current one is left, so concurrent intakes do not all wait for
 * the refill (behind a busy connection pool). A block left unused when a process stops leaves a
 * gap, which is harmless: references are never reused.
 */
export class ReferenceAllocator {
  #blocks = new Map<number, number[]>();
  #pending = new Map<number, Promise<void>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly timeZone: string,
    private readonly blockSize = 16,
  ) {}

  async next(now = new Date()): Promise<string> {
    const year = yearIn(this.timeZone, now);
    for (;;) {
      const block = this.#blocks.get(year);
      const serial = block?.shift();
      if (serial !== undefined) {
        if (block!.length < this.blockSize / 4) this.refill(year).catch(() => {}); // ahead of need; a failure shows on the next wait
        return formatReference(year, serial);
      }
      await this.refill(year);
    }
  }

  /** The block fetch in progress for a year, or a new one. */
  private refill(year: number): Promise<void> {
    let pending = this.#pending.get(year);
    if (!pending) {
      pending = this.fetchBlock(year)
        .then((serials) => {
          this.#blocks.set(year, [...(this.#blocks.get(year) ?? []), ...serials]);
        })
        .finally(() => this.#pending.delete(year));
      this.#pending.set(year, pending);
    }
    return pending;
  }

  private async fetchBlock(year: number): Promise<number[]> {
    const seq = `case_ref_${year}`;
    const take = () =>
      sql<{ n: number }>`select nextval(${seq}::regclass)::int8 as n from generate_series(1, ${this.blockSize})`.execute(this.db);
    try {
      return (await take()).rows.map((r) => Number(r.n));
    } catch (error) {
      if ((error as { code?: string }).code !== '42P01') throw error; // undefined_table: the year's sequence is new
      await ensureYearSequence(this.db, year);
      return (await take()).rows.map((r) => Number(r.n));
    }
  }
}

/** Creates the reference sequence of a year if it does not exist. */
export async function ensureYearSequence(db: Kysely<DB>, year: number): Promise<void> {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new RangeError(`year ${year}`);
  try {
    await sql.raw(`create sequence if not exists case_ref_${year} as bigint minvalue 1`).execute(db);
  } catch (error) {
    // Two processes creating the same sequence at once: the loser sees a duplicate; the sequence exists.
    if (!['23505', '42P07'].includes((error as { code?: string }).code ?? '')) throw error;
  }
}
