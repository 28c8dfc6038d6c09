import type { CaseStatus, CaseType, SlaState } from '../../common/enums.ts';
import type { CompiledCalendar } from './working-time.ts';

const MIN = 60_000;
/** Float slack: a threshold counts as reached this close to it, so a wake-up at its instant always sees it. */
const EPS = 1e-6;

/** An escalation step of a policy: at this percent of the resolution target, tell these roles, raise the level. */
export interface EscalationStep {
  id: number;
  atPercent: number;
  notifyRoles: string[];
  raiseLevelTo: number | null;
}

/** The stored state of one case's clock (instants in epoch ms, durations in working minutes). */
export interface ClockState {
  startedAt: number;
  resolutionTarget: number;
  pausedAt: number | null;
  pausedMinutes: number;
}

/** Statuses in which the clock has stopped for good. */
export const stoppedStatuses: CaseStatus[] = ['resolved', 'closed', 'rejected', 'merged'];

/**
 * A suggestion's target is a decision: its clock stops when it is accepted or declined, and stays
 * stopped while the plan is carried out (its target date is then the milestone).
 */
export const suggestionStoppedStatuses: CaseStatus[] = ['accepted', 'in_progress', 'implemented', 'declined', 'closed', 'merged'];

/** Whether a case of this type has stopped its clock for good in this status. */
export function clockStopped(type: CaseType, status: CaseStatus): boolean {
  return (type === 'suggestion' ? suggestionStoppedStatuses : stoppedStatuses).includes(status);
}

/** The status that answers a case: a resolution, or for a suggestion its acceptance (the decision time is kept). */
export function answersCase(type: CaseType, status: CaseStatus): boolean {
  return type === 'suggestion' ? status === 'accepted' : status === 'resolved';
}

/** Percent of the resolution target at which a case counts as at risk when no policy says otherwise. */
export const DEFAULT_AT_RISK_PERCENT = 75;

/** The instant a share of the target is used up, given the clock is running. */
export function instantAtPercent(c: ClockState, percent: number, cal: CompiledCalendar): number {
  return cal.add(c.startedAt, (c.resolutionTarget * percent * MIN) / 100 + c.pausedMinutes * MIN);
}

/** The resolution due date: the whole target plus every paused working minute so far. */
export function resolutionDue(c: ClockState, cal: CompiledCalendar): number {
  return instantAtPercent(c, 100, cal);
}

/** Working minutes used so far (paused time excluded). */
export function usedMinutes(c: ClockState, now: number, cal: CompiledCalendar): number {
  const until = c.pausedAt ?? now;
  return Math.max(0, cal.between(c.startedAt, until) / MIN - c.pausedMinutes);
}

/** Percent of the resolution target used at `now`. */
export function percentUsed(c: ClockState, now: number, cal: CompiledCalendar): number {
  return (usedMinutes(c, now, cal) / c.resolutionTarget) * 100;
}

/** The SLA state of an open case at `now`. */
export function openState(c: ClockState, now: number, cal: CompiledCalendar, atRiskPercent = DEFAULT_AT_RISK_PERCENT): SlaState {
  if (c.pausedAt !== null) return 'paused';
  const p = percentUsed(c, now, cal);
  if (p + EPS >= 100) return 'breached';
  if (p + EPS >= atRiskPercent) return 'at_risk';
  return 'on_track';
}

/** The state a case keeps once its clock stops at `stoppedAt`. */
export function finalState(c: ClockState, stoppedAt: number, cal: CompiledCalendar): SlaState {
  const paused = c.pausedAt !== null ? { ...c, pausedAt: null, pausedMinutes: c.pausedMinutes + cal.between(c.pausedAt, stoppedAt) / MIN } : c;
  return percentUsed(paused, stoppedAt, cal) <= 100 + EPS ? 'met' : 'breached';
}

/** Resuming: the paused working minutes are added, which moves every due date by exactly that much. */
export function resume(c: ClockState, now: number, cal: CompiledCalendar): { state: ClockState; pausedMinutes: number } {
  if (c.pausedAt === null) return { state: c, pausedMinutes: 0 };
  const p = cal.between(c.pausedAt, now) / MIN;
  return { state: { ...c, pausedAt: null, pausedMinutes: c.pausedMinutes + p }, pausedMinutes: p };
}

/** Steps whose percent is reached at `now` and which have not fired, lowest first. */
export function dueSteps(c: ClockState, now: number, cal: CompiledCalendar, steps: EscalationStep[], fired: Set<number>): EscalationStep[] {
  if (c.pausedAt !== null) return [];
  const p = percentUsed(c, now, cal);
  return steps.filter((s) => !fired.has(s.id) && s.atPercent <= p + EPS).sort((a, b) => a.atPercent - b.atPercent);
}

/**
 * When the sweeper must look at the case next: the first threshold (at-risk, breach, or an
 * unfired step) still ahead. A paused or stopped clock needs no look until something changes it.
 */
export function nextCheck(
  c: ClockState,
  now: number,
  cal: CompiledCalendar,
  steps: EscalationStep[],
  fired: Set<number>,
  atRiskPercent = DEFAULT_AT_RISK_PERCENT,
): number | null {
  if (c.pausedAt !== null) return null;
  const p = percentUsed(c, now, cal);
  const ahead = [atRiskPercent, 100, ...steps.filter((s) => !fired.has(s.id)).map((s) => s.atPercent)].filter((x) => x > p + EPS);
  if (!ahead.length) return null;
  return instantAtPercent(c, Math.min(...ahead), cal);
}
