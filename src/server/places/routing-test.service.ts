import type { Kysely } from 'kysely';
import type { RoutingTestInput } from '../../common/schemas/places.schema.ts';
import { adminScope, assertNational } from '../access/admin-scope.ts';
import type { Actor } from '../auth/actor.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import type { PlaceRouter } from './place-router.ts';

/** The administration's rule tester: how a sample submission would be routed, without making a case. */
export class RoutingTestService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly router: PlaceRouter,
    private readonly catalogue: CatalogueService,
  ) {}

  async tryOut(actor: Actor, input: RoutingTestInput) {
    assertNational(await adminScope(actor, this.db, 'routing_rule', 'read'), 'routing rules');
    const service = await this.catalogue.get(input.serviceCode);
    if (!service) throw errors.field('serviceCode', 'unknown_service', `No service with code ${input.serviceCode}.`);
    const type = input.type ?? service.types[0]!;
    const decision = await this.router.decide({
      service,
      type,
      location: { lat: input.lat, lng: input.lng, governorate: input.governorate },
      at: input.at ? new Date(input.at) : new Date(),
    });
    return { entity: { code: decision.target.code, name: decision.target.name }, unit: decision.unitCode, trace: decision.trace, needsConfirmation: decision.needsConfirmation };
  }
}
