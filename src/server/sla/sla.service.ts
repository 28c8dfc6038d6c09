import type { Updateable } from 'kysely';
import type { CasePriority, CaseStatus, CaseType, SlaState } from '../../common/enums.ts';
import type { CasesTable, WorkIntervalRow } from '../db/schema.ts';
import {
  DEFAULT_AT_RISK_PERCENT,
  finalState,
  nextCheck,
  openState,
  resolutionDue,
  resume,
  answersCase,
  clockStopped,
  usedMinutes,
  type ClockState,
  type EscalationStep,
} from './sla-clock.ts';
import type { SlaRepository } from './sla.repository.ts';
import { addWorkingTime, compileCalendar, type CompiledCalendar } from './working-time.ts';

const MIN = 60_000;
const ALWAYS: WorkIntervalRow[][] = Array.from({ length: 7 }, () => [{ start: 0, end: 1440 }]);

interface Target {
  caseType: CaseType | null;
  priority: CasePriority | null;
  firstResponse: number;
  resolution: number;
  calendarDays: boolean;
}

/** A policy ready to use: targets, compiled calendar, pause statuses, escalation ladder. */
export interface LoadedPolicy {
  id: number;
  code: string;
  calendarId: number;
  calendar: CompiledCalendar;
  pauseStatuses: CaseStatus[];
  onTransfer: 'keep' | 'restart';
  onReopen: 'fresh' | 'continue';
  targets: Target[];
  steps: EscalationStep[];
  atRiskPercent: number;
}

/** The clock columns of a case that the SLA engine reads. */
export interface CaseClockRow {
  status: CaseStatus;
  type: CaseType;
  priority: CasePriority;
  sla_policy_id: number | null;
  sla_started_at: Date | string | null;
  sla_resolution_target: number | null;
  sla_first_response_target: number | null;
  sla_paused_at: Date | string | null;
  sla_paused_minutes: number;
  sla_cycle: number;
  first_responded_at: Date | string | null;
  created_at: Date | string;
  /** The due time before the change, which a resumed clock's event names as "from". */
  resolution_due_at?: Date | string | null;
}

/** What a status change does to the clock. */
export interface ClockChange {
  changes: Updateable<CasesTable>;
  events: { kind: 'sla_paused' | 'sla_resumed' | 'sla_met' | 'sla_breached'; data: Record<string, unknown> }[];
}

const ms = (d: Date | string | null): number | null => (d === null ? null : new Date(d).getTime());

/**
 * The SLA engine: due dates at creation, the clock's response to every status change, and the
 * state of a case at any instant. Policies and calendars are read into memory (they change rarely)
 * so that work inside a transaction needs no extra query; call `ready()` before a transaction.
 */
export class SlaService {
  #cache:
    | {
        at: number;
        byId: Map<number, LoadedPolicy>;
        defaultId: number | null;
        /** Each service's own policy (null: the default's). */
        byService: Map<number, number | null>;
        /** An entity's own policy for a service (an adopted practice), keyed `entity:service`. */
        byEntityService: Map<string, number>;
      }
    | undefined;

  constructor(
    private readonly repo: SlaRepository,
    private readonly ttlMs = 60_000,
  ) {}

  invalidate(): void {
    this.#cache = undefined;
  }

