import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { CaseActionService } from '../cases/case-actions.service.ts';
import type { CaseRepository } from '../cases/case.repository.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { AutoChooser } from '../suggest/suggest.service.ts';
import { InboundRepository } from './inbound.repository.ts';
import { InboundService } from './inbound.service.ts';

/** Messages from channel relays, matched to cases. */
export interface InboundServices {
  inbound: InboundService;
}

/**
 * Builds the inbound service over one database: a message quoting a case becomes a citizen reply
 * (through the case actions), anything else a new case (through the intake).
 * Its routes are `inboundRoutes(inbound, config)`; the worker purges old messages.
 */
export function createInboundServices(
  db: Kysely<DB>,
  config: Config,
  log: Logger,
  deps: { caseRepo: CaseRepository; cases: CaseService; caseActions: CaseActionService; catalogue: CatalogueService; suggester?: AutoChooser },
): InboundServices {
  return { inbound: new InboundService(new InboundRepository(db), deps.caseRepo, deps.cases, deps.caseActions, deps.catalogue, config, log, deps.suggester) };
}
