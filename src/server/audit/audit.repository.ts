import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** One change to configuration or accounts. */
export interface AuditEntry {
  actorStaffId?: number | null;
  actorLabel?: string;
  action: string;
  targetType: string;
  targetId?: string;
  /** The entity the change concerns, so that entity's administrators can read it. */
  entityId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Writes the append-only audit log of configuration and account changes. */
export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async record(e: AuditEntry, db: Kysely<DB> = this.db): Promise<void> {
    await db
      .insertInto('audit_log')
      .values({
        actor_staff_id: e.actorStaffId ?? null,
        actor_label: e.actorLabel ?? null,
        action: e.action,
        target_type: e.targetType,
        target_id: e.targetId ?? null,
        entity_id: e.entityId ?? null,
        before: e.before === undefined ? null : JSON.stringify(e.before),
        after: e.after === undefined ? null : JSON.stringify(e.after),
      })
      .execute();
  }

  list(filter: { targetType?: string; targetId?: string; limit: number }) {
    return this.db
      .selectFrom('audit_log')
      .selectAll()
      .$if(filter.targetType !== undefined, (q) => q.where('target_type', '=', filter.targetType!))
      .$if(filter.targetId !== undefined, (q) => q.where('target_id', '=', filter.targetId!))
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .execute();
  }
}
