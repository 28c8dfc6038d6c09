import type { Kysely } from 'kysely';
import type { StaffRole } from '../../common/enums.ts';
import type { Actor, StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { entitiesIn, reachesBeyond, reachOf, subtree, type AccessAction, type Thing, type TreeNode } from './access.policy.ts';
import { principal, requireStaff } from './access.service.ts';
import { EntityTreeRepository, type EntityTreeRow } from './entity-tree.repository.ts';

const treeRepo = new EntityTreeRepository();

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
export type EntityNode = EntityTreeRow;

/**
 * Who administers what, as the access description says (access/access.policy.ts): the scope for
 * one kind of thing, or 401 (signed out) / 403 (not an administrator of it). A coordinator reaches
 * administration only at the root entity; an entity administrator their entity and its units.
 * `db` lets a caller inside a transaction read through it.
 */
export async function adminScope(actor: Actor, db: Kysely<DB>, thing: Thing = 'staff', action: AccessAction = 'read'): Promise<AdminScope> {
  const staff = requireStaff(actor, thing, action, 'Only entity administrators and the national coordinator administer Tawasul.');
  const reach = reachOf(principal(staff), thing, action);
  // Read afresh (not the access service's cached tree): administration changes the tree itself.
  const nodes = await treeRepo.all(db);
  const own = nodes.find((n) => n.id === staff.entityId);
  if (!own?.active) throw errors.forbidden('Your entity is deactivated.');
  const ids = entitiesIn(treeOf(nodes), staff.entityId, reach);
  if (ids === 'all') return { actor: staff, national: true, entityIds: new Set(nodes.map((n) => n.id)), tree: nodes };
  if (!ids.length) throw errors.forbidden('Only a coordinator at the root entity administers Tawasul.');
  return { actor: staff, national: false, entityIds: new Set(ids), tree: nodes };
}

function treeOf(nodes: readonly EntityNode[]): TreeNode[] {
  return nodes.map((n) => ({ id: n.id, parentId: n.parent_id, kind: n.kind }));
}

/** An entity and its units, and units of units: never a sibling or a child municipality. */
export function withUnits(tree: readonly EntityNode[], entityId: number): number[] {
  return subtree(treeOf(tree), entityId, true);
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
 * 403 when an entity administrator would give a role that reaches beyond their entity (the
 * national roles anywhere, an agent at the root entity: see access.policy.ts `reachesBeyond`).
 * `entityId` is where the role is held.
 */
export function assertRoleGrantable(scope: AdminScope, role: StaffRole, entityId?: number): void {
  if (scope.national) return;
  const atRoot = entityId !== undefined && scope.tree.find((n) => n.id === entityId)?.parent_id === null;
  if (!reachesBeyond(role, false)) {
    if (atRoot && reachesBeyond(role, true)) throw errors.forbidden(`Only the national coordinator places the role ${role} at the root entity.`);
    return;
  }
  throw errors.forbidden(`Only the national coordinator gives the role ${role}.`);
}

/** The administered entity ids as an array for SQL `in` (never empty). */
export function scopeIds(scope: AdminScope): number[] {
  return scope.entityIds.size ? [...scope.entityIds] : [-1];
}