  async ready(): Promise<void> {
    if (this.#cache && Date.now() - this.#cache.at < this.ttlMs) return;
    const d = await this.repo.loadAll();
    const calendars = new Map<number, CompiledCalendar>();
    for (const c of d.calendars) {
      calendars.set(
        c.id,
        compileCalendar({
          timeZone: c.time_zone,
          week: json(c.week),
          holidays: d.holidays
            .filter((h) => h.calendar_id === c.id)
            .map((h) => ({ date: h.date, intervals: h.off_intervals ? json(h.off_intervals) : undefined, name: h.name_en, lunar: h.lunar })),
          overrides: d.overrides.filter((o) => o.calendar_id === c.id).map((o) => ({ from: o.from_date, to: o.to_date, week: json(o.week) })),
        }),
      );
    }
    const byId = new Map<number, LoadedPolicy>();
    let defaultId: number | null = null;
    for (const p of d.policies) {
      const steps = d.steps
        .filter((s) => s.policy_id === p.id)
        .map((s) => ({ id: s.id, atPercent: s.at_percent, notifyRoles: s.notify_roles, raiseLevelTo: s.raise_level_to }));
      byId.set(p.id, {
        id: p.id,
        code: p.code,
        calendarId: p.calendar_id,
        calendar: calendars.get(p.calendar_id)!,
        pauseStatuses: p.pause_statuses as CaseStatus[],
        onTransfer: p.on_transfer,
        onReopen: p.on_reopen,
        targets: d.targets
          .filter((t) => t.policy_id === p.id)
          .map((t) => ({
            caseType: t.case_type,
            priority: t.priority,
            firstResponse: t.first_response_target,
            resolution: t.resolution_target,
            calendarDays: t.unit === 'calendar_days',
          })),
        steps,
        atRiskPercent: steps[0] ? Math.min(steps[0].atPercent, DEFAULT_AT_RISK_PERCENT) : DEFAULT_AT_RISK_PERCENT,
      });
      if (p.is_default) defaultId = p.id;
    }
    const byService = new Map(d.services.map((s) => [s.id, s.sla_policy_id]));
    const byEntityService = new Map(d.entityPolicies.map((e) => [`${e.entity_id}:${e.service_id}`, e.policy_id]));
    this.#cache = { at: Date.now(), byId, defaultId, byService, byEntityService };
  }

  policy(id: number | null): LoadedPolicy | undefined {
    const c = this.#cache;
    if (!c) throw new Error('SlaService.ready() was not awaited');
    return c.byId.get(id ?? c.defaultId ?? -1) ?? (c.defaultId !== null ? c.byId.get(c.defaultId) : undefined);
  }

  /**
   * The policy an entity's cases of a service run on: the entity's own for the service (written by
   * adopting a practice card) when it has one, else the service's (`servicePolicyId` when the caller
   * holds it, else the service's as read with the policies). Answered from memory, so intake pays no
   * query for it. `undefined` when the service is unknown here and no `servicePolicyId` was given.
   */
  policyIdFor(entityId: number, serviceId: number, servicePolicyId?: number | null): number | null | undefined {
    const c = this.#cache;
    if (!c) throw new Error('SlaService.ready() was not awaited');
    return c.byEntityService.get(`${entityId}:${serviceId}`) ?? (servicePolicyId !== undefined ? servicePolicyId : c.byService.get(serviceId));
  }

  /** The most specific target: type and priority, then type, then priority, then the policy's default. */
  private target(p: LoadedPolicy, type: CaseType, priority: CasePriority): Target | undefined {
    const score = (t: Target) => (t.caseType === type ? 2 : t.caseType === null ? 0 : -9) + (t.priority === priority ? 1 : t.priority === null ? 0 : -9);
    return [...p.targets].filter((t) => score(t) >= 0).sort((a, b) => score(b) - score(a))[0];
  }

  /** The calendar a case's clock runs on. */
  calendarOf(row: { sla_policy_id: number | null; type: CaseType; priority: CasePriority }): CompiledCalendar | undefined {
    const p = this.policy(row.sla_policy_id);
    if (!p) return undefined;
    return this.calendarFor(p, this.target(p, row.type, row.priority)?.calendarDays ?? false);
  }

  /** The calendar a target is measured on: calendar days count every minute. */
  private calendarFor(p: LoadedPolicy, calendarDays: boolean): CompiledCalendar {
    return calendarDays ? alwaysCalendar(p.calendar.calendar.timeZone) : p.calendar;
  }

  /** Working-minute targets (calendar days become minutes on an always-open calendar). */
  private minutes(t: Target) {
    const f = t.calendarDays ? 1440 : 1;
    return { firstResponse: t.firstResponse * f, resolution: t.resolution * f };
  }

  /** The clock columns of a new case. */
  startClock(policyId: number | null, type: CaseType, priority: CasePriority, now: Date): Updateable<CasesTable> {
    const p = this.policy(policyId);
    const t = p && this.target(p, type, priority);
    if (!p || !t) return {};
    const cal = this.calendarFor(p, t.calendarDays);
    const m = this.minutes(t);
    const c: ClockState = { startedAt: now.getTime(), resolutionTarget: m.resolution, pausedAt: null, pausedMinutes: 0 };
    return {
      sla_policy_id: p.id,
      sla_calendar_id: p.calendarId,
      sla_started_at: now,
      sla_resolution_target: m.resolution,
      sla_first_response_target: m.firstResponse,
      first_response_due_at: addWorkingTime(now, m.firstResponse, cal),
      resolution_due_at: new Date(resolutionDue(c, cal)),
      sla_state: 'on_track',
      sla_next_check_at: toDate(nextCheck(c, now.getTime(), cal, p.steps, new Set(), p.atRiskPercent)),
    };
  }

  private clockOf(row: CaseClockRow): { p: LoadedPolicy; cal: CompiledCalendar; c: ClockState } | undefined {
    if (row.sla_started_at === null || row.sla_resolution_target === null) return undefined;
    const p = this.policy(row.sla_policy_id);
    if (!p) return undefined;
    const t = this.target(p, row.type, row.priority);
    const cal = this.calendarFor(p, t?.calendarDays ?? false);
    return {
      p,
      cal,
      c: { startedAt: ms(row.sla_started_at)!, resolutionTarget: row.sla_resolution_target, pausedAt: ms(row.sla_paused_at), pausedMinutes: row.sla_paused_minutes },
    };
  }

  /** The state and percent used of a case now (for presenters). */
  stateNow(row: CaseClockRow & { sla_state: SlaState | null }, now = Date.now()): { state: SlaState | null; percentUsed: number | null } {
    const k = this.clockOf(row);
    if (!k) return { state: row.sla_state, percentUsed: null };
    const percent = Math.round((usedMinutes(k.c, now, k.cal) / k.c.resolutionTarget) * 1000) / 10;
    if (clockStopped(row.type, row.status)) return { state: row.sla_state, percentUsed: percent };
    return { state: openState(k.c, now, k.cal, k.p.atRiskPercent), percentUsed: percent };
  }

  /**
   * The clock when staff change a case's service: the new service's policy applies, measured from
   * when the case was filed (its paused time kept) — a case filed under the wrong service is not
   * given more time for it. When the case also moves to another entity and the new policy restarts
   * the clock on a transfer, it restarts, as a transfer would.
   */
  onServiceChange(row: CaseClockRow, policyId: number | null, now: Date, movedEntity: boolean): ClockChange {
    const p = this.policy(policyId);
    const t = p && this.target(p, row.type, row.priority);
    if (!p || !t) return { changes: {}, events: [] };
    if (movedEntity && p.onTransfer === 'restart') {
      return {
        changes: { ...this.startClock(p.id, row.type, row.priority, now), ...newCycle(row) },
        events: [],
      };
    }
    const cal = this.calendarFor(p, t.calendarDays);
    const m = this.minutes(t);
    const startedAt = ms(row.sla_started_at) ?? ms(row.created_at)!;
    const c: ClockState = { startedAt, resolutionTarget: m.resolution, pausedAt: ms(row.sla_paused_at), pausedMinutes: row.sla_paused_minutes };
    const at = now.getTime();
    return {
      changes: {
        sla_policy_id: p.id,
        sla_calendar_id: p.calendarId,
        sla_started_at: new Date(startedAt),
        sla_resolution_target: m.resolution,
        sla_first_response_target: m.firstResponse,
        ...(row.first_responded_at === null ? { first_response_due_at: new Date(cal.add(startedAt, (m.firstResponse + c.pausedMinutes) * MIN)) } : {}),
        resolution_due_at: new Date(resolutionDue(c, cal)),
        sla_state: openState(c, at, cal, p.atRiskPercent),
        sla_next_check_at: toDate(nextCheck(c, at, cal, p.steps, new Set(), p.atRiskPercent)),
      },
      events: [],
    };
  }

  /**
   * The clock's answer to a status change (and to a first response, a transfer, a reopen): pause or
   * resume, stop with met/breached, restart. Resuming moves the due dates by exactly the paused
   * working time, and says so in the timeline.
   */
  onChange(
    row: CaseClockRow,
    to: CaseStatus,
    now: Date,
    flags: { firstResponse?: boolean; transfer?: boolean; reopen?: boolean },
    fired: Set<number> = new Set(),
  ): ClockChange {
    const out: ClockChange = { changes: {}, events: [] };
    // A stopped clock stays stopped: rating, closing or noting a resolved case changes nothing.
    if (clockStopped(row.type, row.status) && clockStopped(row.type, to) && !flags.reopen) return out;
    let k = this.clockOf(row);
    const t = now.getTime();
    if (flags.transfer && k?.p.onTransfer === 'restart') {
      Object.assign(out.changes, this.startClock(row.sla_policy_id, row.type, row.priority, now), newCycle(row));
      return out;
    }
    if (flags.reopen) {
      if (!k || k.p.onReopen === 'fresh') {
        Object.assign(out.changes, this.startClock(row.sla_policy_id, row.type, row.priority, now), newCycle(row), { resolution_working_minutes: null });
        return out;
      }
    }
    if (!k) return out;
    if (flags.firstResponse && row.first_responded_at === null) {
      out.changes.first_response_working_minutes = Math.round(usedMinutes(k.c, t, k.cal));
    }
    const wasPaused = k.c.pausedAt !== null;
    const pauses = k.p.pauseStatuses.includes(to);
    if (wasPaused && !pauses) {
      const r = resume(k.c, t, k.cal);
      k = { ...k, c: r.state };
      const due = new Date(resolutionDue(k.c, k.cal));
      const firstDue =
        row.first_responded_at === null && row.sla_first_response_target !== null
          ? new Date(k.cal.add(k.c.startedAt, (row.sla_first_response_target + k.c.pausedMinutes) * MIN))
          : undefined;
      Object.assign(out.changes, {
        sla_paused_at: null,
        sla_paused_minutes: Math.round(k.c.pausedMinutes),
        resolution_due_at: due,
        ...(firstDue ? { first_response_due_at: firstDue } : {}),
      });
      out.events.push({
        kind: 'sla_resumed',
        data: { pausedWorkingMinutes: Math.round(r.pausedMinutes), fromResolutionDueAt: row.resolution_due_at ? new Date(row.resolution_due_at).toISOString() : null, resolutionDueAt: due.toISOString() },
      });
    } else if (!wasPaused && pauses && !clockStopped(row.type, to)) {
      k = { ...k, c: { ...k.c, pausedAt: t } };
      out.changes.sla_paused_at = now;
      out.events.push({ kind: 'sla_paused', data: { status: to } });
    }
    if (clockStopped(row.type, to)) {
      const state = finalState(k.c, t, k.cal);
      Object.assign(out.changes, { sla_state: state, sla_next_check_at: null, sla_paused_at: null });
      if (answersCase(row.type, to)) out.changes.resolution_working_minutes = Math.round(usedMinutes({ ...k.c, pausedAt: null }, t, k.cal));
      out.events.push({ kind: state === 'met' ? 'sla_met' : 'sla_breached', data: { status: to } });
    } else {
      out.changes.sla_state = openState(k.c, t, k.cal, k.p.atRiskPercent);
      out.changes.sla_next_check_at = toDate(nextCheck(k.c, t, k.cal, k.p.steps, fired, k.p.atRiskPercent));
    }
    return out;
  }
}

function json<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** What a restarted clock resets besides its start: no pause, the next cycle, no step fired in it. */
function newCycle(row: Pick<CaseClockRow, 'sla_cycle'>) {
  return { sla_paused_minutes: 0, sla_paused_at: null, sla_cycle: row.sla_cycle + 1, sla_fired_steps: [] as number[] };
}

function toDate(t: number | null): Date | null {
  return t === null ? null : new Date(t);
}

const always = new Map<string, CompiledCalendar>();
function alwaysCalendar(timeZone: string): CompiledCalendar {
  let c = always.get(timeZone);
  if (!c) {
    c = compileCalendar({ timeZone, week: ALWAYS, holidays: [], overrides: [] });
    always.set(timeZone, c);
  }
  return c;
}
