import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor, StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { entitiesIn, reachOf, type AccessAction, type Principal, type Reach, type Thing, type TreeNode } from './access.policy.ts';
import { EntityTreeRepository } from './entity-tree.repository.ts';
import { routeAccess, routeKey, type RouteRule } from './route.access.ts';

interface EntityNode extends TreeNode {
  code: string;
}

/** Words for a refusal, per kind of thing. */
const refusal: Partial<Record<Thing, string>> = {
  calendar: 'Only a coordinator at the root entity changes calendars.',
  sla_policy: 'Only a coordinator at the root entity changes SLA policies.',
  service_group: 'Only the national coordinator manages service groups.',
  rejection_reason: 'Only the national coordinator manages rejection reasons.',
  entity: 'Only the national coordinator manages entities above units.',
  personal_lookup: 'Searching by phone or national ID is for agents and staff of the entity holding the case.',
  indicator: 'Dashboards are for staff.',
  export: 'Exports are for staff.',
  audit: 'Only entity administrators and the national coordinator read the audit trail.',
  notification_template: 'Only entity administrators and coordinators manage notifications.',
  parked_outbox: 'Only entity administrators and coordinators manage notifications.',
  public_suggestion: 'Only staff of the entity holding a suggestion review it for publication.',
  suggestion_support: 'Only citizens signed in with a one-time code support suggestions.',
  practice_card: "Only an entity's administrators write its practice cards.",
  practice_publication: 'Only the national coordinator recommends practice cards.',
  practice_adoption: "Only an entity's administrators adopt a practice card.",
  inbox_view: 'Saved views are for staff.',
};

/** Who the actor is in the policy's columns. */
export function principal(actor: Actor): Principal {
  if (actor.kind === 'anonymous' || actor.kind === 'citizen') return actor.kind;
  return actor.role;
}

/** Anyone signed in (staff or citizen); 401 signed out. What each may then do is decided further on. */
export function requireSignedIn(actor: Actor): Exclude<Actor, { kind: 'anonymous' }> {
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  return actor;
}

/**
 * The staff member behind a request, when the description lets their role reach the thing at all
 * (the caller then narrows to the entities it covers); 401 signed out, 403 otherwise. The one
 * "must be staff" guard: `refused` words the 403 where the kind of thing alone does not.
 */
export function requireStaff(actor: Actor, thing: Thing, action: AccessAction = 'read', refused: string | undefined = refusal[thing]): StaffActor {
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  if (actor.kind !== 'staff' || reachOf(principal(actor), thing, action) === '-') throw errors.forbidden(refused);
  return actor;
}

/**
 * The one place that decides access, from the description in access.policy.ts. Scope is a set of
 * entity ids, applied in SQL by the callers' repositories. `db` lets a caller inside a
 * transaction read through it (PGlite has one connection).
 */
export class AccessService {
  #tree: { at: number; nodes: EntityNode[] } | undefined;
  readonly #repo = new EntityTreeRepository();

  constructor(private readonly db: Kysely<DB>) {}

  invalidate(): void {
    this.#tree = undefined;
  }

  private async nodes(db: Kysely<DB> = this.db): Promise<EntityNode[]> {
    if (this.#tree && Date.now() - this.#tree.at < 30_000) return this.#tree.nodes;
    const rows = await this.#repo.all(db);
    const nodes = rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, code: r.code }));
    this.#tree = { at: Date.now(), nodes };
    return nodes;
  }

  /** How far the actor reaches for a thing. */
  reach(actor: Actor, thing: Thing, action: AccessAction): Reach {
    return reachOf(principal(actor), thing, action);
  }

  /** The entities the actor reaches for a thing: ids, 'all', or [] for none. */
  async entities(actor: StaffActor, thing: Thing, action: AccessAction, db?: Kysely<DB>): Promise<number[] | 'all'> {
    return entitiesIn(await this.nodes(db), actor.entityId, this.reach(actor, thing, action));
  }

  /** The same as ids, for SQL `in`. */
  async entityIds(actor: StaffActor, thing: Thing, action: AccessAction, db?: Kysely<DB>): Promise<number[]> {
    const ids = await this.entities(actor, thing, action, db);
    return ids === 'all' ? (await this.nodes(db)).map((n) => n.id) : ids;
  }

  /** Whether the actor may do this to that kind of thing anywhere at all. */
  async allows(actor: Actor, thing: Thing, action: AccessAction, db?: Kysely<DB>): Promise<boolean> {
    const reach = this.reach(actor, thing, action);
    if (reach === '-') return false;
    if (actor.kind !== 'staff' || (reach !== 'root')) return true;
    return (await this.entities(actor, thing, action, db)) === 'all';
  }

  /** 401 for a signed-out caller, 403 for anyone else the policy does not let do this. */
  async assert(actor: Actor, thing: Thing, action: AccessAction, db?: Kysely<DB>): Promise<void> {
    if (await this.allows(actor, thing, action, db)) return;
    if (actor.kind === 'anonymous') throw errors.unauthenticated();
    // A role the workflow gives no move on cases is refused as the workflow refuses a move.
    if (thing === 'case' && action === 'write') throw errors.actionForbidden('act on');
    throw errors.forbidden(refusal[thing]);
  }

  /** The route-level decision (route.access.ts); a route not described is refused. */
  async assertRoute(actor: Actor, rule: RouteRule | undefined): Promise<void> {
    if (!rule) throw errors.forbidden('This route is not in the access description.');
    if ('public' in rule || 'credential' in rule) return;
    if ('signedIn' in rule) {
      if (actor.kind === 'anonymous') throw errors.unauthenticated();
      return;
    }
    await this.assert(actor, rule.thing, rule.action);
  }

  /** Entities whose cases the actor may see. */
  async visibleEntityIds(actor: StaffActor, db?: Kysely<DB>): Promise<number[]> {
    return this.entityIds(actor, 'case', 'read', db);
  }

  /** Entities whose cases show the citizen's personal data to this actor. */
  async personalDataEntityIds(actor: StaffActor, db?: Kysely<DB>): Promise<number[]> {
    return this.entityIds(actor, 'personal_data', 'read', db);
  }

  /** Whether the actor's entity is the root of the tree. */
  async atRoot(actor: StaffActor, db?: Kysely<DB>): Promise<boolean> {
    return (await this.nodes(db)).find((n) => n.id === actor.entityId)?.parentId === null;
  }

  async entityByCode(code: string, db?: Kysely<DB>): Promise<EntityNode | undefined> {
    return (await this.nodes(db)).find((n) => n.code === code);
  }
}

const gatedRoutes = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every route (method and URL) registered on the app since its gate was installed: Fastify's route table, as the gate saw it. */
export function routesGated(app: FastifyInstance): readonly { method: string; url: string }[] {
  return gatedRoutes.get(app) ?? [];
}

/**
 * Decides every request's route-level access before its body is validated, from the route
 * description: an `onRoute` hook registered before the routes, so no route escapes it.
 */
export function installAccessGate(app: FastifyInstance, access: AccessService): void {
  const seen: { method: string; url: string }[] = [];
  gatedRoutes.set(app, seen);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) seen.push({ method, url: route.url });
    const rules = new Map(methods.map((m) => [m, routeAccess[routeKey(m, route.url)]]));
    const gate = async (request: { method: string; actor: Actor }) => {
      await access.assertRoute(request.actor, rules.get(request.method));
    };
    const existing = route.preValidation;
    route.preValidation = existing ? [gate, ...(Array.isArray(existing) ? existing : [existing])] : [gate];
  });
}
