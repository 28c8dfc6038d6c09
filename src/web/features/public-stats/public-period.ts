import type { MonthPeriod } from '../../api/kpi.api.ts';
import { todayLocal } from '../dashboards/period.ts';

/** The spans the public figures offer: the last 12, 24 or 36 months, or a calendar year. */
export type PublicSpan = 'last12' | 'last24' | 'last36' | `year-${number}`;

function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
}

/** The calendar years offered: this one and the two before. */
export function publicYears(today = todayLocal()): number[] {
  const y = Number(today.slice(0, 4));
  return [y, y - 1, y - 2];
}

export function spanFromParam(value: string | null): PublicSpan {
  if (value === 'last24' || value === 'last36') return value;
  if (value && /^year-\d{4}$/.test(value) && publicYears().includes(Number(value.slice(5)))) return value as PublicSpan;
  return 'last12';
}

/** The whole months of a span (YYYY-MM), as the public API takes them. */
export function monthsOf(span: PublicSpan, today = todayLocal()): MonthPeriod {
  const month = today.slice(0, 7);
  if (span === 'last24') return { from: monthsBack(month, 23), to: month };
  if (span === 'last36') return { from: monthsBack(month, 35), to: month };
  if (span.startsWith('year-')) {
    const y = span.slice(5);
    return { from: `${y}-01`, to: y === month.slice(0, 4) ? month : `${y}-12` };
  }
  return { from: monthsBack(month, 11), to: month };
}
