/**
 * Wall-clock time in a time zone: the one home of every conversion between an instant and a
 * zone's local date, hour and offset. Pure (no clock reads); formatters are cached per zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The local calendar fields of an instant as Intl gives them (the reference; costly per call). */
function intlWallTime(at: Date | number, timeZone: string): WallTime {
  const f: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) {
    if (p.type !== 'literal') f[p.type] = Number(p.value);
  }
  return { year: f.year ?? 1970, month: f.month ?? 1, day: f.day ?? 1, hour: f.hour ?? 0, minute: f.minute ?? 0, second: f.second ?? 0 };
}

/** Local wall time minus UTC at a whole-second instant, by Intl. */
function intlOffsetAt(utc: number, timeZone: string): number {
  const w = intlWallTime(utc, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - utc;
}

/**
 * Offsets known to hold over a whole stretch of UTC, per zone and stretch (NaN: the offset changes
 * within it). A zone's offset changes only at whole-second instants (the time zone database's
 * resolution), so when it is the same at a stretch's first and last second it is the same
 * throughout. Bounded per zone.
 */
const STRETCH_MS = 15 * 60_000;
const steadyOffsets = new Map<string, Map<number, number>>();

function steadyOffset(stretch: number, timeZone: string): number {
  let zone = steadyOffsets.get(timeZone);
  if (!zone) steadyOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(stretch);
  if (offset === undefined) {
    const first = intlOffsetAt(stretch * STRETCH_MS, timeZone);
    const last = intlOffsetAt(stretch * STRETCH_MS + STRETCH_MS - 1000, timeZone);
    offset = first === last ? first : Number.NaN;
    if (zone.size >= 4096) zone.clear();
    zone.set(stretch, offset);
  }
  return offset;
}

/**
 * The local calendar fields of an instant (epoch ms or Date) in a zone: the instant shifted by the
 * zone's offset over its 15-minute stretch of UTC, read once per stretch from Intl (a per-call
 * formatToParts was a noticeable share of the CPU of intake); Intl itself where the offset
 * changes within the stretch.
 */
export function wallTime(at: Date | number, timeZone: string): WallTime {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) return intlWallTime(at, timeZone); // Intl's own error for an invalid date
  const offset = steadyOffset(Math.floor(ms / STRETCH_MS), timeZone);
  if (Number.isNaN(offset)) return intlWallTime(ms, timeZone);
  const d = new Date(ms + offset);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** Local wall time minus UTC, in ms, at instant `utc` (second precision, as Intl reports). */
export function offsetMs(timeZone: string, utc: number): number {
  const w = wallTime(utc, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - (utc - (((utc % 1000) + 1000) % 1000));
}

/** Local wall time minus UTC, in whole minutes, at an instant (epoch ms). */
export function offsetMinutes(at: number, timeZone: string): number {
  return Math.round(offsetMs(timeZone, at) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date (`YYYY-MM-DD`) of an instant in a zone. */
export function localDate(at: Date | number, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The local date (`YYYY-MM-DD`) and hour of an instant in a zone. */
export function localDayHour(at: Date | number, timeZone: string): { day: string; hour: number } {
  const w = wallTime(at, timeZone);
  return { day: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, hour: w.hour };
}

/** `YYYY-MM-DD HH:MM` on a zone's clock, as messages show a deadline. */
export function localDateTimeText(at: Date | number, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** The calendar year of an instant in a zone. */
export function yearIn(timeZone: string, at: Date | number): number {
  return wallTime(at, timeZone).year;
}

/** An instant as ISO 8601 with the zone's offset, to the second: `2026-01-01T00:00:00+03:00`. */
export function isoInZone(at: Date | number, timeZone: string): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  const off = offsetMinutes(ms, timeZone);
  const local = new Date(ms + off * 60_000).toISOString().slice(0, 19);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${local}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The instant a local date (`YYYY-MM-DD`) begins in a zone. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let t = wall - offsetMinutes(wall, timeZone) * 60_000;
  t = wall - offsetMinutes(t, timeZone) * 60_000; // second pass settles a DST edge
  return new Date(t);
}

const localeFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as a zone's local weekday and date in a locale's words: "Sunday 20 December" /
 * "الأحد، 20 ديسمبر"; the year is added when `withYear`.
 */
export function localDayText(at: Date | number, timeZone: string, locale: string, withYear = false): string {
  const key = `${timeZone}|${locale}|${withYear}`;
  let f = localeFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
    localeFormatters.set(key, f);
  }
  return f.format(at);
}
