import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { DB } from '../db/schema.ts';
import type { KpiReader } from '../kpi/kpi.reader.ts';
import type { KpiService } from '../kpi/kpi.service.ts';
import { ReplyRepository } from '../replies/reply.repository.ts';
import { SlaAdminRepository } from '../sla/sla-admin.repository.ts';
import type { SlaService } from '../sla/sla.service.ts';
import { BenchmarkService } from './benchmark.service.ts';
import { PracticeReportSections } from './practice-report.ts';
import { PracticeRepository } from './practice.repository.ts';
import { practiceRoutes } from './practice.routes.ts';
import { PracticeService } from './practice.service.ts';
import { readVariable } from '../config.env.ts';

/** Benchmarks, practice cards, adoptions and their before/after (src/server/practice). */
export interface PracticeServices {
  practice: PracticeService;
  benchmarks: BenchmarkService;
  /** The monthly national report's "best practice" and "adoptions" sheets. */
  report: PracticeReportSections;
}

/** Builds the practice services; the best entity is chosen by the composite score with `TAWASUL_KPI_WEIGHTS`, as the ranking. */
export function createPracticeServices(
  db: Kysely<DB>,
  deps: { access: AccessService; audit: AuditRepository; sla: SlaService; kpi: KpiService; reader: KpiReader },
  env: NodeJS.ProcessEnv = process.env,
): PracticeServices {
  const repo = new PracticeRepository(db);
  const benchmarks = new BenchmarkService(repo, deps.reader, deps.kpi, deps.access, readVariable('TAWASUL_KPI_WEIGHTS', env));
  const practice = new PracticeService(db, repo, deps.access, deps.audit, deps.sla, new SlaAdminRepository(db), benchmarks, new ReplyRepository(db));
  return { practice, benchmarks, report: new PracticeReportSections(repo, benchmarks) };
}

export function practicePlugin(p: PracticeServices) {
  return async (app: FastifyInstance) => {
    await app.register(practiceRoutes(p.practice, p.benchmarks));
  };
}
