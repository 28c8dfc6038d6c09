import type { CaseType, Governorate } from '../../common/enums.ts';
import type { RoutingTrace } from '../../common/schemas/places.schema.ts';
import { wallTime } from '../../common/zoned-time.ts';
import type { EntityRef, Service } from '../catalogue/catalogue.service.ts';
import { AppError } from '../http/errors.ts';
import type { BoundaryService } from './boundary.service.ts';
import { ruleMatches, type RoutingRuleService } from './routing-rule.service.ts';

/** What routing needs to know about a submission. */
export interface RouteRequest {
  service: Service;
  type: CaseType;
  location?: { lat?: number; lng?: number; governorate?: Governorate; confirmed?: boolean };
  at: Date;
}

/** Where a case goes, the governorate it is recorded under, and why. */
export interface RouteDecision {
  target: EntityRef & { unitId: number | null };
  governorate: Governorate | null;
  trace: RoutingTrace;
  /** The code of the unit a rule sent it to. */
  unitCode: string | null;
  /** The point is outside every area or near a boundary: a person at a form is asked to confirm it. */
  needsConfirmation: boolean;
}

/** The point needs the citizen's confirmation before the case is accepted (web, hotline). */
export function locationNeedsConfirmation(reason: 'outside_every_area' | 'near_boundary'): AppError {
  const detail =
    reason === 'outside_every_area'
      ? 'The point is outside every area we know. Move the pin, or send again with location.confirmed = true and the case goes to the service to be routed by hand.'
      : 'The point is close to the boundary between two areas. Check the pin, or send again with location.confirmed = true and the case goes to the service to be routed by hand.';
  return new AppError(422, 'location_needs_confirmation', detail, [{ path: 'location', code: reason, message: detail }]);
}

/**
 * Routing by place and by rule. The point, when given, decides the area and so the governorate
 * (over the one picked); then the first matching rule wins; else the service's route for the
 * governorate; else the service's own entity (its triage). A point outside every area, or within
 * `nearMetres` of an area of another governorate, is not trusted to decide: the case goes to triage
 * with that reason (and a person at a form is first asked to confirm the point).
 */
export class PlaceRouter {
  constructor(
    private readonly boundaries: BoundaryService,
    private readonly rules: RoutingRuleService,
    private readonly nearMetres: number,
    /** The zone of "time of day" in the rules for a service: its working calendar's. */
    private readonly zoneOf: (service: Service) => Promise<string>,
  ) {}

  async decide(req: RouteRequest): Promise<RouteDecision> {
    const { service, location } = req;
    const picked = location?.governorate ?? null;
    const trace: RoutingTrace = { reason: 'no_location', boundarySet: null, area: null, areas: [], governorate: picked, rule: null, triage: false };
    let governorate: Governorate | null = picked;
    let decided = true;
    let areaCodes = new Set<string>();
    if (location?.lat !== undefined && location.lng !== undefined) {
      const { set, place } = await this.boundaries.locate(location.lat, location.lng, this.nearMetres);
      trace.boundarySet = set;
      trace.areas = place.areas.map((a) => `${a.layer}:${a.code}`);
      if (!set) trace.reason = picked ? 'picked_governorate' : 'no_boundary_set';
      else if (!place.deciding) {
        trace.reason = 'outside_every_area';
        decided = false;
      } else {
        trace.area = { layer: place.deciding.layer, code: place.deciding.code };
        governorate = place.deciding.governorate;
        if (place.nearOther) {
          trace.reason = 'near_boundary';
          trace.nearArea = `${place.nearOther.area.layer}:${place.nearOther.area.code}`;
          trace.distanceM = Math.round(place.nearOther.metres);
          decided = false;
        } else {
          trace.reason = 'area';
          areaCodes = new Set(place.areas.map((a) => a.code));
        }
      }
    } else if (picked) trace.reason = 'picked_governorate';
    trace.governorate = governorate;

    const local = wallTime(req.at, await this.zoneOf(service));
    const facts = { serviceId: service.id, groupCode: service.group.code, areaCodes, type: req.type, minute: local.hour * 60 + local.minute };
    const rule = (await this.rules.active()).find((r) => ruleMatches(r, facts));
    const needsConfirmation = !decided && location?.confirmed !== true;
    if (rule) {
      trace.rule = { id: rule.id, name: rule.name };
      return { target: rule.target, unitCode: rule.unitCode, governorate, trace: { ...trace, reason: decided ? 'rule' : trace.reason }, needsConfirmation };
    }
    const route = decided && governorate ? service.routes.get(governorate) : undefined;
    if (route) return { target: route, unitCode: null, governorate, trace, needsConfirmation };
    // The service's own entity: its triage when the place did not decide, its owner when it is not routed by place.
    if (decided && trace.reason === 'area') trace.reason = 'service_entity';
    trace.triage = !decided || service.routes.size > 0;
    return { target: { ...service.entity, unitId: null }, unitCode: null, governorate, trace, needsConfirmation };
  }
}
