import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, EntitiesTable } from '../db/schema.ts';

/** One entity as the administration pages show it, with its parent's code. */
export type EntityView = Awaited<ReturnType<EntityAdminRepository['views']>>[number];

/** SQL of the entity tree's administration; no rules. */
export class EntityAdminRepository {
  private view(db: Kysely<DB>) {
    return db
      .selectFrom('entities as e')
      .leftJoin('entities as p', 'p.id', 'e.parent_id')
      .select(['e.id', 'e.code', 'e.kind', 'e.parent_id', 'p.code as parent', 'e.name_ar', 'e.name_en', 'e.governorate', 'e.population', 'e.active']);
  }

  /** Entities (optionally only some) with their parent's code, by id. */
  views(db: Kysely<DB>, ids?: number[]) {
    return this.view(db)
      .$if(ids !== undefined, (q) => q.where('e.id', 'in', ids!))
      .orderBy('e.id')
      .execute();
  }

  /** One entity that must exist (just written). */
  getView(db: Kysely<DB>, id: number) {
    return this.view(db).where('e.id', '=', id).executeTakeFirstOrThrow();
  }

  /** Where every active account is held: its entity and its unit. */
  activeStaffPlacements(db: Kysely<DB>) {
    return db.selectFrom('staff_users').select(['entity_id', 'unit_id']).where('active', '=', true).execute();
  }

  /** Active accounts held at the entity or in it as a unit. */
  async activeStaffCount(db: Kysely<DB>, entityId: number): Promise<number> {
    const r = await db
      .selectFrom('staff_users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('active', '=', true)
      .where((eb) => eb.or([eb('entity_id', '=', entityId), eb('unit_id', '=', entityId)]))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  findByCode(db: Kysely<DB>, code: string) {
    return db.selectFrom('entities').selectAll().where('code', '=', code).executeTakeFirst();
  }

  async insert(tx: Transaction<DB>, values: Insertable<EntitiesTable>): Promise<number> {
    const row = await tx.insertInto('entities').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  async update(tx: Transaction<DB>, id: number, values: Updateable<EntitiesTable>): Promise<void> {
    await tx.updateTable('entities').set(values).where('id', '=', id).execute();
  }

  /** Codes of the first `limit` active services owned by the entity or routing cases to it (as entity or unit). */
  async activeServicesSendingTo(db: Kysely<DB>, entityId: number, limit: number): Promise<string[]> {
    const rows = await db
      .selectFrom('services as s')
      .leftJoin('service_routes as r', 'r.service_id', 's.id')
      .select('s.code')
      .distinct()
      .where('s.active', '=', true)
      .where((eb) => eb.or([eb('s.entity_id', '=', entityId), eb('r.entity_id', '=', entityId), eb('r.unit_id', '=', entityId)]))
      .orderBy('s.code')
      .limit(limit)
      .execute();
    return rows.map((r) => r.code);
  }
}
