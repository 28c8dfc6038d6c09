import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { readVariable } from '../../config.env.ts';
import type { DB } from '../../db/schema.ts';
import type { Loop } from '../../loop.ts';
import type { ExportService } from '../export.service.ts';
import { ExportFiles } from './export-job.files.ts';
import { ExportJobRepository } from './export-job.repository.ts';
import { exportJobRoutes } from './export-job.routes.ts';
import { exportJobRunDefaults, ExportJobRunner, type ExportJobRunSettings } from './export-job.runner.ts';
import { ExportJobService } from './export-job.service.ts';

/** Case exports as background jobs (src/server/exports/jobs). */
export interface ExportJobServices {
  jobs: ExportJobService;
  /** Runs waiting jobs and purges expired ones (the worker's `export-jobs` and `export-purge` loops). */
  runner: ExportJobRunner;
}

/**
 * Builds the background exports over one database: files under `<dataDir>/exports`,
 * `TAWASUL_EXPORT_BACKGROUND_ROWS` (when a request becomes a job) and `TAWASUL_EXPORT_KEEP_HOURS`
 * (how long its file is kept) read from `deps.env`. The rows are read by `deps.exports`, as the
 * direct download's are.
 */
export function createExportJobServices(
  db: Kysely<DB>,
  dataDir: string,
  deps: {
    exports: ExportService;
    timeZone: () => Promise<string>;
    log: Logger;
    env?: NodeJS.ProcessEnv;
    run?: Partial<ExportJobRunSettings>;
    now?: () => Date;
  },
): ExportJobServices {
  const env = deps.env ?? process.env;
  const repo = new ExportJobRepository(db);
  const files = new ExportFiles(path.join(dataDir, 'exports'));
  const settings = { backgroundRows: readVariable('TAWASUL_EXPORT_BACKGROUND_ROWS', env), keepHours: readVariable('TAWASUL_EXPORT_KEEP_HOURS', env) };
  return {
    jobs: new ExportJobService(repo, deps.exports, files, settings, deps.now),
    runner: new ExportJobRunner(repo, deps.exports, files, deps.timeZone, deps.log, { ...exportJobRunDefaults, ...deps.run }),
  };
}

/** Background work: run waiting export jobs every second or two; purge expired ones with the housekeeping's rhythm. */
export function exportJobLoops(runner: ExportJobRunner, housekeepingSeconds: number): Loop[] {
  return [
    { name: 'export-jobs', everyMs: 2000, run: (now, signal) => runner.run(now, signal) },
    { name: 'export-purge', everyMs: housekeepingSeconds * 1000, run: (now, signal) => runner.purge(now, signal) },
  ];
}

export function exportJobsPlugin(e: ExportJobServices) {
  return async (app: FastifyInstance) => {
    await app.register(exportJobRoutes(e.jobs));
  };
}
