import type { TFunction } from 'i18next';
import type { Language } from '../../../../common/enums.ts';
import type { TargetUnit, Week, WorkInterval } from '../../../api/admin-sla.api.ts';

/** Minutes of the local day as "07:00" (the end of the day reads "24:00"). */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "07:30" (as an <input type="time"> gives it) in minutes of the day; null when not a time. */
export function parseClockTime(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 1440 ? minutes : null;
}

const dayNames = new Map<string, string[]>();

/** The weekday names, Sunday first, short ("Sun") or long ("Sunday"). */
export function weekdayNames(lng: Language, width: 'short' | 'long' = 'short'): string[] {
  const key = `${lng}|${width}`;
  let names = dayNames.get(key);
  if (!names) {
    const f = new Intl.DateTimeFormat(lng === 'ar' ? 'ar-BH' : 'en-GB', { weekday: width, timeZone: 'UTC' });
    // 1 January 2023 was a Sunday.
    names = [0, 1, 2, 3, 4, 5, 6].map((d) => f.format(new Date(Date.UTC(2023, 0, 1 + d))));
    dayNames.set(key, names);
  }
  return names;
}

/** A day's hours: "07:00–14:15", several intervals joined by commas. */
export function intervalsText(intervals: WorkInterval[]): string {
  return intervals.map((i) => `${clockTime(i.start)}–${clockTime(i.end)}`).join(', ');
}

/**
 * A week in a line: runs of days with the same hours, e.g. "Sun–Thu 07:00–14:15"; days off are
 * left out. An empty string when no day has working hours.
 */
export function weekSummary(week: Week, lng: Language): string {
  const names = weekdayNames(lng);
  const runs: { from: number; to: number; hours: string }[] = [];
  week.forEach((day, i) => {
    const hours = intervalsText([...day].sort((a, b) => a.start - b.start));
    const last = runs.at(-1);
    if (last && last.to === i - 1 && last.hours === hours) last.to = i;
    else runs.push({ from: i, to: i, hours });
  });
  return runs
    .filter((r) => r.hours)
    .map((r) => `${r.from === r.to ? names[r.from] : `${names[r.from]}–${names[r.to]}`} ${r.hours}`)
    .join(lng === 'ar' ? '؛ ' : '; ');
}

/**
 * The length of a working day in minutes: the commonest length among the days that have working
 * hours (a short Thursday does not change what "a working day" means). Null without working days.
 */
export function workingDayLength(week: Week | undefined): number | null {
  if (!week) return null;
  const counts = new Map<number, number>();
  for (const day of week) {
    const length = day.reduce((sum, i) => sum + (i.end - i.start), 0);
    if (length > 0) counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && length > best)) {
      best = length;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A target in human terms: "3 working days" when it is a whole number of the calendar's working
 * days, else in working hours (or minutes); calendar days as such.
 */
export function durationText(t: TFunction, minutes: number, unit: TargetUnit, dayLength: number | null): string {
  if (unit === 'calendar_days') return t('slaAdmin.duration.calendarDays', { count: minutes });
  if (dayLength && minutes % dayLength === 0) {
    const days = minutes / dayLength;
    return t('slaAdmin.duration.workingDays', { count: days });
  }
  if (minutes % 15 === 0 || minutes > 120) {
    const hours = Math.round((minutes / 60) * 100) / 100;
    return t('slaAdmin.duration.workingHours', { count: hours });
  }
  return t('slaAdmin.duration.workingMinutes', { count: minutes });
}

/** A list of ISO dates' years, newest last, with the current year always among them. */
export function yearsOf(dates: string[], now = new Date()): number[] {
  const years = new Set(dates.map((d) => Number(d.slice(0, 4))));
  years.add(now.getFullYear());
  return [...years].sort((a, b) => a - b);
}
