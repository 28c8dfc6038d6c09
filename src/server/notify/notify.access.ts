import type { Actor, StaffActor } from '../auth/actor.ts';
import { errors } from '../http/errors.ts';

/** Roles that manage an entity's notification wording and its undelivered messages. */
const adminRoles = ['entity_admin', 'coordinator'] as const;

/** The actor, if they may administer notifications (for their own entity); else 401 or 403. */
export function notifyAdmin(actor: Actor): StaffActor {
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  if (actor.kind !== 'staff' || !(adminRoles as readonly string[]).includes(actor.role)) {
    throw errors.forbidden('Only entity administrators and coordinators manage notifications.');
  }
  return actor;
}
