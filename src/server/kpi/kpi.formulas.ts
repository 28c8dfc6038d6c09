/**
 * The indicators — one pure module, no I/O. Every figure of the dashboards, the public statistics
 * and the reports is computed here from counts (see kpi.repository.ts for where they come from);
 * README "Indicators" documents each formula.
 */

/** Counts over a cohort of cases (those created in the period), as the roll-ups keep them. */
export interface KpiSums {
  received: number;
  resolved: number;
  closed: number;
  rejected: number;
  merged: number;
  open: number;
  frMet: number;
  frLate: number;
  resMet: number;
  resLate: number;
  rated: number;
  ratingSum: number;
  ratingTop: number;
  reopened: number;
  everResolved: number;
  transferred: number;
  rwmCount: number;
  rwmSum: number;
}

/** Counts that depend on the moment of asking, read live from the open cases of the cohort. */
export interface KpiLive {
  /** Open cases by age (now − created): under 3 days, 3–7, 8–30, 31 and more. */
  ages: [number, number, number, number];
  /** Open cases whose resolution clock has run out (sla_state = breached). */
  openBreached: number;
  /** Open cases with no first response whose first-response due date has passed. */
  frOverdue: number;
}

/** A resolution-time histogram: bucket (see {@link bucketOf}) → number of cases. */
export type Histogram = Map<number, number>;

export const emptySums = (): KpiSums => ({
  received: 0, resolved: 0, closed: 0, rejected: 0, merged: 0, open: 0, frMet: 0, frLate: 0, resMet: 0, resLate: 0,
  rated: 0, ratingSum: 0, ratingTop: 0, reopened: 0, everResolved: 0, transferred: 0, rwmCount: 0, rwmSum: 0,
});

export const emptyLive = (): KpiLive => ({ ages: [0, 0, 0, 0], openBreached: 0, frOverdue: 0 });

/** Adds counts into `into` (in place) and answers it. */
export function addSums(into: KpiSums, more: KpiSums): KpiSums {
  for (const k of Object.keys(into) as (keyof KpiSums)[]) into[k] += more[k];
  return into;
}

export function addLive(into: KpiLive, more: KpiLive): KpiLive {
  for (let i = 0; i < 4; i++) into.ages[i]! += more.ages[i]!;
  into.openBreached += more.openBreached;
  into.frOverdue += more.frOverdue;
  return into;
}

export function addHistogram(into: Histogram, more: Histogram): Histogram {
  for (const [b, n] of more) into.set(b, (into.get(b) ?? 0) + n);
  return into;
}

// ---------------------------------------------------------------------------------------------
// Resolution-time histogram buckets (the SQL function kpi_bucket computes the same).

/** Values below this are their own bucket (exact). */
const EXACT_BELOW = 16;
/** Buckets per doubling above EXACT_BELOW: a bucket is at most 1/16 of its lower bound wide. */
const SUB_BUCKETS = 16;
/** log2(SUB_BUCKETS). */
const SUB_BITS = 4;

/** The bucket of a whole number of working minutes (>= 0). */
export function bucketOf(minutes: number): number {
  const v = Math.floor(minutes);
  if (v < EXACT_BELOW) return v;
  const e = 31 - Math.clz32(v);
  return EXACT_BELOW + (e - SUB_BITS) * SUB_BUCKETS + (Math.floor(v / 2 ** (e - SUB_BITS)) - SUB_BUCKETS);
}

/** The whole numbers a bucket holds: [lo, hi]. */
export function bucketBounds(bucket: number): { lo: number; hi: number } {
  if (bucket < EXACT_BELOW) return { lo: bucket, hi: bucket };
  const e = SUB_BITS + Math.floor((bucket - EXACT_BELOW) / SUB_BUCKETS);
  const sub = (bucket - EXACT_BELOW) % SUB_BUCKETS;
  const width = 2 ** (e - SUB_BITS);
  const lo = (SUB_BUCKETS + sub) * width;
  return { lo, hi: lo + width - 1 };
}

/** The value a bucket reports: the middle of the whole numbers it holds. */
export function bucketValue(bucket: number): number {
  const { lo, hi } = bucketBounds(bucket);
  return (lo + hi) / 2;
}

