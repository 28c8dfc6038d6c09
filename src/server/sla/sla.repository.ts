import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Policies, calendars and the sweeper's SQL; no rules. */
export class SlaRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async loadAll() {
    const [calendars, holidays, overrides, policies, targets, steps, services, entityPolicies] = await Promise.all([
      this.db.selectFrom('calendars').selectAll().execute(),
      this.db.selectFrom('calendar_holidays').selectAll().execute(),
      this.db.selectFrom('calendar_overrides').selectAll().execute(),
      this.db.selectFrom('sla_policies').selectAll().execute(),
      this.db.selectFrom('sla_targets').selectAll().execute(),
      this.db.selectFrom('sla_escalation_steps').selectAll().orderBy('at_percent').execute(),
      this.db.selectFrom('services').select(['id', 'sla_policy_id']).execute(),
      this.db.selectFrom('entity_service_policies').select(['entity_id', 'service_id', 'policy_id']).execute(),
    ]);
    return { calendars, holidays, overrides, policies, targets, steps, services, entityPolicies };
  }

  /** Claims open cases whose next check is due, locking them so no other worker takes them. */
  claimDue(tx: Transaction<DB>, now: Date, limit: number) {
    return tx
      .selectFrom('cases')
      .select([
        'id',
        'status',
        'type',
        'priority',
        'sla_policy_id',
        'sla_calendar_id',
        'sla_started_at',
        'sla_resolution_target',
        'sla_paused_at',
        'sla_paused_minutes',
        'sla_cycle',
        'sla_state',
        'escalation_level',
        'assignee_id',
        'entity_id',
      ])
      .where('sla_next_check_at', '<=', now)
      .orderBy('sla_next_check_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
  }

  firedSteps(tx: Transaction<DB>, caseIds: number[]) {
    if (!caseIds.length) return Promise.resolve([]);
    return tx
      .selectFrom('sla_escalations')
      .select(['case_id', 'step_id', 'cycle'])
      .where('case_id', '=', sql<number>`any(${caseIds}::bigint[])`)
      .execute();
  }

  /** Writes many clock results in one statement. */
  async applyBatch(
    tx: Transaction<DB>,
    rows: { id: number; state: string; next: Date | null; level: number }[],
  ): Promise<void> {
    if (!rows.length) return;
    await sql`
      update cases c set
        sla_state = u.state,
        sla_next_check_at = u.next,
        escalation_level = u.level
      from unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.state)}::text[],
                  ${rows.map((r) => (r.next ? r.next.toISOString() : null))}::timestamptz[], ${rows.map((r) => r.level)}::int[])
        as u(id, state, next, level)
      where c.id = u.id`.execute(tx);
  }

  /** Records fired steps; a step already recorded for the case and cycle is skipped (and reported). */
  async recordEscalations(tx: Transaction<DB>, rows: { caseId: number; stepId: number; cycle: number }[]) {
    if (!rows.length) return [];
    const res = await sql<{ case_id: number; step_id: number }>`
      insert into sla_escalations (case_id, step_id, cycle)
      select * from unnest(${rows.map((r) => r.caseId)}::bigint[], ${rows.map((r) => r.stepId)}::bigint[], ${rows.map((r) => r.cycle)}::int[])
      on conflict do nothing
      returning case_id, step_id`.execute(tx);
    return res.rows.map((r) => ({ caseId: Number(r.case_id), stepId: Number(r.step_id) }));
  }

  async insertEvents(tx: Transaction<DB>, events: { caseId: number; kind: string; data: Record<string, unknown> }[]) {
    if (!events.length) return;
    await sql`
      insert into case_events (case_id, kind, visibility, actor_type, data)
      select u.case_id, u.kind, 'internal', 'system', u.data
      from unnest(${events.map((e) => e.caseId)}::bigint[], ${events.map((e) => e.kind)}::text[], ${events.map((e) => JSON.stringify(e.data))}::jsonb[])
        as u(case_id, kind, data)`.execute(tx);
  }
}
