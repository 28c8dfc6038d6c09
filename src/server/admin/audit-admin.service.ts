import { sql, type Kysely } from 'kysely';
import type { AuditEntryView, AuditQuery } from '../../common/schemas/admin.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { adminScope, assertEntity, withUnits } from '../access/admin-scope.ts';

const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** A date alone means the start of that day (UTC); `end` moves it to the start of the next day. */
function instant(s: string, end: boolean): Date {
  if (s.length > 10) return new Date(s);
  const d = new Date(`${s}T00:00:00Z`);
  if (end) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/**
 * The audit trail of configuration and account changes, newest first. The national coordinator reads
 * all of it; an entity's administrator reads the changes about their entity and its units: those
 * recorded against it, and — for entries older than that record — those about its staff and its
 * notification wording.
 */
export class AuditAdminService {
  constructor(private readonly db: Kysely<DB>) {}

  async page(actor: Actor, query: AuditQuery): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
    const scope = await adminScope(actor, this.db);
    const limit = query.limit;
    let ids: number[] | undefined = scope.national ? undefined : [...scope.entityIds];
    if (query.entity) {
      const entity = scope.tree.find((n) => n.code === query.entity);
      if (!entity) throw errors.notFound('entity');
      assertEntity(scope, entity.id);
      ids = withUnits(scope.tree, entity.id);
    }
    const codes = ids ? scope.tree.filter((n) => ids.includes(n.id)).map((n) => n.code) : [];
    const actorFilter = query.actor?.trim();
    const rows = await this.db
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
            eb.and([eb('a.entity_id', 'is', null), eb('a.target_type', '=', 'notification_template'), eb(sql<string>`split_part(a.target_id, ':', 1)`, 'in', codes)]),
          ]),
        ),
      )
      .$if(!!actorFilter, (q) => (/^\d{1,18}$/.test(actorFilter!) ? q.where('a.actor_staff_id', '=', Number(actorFilter)) : q.where('s.email', '=', actorFilter!.toLowerCase())))
      .$if(!!query.action, (q) => q.where('a.action', 'like', `${query.action!.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))
      .$if(query.targetType !== undefined, (q) => q.where('a.target_type', '=', query.targetType!))
      .$if(query.targetId !== undefined, (q) => q.where('a.target_id', '=', query.targetId!))
      .$if(query.from !== undefined, (q) => q.where('a.created_at', '>=', instant(query.from!, false)))
      .$if(query.to !== undefined, (q) => q.where('a.created_at', '<', instant(query.to!, true)))
      .$if(query.cursor !== undefined, (q) => q.where('a.id', '<', Number(query.cursor)))
      .orderBy('a.id', 'desc')
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        at: new Date(r.created_at).toISOString(),
        actor: r.actor_staff_id !== null && r.actor_name !== null ? { id: r.actor_staff_id, name: r.actor_name, email: r.actor_email! } : null,
        actorLabel: r.actor_label,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        entity: r.entity,
        before: json(r.before),
        after: json(r.after),
      })),
      nextCursor: rows.length > limit ? String(page.at(-1)!.id) : null,
    };
  }
}
