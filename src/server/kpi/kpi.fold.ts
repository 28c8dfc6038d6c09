import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { KpiFoldRepository } from './kpi-fold.repository.ts';

export interface FoldOptions {
  /** Deltas per batch (one transaction each). */
  batch?: number;
  /** Stop after this many batches, even if deltas are left (the next run carries on). */
  maxBatches?: number;
  /** Wait for another folder to finish instead of leaving the work to it. */
  wait?: boolean;
}

/**
 * Moves the append-only roll-up deltas (kpi_delta) into the roll-ups with `kpi_fold()`, batch by
 * batch, each batch its own short transaction. Writers never wait for it; readers are exact whether
 * or not it has run (they add the unfolded deltas); any number of processes may run it (one folds at
 * a time, the others return at once).
 */
export class KpiFolder {
  #sinceVacuum = 0;
  readonly #repo: KpiFoldRepository;

  constructor(
    db: Kysely<DB>,
    private readonly defaults: { batch: number; maxBatches: number; vacuumEvery: number } = { batch: 10_000, maxBatches: 50, vacuumEvery: 50_000 },
  ) {
    this.#repo = new KpiFoldRepository(db);
  }

  /** Folds what is there now; answers the number of deltas folded (0 when another folder is at work). */
  async fold(opts: FoldOptions = {}): Promise<number> {
    const batch = opts.batch ?? this.defaults.batch;
    const maxBatches = opts.maxBatches ?? this.defaults.maxBatches;
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await this.#repo.foldBatch(batch, opts.wait ?? false);
      if (n < 0) break; // another folder holds the turn
      total += n;
      if (n < batch) break;
      // Let timers and I/O in between batches (PGlite answers within microtasks).
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#sinceVacuum += total;
    if (this.#sinceVacuum >= this.defaults.vacuumEvery) {
      // Deltas are deleted as fast as they come: give their space back (PGlite has no autovacuum).
      this.#sinceVacuum = 0;
      await this.#repo.vacuumDeltas();
    }
    return total;
  }

  /** Folds every delta there is, waiting for another folder if need be (tests, maintenance). */
  async foldAll(batch?: number): Promise<number> {
    return this.fold({ batch, maxBatches: Number.MAX_SAFE_INTEGER, wait: true });
  }

  /** Deltas not folded yet. */
  async backlog(): Promise<number> {
    return this.#repo.deltaCount();
  }
}
