import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Filters of one page of the audit trail; every one optional but the size. */
export interface AuditFilter {
  /**
   * Only entries about these entities: recorded against one of them or, for entries that recorded
   * no entity, about a staff account now held there or about wording of one of `entityCodes`.
   * Undefined: every entry.
   */
  entityIds?: number[];
  /** The codes of `entityIds` (notification wording is keyed by entity code). */
  entityCodes: string[];
  actorStaffId?: number;
  /** The actor's address, in lower case. */
  actorEmail?: string;
  /** Actions starting with this text, taken literally. */
  actionPrefix?: string;
  targetType?: string;
  targetId?: string;
  /** Entries from this instant on. */
  from?: Date;
  /** Entries before this instant. */
  to?: Date;
  /** Only entries before this id (the page cursor). */
  beforeId?: number;
  limit: number;
}

/** SQL of the audit trail as administrators read it, newest first; no rules. */
export class AuditAdminRepository {
  /** Entries matching the filter, newest first, at most `limit`, with their actor's name and entity's code. */
  page(db: Kysely<DB>, f: AuditFilter) {
    const ids = f.entityIds;
    return db
      .selectFrom('audit_log as a')
      .leftJoin('staff_users as s', 's.id', 'a.actor_staff_id')
      .leftJoin('entities as e', 'e.id', 'a.entity_id')
      .select(['a.id', 'a.created_at', 'a.actor_staff_id', 's.name as actor_name', 's.email as actor_email', 'a.actor_label', 'a.action', 'a.target_type', 'a.target_id', 'e.code as entity', 'a.before', 'a.after'])
      .$if(ids !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('a.entity_id', 'in', ids!),
            // Rows written before changes recorded their entity: about the entity's staff and wording now.
            eb.and([
              eb('a.entity_id', 'is', null),
              eb('a.target_type', '=', 'staff_user'),
              eb('a.target_id', 'in', eb.selectFrom('staff_users as t').select(sql<string>`cast(t.id as text)`.as('id')).where('t.entity_id', 'in', ids!)),
            ]),
            eb.and([eb('a.entity_id', 'is', null), eb('a.target_type', '=', 'notification_template'), eb(sql<string>`split_part(a.target_id, ':', 1)`, 'in', f.entityCodes)]),
          ]),
        ),
      )
      .$if(f.actorStaffId !== undefined, (q) => q.where('a.actor_staff_id', '=', f.actorStaffId!))
      .$if(f.actorEmail !== undefined, (q) => q.where('s.email', '=', f.actorEmail!))
      .$if(f.actionPrefix !== undefined, (q) => q.where('a.action', 'like', `${f.actionPrefix!.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))
      .$if(f.targetType !== undefined, (q) => q.where('a.target_type', '=', f.targetType!))
      .$if(f.targetId !== undefined, (q) => q.where('a.target_id', '=', f.targetId!))
      .$if(f.from !== undefined, (q) => q.where('a.created_at', '>=', f.from!))
      .$if(f.to !== undefined, (q) => q.where('a.created_at', '<', f.to!))
      .$if(f.beforeId !== undefined, (q) => q.where('a.id', '<', f.beforeId!))
      .orderBy('a.id', 'desc')
      .limit(f.limit)
      .execute();
  }
}
