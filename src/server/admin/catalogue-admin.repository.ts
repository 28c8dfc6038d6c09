import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { AttributeDatatype, CasePriority, CaseType, Governorate } from '../../common/enums.ts';
import type { AttributeValueRow, DB, ServiceGroupsTable } from '../db/schema.ts';

/** A service row with everything the admin pages show, active or not. */
export interface ServiceRecord {
  id: number;
  code: string;
  groupCode: string;
  groupName: { ar: string; en: string };
  entityId: number;
  entityCode: string;
  entityName: { ar: string; en: string };
  name: { ar: string; en: string };
  description: { ar: string; en: string };
  types: CaseType[];
  anonymousAllowed: boolean;
  defaultPriority: CasePriority;
  keywords: string[];
  slaPolicyCode: string | null;
  active: boolean;
  similarRadiusM: number;
  priorityRaiseSupporters: number | null;
  surveyReopenNotSolved: boolean;
  updatedAt: Date;
  attributes: {
    code: string;
    datatype: AttributeDatatype;
    required: boolean;
    order: number;
    name: { ar: string; en: string };
    description: { ar: string; en: string };
    values: AttributeValueRow[];
  }[];
  routes: { governorate: Governorate; entity: string; unit: string | null }[];
}

/** The columns of a service a write sets. */
export interface ServiceWrite {
  group_id: number;
  entity_id: number;
  name_ar: string;
  name_en: string;
  description_ar: string;
  description_en: string;
  types: CaseType[];
  anonymous_allowed: boolean;
  default_priority: CasePriority;
  keywords: string[];
  sla_policy_id: number | null;
  active: boolean;
  search_text: string;
  similar_radius_m: number;
  priority_raise_supporters: number | null;
  survey_reopen_not_solved: boolean;
}

/** An extra question as written. */
export interface AttributeWrite {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  name_ar: string;
  name_en: string;
  description_ar: string;
  description_en: string;
  values: AttributeValueRow[];
}

/** SQL of the catalogue administration, inactive services included; no rules. */
export class CatalogueAdminRepository {
  /** Services (optionally only some), each with its questions and routes. */
  async services(db: Kysely<DB>, filter: { entityIds?: number[]; codes?: string[]; groupCode?: string; active?: boolean }): Promise<ServiceRecord[]> {
    const rows = await db
      .selectFrom('services as s')
      .innerJoin('service_groups as g', 'g.id', 's.group_id')
      .innerJoin('entities as e', 'e.id', 's.entity_id')
      .leftJoin('sla_policies as p', 'p.id', 's.sla_policy_id')
      .select([
        's.id',
        's.code',
        'g.code as group_code',
        'g.name_ar as group_name_ar',
        'g.name_en as group_name_en',
        's.entity_id',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
        's.name_ar',
        's.name_en',
        's.description_ar',
        's.description_en',
        's.types',
        's.anonymous_allowed',
        's.default_priority',
        's.keywords',
        'p.code as policy_code',
        's.active',
        's.similar_radius_m',
        's.priority_raise_supporters',
        's.survey_reopen_not_solved',
        's.updated_at',
      ])
      .$if(filter.entityIds !== undefined, (q) => q.where('s.entity_id', 'in', filter.entityIds!.length ? filter.entityIds! : [-1]))
      .$if(filter.codes !== undefined, (q) => q.where('s.code', 'in', filter.codes!.length ? filter.codes! : ['']))
      .$if(filter.groupCode !== undefined, (q) => q.where('g.code', '=', filter.groupCode!))
      .$if(filter.active !== undefined, (q) => q.where('s.active', '=', filter.active!))
      .orderBy('g.position')
      .orderBy('s.id')
      .execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [attrs, routes] = await Promise.all([
      db.selectFrom('service_attributes').selectAll().where('service_id', 'in', ids).orderBy('service_id').orderBy('position').execute(),
      db
        .selectFrom('service_routes as r')
        .innerJoin('entities as e', 'e.id', 'r.entity_id')
        .leftJoin('entities as u', 'u.id', 'r.unit_id')
        .select(['r.service_id', 'r.governorate', 'e.code as entity', 'u.code as unit'])
        .where('r.service_id', 'in', ids)
        .orderBy('r.id')
        .execute(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      groupCode: r.group_code,
      groupName: { ar: r.group_name_ar, en: r.group_name_en },
      entityId: r.entity_id,
      entityCode: r.entity_code,
      entityName: { ar: r.entity_name_ar, en: r.entity_name_en },
      name: { ar: r.name_ar, en: r.name_en },
      description: { ar: r.description_ar, en: r.description_en },
      types: r.types,
      anonymousAllowed: r.anonymous_allowed,
      defaultPriority: r.default_priority,
      keywords: r.keywords,
      slaPolicyCode: r.policy_code,
      active: r.active,
      similarRadiusM: r.similar_radius_m,
      priorityRaiseSupporters: r.priority_raise_supporters,
      surveyReopenNotSolved: r.survey_reopen_not_solved,
      updatedAt: new Date(r.updated_at),
      attributes: attrs
        .filter((a) => a.service_id === r.id)
        .map((a) => ({
          code: a.code,
          datatype: a.datatype,
          required: a.required,
          order: a.position,
          name: { ar: a.name_ar, en: a.name_en },
          description: { ar: a.description_ar, en: a.description_en },
          values: typeof a.values === 'string' ? (JSON.parse(a.values) as AttributeValueRow[]) : a.values,
        })),
      routes: routes.filter((x) => x.service_id === r.id).map((x) => ({ governorate: x.governorate, entity: x.entity, unit: x.unit })),
    }));
  }

