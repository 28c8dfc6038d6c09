import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, ReplyTemplatesTable } from '../db/schema.ts';

export type ReplyTemplateRow = Pick<ReplyTemplatesTable, 'name' | 'body_ar' | 'body_en'> & { position: number };

const listed = ['t.id', 't.entity_id', 's.code as service_code', 't.name', 't.body_ar', 't.body_en', 't.action', 't.position', 't.use_count', 't.last_used_at', 't.updated_at'] as const;

/** Reply texts (reply_templates): an entity's own, the root's shared with all, their uses. */
export class ReplyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The entity and the entities above it, up to the root (last). */
  async chain(entityId: number, db: Kysely<DB> = this.db): Promise<number[]> {
    const rows = await db
      .withRecursive('chain(id, parent_id, depth)', (q) =>
        q
          .selectFrom('entities')
          .select((eb) => ['id', 'parent_id', eb.lit(0).as('depth')])
          .where('id', '=', entityId)
          .unionAll((u) =>
            u
              .selectFrom('entities as e')
              .innerJoin('chain as c', 'c.parent_id', 'e.id')
              .select((eb) => ['e.id', 'e.parent_id', eb(eb.ref('c.depth'), '+', 1).as('depth')])
              .where('c.depth', '<', 20),
          ),
      )
      .selectFrom('chain')
      .select('id')
      .orderBy('depth')
      .execute();
    return rows.map((r) => Number(r.id));
  }

  /** The entity's reply texts for a service (service-wide ones aside), in order. */
  forService(entityId: number, serviceId: number | null, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('reply_templates')
      .select(['id', 'service_id', 'name', 'body_ar', 'body_en', 'position', 'updated_at'])
      .where('entity_id', '=', entityId)
      .where((eb) => (serviceId === null ? eb('service_id', 'is', null) : eb('service_id', '=', serviceId)))
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  /** Every reply text of these entities (an entity's own and the national ones), national first. */
  ofEntities(entityIds: number[], rootId: number) {
    return this.db
      .selectFrom('reply_templates as t')
      .leftJoin('services as s', 's.id', 't.service_id')
      .select(listed)
      .where('t.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .orderBy((eb) => eb.case().when('t.entity_id', '=', rootId).then(0).else(1).end())
      .orderBy('s.code')
      .orderBy('t.position')
      .orderBy('t.id')
      .execute();
  }

  /** The texts a case of this service held by these entities may use: theirs for the service or for every service. */
  forCase(entityIds: number[], serviceId: number) {
    return this.db
      .selectFrom('reply_templates as t')
      .leftJoin('services as s', 's.id', 't.service_id')
      .select(listed)
      .where('t.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .where((eb) => eb.or([eb('t.service_id', 'is', null), eb('t.service_id', '=', serviceId)]))
      .orderBy('t.position')
      .orderBy('t.id')
      .execute();
  }

  byId(id: number) {
    return this.db.selectFrom('reply_templates').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(values: Insertable<ReplyTemplatesTable>, db: Kysely<DB> = this.db): Promise<number> {
    return (await db.insertInto('reply_templates').values(values).returning('id').executeTakeFirstOrThrow()).id;
  }

  async update(id: number, values: Updateable<ReplyTemplatesTable>): Promise<void> {
    await this.db.updateTable('reply_templates').set(values).where('id', '=', id).execute();
  }

  /** Makes the entity's reply texts for a service exactly these (a practice card's adoption). */
  async replace(tx: Transaction<DB>, entityId: number, serviceId: number, rows: ReplyTemplateRow[], staffId: number): Promise<void> {
    await tx.deleteFrom('reply_templates').where('entity_id', '=', entityId).where('service_id', '=', serviceId).execute();
    if (!rows.length) return;
    await tx
      .insertInto('reply_templates')
      .values(rows.map((r) => ({ entity_id: entityId, service_id: serviceId, name: r.name, body_ar: r.body_ar, body_en: r.body_en, position: r.position, updated_by: staffId })))
      .execute();
  }

  /** Counts one use of a text held by one of these entities; false when there is no such text. */
  async countUse(db: Kysely<DB>, id: number, entityIds: number[]): Promise<boolean> {
    const r = await db
      .updateTable('reply_templates')
      .set((eb) => ({ use_count: eb('use_count', '+', 1), last_used_at: new Date() }))
      .where('id', '=', id)
      .where('entity_id', 'in', entityIds.length ? entityIds : [-1])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
