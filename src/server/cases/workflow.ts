import type { CaseStatus, StaffRole } from '../../common/enums.ts';

/** Every action on a case; each is `POST /api/v1/cases/{reference}/actions/{action}`. */
export const caseActions = [
  'assign',
  'start',
  'reply',
  'note',
  'request-info',
  'citizen-reply',
  'resolve',
  'reject',
  'close',
  'transfer',
  'change-service',
  'merge',
  'rate',
  'reopen',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Who acts: a staff role, or the case's own citizen (by tracking token or signed in). */
export type ActorRole = StaffRole | 'citizen';

const open: CaseStatus[] = ['new', 'assigned', 'in_progress', 'awaiting_citizen'];
const all: CaseStatus[] = [...open, 'resolved', 'closed', 'rejected', 'merged'];

interface Transition {
  /** Statuses the action may start from. */
  from: CaseStatus[];
  /** Roles that may take it. */
  roles: ActorRole[];
  /** The status after the action (a function of the status before and whether someone is assigned). */
  to: (from: CaseStatus, hasAssignee: boolean) => CaseStatus;
  /** Body fields the action needs. */
  requires: string[];
}

const same = (s: CaseStatus) => s;

/**
 * THE transition table: status × action × role → next status, with the fields each action needs.
 * Every endpoint, the `allowedActions` of every response, and the web app's buttons follow it.
 */
export const transitions: Record<CaseAction, Transition> = {
  assign: { from: open, roles: ['officer', 'supervisor', 'entity_admin'], to: (s) => (s === 'new' ? 'assigned' : s), requires: ['assigneeId'] },
  start: { from: ['new', 'assigned'], roles: ['officer', 'supervisor'], to: () => 'in_progress', requires: [] },
  reply: { from: open, roles: ['officer', 'supervisor'], to: same, requires: ['body'] },
  note: { from: all, roles: ['agent', 'officer', 'supervisor', 'entity_admin', 'coordinator'], to: same, requires: ['body'] },
  'request-info': { from: ['assigned', 'in_progress'], roles: ['officer', 'supervisor'], to: () => 'awaiting_citizen', requires: ['body'] },
  'citizen-reply': { from: open, roles: ['citizen'], to: (s) => (s === 'awaiting_citizen' ? 'in_progress' : s), requires: ['body'] },
  resolve: { from: ['assigned', 'in_progress', 'awaiting_citizen'], roles: ['officer', 'supervisor'], to: () => 'resolved', requires: ['body'] },
  reject: { from: open, roles: ['officer', 'supervisor'], to: () => 'rejected', requires: ['reasonCode'] },
  close: { from: ['resolved'], roles: ['supervisor'], to: () => 'closed', requires: [] },
  transfer: { from: open, roles: ['supervisor', 'coordinator'], to: same, requires: ['entityCode', 'reason'] },
  // A case filed under the wrong service: staff correct it and it is routed again as at intake.
  'change-service': { from: open, roles: ['officer', 'supervisor', 'coordinator'], to: same, requires: ['serviceCode'] },
  merge: { from: open, roles: ['officer', 'supervisor'], to: () => 'merged', requires: ['masterReference'] },
  rate: { from: ['resolved', 'closed'], roles: ['citizen'], to: same, requires: ['rating'] },
  reopen: { from: ['resolved', 'closed'], roles: ['citizen', 'agent'], to: (_s, hasAssignee) => (hasAssignee ? 'in_progress' : 'new'), requires: ['body'] },
};

/** Facts about a case beyond its status that some actions depend on. */
export interface CaseFacts {
  status: CaseStatus;
  hasAssignee: boolean;
  /** The citizen may still reopen (inside the window after resolution). */
  reopenOpen: boolean;
  /** The current resolution has been rated. */
  rated: boolean;
}

/** The columns of a case that its facts are read from. */
export interface CaseFactsSource {
  status: CaseStatus;
  assignee_id: number | null;
  resolved_at: Date | string | null;
  rated_at: Date | string | null;
}

/** The facts about a case that the transition table needs besides its status. */
export function caseFacts(row: CaseFactsSource, reopenWindowDays: number, now = Date.now()): CaseFacts {
  const resolvedAt = row.resolved_at ? new Date(row.resolved_at).getTime() : null;
  return {
    status: row.status,
    hasAssignee: row.assignee_id !== null,
    reopenOpen: resolvedAt !== null && now - resolvedAt <= reopenWindowDays * 86_400_000,
    rated: row.rated_at !== null && resolvedAt !== null && new Date(row.rated_at).getTime() >= resolvedAt,
  };
}

export type Verdict = { ok: true; to: CaseStatus } | { ok: false; reason: 'role' | 'status' | 'window' | 'rated' };

/** Roles a case may be assigned to: those who can work it. */
export const assignableRoles: readonly ActorRole[] = ['officer', 'supervisor'];

/** Whether a role assigns cases only to itself (an officer takes a case; a supervisor hands it out). */
export function assignsOnlySelf(role: ActorRole): boolean {
  return role === 'officer';
}

/** May this role take this action on a case in this state, and where does it lead? */
export function decide(action: CaseAction, role: ActorRole, facts: CaseFacts): Verdict {
  const t = transitions[action];
  if (!t.roles.includes(role)) return { ok: false, reason: 'role' };
  if (!t.from.includes(facts.status)) return { ok: false, reason: 'status' };
  if (action === 'reopen' && !facts.reopenOpen) return { ok: false, reason: 'window' };
  if (action === 'rate' && facts.rated) return { ok: false, reason: 'rated' };
  return { ok: true, to: t.to(facts.status, facts.hasAssignee) };
}

/** The actions a role may take now — what the UI shows as buttons. */
export function allowedActions(role: ActorRole, facts: CaseFacts): CaseAction[] {
  return caseActions.filter((a) => decide(a, role, facts).ok);
}
