import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, InboxViewsTable } from '../db/schema.ts';

/** Saved inbox views (inbox_views): a person's own and those shared with their entity; no rules. */
export class InboxViewRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The person's own views and the views others shared with their entity: own first, in their order. */
  visible(ownerId: number, entityId: number) {
    return this.db
      .selectFrom('inbox_views')
      .select(['id', 'owner_id', 'entity_id', 'name', 'filters', 'position', 'shared'])
      .where((eb) => eb.or([eb('owner_id', '=', ownerId), eb.and([eb('shared', '=', true), eb('entity_id', '=', entityId)])]))
      .orderBy((eb) => eb.case().when('owner_id', '=', ownerId).then(0).else(1).end())
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  byId(id: number) {
    return this.db.selectFrom('inbox_views').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async countOwned(ownerId: number): Promise<number> {
    const r = await this.db.selectFrom('inbox_views').select((eb) => eb.fn.countAll<string>().as('n')).where('owner_id', '=', ownerId).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** The next position at the end of the person's list. */
  async nextPosition(ownerId: number): Promise<number> {
    const r = await this.db.selectFrom('inbox_views').select((eb) => eb.fn.max('position').as('p')).where('owner_id', '=', ownerId).executeTakeFirst();
    return r?.p === null || r?.p === undefined ? 0 : Number(r.p) + 1;
  }

  async insert(values: Insertable<InboxViewsTable>): Promise<number> {
    return (await this.db.insertInto('inbox_views').values(values).returning('id').executeTakeFirstOrThrow()).id;
  }

  async update(id: number, values: Updateable<InboxViewsTable>): Promise<void> {
    await this.db.updateTable('inbox_views').set(values).where('id', '=', id).execute();
  }

  async delete(id: number): Promise<void> {
    await this.db.deleteFrom('inbox_views').where('id', '=', id).execute();
  }

  /** Puts the person's own views in this order (ids they do not own are left alone), in one transaction. */
  async reorder(ownerId: number, ids: number[]): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      for (const [position, id] of ids.entries()) {
        await tx.updateTable('inbox_views').set({ position }).where('id', '=', id).where('owner_id', '=', ownerId).execute();
      }
    });
  }
}

export type InboxViewRow = Awaited<ReturnType<InboxViewRepository['visible']>>[number];
