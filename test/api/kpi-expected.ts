/**
 * An independent computation of every indicator, for the tests: plain JavaScript over all the
 * case rows, written from the README's definitions without the module under test.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema.ts';

export interface CaseRow {
  created_at: Date;
  entity_id: number;
  unit_id: number | null;
  service_id: number;
  type: string;
  channel: string;
  governorate: string | null;
  status: string;
  resolved_at: Date | null;
  sla_state: string | null;
  first_responded_at: Date | null;
  first_response_due_at: Date | null;
  first_response_working_minutes: number | null;
  sla_first_response_target: number | null;
  resolution_working_minutes: number | null;
  rating: number | null;
  reopen_count: number;
  transfer_count: number;
  lat: number | null;
  lng: number | null;
}

export async function allCases(db: Kysely<DB>): Promise<CaseRow[]> {
  const rows = await db
    .selectFrom('cases')
    .select([
      'created_at', 'entity_id', 'unit_id', 'service_id', 'type', 'channel', 'governorate', 'status', 'resolved_at', 'sla_state',
      'first_responded_at', 'first_response_due_at', 'first_response_working_minutes', 'sla_first_response_target',
      'resolution_working_minutes', 'rating', 'reopen_count', 'transfer_count', 'lat', 'lng',
    ])
    .execute();
  return rows.map((r) => ({
    ...r,
    created_at: new Date(r.created_at),
    resolved_at: r.resolved_at ? new Date(r.resolved_at) : null,
    first_responded_at: r.first_responded_at ? new Date(r.first_responded_at) : null,
    first_response_due_at: r.first_response_due_at ? new Date(r.first_response_due_at) : null,
  })) as CaseRow[];
}

/** The local date of an instant in Bahrain. */
export const bahrainDay = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: 'Asia/Bahrain' });

const percent = (a: number, b: number) => (b > 0 ? Math.round((10000 * a) / b) / 100 : null);
const OPEN = ['new', 'assigned', 'in_progress', 'awaiting_citizen'];
const DAY = 86_400_000;

/** Nearest-rank percentile of whole minutes, as the middle of its 1/16-octave bucket. */
function nearestRankBucketMiddle(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const v = sorted[Math.ceil(p * sorted.length) - 1]!;
  if (v < 16) return v;
  const width = 2 ** (Math.floor(Math.log2(v)) - 4);
  const lo = Math.floor(v / width) * width;
  return lo + (width - 1) / 2;
}

/** Every figure of a group of cases, as the API answers it, at the instant `now`. */
export function expectedFigures(rows: CaseRow[], now: Date, withPercentiles = true) {
  const n = (pred: (r: CaseRow) => boolean) => rows.filter(pred).length;
  const open = rows.filter((r) => OPEN.includes(r.status));
  const age = (r: CaseRow) => now.getTime() - r.created_at.getTime();
  const resolved = rows.filter((r) => r.resolved_at !== null);
  const frKnown = rows.filter((r) => r.first_response_working_minutes !== null && r.sla_first_response_target !== null);
  const frMet = frKnown.filter((r) => r.first_response_working_minutes! <= r.sla_first_response_target!).length;
  const frOverdue = open.filter((r) => r.first_responded_at === null && r.first_response_due_at !== null && r.first_response_due_at < now).length;
  const frLate = frKnown.length - frMet + frOverdue;
  const resMet = resolved.filter((r) => r.sla_state === 'met').length;
  const openBreached = open.filter((r) => r.sla_state === 'breached').length;
  const resLate = resolved.filter((r) => r.sla_state === 'breached').length + openBreached;
  const rated = resolved.filter((r) => r.rating !== null);
  const ratingSum = rated.reduce((t, r) => t + r.rating!, 0);
  const top = rated.filter((r) => r.rating! >= 4).length;
  const reopened = n((r) => r.reopen_count > 0);
  const everResolved = n((r) => r.resolved_at !== null || r.reopen_count > 0);
  const transferred = n((r) => r.transfer_count > 0);
  const minutes = resolved.filter((r) => r.resolution_working_minutes !== null).map((r) => r.resolution_working_minutes!);
  return {
    received: rows.length,
    resolved: resolved.length,
    closed: n((r) => r.status === 'closed'),
    rejected: n((r) => r.status === 'rejected'),
    merged: n((r) => r.status === 'merged'),
    open: open.length,
    openBreached,
    firstResponseOverdue: frOverdue,
    backlogAge: {
      under3Days: open.filter((r) => age(r) <= 3 * DAY).length,
      days3to7: open.filter((r) => age(r) > 3 * DAY && age(r) <= 8 * DAY).length,
      days8to30: open.filter((r) => age(r) > 8 * DAY && age(r) <= 31 * DAY).length,
      over30Days: open.filter((r) => age(r) > 31 * DAY).length,
    },
    resolvedShare: percent(resolved.length, rows.length),
    firstResponseCompliance: percent(frMet, frMet + frLate),
    resolutionCompliance: percent(resMet, resMet + resLate),
    medianResolutionMinutes: withPercentiles ? nearestRankBucketMiddle(minutes, 0.5) : null,
    p90ResolutionMinutes: withPercentiles ? nearestRankBucketMiddle(minutes, 0.9) : null,
    meanResolutionMinutes: minutes.length ? Math.round((10 * minutes.reduce((a, b) => a + b, 0)) / minutes.length) / 10 : null,
    meanRating: rated.length ? Math.round((100 * ratingSum) / rated.length) / 100 : null,
    satisfiedShare: percent(top, rated.length),
    surveyResponseRate: percent(rated.length, resolved.length),
    reopenRate: percent(reopened, everResolved),
    transferRate: percent(transferred, rows.length),
    rejectionRate: percent(n((r) => r.status === 'rejected'), rows.length),
    counts: {
      firstResponseMet: frMet,
      firstResponseLate: frLate,
      resolutionMet: resMet,
      resolutionLate: resLate,
      rated: rated.length,
      ratedSatisfied: top,
      reopened,
      everResolved,
      transferred,
    },
  };
}

/** Groups rows by a key. */
export function groupBy<K>(rows: CaseRow[], key: (r: CaseRow) => K): Map<K, CaseRow[]> {
  const out = new Map<K, CaseRow[]>();
  for (const r of rows) {
    const k = key(r);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(r);
  }
  return out;
}
