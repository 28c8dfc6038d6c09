import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { CatalogueService, Service } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import type { SlaService } from '../sla/sla.service.ts';
import { BoundaryRepository } from './boundary.repository.ts';
import { BoundaryService } from './boundary.service.ts';
import { PlaceRouter } from './place-router.ts';
import { placesRoutes } from './places.routes.ts';
import { RoutingRuleRepository } from './routing-rule.repository.ts';
import { RoutingRuleService } from './routing-rule.service.ts';
import { RoutingTestService } from './routing-test.service.ts';

/** Boundaries, routing rules, the router intake asks, and the rule tester. */
export interface PlacesServices {
  boundaries: BoundaryService;
  rules: RoutingRuleService;
  router: PlaceRouter;
  tester: RoutingTestService;
}

/**
 * Builds the places services over one database. `nearBoundaryMetres`: a point this close to an
 * area of another governorate does not decide the route. `timeZone`: the zone of a rule's time of
 * day when the service has no working calendar.
 */
export function createPlacesServices(
  db: Kysely<DB>,
  deps: { audit: AuditRepository; catalogue: CatalogueService; sla: SlaService; nearBoundaryMetres: number; timeZone: string },
): PlacesServices {
  const boundaries = new BoundaryService(db, new BoundaryRepository(db), deps.audit);
  const rules = new RoutingRuleService(db, new RoutingRuleRepository(db), deps.audit);
  const zoneOf = async (service: Service) => {
    await deps.sla.ready();
    return deps.sla.policy(service.slaPolicyId)?.calendar.calendar.timeZone ?? deps.timeZone;
  };
  const router = new PlaceRouter(boundaries, rules, deps.nearBoundaryMetres, zoneOf);
  return { boundaries, rules, router, tester: new RoutingTestService(db, router, deps.catalogue) };
}

/** Registers `/api/v1/admin/boundaries…` and `/api/v1/admin/routing-rules…` (tag `admin`). */
export function placesPlugin(p: PlacesServices) {
  return async (app: FastifyInstance) => {
    await app.register(placesRoutes(p));
  };
}
