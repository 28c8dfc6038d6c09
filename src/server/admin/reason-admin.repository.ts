import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, RejectionReasonsTable } from '../db/schema.ts';

/** SQL of the rejection reasons' administration; no rules. */
export class ReasonAdminRepository {
  /** Every reason (or the one with the code), in their order. */
  list(db: Kysely<DB>, code?: string) {
    return db
      .selectFrom('rejection_reasons')
      .selectAll()
      .$if(code !== undefined, (q) => q.where('code', '=', code!))
      .orderBy('position')
      .orderBy('code')
      .execute();
  }

  /** The highest position in use, or null when there is no reason yet. */
  async lastPosition(db: Kysely<DB>): Promise<number | null> {
    const last = await db.selectFrom('rejection_reasons').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    return last?.p === null || last?.p === undefined ? null : Number(last.p);
  }

  async insert(tx: Transaction<DB>, values: Insertable<RejectionReasonsTable>): Promise<void> {
    await tx.insertInto('rejection_reasons').values(values).execute();
  }

  async update(tx: Transaction<DB>, code: string, values: Updateable<RejectionReasonsTable>): Promise<void> {
    await tx.updateTable('rejection_reasons').set(values).where('code', '=', code).execute();
  }
}
