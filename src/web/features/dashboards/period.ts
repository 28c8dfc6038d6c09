import type { DatePeriod } from '../../api/kpi.api.ts';
import { runtimeConfig } from '../../app/runtime-config.ts';

/**
 * The period a dashboard shows, as it sits in the page's URL: the last twelve months (the
 * default), one month, quarter or year, or any range of days. Dates are local to the installation's
 * time zone (TAWASUL_TIME_ZONE, Bahrain's by default).
 */
export type PeriodKind = 'last12' | 'month' | 'quarter' | 'year' | 'custom';
export const periodKinds: readonly PeriodKind[] = ['last12', 'month', 'quarter', 'year', 'custom'];

export interface PeriodChoice {
  kind: PeriodKind;
  /** The month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY) picked. */
  at?: string;
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in the installation's time zone (YYYY-MM-DD). */
export function todayLocal(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: runtimeConfig.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const min = (a: string, b: string) => (a < b ? a : b);

/** The choice in a query string; anything malformed falls back to the default. */
export function choiceFromParams(params: URLSearchParams): PeriodChoice {
  const kind = params.get('period') as PeriodKind | null;
  const at = params.get('at') ?? undefined;
  if (kind === 'month' && at && /^\d{4}-(0[1-9]|1[0-2])$/.test(at)) return { kind, at };
  if (kind === 'quarter' && at && /^\d{4}-Q[1-4]$/.test(at)) return { kind, at };
  if (kind === 'year' && at && /^\d{4}$/.test(at)) return { kind, at };
  if (kind === 'custom') {
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    return { kind, from: DATE.test(from) ? from : undefined, to: DATE.test(to) ? to : undefined };
  }
  return { kind: 'last12' };
}

/** Writes the choice into a query string (other parameters kept). */
export function choiceToParams(choice: PeriodChoice, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const k of ['period', 'at', 'from', 'to']) out.delete(k);
  if (choice.kind === 'last12') return out;
  out.set('period', choice.kind);
  if (choice.at) out.set('at', choice.at);
  if (choice.kind === 'custom') {
    if (choice.from) out.set('from', choice.from);
    if (choice.to) out.set('to', choice.to);
  }
  return out;
}

/** The dates of a choice, as the API takes them (none for the default). */
export function periodOf(choice: PeriodChoice, today = todayLocal()): DatePeriod {
  const { kind, at } = choice;
  if (kind === 'month' && at) {
    const [y, m] = at.split('-').map(Number) as [number, number];
    return { from: `${at}-01`, to: min(lastDayOfMonth(y, m), today) };
  }
  if (kind === 'quarter' && at) {
    const y = Number(at.slice(0, 4));
    const q = Number(at.slice(6));
    const first = String(q * 3 - 2).padStart(2, '0');
    return { from: `${y}-${first}-01`, to: min(lastDayOfMonth(y, q * 3), today) };
  }
  if (kind === 'year' && at) return { from: `${at}-01-01`, to: min(`${at}-12-31`, today) };
  if (kind === 'custom' && choice.from && choice.to) return { from: choice.from, to: choice.to };
  return {};
}

/** The months, quarters and years one may pick, newest first. */
export function recentMonths(today = todayLocal(), count = 24): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - i, 1));
    return d.toISOString().slice(0, 7);
  });
}

export function recentQuarters(today = todayLocal(), count = 8): string[] {
  let y = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
  }
  return out;
}

export function recentYears(today = todayLocal(), count = 4): string[] {
  const y = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => String(y - i));
}

/** The default pick when switching to a kind: the current month, quarter or year. */
export function defaultChoice(kind: PeriodKind, today = todayLocal()): PeriodChoice {
  switch (kind) {
    case 'month':
      return { kind, at: recentMonths(today, 1)[0] };
    case 'quarter':
      return { kind, at: recentQuarters(today, 1)[0] };
    case 'year':
      return { kind, at: recentYears(today, 1)[0] };
    case 'custom': {
      const from = `${today.slice(0, 7)}-01`;
      return { kind, from, to: today };
    }
    case 'last12':
      return { kind };
  }
}
