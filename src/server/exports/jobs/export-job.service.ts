import type { ReadStream } from 'node:fs';
import type { CaseExportQuery, ExportJob } from '../../../common/schemas/export-job.schema.ts';
import { requireStaff } from '../../access/access.service.ts';
import type { Actor } from '../../auth/actor.ts';
import { errors } from '../../http/errors.ts';
import type { ExportService } from '../export.service.ts';
import type { ExportFiles } from './export-job.files.ts';
import { storedFilter } from './export-job.filter.ts';
import type { ExportJobRepository, ExportJobRow } from './export-job.repository.ts';

/** When a case export becomes a job, and how long its file is kept. */
export interface ExportJobSettings {
  /** Up to this many rows the export is downloaded directly (TAWASUL_EXPORT_BACKGROUND_ROWS). */
  backgroundRows: number;
  /** Hours a job and its file are kept (TAWASUL_EXPORT_KEEP_HOURS). */
  keepHours: number;
}

/** A case's caller, which the list of one's exports does not repeat. */
const personal = new Set(['phone', 'nationalId']);
/** How many of one's own exports the list shows. */
const LISTED = 20;
/** How many of one's own exports may wait or run at once: a fourth waits for one of them to finish. */
export const MAX_WAITING = 3;

/** What a request for a case export became: a direct download, or a background job. */
export type ExportRequestOutcome = { mode: 'direct'; rowsTotal: number; truncated: boolean } | { mode: 'job'; job: ExportJob };

/**
 * Case exports as background jobs: a request over TAWASUL_EXPORT_BACKGROUND_ROWS rows becomes a
 * job (run by the background loops, export-job.runner.ts), smaller ones are downloaded directly.
 * Exporting is decided as the direct download's (the same scope, the same refusal); a job and its
 * file are its owner's alone — anyone else's is not found.
 */
export class ExportJobService {
  constructor(
    private readonly repo: ExportJobRepository,
    private readonly exports: ExportService,
    private readonly files: ExportFiles,
    private readonly settings: ExportJobSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Counts the rows of an export request and answers a direct download, or creates its job. */
  async request(actor: Actor, format: 'csv' | 'xlsx', query: CaseExportQuery): Promise<ExportRequestOutcome> {
    const { lang, ...q } = query;
    const filter = await this.exports.scope(actor, q);
    const { rows, truncated } = await this.exports.count(filter);
    if (rows <= this.settings.backgroundRows) return { mode: 'direct', rowsTotal: rows, truncated };
    const staff = requireStaff(actor, 'export');
    if ((await this.repo.waitingOf(staff.id)) >= MAX_WAITING) throw errors.rateLimited(10, `At most ${MAX_WAITING} of your exports may be prepared at once; wait for one to finish.`);
    const job = await this.repo.create({
      staffId: staff.id,
      format,
      language: lang ?? 'ar',
      query: q,
      filter: storedFilter(filter),
      rowsTotal: rows,
      truncated,
      expiresAt: new Date(this.now().getTime() + this.settings.keepHours * 3_600_000),
    });
    await this.exports.recordCases(staff, { mode: 'job', format, query: q, truncated, rows, jobId: job.id });
    return { mode: 'job', job: present(job, this.now()) };
  }

  /** The actor's own exports, newest first. */
  async list(actor: Actor): Promise<ExportJob[]> {
    const staff = requireStaff(actor, 'export');
    const now = this.now();
    return (await this.repo.listOf(staff.id, LISTED)).map((j) => present(j, now));
  }

  /** One of the actor's own exports. */
  async get(actor: Actor, id: number): Promise<ExportJob> {
    return present(await this.own(actor, id), this.now());
  }

  /** The file of one of the actor's own exports, while it is done and kept. */
  async file(actor: Actor, id: number): Promise<{ job: ExportJob; stream: ReadStream; size: number }> {
    const row = await this.own(actor, id);
    const now = this.now();
    if (row.state !== 'done' || !row.file_name || row.expires_at <= now) throw errors.notFound('export file');
    const file = await this.files.open(row.file_name);
    if (!file) throw errors.notFound('export file');
    return { job: present(row, now), ...file };
  }

  private async own(actor: Actor, id: number): Promise<ExportJobRow> {
    const staff = requireStaff(actor, 'export');
    const row = await this.repo.ownJob(staff.id, id);
    if (!row) throw errors.notFound('export');
    return row;
  }
}

/** A job as its owner sees it. */
function present(j: ExportJobRow, now: Date): ExportJob {
  const kept = j.state === 'done' && j.expires_at > now;
  return {
    id: j.id,
    state: j.state,
    format: j.format,
    language: j.language,
    filters: Object.fromEntries(Object.entries(j.query).filter(([k]) => !personal.has(k))),
    rowsDone: j.rows_done,
    rowsTotal: j.rows_total,
    truncated: j.truncated,
    sizeBytes: j.size_bytes === null ? null : Number(j.size_bytes),
    fileUrl: kept ? `/api/v1/exports/jobs/${j.id}/file` : null,
    createdAt: j.created_at.toISOString(),
    finishedAt: j.finished_at ? new Date(j.finished_at).toISOString() : null,
    expiresAt: j.expires_at.toISOString(),
  };
}
