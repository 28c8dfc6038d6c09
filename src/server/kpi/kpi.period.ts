/**
 * Periods of the indicators — pure date arithmetic on local dates (YYYY-MM-DD) of the roll-up
 * zone. A period is whole local days, both ends included; the roll-ups keep days and months, so a
 * period is read as the whole months inside it plus the days at its two ends.
 */

const DAY = 86_400_000;

/** Local dates, both included. */
export interface Period {
  from: string;
  to: string;
}

/** A period as the roll-ups read it: whole months [monthFrom, monthTo) and loose days. */
export interface GrainSplit {
  months: { from: string; to: string } | null;
  days: { from: string; to: string }[];
}

export function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

export function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  return dateOf(dayNumber(date) + n);
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function addMonths(date: string, n: number): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + n];
  return new Date(Date.UTC(y + Math.floor(m / 12), ((m % 12) + 12) % 12, 1)).toISOString().slice(0, 10);
}

export function monthEnd(date: string): string {
  return addDays(addMonths(monthStart(date), 1), -1);
}

/** The Sunday that starts the week of a date (Bahrain's working week runs Sunday to Thursday). */
export function weekStart(date: string): string {
  const d = dayNumber(date);
  const weekday = (((d + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return dateOf(d - weekday);
}

/** Splits a period into the whole months inside it and the days before and after them. */
export function splitGrains(p: Period): GrainSplit {
  const first = p.from === monthStart(p.from) ? p.from : addMonths(p.from, 1);
  const end = p.to === monthEnd(p.to) ? addMonths(p.to, 1) : monthStart(p.to);
  if (first >= end) return { months: null, days: [{ from: p.from, to: p.to }] };
  const days: { from: string; to: string }[] = [];
  if (p.from < first) days.push({ from: p.from, to: addDays(first, -1) });
  if (end <= p.to) days.push({ from: end, to: p.to });
  return { months: { from: first, to: end }, days };
}

/** The period a request names; without dates, the twelve months up to today. */
export function resolvePeriod(from: string | undefined, to: string | undefined, today: string): Period {
  const end = to ?? today;
  const start = from ?? addMonths(monthStart(end), -11);
  return { from: start, to: end };
}

/** A period widened to whole months (the public statistics and the map count by month). */
export function wholeMonths(p: Period): Period {
  return { from: monthStart(p.from), to: monthEnd(p.to) };
}

/** The months a period touches, as YYYY-MM-01. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  for (let m = monthStart(p.from); m <= p.to; m = addMonths(m, 1)) out.push(m);
  return out;
}
