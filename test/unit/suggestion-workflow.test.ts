import { describe, expect, it } from 'vitest';
import { type CaseStatus, type CaseType, caseStatuses, staffRoles } from '../../src/common/enums.ts';
import { type ActorRole, type CaseAction, type Verdict, allowedActions, caseActions, decide } from '../../src/server/cases/workflow.ts';

/**
 * The transition tables written out by hand: for each action, who may take it and, from each status
 * it may start from, where it leads (a pair is [with someone assigned, with no one assigned]). An
 * action missing from a type's list is not offered for that type. Every (action, role, status)
 * triple is checked against these lists, so a change to workflow.ts that is not made here too fails.
 */
type Move = CaseStatus | readonly [CaseStatus, CaseStatus];
interface Expected {
  roles: readonly ActorRole[];
  moves: Partial<Record<CaseStatus, Move>>;
}

const sameFrom = (statuses: readonly CaseStatus[]): Partial<Record<CaseStatus, Move>> =>
  Object.fromEntries(statuses.map((s) => [s, s]));

const suggestionExpected: Partial<Record<CaseAction, Expected>> = {
  assign: {
    roles: ['officer', 'supervisor', 'entity_admin'],
    moves: {
      new: 'assigned',
      assigned: 'assigned',
      in_progress: 'in_progress',
      awaiting_citizen: 'awaiting_citizen',
      under_study: 'under_study',
      accepted: 'accepted',
    },
  },
  study: { roles: ['officer', 'supervisor'], moves: { new: 'under_study', assigned: 'under_study' } },
  accept: { roles: ['supervisor', 'entity_admin'], moves: { under_study: 'accepted' } },
  start: { roles: ['officer', 'supervisor'], moves: { accepted: 'in_progress' } },
  implement: { roles: ['officer', 'supervisor'], moves: { in_progress: 'implemented' } },
  decline: { roles: ['supervisor', 'entity_admin'], moves: { new: 'declined', assigned: 'declined', under_study: 'declined' } },
  reply: {
    roles: ['officer', 'supervisor'],
    moves: sameFrom(['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted']),
  },
  note: {
    roles: ['agent', 'officer', 'supervisor', 'entity_admin', 'coordinator'],
    moves: sameFrom(['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted', 'implemented', 'declined', 'closed', 'merged']),
  },
  'request-info': { roles: ['officer', 'supervisor'], moves: { under_study: 'awaiting_citizen' } },
  'citizen-reply': {
    roles: ['citizen'],
    moves: {
      new: 'new',
      assigned: 'assigned',
      in_progress: 'in_progress',
      awaiting_citizen: 'under_study',
      under_study: 'under_study',
      accepted: 'accepted',
    },
  },
  close: { roles: ['supervisor'], moves: { implemented: 'closed' } },
  transfer: {
    roles: ['supervisor', 'coordinator'],
    moves: sameFrom(['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted']),
  },
  'change-service': {
    roles: ['officer', 'supervisor', 'coordinator'],
    moves: sameFrom(['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted']),
  },
  priority: {
    roles: ['supervisor', 'entity_admin'],
    moves: sameFrom(['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted']),
  },
  merge: { roles: ['officer', 'supervisor'], moves: { new: 'merged', assigned: 'merged', under_study: 'merged' } },
  rate: { roles: ['citizen'], moves: { implemented: 'implemented', closed: 'closed' } },
  // resolve, reject and reopen are not a suggestion's: it is decided, and a new idea is a new case.
};

const complaintOpen: CaseStatus[] = ['new', 'assigned', 'in_progress', 'awaiting_citizen'];
const complaintExpected: Partial<Record<CaseAction, Expected>> = {
  assign: {
    roles: ['officer', 'supervisor', 'entity_admin'],
    moves: { new: 'assigned', assigned: 'assigned', in_progress: 'in_progress', awaiting_citizen: 'awaiting_citizen' },
  },
  start: { roles: ['officer', 'supervisor'], moves: { new: 'in_progress', assigned: 'in_progress' } },
  reply: { roles: ['officer', 'supervisor'], moves: sameFrom(complaintOpen) },
  note: {
    roles: ['agent', 'officer', 'supervisor', 'entity_admin', 'coordinator'],
    moves: sameFrom([...complaintOpen, 'resolved', 'closed', 'rejected', 'merged']),
  },
  'request-info': { roles: ['officer', 'supervisor'], moves: { assigned: 'awaiting_citizen', in_progress: 'awaiting_citizen' } },
  'citizen-reply': {
    roles: ['citizen'],
    moves: { new: 'new', assigned: 'assigned', in_progress: 'in_progress', awaiting_citizen: 'in_progress' },
  },
  resolve: { roles: ['officer', 'supervisor'], moves: { assigned: 'resolved', in_progress: 'resolved', awaiting_citizen: 'resolved' } },
  reject: { roles: ['officer', 'supervisor'], moves: { new: 'rejected', assigned: 'rejected', in_progress: 'rejected', awaiting_citizen: 'rejected' } },
  close: { roles: ['supervisor'], moves: { resolved: 'closed' } },
  transfer: { roles: ['supervisor', 'coordinator'], moves: sameFrom(complaintOpen) },
  'change-service': { roles: ['officer', 'supervisor', 'coordinator'], moves: sameFrom(complaintOpen) },
  priority: { roles: ['supervisor', 'entity_admin'], moves: sameFrom(complaintOpen) },
  merge: { roles: ['officer', 'supervisor'], moves: { new: 'merged', assigned: 'merged', in_progress: 'merged', awaiting_citizen: 'merged' } },
  rate: { roles: ['citizen'], moves: { resolved: 'resolved', closed: 'closed' } },
  reopen: { roles: ['citizen', 'agent'], moves: { resolved: ['in_progress', 'new'], closed: ['in_progress', 'new'] } },
  // study, accept, implement and decline are a suggestion's only.
};

