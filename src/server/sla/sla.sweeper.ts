import type { Kysely } from 'kysely';
import type { SlaState } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';
import type { LoopRunRepository } from './loop-run.repository.ts';
import { clockStopped, dueSteps, nextCheck, openState, type ClockState } from './sla-clock.ts';
import type { SlaRepository } from './sla.repository.ts';
import type { SlaService } from './sla.service.ts';

/** The sweep's name in loop_runs. */
export const SWEEP_LOOP = 'sla-sweep';

/** What one sweep did. */
export interface SweepResult {
  claimed: number;
  stateChanges: number;
  escalations: number;
}

/** Called, inside the sweep's transaction, for each escalation step fired (to queue notifications). */
export type EscalationListener = (
  tx: Kysely<DB>,
  fired: { caseId: number; entityId: number; assigneeId: number | null; atPercent: number; notifyRoles: string[]; level: number }[],
) => Promise<void>;

/**
 * The SLA sweeper: claims cases whose next check is due (`FOR UPDATE SKIP LOCKED`, so any number of
 * workers share the work without overlap), moves their state, fires each escalation step once
 * (the steps fired in the cycle are kept on the case and written by the same update, under the row
 * lock taken by the claim, so neither a second worker nor a restart fires one again), raises the
 * escalation level, and sets the next check. Batches of `batchSize` cases, one transaction each.
 */
export class SlaSweeper {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: SlaRepository,
    private readonly sla: SlaService,
    private readonly onEscalation?: EscalationListener,
    /** Where a successful sweep records its end and duration (GET /metrics reads it). */
    private readonly runs?: LoopRunRepository,
    /** Batches run at once when `sweep` is not told (see `sweep`). */
    private readonly defaultWorkers = 1,
  ) {}

  /**
   * Sweeps until nothing is due at `now` (or `maxBatches` is reached). `workers` batches run at once,
   * each in its own transaction and connection (the claim's SKIP LOCKED keeps them apart): on
   * PostgreSQL that spreads a large backlog over several server processes. PGlite has one
   * connection, so there extra workers only queue behind each other (createSlaServices gives two
   * on PostgreSQL, one on PGlite).
   */
  async sweep(now = new Date(), batchSize = 5000, maxBatches = 1000, workers = this.defaultWorkers): Promise<SweepResult> {
    const total: SweepResult = { claimed: 0, stateChanges: 0, escalations: 0 };
    const began = performance.now();
    await this.sla.ready();
    let started = 0;
    const work = async () => {
      while (started < maxBatches) {
        started++;
        const r = await this.batch(now, batchSize);
        total.claimed += r.claimed;
        total.stateChanges += r.stateChanges;
        total.escalations += r.escalations;
        if (r.claimed < batchSize) break;
      }
    };
    const results = await Promise.allSettled(Array.from({ length: Math.max(1, Math.floor(workers)) }, work));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    await this.runs?.record(SWEEP_LOOP, new Date(), performance.now() - began);
    return total;
  }

  private async batch(now: Date, batchSize: number): Promise<SweepResult> {
    return this.db.transaction().execute(async (tx) => {
      const rows = await this.repo.claimDue(tx, now, batchSize);
      if (!rows.length) return { claimed: 0, stateChanges: 0, escalations: 0 };
      // In id order, the batch's writes (cases, events) walk each index and the table
      // forwards instead of in due order, which is random on disk.
      rows.sort((a, b) => a.id - b.id);
      const t = now.getTime();
      const updates: { id: number; state: string; next: Date | null; level: number; fired: number[] }[] = [];
      const events: { caseId: number; kind: string; data: Record<string, unknown> }[] = [];
      const listened: Parameters<EscalationListener>[1] = [];
      let stateChanges = 0;
      for (const row of rows) {
        const already = (row.sla_fired_steps ?? []).map(Number);
        const p = this.sla.policy(row.sla_policy_id);
        if (!p || row.sla_started_at === null || row.sla_resolution_target === null || clockStopped(row.type, row.status)) {
          updates.push({ id: row.id, state: row.sla_state ?? 'on_track', next: null, level: row.escalation_level, fired: already });
          continue;
        }
        const cal = this.sla.calendarOf(row) ?? p.calendar;
        const c: ClockState = {
          startedAt: new Date(row.sla_started_at).getTime(),
          resolutionTarget: row.sla_resolution_target,
          pausedAt: row.sla_paused_at ? new Date(row.sla_paused_at).getTime() : null,
          pausedMinutes: row.sla_paused_minutes,
        };
        const fired = new Set(already);
        const state: SlaState = openState(c, t, cal, p.atRiskPercent);
        if (state !== row.sla_state) {
          stateChanges++;
          if (state === 'breached') events.push({ caseId: row.id, kind: 'sla_breached', data: { from: row.sla_state } });
        }
        let level = row.escalation_level;
        for (const step of dueSteps(c, t, cal, p.steps, fired)) {
          fired.add(step.id);
          if (step.raiseLevelTo !== null) level = Math.max(level, step.raiseLevelTo);
          const stepLevel = step.raiseLevelTo ?? row.escalation_level;
          events.push({
            caseId: row.id,
            kind: step.raiseLevelTo !== null ? 'escalated' : 'sla_warning',
            data: { atPercent: step.atPercent, notifyRoles: step.notifyRoles, fromLevel: row.escalation_level, level: stepLevel },
          });
          listened.push({ caseId: row.id, entityId: row.entity_id, assigneeId: row.assignee_id, atPercent: step.atPercent, notifyRoles: step.notifyRoles, level: stepLevel });
        }
        updates.push({ id: row.id, state, next: toDate(nextCheck(c, t, cal, p.steps, fired, p.atRiskPercent)), level, fired: [...fired] });
      }
      // Events before the cases' update: their foreign-key checks then meet rows this batch already
      // holds FOR UPDATE (no lock to write), not the new versions.
      await this.repo.insertEvents(tx, events);
      await this.repo.applyBatch(tx, updates);
      if (listened.length && this.onEscalation) await this.onEscalation(tx, listened);
      return { claimed: rows.length, stateChanges, escalations: listened.length };
    });
  }
}

function toDate(t: number | null): Date | null {
  return t === null ? null : new Date(t);
}
