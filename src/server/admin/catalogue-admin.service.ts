import type { Kysely, Transaction } from 'kysely';
import type {
  AdminGroup,
  AdminService,
  GroupCreateInput,
  GroupPatchInput,
  ServiceCreateInput,
  ServicePatchInput,
  ServiceQuery,
  ServiceReplaceInput,
} from '../../common/schemas/admin.schema.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { serviceSearchText, type CatalogueService } from '../catalogue/catalogue.service.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { adminScope, assertEntity, assertNational, scopeIds, type AdminScope } from '../access/admin-scope.ts';
import { DEFAULT_RADIUS_M } from '../similar/similarity.ts';
import { adminErrors, isUniqueViolation } from './admin.errors.ts';
import type { CatalogueAdminRepository, ServiceRecord, ServiceWrite } from './catalogue-admin.repository.ts';

/** A service definition with every optional part filled in. */
type Definition = Required<Omit<ServiceReplaceInput, 'slaPolicyCode'>> & { slaPolicyCode: string | null };

/**
 * The service catalogue as administrators edit it: groups (national coordinator) and services (the
 * owning entity's administrator, or the national coordinator). A change is visible to intake at once:
 * the catalogue snapshot is dropped after every commit.
 */
export class CatalogueAdminService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: CatalogueAdminRepository,
    private readonly audit: AuditRepository,
    private readonly catalogue: CatalogueService,
  ) {}

  async groups(actor: Actor): Promise<AdminGroup[]> {
    await adminScope(actor, this.db);
    const rows = await this.repo.groups(this.db);
    return rows.map((g) => ({ code: g.code, name: { ar: g.name_ar, en: g.name_en }, position: g.position, services: Number(g.services ?? 0) }));
  }

  async createGroup(actor: Actor, input: GroupCreateInput): Promise<AdminGroup> {
    const scope = await adminScope(actor, this.db);
    assertNational(scope, 'service groups');
    await this.db.transaction().execute(async (tx) => {
      if (await this.repo.findGroup(tx, input.code)) throw adminErrors.taken('code', 'group code');
      // A new group goes last unless placed.
      const position = input.position ?? ((await this.repo.lastGroupPosition(tx)) ?? 0) + 1;
      await this.repo.insertGroup(tx, { code: input.code, name_ar: input.name.ar, name_en: input.name.en, position });
      await this.audit.record({ actorStaffId: scope.actor.id, action: 'service_group.create', targetType: 'service_group', targetId: input.code, after: input }, tx);
    });
    this.catalogue.invalidate();
    return this.group(input.code);
  }

  async updateGroup(actor: Actor, code: string, patch: GroupPatchInput): Promise<AdminGroup> {
    const scope = await adminScope(actor, this.db);
    assertNational(scope, 'service groups');
    await this.db.transaction().execute(async (tx) => {
      const before = await this.repo.findGroup(tx, code);
      if (!before) throw errors.notFound('service group');
      await this.repo.updateGroup(tx, before.id, {
        ...(patch.name ? { name_ar: patch.name.ar, name_en: patch.name.en } : {}),
        ...(patch.position !== undefined ? { position: patch.position } : {}),
      });
      await this.audit.record(
        {
          actorStaffId: scope.actor.id,
          action: 'service_group.update',
          targetType: 'service_group',
          targetId: code,
          before: { name: { ar: before.name_ar, en: before.name_en }, position: before.position },
          after: patch,
        },
        tx,
      );
    });
    this.catalogue.invalidate();
    return this.group(code);
  }

  private async group(code: string): Promise<AdminGroup> {
    const rows = await this.repo.groups(this.db);
    const g = rows.find((r) => r.code === code)!;
    return { code: g.code, name: { ar: g.name_ar, en: g.name_en }, position: g.position, services: Number(g.services ?? 0) };
  }

  /** Services the actor administers (owned by their entities), inactive ones included. */
  async list(actor: Actor, query: ServiceQuery): Promise<AdminService[]> {
    const scope = await adminScope(actor, this.db);
    let entityIds = scopeIds(scope);
    if (query.entity) {
      const id = scope.tree.find((n) => n.code === query.entity)?.id;
      if (id === undefined) throw errors.notFound('entity');
      assertEntity(scope, id);
      entityIds = [id];
    }
    const rows = await this.repo.services(this.db, {
      entityIds: scope.national && !query.entity ? undefined : entityIds,
      groupCode: query.group,
      active: query.active === undefined ? undefined : query.active === 'true',
    });
    return rows.map(presentService);
  }

  async get(actor: Actor, code: string): Promise<AdminService> {
    const scope = await adminScope(actor, this.db);
    return presentService(await this.record(this.db, scope, code));
  }

  async create(actor: Actor, input: ServiceCreateInput): Promise<AdminService> {
    const scope = await adminScope(actor, this.db);
    const { code, ...rest } = input;
    const def = withDefaults(rest);
    const saved = await this.db
      .transaction()
      .execute(async (tx) => {
        if (await this.repo.serviceCodeTaken(tx, code)) throw adminErrors.taken('code', 'service code');
        const values = await this.resolve(tx, scope, def);
        const id = await this.repo.insertService(tx, code, values.service);
        await this.repo.replaceAttributes(tx, id, values.attributes);
        await this.repo.replaceRoutes(tx, id, values.routes);
        await this.audit.record(
          { actorStaffId: scope.actor.id, action: 'service.create', targetType: 'service', targetId: code, entityId: values.service.entity_id, after: def },
          tx,
        );
        return this.record(tx, scope, code);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw adminErrors.taken('code', 'service code');
        throw error;
      });
    this.catalogue.invalidate();
    return presentService(saved);
  }

  /** Replaces a whole definition (PUT); its questions and routes are replaced in the same transaction. */
  replace(actor: Actor, code: string, input: ServiceReplaceInput): Promise<AdminService> {
    return this.change(actor, code, (before) => withDefaults({ ...input, active: input.active ?? before.active }));
  }

  /** Changes some fields (PATCH), e.g. `{active: false}`; questions or routes given are replaced whole. */
  patch(actor: Actor, code: string, patch: ServicePatchInput): Promise<AdminService> {
    return this.change(actor, code, (before) => withDefaults({ ...definitionOf(before), ...patch }));
  }

  private async change(actor: Actor, code: string, next: (before: ServiceRecord) => Definition): Promise<AdminService> {
    const scope = await adminScope(actor, this.db);
    const saved = await this.db.transaction().execute(async (tx) => {
      const before = await this.record(tx, scope, code);
      const def = next(before);
      const values = await this.resolve(tx, scope, def);
      await this.repo.updateService(tx, before.id, values.service);
      await this.repo.replaceAttributes(tx, before.id, values.attributes);
      await this.repo.replaceRoutes(tx, before.id, values.routes);
      const old = definitionOf(before);
      const onlyState = JSON.stringify({ ...old, active: def.active }) === JSON.stringify(def) && old.active !== def.active;
      await this.audit.record(
        {
          actorStaffId: scope.actor.id,
          action: onlyState ? (def.active ? 'service.activate' : 'service.deactivate') : 'service.update',
          targetType: 'service',
          targetId: code,
          entityId: values.service.entity_id,
          before: old,
          after: def,
        },
        tx,
      );
      return this.record(tx, scope, code);
    });
    this.catalogue.invalidate();
    return presentService(saved);
  }

  /** A service the actor administers, or 404 / 403. */
  private async record(db: Kysely<DB>, scope: AdminScope, code: string): Promise<ServiceRecord> {
    const [row] = await this.repo.services(db, { codes: [code] });
    if (!row) throw errors.serviceNotFound(code);
    assertEntity(scope, row.entityId, 'service');
    return row;
  }

  /** Checks the references of a definition (group, entities, units, policy) and answers the rows to write. */
  private async resolve(tx: Transaction<DB>, scope: AdminScope, def: Definition) {
    const group = await this.repo.findGroup(tx, def.group);
    if (!group) throw adminErrors.unknown('group', 'service group');
    const entities = await this.repo.entities(tx);
    const byCode = new Map(entities.map((e) => [e.code, e]));
    const owner = byCode.get(def.entity);
    if (!owner) throw adminErrors.unknown('entity', 'entity');
    assertEntity(scope, owner.id);
    if (!owner.active) throw adminErrors.invalid('entity', 'inactive', 'The entity is deactivated.');
    let policyId: number | null = null;
    if (def.slaPolicyCode !== null) {
      const policy = await this.repo.findSlaPolicy(tx, def.slaPolicyCode);
      if (!policy) throw adminErrors.unknown('slaPolicyCode', 'SLA policy');
      policyId = policy.id;
    }
    const routes = def.routes.map((r, i) => {
      const entity = byCode.get(r.entity);
      if (!entity) throw adminErrors.unknown(`routes.${i}.entity`, 'entity');
      // An entity's administrator routes cases within their entity only.
      assertEntity(scope, entity.id, 'route target');
      if (!entity.active) throw adminErrors.invalid(`routes.${i}.entity`, 'inactive', 'The entity is deactivated.');
      let unitId: number | null = null;
      if (r.unit) {
        const unit = byCode.get(r.unit);
        if (!unit) throw adminErrors.unknown(`routes.${i}.unit`, 'unit');
        if (unit.kind !== 'unit' || unit.parent_id !== entity.id) {
          throw adminErrors.invalid(`routes.${i}.unit`, 'not_a_unit', `${r.unit} is not a unit of ${r.entity}.`);
        }
        if (!unit.active) throw adminErrors.invalid(`routes.${i}.unit`, 'inactive', 'The unit is deactivated.');
        unitId = unit.id;
      }
      return { governorate: r.governorate, entity_id: entity.id, unit_id: unitId };
    });
    const service: ServiceWrite = {
      group_id: group.id,
      entity_id: owner.id,
      name_ar: def.name.ar,
      name_en: def.name.en,
      description_ar: def.description.ar,
      description_en: def.description.en,
      types: def.types,
      anonymous_allowed: def.anonymousAllowed,
      default_priority: def.defaultPriority,
      keywords: def.keywords,
      sla_policy_id: policyId,
      active: def.active,
      // The same text the seeded catalogue is searched by.
      search_text: serviceSearchText(def),
      similar_radius_m: def.similarRadiusM,
      priority_raise_supporters: def.priorityRaiseSupporters,
      survey_reopen_not_solved: def.surveyReopenNotSolved,
    };
    const attributes = def.attributes.map((a) => ({
      code: a.code,
      datatype: a.datatype,
      required: a.required ?? false,
      name_ar: a.name.ar,
      name_en: a.name.en,
      description_ar: a.description?.ar ?? '',
      description_en: a.description?.en ?? '',
      values: (a.values ?? []).map((v) => ({ key: v.key, name: { ar: v.name.ar, en: v.name.en } })),
    }));
    return { service, attributes, routes };
  }
}

