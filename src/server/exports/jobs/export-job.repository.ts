import type { Kysely, Selectable } from 'kysely';
import type { DB, ExportJobsTable } from '../../db/schema.ts';

export type ExportJobRow = Selectable<ExportJobsTable>;

/** What a new job records: who asked, what, and how many rows it will hold. */
export interface NewExportJob {
  staffId: number;
  format: 'csv' | 'xlsx';
  language: 'ar' | 'en';
  query: Record<string, unknown>;
  filter: Record<string, unknown>;
  rowsTotal: number;
  truncated: boolean;
  expiresAt: Date;
}

/** The rows of background case exports: their owner's list, their claim by a run, their progress and their purge. */
export class ExportJobRepository {
  constructor(private readonly db: Kysely<DB>) {}

  create(job: NewExportJob): Promise<ExportJobRow> {
    return this.db
      .insertInto('export_jobs')
      .values({
        staff_id: job.staffId,
        format: job.format,
        language: job.language,
        query: JSON.stringify(job.query),
        filter: JSON.stringify(job.filter),
        rows_total: job.rowsTotal,
        truncated: job.truncated,
        expires_at: job.expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** One staff member's jobs, newest first. */
  listOf(staffId: number, limit: number): Promise<ExportJobRow[]> {
    return this.db.selectFrom('export_jobs').selectAll().where('staff_id', '=', staffId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }

  /** How many of one staff member's jobs are queued or running. */
  async waitingOf(staffId: number): Promise<number> {
    const row = await this.db
      .selectFrom('export_jobs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('staff_id', '=', staffId)
      .where('state', 'in', ['queued', 'running'])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** A job of one staff member's (undefined for anyone else's). */
  ownJob(staffId: number, id: number): Promise<ExportJobRow | undefined> {
    return this.db.selectFrom('export_jobs').selectAll().where('id', '=', id).where('staff_id', '=', staffId).executeTakeFirst();
  }

  /**
   * Claims the oldest job waiting — queued, or running with a heartbeat older than `staleBefore`
   * (its process died) and fewer than `maxAttempts` attempts — in one statement (SKIP LOCKED: two
   * runs never take the same job). The job starts over: no rows done, one attempt more.
   */
  claim(now: Date, staleBefore: Date, maxAttempts: number): Promise<ExportJobRow | undefined> {
    return this.db
      .updateTable('export_jobs')
      .set((eb) => ({ state: 'running', rows_done: 0, attempts: eb('attempts', '+', 1), heartbeat_at: now, started_at: now, error: null }))
      .where(
        'id',
        '=',
        this.db
          .selectFrom('export_jobs')
          .select('id')
          .where((eb) =>
            eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('heartbeat_at', '<', staleBefore), eb('attempts', '<', maxAttempts)])]),
          )
          .orderBy('created_at')
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .executeTakeFirst();
  }

  /** Running jobs whose heartbeat stopped after their last attempt: failed, with the reason. */
  async abandon(staleBefore: Date, maxAttempts: number, now: Date, reason: string): Promise<number> {
    const r = await this.db
      .updateTable('export_jobs')
      .set({ state: 'failed', error: reason, finished_at: now })
      .where('state', '=', 'running')
      .where('heartbeat_at', '<', staleBefore)
      .where('attempts', '>=', maxAttempts)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** The rows done so far, and the heartbeat of the run holding the job (only while this attempt holds it). */
  async progress(id: number, attempt: number, rowsDone: number, now: Date): Promise<boolean> {
    const r = await this.db
      .updateTable('export_jobs')
      .set({ rows_done: rowsDone, heartbeat_at: now })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .where('attempts', '=', attempt)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** The job's file is written: done (only if this attempt still holds it). */
  async finish(id: number, attempt: number, done: { fileName: string; sizeBytes: number; rowsDone: number; now: Date }): Promise<boolean> {
    const r = await this.db
      .updateTable('export_jobs')
      .set({ state: 'done', file_name: done.fileName, size_bytes: done.sizeBytes, rows_done: done.rowsDone, finished_at: done.now, heartbeat_at: done.now })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .where('attempts', '=', attempt)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** The attempt failed: the job is failed, with the reason. */
  async fail(id: number, attempt: number, reason: string, now: Date): Promise<void> {
    await this.db
      .updateTable('export_jobs')
      .set({ state: 'failed', error: reason.slice(0, 500), finished_at: now })
      .where('id', '=', id)
      .where('state', '=', 'running')
      .where('attempts', '=', attempt)
      .execute();
  }

  /** Up to `limit` jobs past their keeping time, oldest first, with their files. */
  expired(now: Date, limit: number): Promise<Pick<ExportJobRow, 'id' | 'format' | 'attempts'>[]> {
    return this.db.selectFrom('export_jobs').select(['id', 'format', 'attempts']).where('expires_at', '<=', now).orderBy('expires_at').limit(limit).execute();
  }

  async remove(ids: number[]): Promise<number> {
    if (!ids.length) return 0;
    const r = await this.db.deleteFrom('export_jobs').where('id', 'in', ids).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