const roles: ActorRole[] = [...staffRoles, 'citizen'];

function expectedVerdict(table: Partial<Record<CaseAction, Expected>>, action: CaseAction, role: ActorRole, status: CaseStatus, hasAssignee: boolean): Verdict {
  const e = table[action];
  if (!e) return { ok: false, reason: 'status' };
  if (!e.roles.includes(role)) return { ok: false, reason: 'role' };
  const move = e.moves[status];
  if (move === undefined) return { ok: false, reason: 'status' };
  return { ok: true, to: typeof move === 'string' ? move : hasAssignee ? move[0] : move[1] };
}

function checkEveryTriple(type: CaseType, table: Partial<Record<CaseAction, Expected>>): number {
  let allowed = 0;
  for (const action of caseActions) {
    for (const role of roles) {
      for (const status of caseStatuses) {
        for (const hasAssignee of [false, true]) {
          const actual = decide(action, role, { type, status, hasAssignee, reopenOpen: true, rated: false });
          const expected = expectedVerdict(table, action, role, status, hasAssignee);
          expect(actual, `${type}: ${role} ${action} from ${status} (assignee: ${hasAssignee})`).toEqual(expected);
          if (actual.ok) allowed++;
        }
      }
    }
  }
  return allowed;
}

const countAllowed = (table: Partial<Record<CaseAction, Expected>>) =>
  Object.values(table).reduce((n, e) => n + e.roles.length * Object.keys(e.moves).length * 2, 0);

describe('the suggestion transition table', () => {
  it('gives the expected verdict for every action, role and status', () => {
    const allowed = checkEveryTriple('suggestion', suggestionExpected);
    // Guards the enumeration itself: every allowed triple of the hand-written table was reached.
    expect(allowed).toBe(countAllowed(suggestionExpected));
    expect(allowed).toBeGreaterThan(100);
  });

  it('walks received → under study → accepted → in progress → implemented → closed', () => {
    const path: [CaseAction, ActorRole, CaseStatus][] = [
      ['study', 'officer', 'under_study'],
      ['accept', 'supervisor', 'accepted'],
      ['start', 'officer', 'in_progress'],
      ['implement', 'officer', 'implemented'],
      ['close', 'supervisor', 'closed'],
    ];
    let status: CaseStatus = 'new';
    for (const [action, role, to] of path) {
      expect(decide(action, role, { type: 'suggestion', status, hasAssignee: true, reopenOpen: true, rated: false })).toEqual({ ok: true, to });
      status = to;
    }
  });

  it('offers no complaint-only action and no reopen, even inside the window', () => {
    for (const status of caseStatuses) {
      for (const role of roles) {
        const actions = allowedActions(role, { type: 'suggestion', status, hasAssignee: true, reopenOpen: true, rated: false });
        expect(actions).not.toContain('resolve');
        expect(actions).not.toContain('reject');
        expect(actions).not.toContain('reopen');
      }
    }
  });

  it('lets the citizen rate an implementation once', () => {
    const facts = { type: 'suggestion' as const, status: 'implemented' as const, hasAssignee: true, reopenOpen: true };
    expect(decide('rate', 'citizen', { ...facts, rated: false })).toEqual({ ok: true, to: 'implemented' });
    expect(decide('rate', 'citizen', { ...facts, rated: true })).toEqual({ ok: false, reason: 'rated' });
  });
});

describe('the complaint transition table', () => {
  it('gives the expected verdict for every action, role and status', () => {
    const allowed = checkEveryTriple('complaint', complaintExpected);
    expect(allowed).toBe(countAllowed(complaintExpected));
  });

  it('is the table of inquiries and compliments too', () => {
    for (const type of ['inquiry', 'compliment'] as const) {
      expect(checkEveryTriple(type, complaintExpected)).toBe(countAllowed(complaintExpected));
    }
  });

  it('refuses a reopen outside the window and a second rating', () => {
    const facts = { type: 'complaint' as const, status: 'resolved' as const, hasAssignee: false };
    expect(decide('reopen', 'citizen', { ...facts, reopenOpen: false, rated: false })).toEqual({ ok: false, reason: 'window' });
    expect(decide('rate', 'citizen', { ...facts, reopenOpen: true, rated: true })).toEqual({ ok: false, reason: 'rated' });
  });
});