function withDefaults(input: ServiceReplaceInput): Definition {
  return {
    group: input.group,
    entity: input.entity,
    name: input.name,
    description: input.description ?? { ar: '', en: '' },
    types: input.types,
    anonymousAllowed: input.anonymousAllowed,
    defaultPriority: input.defaultPriority ?? 'normal',
    keywords: input.keywords ?? [],
    slaPolicyCode: input.slaPolicyCode ?? null,
    attributes: input.attributes ?? [],
    routes: input.routes ?? [],
    active: input.active ?? true,
    similarRadiusM: input.similarRadiusM ?? DEFAULT_RADIUS_M,
    priorityRaiseSupporters: input.priorityRaiseSupporters ?? null,
    surveyReopenNotSolved: input.surveyReopenNotSolved ?? false,
  };
}

/** A stored service as the definition that would write it. */
function definitionOf(s: ServiceRecord): Definition {
  return {
    group: s.groupCode,
    entity: s.entityCode,
    name: s.name,
    description: s.description,
    types: s.types,
    anonymousAllowed: s.anonymousAllowed,
    defaultPriority: s.defaultPriority,
    keywords: s.keywords,
    slaPolicyCode: s.slaPolicyCode,
    attributes: s.attributes.map((a) => ({ code: a.code, datatype: a.datatype, required: a.required, name: a.name, description: a.description, values: a.values })),
    routes: s.routes.map((r) => ({ governorate: r.governorate, entity: r.entity, unit: r.unit })),
    active: s.active,
    similarRadiusM: s.similarRadiusM,
    priorityRaiseSupporters: s.priorityRaiseSupporters,
    surveyReopenNotSolved: s.surveyReopenNotSolved,
  };
}

function presentService(s: ServiceRecord): AdminService {
  return {
    code: s.code,
    group: { code: s.groupCode, name: s.groupName },
    entity: { code: s.entityCode, name: s.entityName },
    name: s.name,
    description: s.description,
    types: s.types,
    anonymousAllowed: s.anonymousAllowed,
    defaultPriority: s.defaultPriority,
    keywords: s.keywords,
    slaPolicyCode: s.slaPolicyCode,
    active: s.active,
    attributes: s.attributes,
    routes: s.routes,
    similarRadiusM: s.similarRadiusM,
    priorityRaiseSupporters: s.priorityRaiseSupporters,
    surveyReopenNotSolved: s.surveyReopenNotSolved,
    updatedAt: s.updatedAt.toISOString(),
  };
}
