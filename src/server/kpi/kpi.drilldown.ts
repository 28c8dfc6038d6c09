/**
 * Drill-down: for every figure, the GET /api/v1/cases queries whose union lists the cases behind
 * it. A figure's list = the answer's `base` (the period) + the row's `filter` (its entity, service,
 * … or trend bucket) + each query here. Where the case list lacks a filter the figure needs,
 * `exact` is false, `cases` is the nearest superset the list can give today, and `needs` names
 * the parameters that would make it exact.
 */

export const OPEN_STATUSES = 'new,assigned,in_progress,awaiting_citizen,under_study,accepted';
const DONE = 'resolved,closed,implemented';

export type DrillQuery = Record<string, string>;

export interface DrillDown {
  /** Queries whose union is the figure's cases (the numerator of a rate). */
  cases: DrillQuery[];
  /** For a rate: queries whose union is its denominator. */
  of?: DrillQuery[];
  /** False when the case list cannot yet express the figure exactly. */
  exact: boolean;
  /** Parameters the case list would need (values as they would be sent). */
  needs?: Record<string, string>;
}

const exact = (cases: DrillQuery[], of?: DrillQuery[]): DrillDown => ({ cases, ...(of ? { of } : {}), exact: true });
const approx = (cases: DrillQuery[], needs: Record<string, string>, of?: DrillQuery[]): DrillDown => ({
  cases,
  ...(of ? { of } : {}),
  exact: false,
  needs,
});

/** Age-bucket bounds on created_at for the backlog at `asOf` (ISO instants; see ageBounds). */
export interface AgeBounds {
  under3Days: { createdFrom?: string; createdTo?: string };
  days3to7: { createdFrom?: string; createdTo?: string };
  days8to30: { createdFrom?: string; createdTo?: string };
  over30Days: { createdFrom?: string; createdTo?: string };
}

/** The instants that split open cases into age buckets at `asOf`: 3, 8 and 31 days before it. */
export function ageCuts(asOf: Date): [Date, Date, Date] {
  const d = (n: number) => new Date(asOf.getTime() - n * 86_400_000);
  return [d(3), d(8), d(31)];
}

/** The drill-down of every figure; `ages` gives the created_at bounds of the backlog buckets. */
export function drillDowns(ages: AgeBounds): Record<string, DrillDown> {
  const open = { status: OPEN_STATUSES };
  const done = { status: DONE };
  // rated=true is "resolved and rated", as the roll-ups count a rating.
  const rated = { rated: 'true' };
  return {
    received: exact([{}]),
    resolved: exact([done]),
    closed: exact([{ status: 'closed' }]),
    rejected: exact([{ status: 'rejected,declined' }]),
    merged: exact([{ status: 'merged' }]),
    open: exact([open]),
    openBreached: exact([{ ...open, slaState: 'breached' }]),
    firstResponseOverdue: exact([{ ...open, firstResponse: 'overdue' }]),
    'backlogAge.under3Days': exact([{ ...open, ...ages.under3Days }]),
    'backlogAge.days3to7': exact([{ ...open, ...ages.days3to7 }]),
    'backlogAge.days8to30': exact([{ ...open, ...ages.days8to30 }]),
    'backlogAge.over30Days': exact([{ ...open, ...ages.over30Days }]),
    resolvedShare: exact([done], [{}]),
    firstResponseCompliance: exact([{ firstResponse: 'met' }], [{ firstResponse: 'met,late,overdue' }]),
    resolutionCompliance: exact([{ resolution: 'met' }], [{ resolution: 'met,late,overdue' }]),
    medianResolutionMinutes: approx([done], { sort: 'resolutionWorkingMinutes' }),
    p90ResolutionMinutes: approx([done], { sort: 'resolutionWorkingMinutes' }),
    meanResolutionMinutes: exact([done]),
    meanRating: exact([rated]),
    satisfiedShare: exact([{ ...rated, rating: '4,5' }], [rated]),
    surveyResponseRate: exact([rated], [done]),
    reopenRate: exact([{ reopened: 'true' }], [done, { reopened: 'true' }]),
    transferRate: exact([{ transferred: 'true' }], [{}]),
    rejectionRate: exact([{ status: 'rejected,declined' }], [{}]),
  };
}
