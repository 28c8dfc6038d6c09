import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessService } from '../access/access.service.ts';
import { CaseGate } from '../access/case-gate.ts';
import type { AttachmentStore } from '../attachments/attachment.store.ts';
import { Throttle } from '../auth/throttle.ts';
import { ThrottleRepository } from '../auth/throttle.repository.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import type { PlaceRouter } from '../places/place-router.ts';
import { ReplyRepository } from '../replies/reply.repository.ts';
import type { SlaService } from '../sla/sla.service.ts';
import { CaseActionService } from './case-actions.service.ts';
import { CaseListRepository } from './case-list.repository.ts';
import { CaseViewService } from './case-view.service.ts';
import { CaseRepository } from './case.repository.ts';
import { caseRoutes } from './case.routes.ts';
import { CaseService } from './case.service.ts';
import { ReferenceAllocator } from './reference-allocator.ts';
import { ReferenceRepository } from './reference.repository.ts';
import { SuggestionPlanRepository } from './suggestion-plan.repository.ts';

/** The cases feature: intake, reading (one case, lists), the workflow actions, and the case SQL they share. */
export interface CaseServices {
  /** Intake: submissions with their files, idempotency, routing, the receipt. */
  intake: CaseService;
  /** One case as its viewer may see it; scoped, filtered lists (and the filters exports use). */
  views: CaseViewService;
  /** Every change to a case: the workflow actions. */
  actions: CaseActionService;
  /** The gate every request for one case passes (src/server/access). */
  gate: CaseGate;
  /** Case SQL, for features that find a case themselves (channel relays). */
  repo: CaseRepository;
}

/**
 * Builds the cases feature once over one database, from the few services it relies on. Staff lists
 * and their counts read through `deps.reader` (a replica a few seconds behind, when configured);
 * everything else, a citizen's own list included, through `db`.
 */
export function createCaseServices(
  db: Kysely<DB>,
  deps: {
    /** For reads that may be a few seconds stale (Database.reader); `db` when not given. */
    reader?: Kysely<DB>;
    config: Config;
    access: AccessService;
    sla: SlaService;
    catalogue: CatalogueService;
    files: AttachmentStore;
    /** Routing by place and by rule; without it, intake routes by the governorate picked. */
    router?: PlaceRouter;
  },
): CaseServices {
  const { config, access, sla, catalogue, files, router } = deps;
  const repo = new CaseRepository(db);
  const gate = new CaseGate(repo, access, new Throttle(new ThrottleRepository(db)));
  const plans = new SuggestionPlanRepository(db);
  const staffLists = new CaseListRepository(deps.reader ?? db);
  const views = new CaseViewService(repo, staffLists, gate, access, config, files, sla, plans, new CaseListRepository(db));
  return {
    intake: new CaseService(repo, catalogue, new ReferenceAllocator(new ReferenceRepository(db), config.timeZone), files, config, sla, db, router),
    views,
    actions: new CaseActionService(db, repo, access, config, sla, gate, views, catalogue, plans, files, new ReplyRepository(db), router),
    gate,
    repo,
  };
}

/** Registers `/api/v1/cases…` (tags `cases`, `workflow`); `limits` bound uploads. */
export function casesPlugin(cases: CaseServices, limits: Config['attachments']) {
  return async (app: FastifyInstance) => {
    await app.register(caseRoutes(cases, limits));
  };
}
