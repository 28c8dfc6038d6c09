import type { Kysely } from 'kysely';
import type { AdminEntity, EntityCreateInput, EntityPatchInput } from '../../common/schemas/admin.schema.ts';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { adminScope, assertEntity, assertNational, scopeIds, type EntityNode } from '../access/admin-scope.ts';
import { adminErrors } from './admin.errors.ts';
import type { EntityAdminRepository, EntityView } from './entity-admin.repository.ts';

/** The entity tree: municipalities (national coordinator) and units (an entity's administrator). */
export class EntityAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: EntityAdminRepository,
    private readonly audit: AuditRepository,
    private readonly access: AccessService,
    private readonly catalogue: CatalogueService,
  ) {}

  /** The administered entities, depth first (each after its parent), with their active staff counts. */
  async list(actor: Actor): Promise<AdminEntity[]> {
    const scope = await adminScope(actor, this.db);
    const [rows, staff] = await Promise.all([
      this.repo.views(this.db, scopeIds(scope)),
      this.repo.activeStaffPlacements(this.db),
    ]);
    const counts = new Map<number, number>();
    for (const s of staff) {
      counts.set(s.entity_id, (counts.get(s.entity_id) ?? 0) + 1);
      if (s.unit_id !== null && s.unit_id !== s.entity_id) counts.set(s.unit_id, (counts.get(s.unit_id) ?? 0) + 1);
    }
    const present = new Set(rows.map((r) => r.id));
    const out: AdminEntity[] = [];
    const visit = (r: EntityView, depth: number) => {
      out.push(presentEntity(r, depth, counts.get(r.id) ?? 0));
      for (const c of rows) if (c.parent_id === r.id) visit(c, depth + 1);
    };
    for (const r of rows) if (r.parent_id === null || !present.has(r.parent_id)) visit(r, depthOf(scope.tree, r.id));
    return out;
  }

  /** Adds a municipality under the ministry (national coordinator) or a unit under an administered entity. */
  async create(actor: Actor, input: EntityCreateInput): Promise<AdminEntity> {
    const scope = await adminScope(actor, this.db);
    const row = await this.db.transaction().execute(async (tx) => {
      const parent = await this.repo.findByCode(tx, input.parent);
      if (!parent) throw adminErrors.unknown('parent', 'entity');
      assertEntity(scope, parent.id);
      if (input.kind === 'municipality') {
        assertNational(scope, 'municipalities');
        if (parent.kind !== 'ministry') throw adminErrors.invalid('parent', 'invalid_parent', 'A municipality sits directly under the ministry.');
      }
      if (await this.repo.findByCode(tx, input.code)) throw adminErrors.taken('code', 'entity code');
      const id = await this.repo.insert(tx, {
        code: input.code,
        kind: input.kind,
        parent_id: parent.id,
        name_ar: input.name.ar,
        name_en: input.name.en,
        // A unit serves where its entity does unless told otherwise.
        governorate: input.governorate === undefined ? parent.governorate : input.governorate,
        population: input.population ?? null,
      });
      await this.audit.record({ actorStaffId: scope.actor.id, action: 'entity.create', targetType: 'entity', targetId: input.code, entityId: id, after: input }, tx);
      return this.repo.getView(tx, id);
    });
    this.changed();
    return presentEntity(row, depthOf(scope.tree, row.parent_id!) + 1, 0);
  }

  /** Renames, re-places in a governorate, sets the population served, activates or deactivates an entity. */
  async update(actor: Actor, code: string, patch: EntityPatchInput): Promise<AdminEntity> {
    const scope = await adminScope(actor, this.db);
    const row = await this.db.transaction().execute(async (tx) => {
      const before = await this.repo.findByCode(tx, code);
      if (!before) throw errors.notFound('entity');
      assertEntity(scope, before.id);
      // An entity's administrator manages its units, not the entity itself (its name is national).
      if (!scope.national && before.id === scope.actor.entityId) throw errors.forbidden('Only the national coordinator changes your entity itself.');
      if (patch.active === false && before.parent_id === null) throw adminErrors.invalid('active', 'root_entity', 'The root entity cannot be deactivated.');
      if (patch.active === false && before.active) {
        // Cases of an active service must keep landing somewhere that is staffed.
        const using = await this.repo.activeServicesSendingTo(tx, before.id, 5);
        if (using.length) {
          throw adminErrors.invalid('active', 'in_use', `Active services still send cases here (${using.join(', ')}); change their routes first.`);
        }
      }
      await this.repo.update(tx, before.id, {
        ...(patch.name ? { name_ar: patch.name.ar, name_en: patch.name.en } : {}),
        ...(patch.governorate !== undefined ? { governorate: patch.governorate } : {}),
        ...(patch.population !== undefined ? { population: patch.population } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
      });
      await this.audit.record(
        {
          actorStaffId: scope.actor.id,
          action: patch.active === false ? 'entity.deactivate' : patch.active === true && !before.active ? 'entity.activate' : 'entity.update',
          targetType: 'entity',
          targetId: code,
          entityId: before.id,
          before: { name: { ar: before.name_ar, en: before.name_en }, governorate: before.governorate, population: before.population, active: before.active },
          after: patch,
        },
        tx,
      );
      return this.repo.getView(tx, before.id);
    });
    this.changed();
    return presentEntity(row, depthOf(scope.tree, row.id), await this.repo.activeStaffCount(this.db, row.id));
  }

  // Scopes and the catalogue (entity names, routes) are read through caches.
  private changed(): void {
    this.access.invalidate();
    this.catalogue.invalidate();
  }
}

/** How many ancestors an entity has: 0 at the root. */
function depthOf(tree: readonly EntityNode[], id: number): number {
  let depth = 0;
  for (let n = tree.find((x) => x.id === id); n && n.parent_id !== null; n = tree.find((x) => x.id === n!.parent_id)) depth++;
  return depth;
}

function presentEntity(r: EntityView, depth: number, staffCount: number): AdminEntity {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    parent: r.parent,
    depth,
    name: { ar: r.name_ar, en: r.name_en },
    governorate: r.governorate,
    active: r.active,
    staffCount,
    population: r.population,
  };
}
