import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CaseViewService } from '../cases/case-view.service.ts';
import type { DB } from '../db/schema.ts';
import { CaseExportRepository } from '../exports/case-export.repository.ts';
import { exportRoutes } from '../exports/export.routes.ts';
import { ExportService } from '../exports/export.service.ts';
import { MonthlyReports } from '../exports/monthly-report.ts';
import { PublicCache, publicCacheSettings } from '../http/public-cache.ts';
import { KpiFoldRepository } from './kpi-fold.repository.ts';
import { KpiFolder } from './kpi.fold.ts';
import { KpiReader } from './kpi.reader.ts';
import { KpiRepository } from './kpi.repository.ts';
import { kpiRoutes } from './kpi.routes.ts';
import { KpiScopes } from '../access/indicator-scope.ts';
import { KpiService } from './kpi.service.ts';
import { publicStatsRoutes } from './public-stats.routes.ts';
import { PublicStatsService } from './public-stats.service.ts';
import { recognitionRoutes } from './recognition.routes.ts';
import { RecognitionService, recognitionSettings } from './recognition.service.ts';
import { readVariable } from '../config.env.ts';

/** Indicators, public statistics, exports and the monthly report, wired over one database. */
export interface KpiServices {
  kpi: KpiService;
  publicStats: PublicStatsService;
  /** The excellence table (README "Recognition"). */
  recognition: RecognitionService;
  exports: ExportService;
  monthlyReports: MonthlyReports;
  reader: KpiReader;
  /** Folds the roll-up deltas into the roll-ups (the worker's `kpi-fold` loop, or on demand). */
  folder: KpiFolder;
  /** Answers of the anonymous public routes, kept until the deltas move (README "Public pages under load"). */
  publicCache: PublicCache;
}

/**
 * Builds the indicator services. `TAWASUL_KPI_WEIGHTS` (e.g. `resolutionCompliance=35,
 * firstResponseCompliance=20,satisfiedShare=20,resolvedShare=15,reopenRate=10`) sets the
 * composite score's weights; a bad value stops the start with its reason. `TAWASUL_PUBLIC_MAX_AGE`
 * and its companions set how long public answers are kept (see `publicCacheSettings`);
 * `TAWASUL_EXPORT_MAX_ROWS` the most cases one export holds. Indicators,
 * public figures, recognition, exports and monthly reports read through `deps.reader`.
 */
export function createKpiServices(
  db: Kysely<DB>,
  access: AccessService,
  caseViews: CaseViewService,
  deps: {
    /** Where case exports are recorded. */
    audit: AuditRepository;
    /** For the indicators, public figures and exports, which may be a few seconds stale (Database.reader); `db` when not given. */
    reader?: Kysely<DB>;
    env?: NodeJS.ProcessEnv;
    now?: () => Date;
  },
): KpiServices {
  const { reader: stale = db, env = process.env, now = () => new Date() } = deps;
  const repo = new KpiRepository(stale);
  const reader = new KpiReader(repo);
  const scopes = new KpiScopes(db, access);
  const weights = readVariable('TAWASUL_KPI_WEIGHTS', env);
  // The public cache's position is read where its answers are read, so an answer is never kept under a newer position.
  const foldRepo = new KpiFoldRepository(stale);
  const kpi = new KpiService(repo, reader, scopes, weights, now);
  return {
    kpi,
    reader,
    folder: new KpiFolder(db),
    publicCache: new PublicCache(() => foldRepo.position(), publicCacheSettings(env)),
    publicStats: new PublicStatsService(repo, reader, scopes, now),
    recognition: new RecognitionService(repo, reader, scopes, recognitionSettings(weights, env), now),
    exports: new ExportService(kpi, scopes, caseViews, new CaseExportRepository(stale), access, readVariable('TAWASUL_EXPORT_MAX_ROWS', env), deps.audit),
    monthlyReports: new MonthlyReports(kpi, scopes, repo, () => reader.timeZone()),
  };
}

/** Registers the indicator, public statistics and export routes. */
export function kpiPlugin(k: KpiServices) {
  return async (app: FastifyInstance) => {
    await app.register(kpiRoutes(k.kpi));
    await app.register(publicStatsRoutes(k.publicStats, k.publicCache));
    await app.register(recognitionRoutes(k.recognition, k.publicCache));
    await app.register(exportRoutes(k.exports, () => k.reader.timeZone()));
  };
}
