import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RoutingRulesTable } from './places.tables.ts';

/** SQL of the routing rules; no rules of its own. */
export class RoutingRuleRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every rule in order, with the codes and names of what it names. */
  list(db: Kysely<DB> = this.db, id?: number) {
    return db
      .selectFrom('routing_rules as r')
      .innerJoin('entities as e', 'e.id', 'r.entity_id')
      .leftJoin('entities as u', 'u.id', 'r.unit_id')
      .leftJoin('services as s', 's.id', 'r.service_id')
      .leftJoin('service_groups as g', 'g.id', 'r.group_id')
      .select([
        'r.id',
        'r.position',
        'r.name',
        'r.active',
        'r.service_id',
        'r.group_id',
        'r.area_code',
        'r.case_type',
        'r.from_minute',
        'r.to_minute',
        'r.entity_id',
        'r.unit_id',
        'r.updated_at',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
        'u.code as unit_code',
        's.code as service_code',
        'g.code as group_code',
      ])
      .$if(id !== undefined, (q) => q.where('r.id', '=', id!))
      .orderBy('r.position')
      .orderBy('r.id')
      .execute();
  }

  /** Ids of the entities, services and groups with these codes (to resolve a rule's references). */
  async idsByCode(db: Kysely<DB>, codes: { entities: string[]; services: string[]; groups: string[] }) {
    const [entities, services, groups] = await Promise.all([
      codes.entities.length ? db.selectFrom('entities').select(['id', 'code', 'kind', 'parent_id']).where('code', 'in', codes.entities).execute() : [],
      codes.services.length ? db.selectFrom('services').select(['id', 'code']).where('code', 'in', codes.services).execute() : [],
      codes.groups.length ? db.selectFrom('service_groups').select(['id', 'code']).where('code', 'in', codes.groups).execute() : [],
    ]);
    return { entities, services, groups };
  }

  async lastPosition(db: Kysely<DB>): Promise<number> {
    const last = await db.selectFrom('routing_rules').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    return last?.p === null || last?.p === undefined ? 0 : Number(last.p);
  }

  async insert(tx: Transaction<DB>, values: Insertable<RoutingRulesTable>): Promise<number> {
    const row = await tx.insertInto('routing_rules').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async update(tx: Transaction<DB>, id: number, values: Updateable<RoutingRulesTable>): Promise<void> {
    await tx.updateTable('routing_rules').set(values).where('id', '=', id).execute();
  }

  async remove(tx: Transaction<DB>, id: number): Promise<void> {
    await tx.deleteFrom('routing_rules').where('id', '=', id).execute();
  }
}
