import type { TFunction } from 'i18next';
import type { KpiDim } from '../../api/kpi.api.ts';
import type { PeriodKind } from '../../features/dashboards/period.ts';

/*
 * Labels of the dashboards that come from data (indicator names, dimensions, periods). Each key is
 * written out in full so test/unit/web-i18n.test.ts finds it; the switches are exhaustive.
 */

/** Indicators a dashboard names. */
export type Indicator =
  | 'received'
  | 'resolved'
  | 'closed'
  | 'rejected'
  | 'open'
  | 'openBreached'
  | 'firstResponseOverdue'
  | 'resolvedShare'
  | 'firstResponseCompliance'
  | 'resolutionCompliance'
  | 'medianResolutionMinutes'
  | 'p90ResolutionMinutes'
  | 'meanRating'
  | 'satisfiedShare'
  | 'surveyResponseRate'
  | 'reopenRate'
  | 'transferRate'
  | 'rejectionRate';

export function indicatorLabel(t: TFunction, indicator: Indicator): string {
  switch (indicator) {
    case 'received':
      return t('dash.ind.received');
    case 'resolved':
      return t('dash.ind.resolved');
    case 'closed':
      return t('dash.ind.closed');
    case 'rejected':
      return t('dash.ind.rejected');
    case 'open':
      return t('dash.ind.open');
    case 'openBreached':
      return t('dash.ind.openBreached');
    case 'firstResponseOverdue':
      return t('dash.ind.firstResponseOverdue');
    case 'resolvedShare':
      return t('dash.ind.resolvedShare');
    case 'firstResponseCompliance':
      return t('dash.ind.firstResponseCompliance');
    case 'resolutionCompliance':
      return t('dash.ind.resolutionCompliance');
    case 'medianResolutionMinutes':
      return t('dash.ind.medianResolutionMinutes');
    case 'p90ResolutionMinutes':
      return t('dash.ind.p90ResolutionMinutes');
    case 'meanRating':
      return t('dash.ind.meanRating');
    case 'satisfiedShare':
      return t('dash.ind.satisfiedShare');
    case 'surveyResponseRate':
      return t('dash.ind.surveyResponseRate');
    case 'reopenRate':
      return t('dash.ind.reopenRate');
    case 'transferRate':
      return t('dash.ind.transferRate');
    case 'rejectionRate':
      return t('dash.ind.rejectionRate');
  }
}

/** The parts of the composite score, as the ranking's columns name them. */
export function scorePartLabel(t: TFunction, part: string): string {
  switch (part) {
    case 'resolutionCompliance':
      return t('dash.ind.resolutionCompliance');
    case 'firstResponseCompliance':
      return t('dash.ind.firstResponseCompliance');
    case 'satisfiedShare':
      return t('dash.ind.satisfiedShare');
    case 'resolvedShare':
      return t('dash.ind.resolvedShare');
    case 'reopenRate':
      return t('dash.ranking.notReopened');
    default:
      return part;
  }
}

export function dimLabel(t: TFunction, dim: KpiDim): string {
  switch (dim) {
    case 'service':
      return t('dash.breakdown.by.service');
    case 'type':
      return t('dash.breakdown.by.type');
    case 'channel':
      return t('dash.breakdown.by.channel');
    case 'governorate':
      return t('dash.breakdown.by.governorate');
    case 'unit':
      return t('dash.breakdown.by.unit');
  }
}

export function periodKindLabel(t: TFunction, kind: PeriodKind): string {
  switch (kind) {
    case 'last12':
      return t('dash.period.kind.last12');
    case 'month':
      return t('dash.period.kind.month');
    case 'quarter':
      return t('dash.period.kind.quarter');
    case 'year':
      return t('dash.period.kind.year');
    case 'custom':
      return t('dash.period.kind.custom');
  }
}

/** The backlog's age buckets, youngest first. */
export const ageBuckets = ['under3Days', 'days3to7', 'days8to30', 'over30Days'] as const;
export type AgeBucket = (typeof ageBuckets)[number];

export function ageLabel(t: TFunction, bucket: AgeBucket): string {
  switch (bucket) {
    case 'under3Days':
      return t('dash.backlog.under3Days');
    case 'days3to7':
      return t('dash.backlog.days3to7');
    case 'days8to30':
      return t('dash.backlog.days8to30');
    case 'over30Days':
      return t('dash.backlog.over30Days');
  }
}
