import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { slaEscalationNotices } from '../notify/sla-notices.ts';
import { LoopRunRepository } from './loop-run.repository.ts';
import { SlaAdminRepository } from './sla-admin.repository.ts';
import { SlaAdminService } from './sla-admin.service.ts';
import { SlaRepository } from './sla.repository.ts';
import { SlaService } from './sla.service.ts';
import { SlaSweeper } from './sla.sweeper.ts';

/** Working time and SLA clocks, the sweeper that warns and escalates, and the administration of calendars and policies. */
export interface SlaServices {
  sla: SlaService;
  sweeper: SlaSweeper;
  slaAdmin: SlaAdminService;
}

/**
 * Builds the SLA services over one database. The sweeper's escalations become notices in the
 * outbox (dated in `config.timeZone`), and it sweeps with two workers on PostgreSQL
 * (`config.databaseUrl`); calendar and policy changes refresh the catalogue.
 * Their routes are `slaAdminRoutes(slaAdmin)`; the worker runs `sweeper`.
 */
export function createSlaServices(
  db: Kysely<DB>,
  config: Config,
  deps: { audit: AuditRepository; catalogue: CatalogueService; access: AccessService },
): SlaServices {
  const repo = new SlaRepository(db);
  const sla = new SlaService(repo);
  return {
    sla,
    // Two batches at once on PostgreSQL (two server processes share a backlog); PGlite has one connection.
    sweeper: new SlaSweeper(db, repo, sla, slaEscalationNotices(config.timeZone), new LoopRunRepository(db), config.databaseUrl ? 2 : 1),
    slaAdmin: new SlaAdminService(db, deps.audit, sla, deps.catalogue, deps.access, new SlaAdminRepository(db)),
  };
}