  /** Whether a service (active or not) has the code. */
  async serviceCodeTaken(db: Kysely<DB>, code: string): Promise<boolean> {
    return (await db.selectFrom('services').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
  }

  async insertService(tx: Transaction<DB>, code: string, values: ServiceWrite): Promise<number> {
    const row = await tx.insertInto('services').values({ code, ...values }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  async updateService(tx: Transaction<DB>, id: number, values: ServiceWrite): Promise<void> {
    await tx.updateTable('services').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
  }

  /** Replaces a service's questions, in the given order. */
  async replaceAttributes(tx: Transaction<DB>, serviceId: number, attributes: AttributeWrite[]): Promise<void> {
    await tx.deleteFrom('service_attributes').where('service_id', '=', serviceId).execute();
    if (!attributes.length) return;
    await tx
      .insertInto('service_attributes')
      .values(attributes.map((a, i) => ({ ...a, service_id: serviceId, position: i + 1, values: JSON.stringify(a.values) })))
      .execute();
  }

  /** Replaces a service's routes. */
  async replaceRoutes(tx: Transaction<DB>, serviceId: number, routes: { governorate: Governorate; entity_id: number; unit_id: number | null }[]): Promise<void> {
    await tx.deleteFrom('service_routes').where('service_id', '=', serviceId).execute();
    if (!routes.length) return;
    await tx
      .insertInto('service_routes')
      .values(routes.map((r) => ({ ...r, service_id: serviceId })))
      .execute();
  }

  groups(db: Kysely<DB>) {
    return db
      .selectFrom('service_groups as g')
      .select(['g.code', 'g.name_ar', 'g.name_en', 'g.position', (eb) => eb.selectFrom('services as s').whereRef('s.group_id', '=', 'g.id').select((e) => e.fn.countAll<number>().as('n')).as('services')])
      .orderBy('g.position')
      .orderBy('g.id')
      .execute();
  }

  findGroup(db: Kysely<DB>, code: string) {
    return db.selectFrom('service_groups').selectAll().where('code', '=', code).executeTakeFirst();
  }

  /** The highest group position in use, or null when there is no group yet. */
  async lastGroupPosition(db: Kysely<DB>): Promise<number | null> {
    const last = await db.selectFrom('service_groups').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    return last?.p === null || last?.p === undefined ? null : Number(last.p);
  }

  async insertGroup(tx: Transaction<DB>, values: Insertable<ServiceGroupsTable>): Promise<void> {
    await tx.insertInto('service_groups').values(values).execute();
  }

  async updateGroup(tx: Transaction<DB>, id: number, values: Updateable<ServiceGroupsTable>): Promise<void> {
    await tx.updateTable('service_groups').set(values).where('id', '=', id).execute();
  }

  /** Every entity with what a route check needs: its parent, kind and state. */
  entities(db: Kysely<DB>) {
    return db.selectFrom('entities').select(['id', 'code', 'parent_id', 'kind', 'active']).execute();
  }

  findSlaPolicy(db: Kysely<DB>, code: string) {
    return db.selectFrom('sla_policies').select('id').where('code', '=', code).executeTakeFirst();
  }
}
