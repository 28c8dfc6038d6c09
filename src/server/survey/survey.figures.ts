/**
 * The survey's figures from its counts: pure functions, so the staff indicators, the public
 * figures and their tests compute them one way.
 */
import type { SurveyFigures } from '../../common/schemas/survey.schema.ts';
import { pct } from '../kpi/kpi.formulas.ts';
import type { SurveyCountRow } from './survey.repository.ts';

/** The counts of a group: the sum of its rows. */
export type SurveyCounts = Omit<SurveyCountRow, 'month' | 'entity_id' | 'service_id'>;

const zero: SurveyCounts = { invited: 0, answered: 0, overall_sum: 0, speed_sum: 0, confidentiality_sum: 0, simplicity_sum: 0, solved: 0, reopened: 0, follower_rated: 0, follower_sum: 0 };

/** Adds rows' counts together. */
export function sumCounts(rows: readonly SurveyCounts[]): SurveyCounts {
  const total = { ...zero };
  for (const r of rows) for (const k of Object.keys(zero) as (keyof SurveyCounts)[]) total[k] += r[k];
  return total;
}

/** A mean to two decimals; null without answers. */
function mean(sum: number, n: number): number | null {
  return n > 0 ? Math.round((100 * sum) / n) / 100 : null;
}

/** Response rate (answered ÷ invited), mean per dimension, share "solved" (of answers), reopened count. */
export function surveyFigures(c: SurveyCounts): SurveyFigures {
  return {
    invited: c.invited,
    answered: c.answered,
    responseRate: pct(c.answered, c.invited),
    overall: mean(c.overall_sum, c.answered),
    speed: mean(c.speed_sum, c.answered),
    confidentiality: mean(c.confidentiality_sum, c.answered),
    simplicity: mean(c.simplicity_sum, c.answered),
    solvedShare: pct(c.solved, c.answered),
    reopened: c.reopened,
    followerRatings: c.follower_rated,
    followerMean: mean(c.follower_sum, c.follower_rated),
  };
}
