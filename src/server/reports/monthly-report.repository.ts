import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

/** SQL of the monthly report delivery: who receives which report, and which runs went out; no rules. */
export class MonthlyReportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Active entities other than units, by id; with `code`, only that one. */
  reportingEntities(code?: string) {
    return this.db
      .selectFrom('entities')
      .select(['id', 'code'])
      .where('active', '=', true)
      .where('kind', '<>', 'unit')
      .$if(code !== undefined, (q) => q.where('code', '=', code!))
      .orderBy('id')
      .execute();
  }

  /** The active administrators of an entity, by id. */
  entityAdmins(entityId: number) {
    return this.db
      .selectFrom('staff_users')
      .select(['id', 'email', 'language'])
      .where('entity_id', '=', entityId)
      .where('role', '=', 'entity_admin')
      .where('active', '=', true)
      .orderBy('id')
      .execute();
  }

  /** The active coordinators of the entities at the top of the hierarchy, by id. */
  topCoordinators() {
    return this.db
      .selectFrom('staff_users as s')
      .innerJoin('entities as e', 'e.id', 's.entity_id')
      .select(['s.id', 's.email', 's.language', 's.entity_id'])
      .where('s.role', '=', 'coordinator')
      .where('s.active', '=', true)
      .where('e.parent_id', 'is', null)
      .orderBy('s.id')
      .execute();
  }

  /** Whether the run of an entity (null: the national report) and month (YYYY-MM-01) is recorded. */
  async runExists(entityId: number | null, month: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('monthly_report_runs')
      .select('id')
      .where('month', '=', month)
      .where('entity_id', entityId === null ? 'is' : '=', entityId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Records the run of an entity and month; answers its id, or undefined when it was recorded
   * already (a concurrent claim waits for the other transaction, then finds it taken).
   */
  async claimRun(tx: Transaction<DB>, run: { entityId: number | null; month: string; trigger: 'schedule' | 'manual' }): Promise<number | undefined> {
    const row = await tx
      .insertInto('monthly_report_runs')
      .values({ entity_id: run.entityId, month: run.month, trigger: run.trigger })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  }

  /** Records how many messages a run queued. */
  async setRunMessages(tx: Transaction<DB>, runId: number, messages: number): Promise<void> {
    await tx.updateTable('monthly_report_runs').set({ messages }).where('id', '=', runId).execute();
  }
}
