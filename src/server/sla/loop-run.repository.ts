import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Records a background loop's last successful run (table loop_runs), for GET /metrics in any process. */
export class LoopRunRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Overwrites the loop's row with this run's end and duration. */
  async record(loop: string, finishedAt: Date, durationMs: number): Promise<void> {
    const duration_ms = Math.max(0, Math.round(durationMs));
    await this.db
      .insertInto('loop_runs')
      .values({ loop, finished_at: finishedAt, duration_ms })
      .onConflict((oc) => oc.column('loop').doUpdateSet({ finished_at: finishedAt, duration_ms }))
      .execute();
  }
}
