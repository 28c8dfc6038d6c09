import { formatReference } from '../../common/reference.ts';
import type { ReferenceRepository } from './reference.repository.ts';
import { yearIn } from '../../common/zoned-time.ts';

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
    private readonly repo: ReferenceRepository,
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
    try {
      return await this.repo.takeSerials(year, this.blockSize);
    } catch (error) {
      if ((error as { code?: string }).code !== '42P01') throw error; // undefined_table: the year's sequence is new
      await this.repo.ensureYearSequence(year);
      return this.repo.takeSerials(year, this.blockSize);
    }
  }
}
