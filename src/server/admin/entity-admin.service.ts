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

type EntityRow = Awaited<ReturnType<EntityAdminService['rows']>>[number];

/** The entity tree: municipalities (national coordinator) and units (an entity's administrator). */
export class EntityAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly audit: AuditRepository,
    private readonly access: AccessService,
    private readonly catalogue: CatalogueService,
  ) {}

  private rows(db: Kysely<DB>, ids?: number[]) {
    return db
      .selectFrom('entities as e')
      .leftJoin('entities as p', 'p.id', 'e.parent_id')
      .select(['e.id', 'e.code', 'e.kind', 'e.parent_id', 'p.code as parent', 'e.name_ar', 'e.name_en', 'e.governorate', 'e.active'])
      .$if(ids !== undefined, (q) => q.where('e.id', 'in', ids!))
      .orderBy('e.id')
      .execute();
  }

  /** The administered entities, depth first (each after its parent), with their active staff counts. */
  async list(actor: Actor): Promise<AdminEntity[]> {
    const scope = await adminScope(actor, this.db);
    const [rows, staff] = await Promise.all([
      this.rows(this.db, scopeIds(scope)),
      this.db.selectFrom('staff_users').select(['entity_id', 'unit_id']).where('active', '=', true).execute(),
    ]);
    const counts = new Map<number, number>();
    for (const s of staff) {
      counts.set(s.entity_id, (counts.get(s.entity_id) ?? 0) + 1);
      if (s.unit_id !== null && s.unit_id !== s.entity_id) counts.set(s.unit_id, (counts.get(s.unit_id) ?? 0) + 1);
    }
    const present = new Set(rows.map((r) => r.id));
    const out: AdminEntity[] = [];
    const visit = (r: EntityRow, depth: number) => {
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
      const parent = await tx.selectFrom('entities').select(['id', 'kind', 'governorate']).where('code', '=', input.parent).executeTakeFirst();
      if (!parent) throw adminErrors.unknown('parent', 'entity');
      assertEntity(scope, parent.id);
      if (input.kind === 'municipality') {
        assertNational(scope, 'municipalities');
        if (parent.kind !== 'ministry') throw adminErrors.invalid('parent', 'invalid_parent', 'A municipality sits directly under the ministry.');
      }
      const taken = await tx.selectFrom('entities').select('id').where('code', '=', input.code).executeTakeFirst();
      if (taken) throw adminErrors.taken('code', 'entity code');
      const inserted = await tx
        .insertInto('entities')
        .values({
          code: input.code,
          kind: input.kind,
          parent_id: parent.id,
          name_ar: input.name.ar,
          name_en: input.name.en,
          // A unit serves where its entity does unless told otherwise.
          governorate: input.governorate === undefined ? parent.governorate : input.governorate,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.audit.record(
        { actorStaffId: scope.actor.id, action: 'entity.create', targetType: 'entity', targetId: input.code, entityId: inserted.id, after: input },
        tx,
      );
      return (await this.rows(tx, [inserted.id]))[0]!;
    });
    this.changed();
    return presentEntity(row, depthOf(scope.tree, row.parent_id!) + 1, 0);
  }

  /** Renames, re-places in a governorate, activates or deactivates an entity. */
  async update(actor: Actor, code: string, patch: EntityPatchInput): Promise<AdminEntity> {
    const scope = await adminScope(actor, this.db);
    const row = await this.db.transaction().execute(async (tx) => {
      const before = await tx.selectFrom('entities').selectAll().where('code', '=', code).executeTakeFirst();
      if (!before) throw errors.notFound('entity');
      assertEntity(scope, before.id);
      // An entity's administrator manages its units, not the entity itself (its name is national).
      if (!scope.national && before.id === scope.actor.entityId) throw errors.forbidden('Only the national coordinator changes your entity itself.');
      if (patch.active === false && before.parent_id === null) throw adminErrors.invalid('active', 'root_entity', 'The root entity cannot be deactivated.');
      if (patch.active === false && before.active) {
        // Cases of an active service must keep landing somewhere that is staffed.
        const using = await tx
          .selectFrom('services as s')
          .leftJoin('service_routes as r', 'r.service_id', 's.id')
          .select('s.code')
          .distinct()
          .where('s.active', '=', true)
          .where((eb) => eb.or([eb('s.entity_id', '=', before.id), eb('r.entity_id', '=', before.id), eb('r.unit_id', '=', before.id)]))
          .orderBy('s.code')
          .limit(5)
          .execute();
        if (using.length) {
          throw adminErrors.invalid('active', 'in_use', `Active services still send cases here (${using.map((u) => u.code).join(', ')}); change their routes first.`);
        }
      }
      await tx
        .updateTable('entities')
        .set({
          ...(patch.name ? { name_ar: patch.name.ar, name_en: patch.name.en } : {}),
          ...(patch.governorate !== undefined ? { governorate: patch.governorate } : {}),
          ...(patch.active !== undefined ? { active: patch.active } : {}),
        })
        .where('id', '=', before.id)
        .execute();
      await this.audit.record(
        {
          actorStaffId: scope.actor.id,
          action: patch.active === false ? 'entity.deactivate' : patch.active === true && !before.active ? 'entity.activate' : 'entity.update',
          targetType: 'entity',
          targetId: code,
          entityId: before.id,
          before: { name: { ar: before.name_ar, en: before.name_en }, governorate: before.governorate, active: before.active },
          after: patch,
        },
        tx,
      );
      return (await this.rows(tx, [before.id]))[0]!;
    });
    this.changed();
    return presentEntity(row, depthOf(scope.tree, row.id), await this.staffCount(row.id));
  }

  private async staffCount(entityId: number): Promise<number> {
    const r = await this.db
      .selectFrom('staff_users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('active', '=', true)
      .where((eb) => eb.or([eb('entity_id', '=', entityId), eb('unit_id', '=', entityId)]))
      .executeTakeFirstOrThrow();
    return Number(r.n);
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

function presentEntity(r: EntityRow, depth: number, staffCount: number): AdminEntity {
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
  };
}
