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

  /**
   * Claims open cases whose next check is due, locking them so no other worker (and no staff action)
   * changes them meanwhile. Due checks are read in due order from sla_checks, which triggers keep
   * equal to cases.sla_next_check_at: a queue's claim (index order, a limit, SKIP LOCKED) that walks
   * only the due rows. The check and the case are both locked; a staff action that moved the check
   * meanwhile rewrote its row, which the lock re-reads, so a check no longer due is skipped.
   */
  claimDue(tx: Transaction<DB>, now: Date, limit: number) {
    return tx
      .selectFrom('sla_checks as k')
      .innerJoin('cases as c', 'c.id', 'k.case_id')
      .select([
        'c.id',
        'c.status',
        'c.type',
        'c.priority',
        'c.sla_policy_id',
        'c.sla_calendar_id',
        'c.sla_started_at',
        'c.sla_resolution_target',
        'c.sla_paused_at',
        'c.sla_paused_minutes',
        'c.sla_cycle',
        'c.sla_state',
        'c.escalation_level',
        'c.sla_fired_steps',
        'c.assignee_id',
        'c.entity_id',
      ])
      .where('k.due_at', '<=', now)
      .orderBy('k.due_at')
      .limit(limit)
      .forUpdate(['k', 'c'])
      .skipLocked()
      .execute();
  }

  /**
   * Writes many clock results in one statement: only columns in no index of cases, so each update
   * stays on the case's page (heap-only). The fired steps travel as array literals, since unnest
   * cannot take an array of arrays of different lengths.
   */
  async applyBatch(
    tx: Transaction<DB>,
    rows: { id: number; state: string; next: Date | null; level: number; fired: number[] }[],
  ): Promise<void> {
    if (!rows.length) return;
    await sql`
      update cases c set
        sla_state = u.state,
        sla_next_check_at = u.next,
        escalation_level = u.level,
        sla_fired_steps = u.fired::bigint[]
      from unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.state)}::text[],
                  ${rows.map((r) => (r.next ? r.next.toISOString() : null))}::timestamptz[], ${rows.map((r) => r.level)}::int[],
                  ${rows.map((r) => `{${r.fired.join(',')}}`)}::text[])
        as u(id, state, next, level, fired)
      where c.id = u.id`.execute(tx);
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
