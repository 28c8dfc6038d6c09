import type { Kysely } from 'kysely';
import type { AuditEntryView, AuditQuery } from '../../common/schemas/admin.schema.ts';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { adminScope, assertEntity, withUnits } from '../access/admin-scope.ts';
import type { AuditAdminRepository } from './audit-admin.repository.ts';

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
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: AuditAdminRepository,
  ) {}

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
    // The actor is named by staff id or by email address.
    const actorFilter = query.actor?.trim() || undefined;
    const byId = actorFilter !== undefined && /^\d{1,18}$/.test(actorFilter);
    // One more than the page, to know whether another follows.
    const rows = await this.repo.page(this.db, {
      entityIds: ids,
      entityCodes: codes,
      actorStaffId: byId ? Number(actorFilter) : undefined,
      actorEmail: actorFilter !== undefined && !byId ? actorFilter.toLowerCase() : undefined,
      actionPrefix: query.action || undefined,
      targetType: query.targetType,
      targetId: query.targetId,
      from: query.from === undefined ? undefined : instant(query.from, false),
      to: query.to === undefined ? undefined : instant(query.to, true),
      beforeId: query.cursor === undefined ? undefined : Number(query.cursor),
      limit: limit + 1,
    });
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
