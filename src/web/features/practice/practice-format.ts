import type { TFunction } from 'i18next';
import type { Language } from '../../../common/enums.ts';
import type { BenchmarkFigure } from '../../api/practice.api.ts';
import { formatHours, formatPercent, NO_VALUE } from '../../components/charts/figures-format.ts';
import { formatNumber } from '../../i18n/format.ts';
import { indicatorLabel } from '../../i18n/labels/dashboards.labels.ts';

/** A benchmark figure's name: the dashboards' indicator label. */
export const figureLabel = (t: TFunction, f: BenchmarkFigure | 'received' | 'resolved'): string => indicatorLabel(t, f);

/** A figure as the dashboards show it: working hours for the median, a percentage for the shares. */
export function formatFigure(f: BenchmarkFigure, value: number | null, lng: Language): string {
  return f === 'medianResolutionMinutes' ? formatHours(value, lng) : formatPercent(value, lng);
}

/** A gap to the best, signed: hours for the median, percentage points for the shares. */
export function formatGap(t: TFunction, f: BenchmarkFigure, gap: number | null, lng: Language): string {
  if (gap === null) return NO_VALUE;
  if (f === 'medianResolutionMinutes') {
    return formatNumber(gap / 60, lng, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  }
  return t('practice.points', { value: formatNumber(gap, lng, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }) });
}

/** A ratio from 0 to 1 (comparability) as a percentage. */
export const formatRatio = (r: number | null, lng: Language): string => (r === null ? NO_VALUE : formatPercent(r * 100, lng));