/**
 * The nearest-rank percentile (p in (0, 1]) of the values a histogram counts, reported as its
 * bucket's middle value: the k-th smallest value with k = ⌈p·N⌉ lies in the bucket where the
 * running count first reaches k. Null for an empty histogram.
 */
export function percentile(hist: Histogram, p: number): number | null {
  let total = 0;
  for (const n of hist.values()) total += n;
  if (total <= 0) return null;
  const k = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const b of [...hist.keys()].sort((x, y) => x - y)) {
    seen += hist.get(b)!;
    if (seen >= k) return bucketValue(b);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The figures.

/** A percentage with two decimals, or null when there is nothing to divide by. */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((10000 * part) / whole) / 100 : null;
}

function ratio(sum: number, n: number): number | null {
  return n > 0 ? Math.round((100 * sum) / n) / 100 : null;
}

/** Every indicator of one group of cases. */
export interface KpiFigures {
  received: number;
  resolved: number;
  closed: number;
  rejected: number;
  merged: number;
  open: number;
  openBreached: number;
  firstResponseOverdue: number;
  backlogAge: { under3Days: number; days3to7: number; days8to30: number; over30Days: number };
  resolvedShare: number | null;
  firstResponseCompliance: number | null;
  resolutionCompliance: number | null;
  medianResolutionMinutes: number | null;
  p90ResolutionMinutes: number | null;
  meanResolutionMinutes: number | null;
  meanRating: number | null;
  satisfiedShare: number | null;
  surveyResponseRate: number | null;
  reopenRate: number | null;
  transferRate: number | null;
  rejectionRate: number | null;
  counts: {
    firstResponseMet: number;
    firstResponseLate: number;
    resolutionMet: number;
    resolutionLate: number;
    rated: number;
    ratedSatisfied: number;
    reopened: number;
    everResolved: number;
    transferred: number;
  };
}

