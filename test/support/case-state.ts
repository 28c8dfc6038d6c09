import type { CaseStatus } from '../../src/common/enums.ts';
import type { AppContext } from '../../src/server/context.ts';

/**
 * Puts a case straight into a state, for tests of what may happen FROM that state (the way there
 * is tested elsewhere). Bumps the version like any change.
 */
export async function forceState(
  ctx: AppContext,
  reference: string,
  state: { status: CaseStatus; assigneeEmail?: string | null; resolvedDaysAgo?: number; ratedAfterResolution?: boolean },
): Promise<number> {
  const db = ctx.database.db;
  const assignee = state.assigneeEmail
    ? (await db.selectFrom('staff_users').select('id').where('email', '=', state.assigneeEmail).executeTakeFirstOrThrow()).id
    : null;
  const resolvedAt = state.resolvedDaysAgo !== undefined ? new Date(Date.now() - state.resolvedDaysAgo * 86_400_000) : null;
  const row = await db
    .updateTable('cases')
    .set((eb) => ({
      status: state.status,
      assignee_id: assignee,
      resolved_at: resolvedAt,
      rated_at: state.ratedAfterResolution && resolvedAt ? new Date(resolvedAt.getTime() + 1000) : null,
      version: eb('version', '+', 1),
    }))
    .where('reference', '=', reference)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

/** The current version and status of a case, and how many events it has. */
export async function caseSnapshot(ctx: AppContext, reference: string) {
  const db = ctx.database.db;
  const c = await db.selectFrom('cases').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
  const events = await db.selectFrom('case_events').select('id').where('case_id', '=', c.id).execute();
  return { version: c.version, status: c.status, assigneeId: c.assignee_id, entityId: c.entity_id, events: events.length };
}
