import { drillDowns, type AgeBounds } from './kpi.drilldown.ts';
import type { KpiFigures } from './kpi.formulas.ts';
import { isoInZone } from '../../common/zoned-time.ts';
import type { Frame } from './kpi.reader.ts';

/** The period of an answer. */
export function presentPeriod(frame: Frame) {
  return { from: frame.period.from, to: frame.period.to, timeZone: frame.timeZone };
}

/** The creation bounds of a slice [from, to) as case-list parameters. */
export function createdFilter(frame: Frame, from: Date, to: Date): Record<string, string> {
  return { createdFrom: isoInZone(from, frame.timeZone), createdTo: isoInZone(to, frame.timeZone) };
}

/**
 * The drill-down of an answer: the period as base parameters and each figure's queries. Where a
 * row and a query both bound createdFrom / createdTo, the list is their intersection (the later
 * from, the earlier to).
 */
export function presentDrillDown(frame: Frame) {
  const { fromTs, toTs, cuts } = frame;
  const [t3, t8, t31] = cuts;
  const max = (a: Date, b: Date) => (a > b ? a : b);
  const min = (a: Date, b: Date) => (a < b ? a : b);
  const bounds = (from: Date, to: Date) => createdFilter(frame, from, to);
  const ages: AgeBounds = {
    under3Days: bounds(max(fromTs, t3), toTs),
    days3to7: bounds(max(fromTs, t8), min(toTs, t3)),
    days8to30: bounds(max(fromTs, t31), min(toTs, t8)),
    over30Days: bounds(fromTs, min(toTs, t31)),
  };
  return { base: createdFilter(frame, fromTs, toTs), indicators: drillDowns(ages) };
}

/** Figures as answered: a whitelist copy, so nothing else a group carries can leak out. */
export function presentFigures(f: KpiFigures): KpiFigures {
  return {
    received: f.received,
    resolved: f.resolved,
    closed: f.closed,
    rejected: f.rejected,
    merged: f.merged,
    open: f.open,
    openBreached: f.openBreached,
    firstResponseOverdue: f.firstResponseOverdue,
    backlogAge: { ...f.backlogAge },
    resolvedShare: f.resolvedShare,
    firstResponseCompliance: f.firstResponseCompliance,
    resolutionCompliance: f.resolutionCompliance,
    medianResolutionMinutes: f.medianResolutionMinutes,
    p90ResolutionMinutes: f.p90ResolutionMinutes,
    meanResolutionMinutes: f.meanResolutionMinutes,
    meanRating: f.meanRating,
    satisfiedShare: f.satisfiedShare,
    surveyResponseRate: f.surveyResponseRate,
    reopenRate: f.reopenRate,
    transferRate: f.transferRate,
    rejectionRate: f.rejectionRate,
    counts: { ...f.counts },
  };
}

/** The public subset of the figures: counts and rates, nothing about single cases. */
export function presentPublicFigures(f: KpiFigures) {
  return {
    received: f.received,
    resolved: f.resolved,
    closed: f.closed,
    rejected: f.rejected,
    open: f.open,
    resolvedShare: f.resolvedShare,
    firstResponseCompliance: f.firstResponseCompliance,
    resolutionCompliance: f.resolutionCompliance,
    medianResolutionMinutes: f.medianResolutionMinutes,
    meanRating: f.meanRating,
    satisfiedShare: f.satisfiedShare,
    surveyResponseRate: f.surveyResponseRate,
    reopenRate: f.reopenRate,
  };
}
