import type { CaseStatus, CaseType } from '../../common/enums.ts';
import type { Expectation } from '../../common/schemas/case.schema.ts';
import { clockStopped } from './sla-clock.ts';

/** The clock columns a citizen's expectation is read from (a case row has them all). */
export interface ExpectationRow {
  /** Absent at intake (a new case's clock runs whatever its type). */
  type?: CaseType;
  status: CaseStatus;
  first_response_due_at: Date | string | null;
  first_responded_at: Date | string | null;
  resolution_due_at: Date | string | null;
  sla_paused_at: Date | string | null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/**
 * What a citizen may expect, from the case's own SLA columns: the first-answer due date until the
 * first answer, the resolution due date until the clock stops, and, while it is paused, since when
 * and because of which status (the due dates then move by the paused working time when it resumes).
 */
export function expectationOf(row: ExpectationRow, timeZone: string): Expectation {
  const open = !clockStopped(row.type ?? 'complaint', row.status);
  return {
    firstAnswerBy: open && row.first_responded_at === null ? iso(row.first_response_due_at) : null,
    resolutionBy: open ? iso(row.resolution_due_at) : null,
    timeZone,
    paused: open && row.sla_paused_at !== null ? { since: iso(row.sla_paused_at)!, reason: row.status } : null,
  };
}
