import { reachOf, type Thing } from '../access/access.policy.ts';
import { principal } from '../access/access.service.ts';
import type { Actor, StaffActor } from '../auth/actor.ts';
import { errors } from '../http/errors.ts';

/**
 * The actor, if the access description lets them manage notification wording or undelivered
 * messages (for the entities it covers); else 401 or 403.
 */
export function notifyAdmin(actor: Actor, thing: Extract<Thing, 'notification_template' | 'parked_outbox'> = 'notification_template'): StaffActor {
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  if (actor.kind !== 'staff' || reachOf(principal(actor), thing, 'read') === '-') {
    throw errors.forbidden('Only entity administrators and coordinators manage notifications.');
  }
  return actor;
}
