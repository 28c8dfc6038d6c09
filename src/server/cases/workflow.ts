import type { CaseStatus, CaseType, StaffRole } from '../../common/enums.ts';
import { openStatuses } from '../../common/enums.ts';

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
  // Raising or lowering a case's priority (the inbox's bulk work among others).
  'priority',
  'merge',
  'rate',
  'reopen',
  // A suggestion's decision and its follow-through.
  'study',
  'accept',
  'implement',
  'decline',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Who acts: a staff role, or the case's own citizen (by tracking token or signed in). */
export type ActorRole = StaffRole | 'citizen';

const open: CaseStatus[] = ['new', 'assigned', 'in_progress', 'awaiting_citizen'];
const all: CaseStatus[] = [...open, 'resolved', 'closed', 'rejected', 'merged'];
const suggestionOpen: CaseStatus[] = [...openStatuses];
const suggestionAll: CaseStatus[] = [...suggestionOpen, 'implemented', 'declined', 'closed', 'merged'];

export interface Transition {
  /** Statuses the action may start from. */
  from: CaseStatus[];
  /** Roles that may take it. */
  roles: ActorRole[];
  /** The status after the action (a function of the status before and whether someone is assigned). */
  to: (from: CaseStatus, hasAssignee: boolean) => CaseStatus;
}

/** One case type's moves: an action missing from it is not offered for that type. */
export type TransitionTable = Partial<Record<CaseAction, Transition>>;

const same = (s: CaseStatus) => s;

/**
 * The transition table of complaints (and of inquiries and compliments, which are answered the same
 * way): status × action × role → next status. Every endpoint, the `allowedActions` of every
 * response, and the web app's buttons follow it.
 */
const complaintTable = {
  assign: { from: open, roles: ['officer', 'supervisor', 'entity_admin'], to: (s) => (s === 'new' ? 'assigned' : s) },
  start: { from: ['new', 'assigned'], roles: ['officer', 'supervisor'], to: () => 'in_progress' },
  reply: { from: open, roles: ['officer', 'supervisor'], to: same },
  note: { from: all, roles: ['agent', 'officer', 'supervisor', 'entity_admin', 'coordinator'], to: same },
  'request-info': { from: ['assigned', 'in_progress'], roles: ['officer', 'supervisor'], to: () => 'awaiting_citizen' },
  'citizen-reply': { from: open, roles: ['citizen'], to: (s) => (s === 'awaiting_citizen' ? 'in_progress' : s) },
  resolve: { from: ['assigned', 'in_progress', 'awaiting_citizen'], roles: ['officer', 'supervisor'], to: () => 'resolved' },
  reject: { from: open, roles: ['officer', 'supervisor'], to: () => 'rejected' },
  close: { from: ['resolved'], roles: ['supervisor'], to: () => 'closed' },
  transfer: { from: open, roles: ['supervisor', 'coordinator'], to: same },
  // A case filed under the wrong service: staff correct it and it is routed again as at intake.
  'change-service': { from: open, roles: ['officer', 'supervisor', 'coordinator'], to: same },
  priority: { from: open, roles: ['supervisor', 'entity_admin'], to: same },
  merge: { from: open, roles: ['officer', 'supervisor'], to: () => 'merged' },
  rate: { from: ['resolved', 'closed'], roles: ['citizen'], to: same },
  reopen: { from: ['resolved', 'closed'], roles: ['citizen', 'agent'], to: (_s, hasAssignee) => (hasAssignee ? 'in_progress' : 'new') },
} satisfies TransitionTable;
export const transitions: Record<keyof typeof complaintTable, Transition> = complaintTable;

/**
 * A suggestion's own lifecycle: received ('new') → under study → accepted (a plan, its owner unit,
 * cost band and target date) → in progress ('start') → implemented | declined (a reason) | merged.
 * It is decided, not resolved or rejected: 'accept' and 'decline' are decisions (supervisor, entity
 * administrator); studying and carrying out the plan are the officers'. No reopen: a declined
 * suggestion is answered with its reason, and a new idea is a new suggestion. The citizen rates
 * the implementation as they rate a resolution.
 */
const suggestionTable = {
  assign: { from: suggestionOpen, roles: ['officer', 'supervisor', 'entity_admin'], to: (s) => (s === 'new' ? 'assigned' : s) },
  study: { from: ['new', 'assigned'], roles: ['officer', 'supervisor'], to: () => 'under_study' },
  accept: { from: ['under_study'], roles: ['supervisor', 'entity_admin'], to: () => 'accepted' },
  start: { from: ['accepted'], roles: ['officer', 'supervisor'], to: () => 'in_progress' },
  implement: { from: ['in_progress'], roles: ['officer', 'supervisor'], to: () => 'implemented' },
  decline: { from: ['new', 'assigned', 'under_study'], roles: ['supervisor', 'entity_admin'], to: () => 'declined' },
  reply: { from: suggestionOpen, roles: ['officer', 'supervisor'], to: same },
  note: { from: suggestionAll, roles: ['agent', 'officer', 'supervisor', 'entity_admin', 'coordinator'], to: same },
  // Asking the citizen to explain their idea pauses the study; their answer returns it to study.
  'request-info': { from: ['under_study'], roles: ['officer', 'supervisor'], to: () => 'awaiting_citizen' },
  'citizen-reply': { from: suggestionOpen, roles: ['citizen'], to: (s) => (s === 'awaiting_citizen' ? 'under_study' : s) },
  close: { from: ['implemented'], roles: ['supervisor'], to: () => 'closed' },
  transfer: { from: suggestionOpen, roles: ['supervisor', 'coordinator'], to: same },
  'change-service': { from: suggestionOpen, roles: ['officer', 'supervisor', 'coordinator'], to: same },
  priority: { from: suggestionOpen, roles: ['supervisor', 'entity_admin'], to: same },
  merge: { from: ['new', 'assigned', 'under_study'], roles: ['officer', 'supervisor'], to: () => 'merged' },
  rate: { from: ['implemented', 'closed'], roles: ['citizen'], to: same },
} satisfies TransitionTable;
export const suggestionTransitions: Record<keyof typeof suggestionTable, Transition> = suggestionTable;

/** Each case type's table: inquiries and compliments are answered as complaints are. */
export const transitionTables: Record<CaseType, TransitionTable> = {
  complaint: transitions,
  inquiry: transitions,
  compliment: transitions,
  suggestion: suggestionTransitions,
};

/** Facts about a case beyond its status that some actions depend on. */
export interface CaseFacts {
  type: CaseType;
  status: CaseStatus;
  hasAssignee: boolean;
  /** The citizen may still reopen (inside the window after resolution). */
  reopenOpen: boolean;
  /** The current resolution has been rated. */
  rated: boolean;
}

/** The columns of a case that its facts are read from. */
export interface CaseFactsSource {
  type: CaseType;
  status: CaseStatus;
  assignee_id: number | null;
  resolved_at: Date | string | null;
  rated_at: Date | string | null;
}

/** The facts about a case that the transition table needs besides its status. */
export function caseFacts(row: CaseFactsSource, reopenWindowDays: number, now = Date.now()): CaseFacts {
  const resolvedAt = row.resolved_at ? new Date(row.resolved_at).getTime() : null;
  return {
    type: row.type,
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

/** May this role take this action on a case of this type in this state, and where does it lead? */
export function decide(action: CaseAction, role: ActorRole, facts: CaseFacts): Verdict {
  const t = transitionTables[facts.type][action];
  // An action the type does not have is refused as from any status: it is never offered.
  if (!t) return { ok: false, reason: 'status' };
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
