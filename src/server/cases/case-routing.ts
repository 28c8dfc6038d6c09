import type { Governorate } from '../../common/enums.ts';
import type { RoutingTrace } from '../../common/schemas/places.schema.ts';
import type { EntityRef } from '../catalogue/catalogue.service.ts';
import type { PlaceRouter, RouteRequest } from '../places/place-router.ts';

/** Where a case goes: the entity (and unit), the governorate it is recorded under, and why (when routed by place). */
export interface CaseRoute {
  route: EntityRef & { unitId: number | null };
  governorate: Governorate | null;
  routing?: RoutingTrace;
  /** The point is outside every area or near a boundary: a person at a form confirms it first. */
  needsConfirmation: boolean;
}

/**
 * The one routing of a case, at intake and when staff change its service: by the point's area and
 * the routing rules (places/); without a router, the service's route for the governorate, else the
 * service's own entity (its triage).
 */
export async function routeCase(router: PlaceRouter | undefined, req: RouteRequest): Promise<CaseRoute> {
  const picked: Governorate | null = req.location?.governorate ?? null;
  if (!router) {
    const r = picked ? req.service.routes.get(picked) : undefined;
    return { route: r ?? { ...req.service.entity, unitId: null }, governorate: picked, needsConfirmation: false };
  }
  const d = await router.decide(req);
  return { route: d.target, governorate: d.governorate, routing: d.trace, needsConfirmation: d.needsConfirmation };
}
