import type { Logger } from 'pino';
import type { ExportService } from '../export.service.ts';
import { tableCsvStream, tableXlsxStream } from '../report.table.ts';
import type { ExportFiles } from './export-job.files.ts';
import { filterOf } from './export-job.filter.ts';
import type { ExportJobRepository, ExportJobRow } from './export-job.repository.ts';

/** How the runs of background exports behave. */
export interface ExportJobRunSettings {
  /** A running job whose heartbeat is older than this was left by a process that died: another run takes it over. */
  staleMs: number;
  /** Attempts of one job; a job abandoned after the last is failed. */
  maxAttempts: number;
  /** Jobs purged per run of the housekeeping (each with its file). */
  purgeBatch: number;
}

export const exportJobRunDefaults: ExportJobRunSettings = { staleMs: 60_000, maxAttempts: 3, purgeBatch: 100 };

/** The file of one attempt at a job: a new name per attempt, so an attempt taken over never touches its successor's file. */
export const exportFileName = (job: Pick<ExportJobRow, 'id' | 'format'>, attempt: number) => `${job.id}-${attempt}.${job.format}`;

/** Another run took the job over (or it was purged) while this one was writing it. */
class JobLost extends Error {}

/**
 * Runs background case exports: claims the oldest waiting job (any number of processes may run
 * this; each job is claimed by one), streams the export of its filter to a file page by page —
 * the same bytes as the direct download — counting the rows done and beating its heartbeat every
 * page. A job whose process died mid-way is taken over by the next run once its heartbeat is
 * `staleMs` old, and written again from the start; after `maxAttempts` attempts it is failed.
 * A job that fails records why (for the operators; its owner sees "failed").
 */
export class ExportJobRunner {
  constructor(
    private readonly repo: ExportJobRepository,
    private readonly exports: ExportService,
    private readonly files: ExportFiles,
    private readonly timeZone: () => Promise<string>,
    private readonly log: Logger,
    private readonly settings: ExportJobRunSettings = exportJobRunDefaults,
  ) {}

  /** Runs the waiting jobs one after another until none waits or `signal` aborts; answers how many were finished or failed. */
  async run(now = new Date(), signal?: AbortSignal): Promise<number> {
    const staleBefore = () => new Date(Date.now() - this.settings.staleMs);
    await this.repo.abandon(staleBefore(), this.settings.maxAttempts, now, 'interrupted: its process stopped on the last attempt');
    let ran = 0;
    while (!signal?.aborted) {
      const job = await this.repo.claim(new Date(), staleBefore(), this.settings.maxAttempts);
      if (!job) break;
      await this.runJob(job);
      ran++;
    }
    return ran;
  }

  private async runJob(job: ExportJobRow): Promise<void> {
    const attempt = job.attempts;
    // What an earlier attempt left half-written.
    for (let a = 1; a < attempt; a++) await this.files.remove(exportFileName(job, a));
    const name = exportFileName(job, attempt);
    let rowsDone = 0;
    const progress = async (rows: number) => {
      rowsDone = rows;
      if (!(await this.repo.progress(job.id, attempt, rows, new Date()))) throw new JobLost();
    };
    try {
      const table = this.exports.table(filterOf(job.filter), job.language, progress);
      const timeZone = await this.timeZone();
      const chunks = job.format === 'csv' ? tableCsvStream(table, timeZone) : tableXlsxStream(table, job.language, timeZone);
      const sizeBytes = await this.files.write(name, chunks);
      if (!(await this.repo.finish(job.id, attempt, { fileName: name, sizeBytes, rowsDone, now: new Date() }))) throw new JobLost();
      this.log.info({ exportJob: job.id, rows: rowsDone, bytes: sizeBytes }, 'export job done');
    } catch (error) {
      if (error instanceof JobLost) {
        await this.files.remove(name);
        this.log.warn({ exportJob: job.id, attempt }, 'export job taken over or removed while running');
        return;
      }
      this.log.error({ err: error, exportJob: job.id, attempt }, 'export job failed');
      await this.files.remove(name);
      await this.repo.fail(job.id, attempt, error instanceof Error ? error.message : String(error), new Date());
    }
  }

  /** Deletes the jobs past their keeping time (TAWASUL_EXPORT_KEEP_HOURS) with their files; answers how many. */
  async purge(now = new Date(), signal?: AbortSignal): Promise<number> {
    let purged = 0;
    while (!signal?.aborted) {
      const jobs = await this.repo.expired(now, this.settings.purgeBatch);
      for (const job of jobs) for (let a = 1; a <= Math.max(job.attempts, 1); a++) await this.files.remove(exportFileName(job, a));
      purged += await this.repo.remove(jobs.map((j) => j.id));
      if (jobs.length < this.settings.purgeBatch) break;
    }
    if (purged) this.log.info({ purged }, 'expired export jobs purged');
    return purged;
  }
}
