import type { Kysely } from 'kysely';
import type { StaffRole } from '../../common/enums.ts';
import type { Actor, StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';

/**
 * What an administrator may administer. A national coordinator (a coordinator at the root entity)
 * administers everything; an entity administrator administers their entity and its units — its
 * staff, its units, the services it owns, its API keys and the audit trail about it.
 */
export interface AdminScope {
  actor: StaffActor;
  national: boolean;
  /** The entities administered: every entity for a national coordinator. */
  entityIds: ReadonlySet<number>;
  /** The whole entity tree, as read when the scope was made. */
  tree: readonly EntityNode[];
}

/** One entity of the tree. */
export interface EntityNode {
  id: number;
  parent_id: number | null;
  kind: string;
  code: string;
  active: boolean;
}

/** Roles an entity administrator may not give: they reach beyond one entity. */
const nationalOnlyRoles: readonly StaffRole[] = ['coordinator', 'analyst'];

/**
 * The one place that decides who administers what. Answers the actor's scope, or 401 (signed
 * out) / 403 (not an administrator). `db` lets a caller inside a transaction read through it.
 */
export async function adminScope(actor: Actor, db: Kysely<DB>): Promise<AdminScope> {
  if (actor.kind === 'anonymous') throw errors.unauthenticated();
  if (actor.kind !== 'staff' || (actor.role !== 'coordinator' && actor.role !== 'entity_admin')) {
    throw errors.forbidden('Only entity administrators and the national coordinator administer Tawasul.');
  }
  const nodes = await db.selectFrom('entities').select(['id', 'parent_id', 'kind', 'code', 'active']).execute();
  const own = nodes.find((n) => n.id === actor.entityId);
  if (!own?.active) throw errors.forbidden('Your entity is deactivated.');
  if (actor.role === 'coordinator') {
    if (!own || own.parent_id !== null) throw errors.forbidden('Only a coordinator at the root entity administers Tawasul.');
    return { actor, national: true, entityIds: new Set(nodes.map((n) => n.id)), tree: nodes };
  }
  return { actor, national: false, entityIds: new Set(withUnits(nodes, actor.entityId)), tree: nodes };
}

/** An entity and its units, and units of units: never a sibling or a child municipality. */
export function withUnits(tree: readonly EntityNode[], entityId: number): number[] {
  const ids = [entityId];
  for (let i = 0; i < ids.length; i++) {
    for (const n of tree) if (n.parent_id === ids[i] && n.kind === 'unit') ids.push(n.id);
  }
  return ids;
}

/** 403 unless the scope covers the entity. */
export function assertEntity(scope: AdminScope, entityId: number | null | undefined, what = 'entity'): void {
  if (entityId === null || entityId === undefined || !scope.entityIds.has(entityId)) {
    throw errors.forbidden(`This ${what} belongs to an entity you do not administer.`);
  }
}

/** 403 unless the actor is the national coordinator (rejection reasons, service groups, entities above units). */
export function assertNational(scope: AdminScope, what: string): void {
  if (!scope.national) throw errors.forbidden(`Only the national coordinator manages ${what}.`);
}

/**
 * 403 when an entity administrator would give a role that reaches beyond their entity: the
 * national roles anywhere, and an agent at the root entity, who serves callers of every entity
 * and sees their personal data (AccessService). `entityId` is where the role is held.
 */
export function assertRoleGrantable(scope: AdminScope, role: StaffRole, entityId?: number): void {
  if (scope.national) return;
  if (nationalOnlyRoles.includes(role)) throw errors.forbidden(`Only the national coordinator gives the role ${role}.`);
  const atRoot = entityId !== undefined && scope.tree.find((n) => n.id === entityId)?.parent_id === null;
  if (role === 'agent' && atRoot) throw errors.forbidden('Only the national coordinator places contact-centre agents at the root entity.');
}

/** The administered entity ids as an array for SQL `in` (never empty). */
export function scopeIds(scope: AdminScope): number[] {
  return scope.entityIds.size ? [...scope.entityIds] : [-1];
}
