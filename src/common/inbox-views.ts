/**
 * The inbox's built-in views: one click to the usual queues. Shared by the web app (buttons) and the
 * server (their counts), so both mean the same cases. Filters are the case list's query parameters.
 */
export const builtInViews = [
  { id: 'all', filters: {} },
  { id: 'mine', filters: { assignee: 'me' } },
  { id: 'unassigned', filters: { assignee: 'unassigned' } },
  { id: 'atRisk', filters: { slaState: 'at_risk' } },
  { id: 'nearTarget', filters: { assignee: 'me', slaState: 'at_risk' } },
  { id: 'awaiting', filters: { status: 'awaiting_citizen' } },
  // Awaiting the citizen for more than a week; the filter panel changes the number of days.
  { id: 'awaitingLong', filters: { awaitingDays: '7' } },
  { id: 'escalated', filters: { escalationMin: '1' } },
  // Reported by at least three people: the citizen and two who said "mine too" (or were merged in).
  { id: 'reportedByMany', filters: { followersMin: '2' } },
] as const satisfies readonly { id: string; filters: Record<string, string> }[];
export type BuiltInViewId = (typeof builtInViews)[number]['id'];