/** The indicators of a group from its counts, its live counts and its resolution-time histogram. */
export function figures(s: KpiSums, live: KpiLive, hist: Histogram): KpiFigures {
  const frLate = s.frLate + live.frOverdue;
  const resLate = s.resLate + live.openBreached;
  return {
    received: s.received,
    resolved: s.resolved,
    closed: s.closed,
    rejected: s.rejected,
    merged: s.merged,
    open: s.open,
    openBreached: live.openBreached,
    firstResponseOverdue: live.frOverdue,
    backlogAge: { under3Days: live.ages[0], days3to7: live.ages[1], days8to30: live.ages[2], over30Days: live.ages[3] },
    resolvedShare: pct(s.resolved, s.received),
    firstResponseCompliance: pct(s.frMet, s.frMet + frLate),
    resolutionCompliance: pct(s.resMet, s.resMet + resLate),
    medianResolutionMinutes: percentile(hist, 0.5),
    p90ResolutionMinutes: percentile(hist, 0.9),
    meanResolutionMinutes: s.rwmCount > 0 ? Math.round((10 * s.rwmSum) / s.rwmCount) / 10 : null,
    meanRating: ratio(s.ratingSum, s.rated),
    satisfiedShare: pct(s.ratingTop, s.rated),
    surveyResponseRate: pct(s.rated, s.resolved),
    reopenRate: pct(s.reopened, s.everResolved),
    transferRate: pct(s.transferred, s.received),
    rejectionRate: pct(s.rejected, s.received),
    counts: {
      firstResponseMet: s.frMet,
      firstResponseLate: frLate,
      resolutionMet: s.resMet,
      resolutionLate: resLate,
      rated: s.rated,
      ratedSatisfied: s.ratingTop,
      reopened: s.reopened,
      everResolved: s.everResolved,
      transferred: s.transferred,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Composite score, rank, targets.

/** The indicators the composite score weighs; each scores 0–100, higher is better. */
export const scoreParts = ['resolutionCompliance', 'firstResponseCompliance', 'satisfiedShare', 'resolvedShare', 'reopenRate'] as const;
export type ScorePart = (typeof scoreParts)[number];
export type Weights = Record<ScorePart, number>;

export const defaultWeights: Weights = {
  resolutionCompliance: 35,
  firstResponseCompliance: 20,
  satisfiedShare: 20,
  resolvedShare: 15,
  reopenRate: 10,
};

/** Parses `resolutionCompliance=35,satisfiedShare=20,…`; parts not named keep their default. */
export function parseWeights(text: string | undefined, base: Weights = defaultWeights): Weights {
  const out = { ...base };
  if (!text) return out;
  for (const pair of text.split(',')) {
    const [name, value] = pair.split(/[=:]/).map((s) => s.trim());
    const n = Number(value);
    if (!(scoreParts as readonly string[]).includes(name ?? '') || !Number.isFinite(n) || n < 0) {
      throw new RangeError(`bad weight "${pair}": want NAME=NUMBER with NAME one of ${scoreParts.join(', ')}`);
    }
    out[name as ScorePart] = n;
  }
  if (scoreParts.every((p) => out[p] === 0)) throw new RangeError('at least one weight must be above zero');
  return out;
}

/** The weights scaled to sum to 1, as the answers show them. */
export function normalisedWeights(w: Weights): Weights {
  const total = scoreParts.reduce((t, p) => t + w[p], 0);
  return Object.fromEntries(scoreParts.map((p) => [p, Math.round((w[p] / total) * 10000) / 10000])) as Weights;
}

/** A part's 0–100 score: the indicator itself, or 100 minus it where lower is better (reopen rate). */
export function partScore(f: KpiFigures, part: ScorePart): number | null {
  const v = f[part];
  if (v === null) return null;
  return part === 'reopenRate' ? 100 - v : v;
}

/**
 * Composite score = Σ wᵢ·sᵢ / Σ wᵢ over the parts that have a value (a part with nothing to measure
 * drops out and the others' weights scale up); null for a group that received no case.
 */
export function compositeScore(f: KpiFigures, w: Weights): number | null {
  if (f.received === 0) return null;
  let num = 0;
  let den = 0;
  for (const p of scoreParts) {
    const s = partScore(f, p);
    if (s === null || w[p] === 0) continue;
    num += w[p] * s;
    den += w[p];
  }
  return den > 0 ? Math.round((100 * num) / den) / 100 : null;
}

/** Competition ranking by score, highest first ("1, 2, 2, 4"); a null score has no rank. */
export function ranks(scores: (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && o > s).length));
}

/**
 * The entities ranked against each other: those no other ranked-kind entity hangs below. A parent
 * (the ministry above its municipalities) pools what its children do, so ranking it among them
 * would compare a whole with its parts; it keeps its figures and score, without a rank.
 */
export function isRankedPeer(entity: { id: number }, all: readonly { parentId: number | null; kind: string }[]): boolean {
  return !all.some((o) => o.parentId === entity.id && o.kind !== 'unit');
}

/** "Top three" and "bottom three" mean something only among at least this many ranked entities. */
export const MIN_RANKED_FOR_STANDING = 7;

/**
 * Top (rank 1–3) or bottom (the last three ranks) for each rank, or null; none at all when fewer
 * than {@link MIN_RANKED_FOR_STANDING} entities are ranked.
 */
export function standings(rank: readonly (number | null)[]): ('top' | 'bottom' | null)[] {
  const n = rank.filter((r) => r !== null).length;
  if (n < MIN_RANKED_FOR_STANDING) return rank.map(() => null);
  return rank.map((r) => (r === null ? null : r <= 3 ? 'top' : r > n - 3 ? 'bottom' : null));
}

/** Indicators that can carry a target, and which way is better. */
export const targetDirections = {
  firstResponseCompliance: 'higher',
  resolutionCompliance: 'higher',
  satisfiedShare: 'higher',
  surveyResponseRate: 'higher',
  resolvedShare: 'higher',
  meanRating: 'higher',
  reopenRate: 'lower',
  transferRate: 'lower',
  rejectionRate: 'lower',
} as const;
export type TargetIndicator = keyof typeof targetDirections;

/** Whether a value meets its target (null when either is missing). */
export function meetsTarget(indicator: TargetIndicator, value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return targetDirections[indicator] === 'higher' ? value >= target : value <= target;
}
