import type { Language } from '../../../common/enums.ts';
import { formatNumber } from '../../i18n/format.ts';
import { isolate } from './chart-direction.ts';

/*
 * How indicator values read: counts, percentages (the API gives 0–100 with two decimals), working
 * time (the API gives minutes; shown in hours) and ratings. A figure with nothing to measure is a dash.
 */

export const NO_VALUE = '—';

export function formatCount(n: number, lng: Language): string {
  return formatNumber(n, lng);
}

/** A percentage, isolated for bidi: in Arabic text "٤٥٫٢٪" or "45.2%" stays one piece, its sign on the right side. */
export function formatPercent(value: number | null, lng: Language): string {
  return value === null ? NO_VALUE : isolate(formatNumber(value / 100, lng, { style: 'percent', maximumFractionDigits: 1 }));
}

/** Working minutes as working hours ("12.5 hr" / "12.5 ساعة"). */
export function formatHours(minutes: number | null, lng: Language): string {
  if (minutes === null) return NO_VALUE;
  return formatNumber(minutes / 60, lng, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
}

export function formatRating(value: number | null, lng: Language): string {
  return value === null ? NO_VALUE : formatNumber(value, lng, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
}

/** A composite score out of 100. */
export function formatScore(value: number | null, lng: Language): string {
  return value === null ? NO_VALUE : formatNumber(value, lng, { maximumFractionDigits: 1 });
}

/** A weight that sums to 1 with the others, as a percentage. */
export function formatWeight(weight: number, lng: Language): string {
  return isolate(formatNumber(weight, lng, { style: 'percent', maximumFractionDigits: 1 }));
}

/** A month (YYYY-MM) as "Nov 2026" / "نوفمبر 2026". */
export function formatMonth(month: string, lng: Language, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lng === 'ar' ? 'ar-BH-u-nu-latn' : 'en-GB', { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

/** A local date (YYYY-MM-DD) as "3 Nov 2026". */
export function formatDay(date: string, lng: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lng === 'ar' ? 'ar-BH-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
