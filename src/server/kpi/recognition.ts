/**
 * Recognition of the best — pure rules, no I/O. Over a recognition period (a quarter unless
 * configured otherwise) every entity that is ranked (see {@link isRankedPeer}) and every service is
 * scored with the ranking's composite score and weights; those that received at least the minimum
 * number of cases are ranked, best first, with the parts of the score that earned the place.
 */
import { compositeScore, partScore, ranks, scoreParts, type KpiFigures, type ScorePart, type Weights } from './kpi.formulas.ts';
import { addDays, addMonths, monthStart, type Period } from './kpi.period.ts';

export const recognitionPeriodKinds = ['month', 'quarter', 'half', 'year'] as const;
export type RecognitionPeriodKind = (typeof recognitionPeriodKinds)[number];

const monthsIn: Record<RecognitionPeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** The period of a kind that holds a local date: calendar quarters, halves and years. */
export function recognitionPeriodOf(kind: RecognitionPeriodKind, day: string): Period {
  const n = monthsIn[kind];
  const month = Number(day.slice(5, 7)) - 1;
  const from = `${day.slice(0, 4)}-${String(month - (month % n) + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, n), -1) };
}

/** The last period of a kind that has ended by `today` (the one before the period `today` is in). */
export function lastEndedPeriod(kind: RecognitionPeriodKind, today: string): Period {
  const current = recognitionPeriodOf(kind, monthStart(today));
  return recognitionPeriodOf(kind, addDays(current.from, -1));
}

/** Something scored: an entity or a service, with its figures of the period. */
export interface Contender<T> {
  subject: T;
  figures: KpiFigures;
}

/** A place in the excellence table, with what earned it. */
export interface Place<T> {
  rank: number;
  subject: T;
  score: number;
  received: number;
  resolved: number;
  /** Each part of the score: the indicator, its 0–100 score (100 − reopen rate), its weight (summing to 1 over the parts that counted). */
  parts: { part: ScorePart; value: number | null; score: number | null; weight: number }[];
}

/**
 * The excellence table: contenders with at least `minCases` received and a score, ranked by
 * composite score (competition ranking, "1, 2, 2, 4"), best first; ties by most received.
 */
export function excellenceTable<T>(contenders: Contender<T>[], weights: Weights, minCases: number): Place<T>[] {
  const eligible = contenders
    .filter((c) => c.figures.received >= minCases)
    .map((c) => ({ c, score: compositeScore(c.figures, weights) }))
    .filter((x): x is { c: Contender<T>; score: number } => x.score !== null);
  const rank = ranks(eligible.map((x) => x.score));
  return eligible
    .map(({ c, score }, i) => {
      const counted = scoreParts.filter((p) => partScore(c.figures, p) !== null && weights[p] > 0);
      const total = counted.reduce((t, p) => t + weights[p], 0);
      return {
        rank: rank[i]!,
        subject: c.subject,
        score,
        received: c.figures.received,
        resolved: c.figures.resolved,
        parts: scoreParts.map((p) => ({
          part: p,
          value: c.figures[p],
          score: partScore(c.figures, p),
          weight: counted.includes(p) ? Math.round((weights[p] / total) * 10000) / 10000 : 0,
        })),
      };
    })
    .sort((a, b) => a.rank - b.rank || b.received - a.received);
}
