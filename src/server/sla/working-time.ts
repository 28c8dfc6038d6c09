import { offsetMs, wallTime } from '../../common/zoned-time.ts';
/**
 * Working-time arithmetic for SLA clocks — a pure module (no I/O, no clock reads).
 *
 * Definition: each working interval of a local date (weekly hours, or an override's, minus
 * holidays) is the real span from the instant its start is read on the clock in the calendar's
 * time zone to the instant its end is read; working minutes are real elapsed minutes. Across DST:
 * a skipped wall time is read at the moment of the jump (an interval crossing the missing hour
 * loses it), a repeated wall time at its first occurrence (an interval covering the repeated hour
 * gains it). Nothing — weekend, hours, zone — is hard-coded: it is all data in the
 * {@link Calendar}.
 *
 * Speed: a {@link CompiledCalendar} turns the calendar into one sorted array of disjoint UTC
 * working intervals (epoch ms) with a prefix sum of working time, plus an index from UTC day to
 * the first interval that ends after it. Locating an instant is O(1), and adding any amount is a
 * galloping binary search over the prefix sums — never a day-by-day walk. The arrays cover a range
 * of local dates that grows on demand.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** UTC offsets lie within −12h … +14h; day windows are widened by this much. */
const MAX_OFFSET = 14 * HOUR;
/** With no working time in this many days after the start, there is none to find. */
const EMPTY_SEARCH_DAYS = 3 * 366;
/** Refuse to compile more than this many days for one calendar (≈ 200 years). */
const MAX_SPAN_DAYS = 200 * 366;

/** Minutes since local midnight, [start, end) with 0 <= start < end <= 1440. */
export interface WorkInterval {
  start: number;
  end: number;
}

/** A dated holiday: the whole local date off, or (with `intervals`) only those OFF hours. */
export interface Holiday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Absent = the whole day is off; present = the hours that are OFF that day (part-day holiday). */
  intervals?: WorkInterval[];
  name?: string;
  /** Informational: lunar holidays are entered per year like any other. */
  lunar?: boolean;
}

/** Dated replacement of the weekly hours, e.g. Ramadan hours. */
export interface CalendarOverride {
  /** First local date, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last local date, YYYY-MM-DD, inclusive. */
  to: string;
  /** Replaces the weekly hours on those dates; index 0 = Sunday … 6 = Saturday. */
  week: WorkInterval[][];
}

/**
 * A working calendar. Treat it as immutable once used: compiled data is cached per object.
 * Where overrides overlap, the one listed last wins.
 */
export interface Calendar {
  /** IANA zone, e.g. 'Asia/Bahrain', 'Europe/London'. */
  timeZone: string;
  /** Index 0 = Sunday … 6 = Saturday (JS getDay order); several intervals a day allowed; empty = non-working day. */
  week: WorkInterval[][];
  holidays: Holiday[];
  overrides: CalendarOverride[];
}

// ---------------------------------------------------------------------------------------------
// Time-zone offsets, cached per zone per UTC day.

/** Offsets over one UTC day: `o0` from its start, `o1` from `t` on (t = NaN: no transition). */
interface ZoneDay {
  o0: number;
  t: number;
  o1: number;
}

const zoneDays = new Map<string, Map<number, ZoneDay>>();

/** Offsets over UTC day `u`; assumes at most one transition a day (true of every modern zone). */
function zoneDay(timeZone: string, u: number): ZoneDay {
  let days = zoneDays.get(timeZone);
  if (!days) {
    days = new Map();
    zoneDays.set(timeZone, days);
  }
  let zd = days.get(u);
  if (zd) return zd;
  const o0 = days.get(u - 1)?.o1 ?? offsetMs(timeZone, u * DAY);
  const next = days.get(u + 1);
  const o1 = next ? next.o0 : offsetMs(timeZone, (u + 1) * DAY);
  if (o0 === o1) {
    zd = { o0, t: NaN, o1 };
  } else {
    // Binary-search the first second that has the new offset.
    let lo = u * DAY;
    let hi = (u + 1) * DAY;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetMs(timeZone, mid) === o0) lo = mid;
      else hi = mid;
    }
    zd = { o0, t: hi, o1 };
  }
  days.set(u, zd);
  return zd;
}

// ---------------------------------------------------------------------------------------------
// Calendar data → per-local-date wall intervals (ms since local midnight).

/** Sorted, disjoint [start, end) pairs, flat. */
type Spans = number[];

function fail(message: string): never {
  throw new RangeError(`working-time: ${message}`);
}

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
function parseDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) fail(`bad date ${JSON.stringify(date)}, want YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    fail(`no such date ${date}`);
  }
  return ms / DAY;
}

/** Validates intervals and returns them as sorted, merged ms spans. */
function toSpans(intervals: WorkInterval[], where: string): Spans {
  const pairs = intervals.map((iv) => {
    const { start, end } = iv;
    if (!Number.isFinite(start) || !Number.isFinite(end) || start < 0 || end > 1440 || start >= end) {
      fail(`${where}: interval ${JSON.stringify(iv)} must have 0 <= start < end <= 1440`);
    }
    return [Math.round(start * MINUTE), Math.round(end * MINUTE)] as const;
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Spans = [];
  for (const [s, e] of pairs) {
    const last = out.length - 1;
    if (last > 0 && s <= out[last]!) out[last] = Math.max(out[last]!, e);
    else out.push(s, e);
  }
  return out;
}

function toWeek(week: WorkInterval[][], where: string): Spans[] {
  if (!Array.isArray(week) || week.length !== 7) fail(`${where}: week must have 7 days (0 = Sunday)`);
  return week.map((day, i) => toSpans(day, `${where}[${i}]`));
}

/** `spans` minus `off` (both sorted and disjoint). */
function subtract(spans: Spans, off: Spans): Spans {
  const out: Spans = [];
  for (let i = 0; i < spans.length; i += 2) {
    let s = spans[i]!;
    const e = spans[i + 1]!;
    for (let j = 0; j < off.length && s < e; j += 2) {
      const os = off[j]!;
      const oe = off[j + 1]!;
      if (oe <= s || os >= e) continue;
      if (os > s) out.push(s, os);
      s = oe;
    }
    if (s < e) out.push(s, e);
  }
  return out;
}

interface DayRules {
  week: Spans[];
  overrides: { from: number; to: number; week: Spans[] }[];
  /** Local day → OFF spans (null = whole day). */
  holidays: Map<number, Spans | null>;
  /** First and last local day that any holiday or override mentions (NaN when none). */
  firstDated: number;
  lastDated: number;
}

function compileRules(calendar: Calendar): DayRules {
  const week = toWeek(calendar.week, 'week');
  let firstDated = Infinity;
  let lastDated = -Infinity;
  const overrides = (calendar.overrides ?? []).map((o, i) => {
    const from = parseDate(o.from);
    const to = parseDate(o.to);
    if (to < from) fail(`overrides[${i}]: to ${o.to} is before from ${o.from}`);
    firstDated = Math.min(firstDated, from);
    lastDated = Math.max(lastDated, to);
    return { from, to, week: toWeek(o.week, `overrides[${i}].week`) };
  });
  const off = new Map<number, WorkInterval[] | null>();
  for (const [i, h] of (calendar.holidays ?? []).entries()) {
    const day = parseDate(h.date);
    firstDated = Math.min(firstDated, day);
    lastDated = Math.max(lastDated, day);
    if (h.intervals) toSpans(h.intervals, `holidays[${i}].intervals`); // validate, with its index
    const prev = off.get(day);
    if (h.intervals === undefined || prev === null) off.set(day, null);
    else off.set(day, [...(prev ?? []), ...h.intervals]);
  }
  const holidays = new Map<number, Spans | null>();
  for (const [day, ivs] of off) holidays.set(day, ivs === null ? null : toSpans(ivs, 'holidays'));
  return {
    week,
    overrides,
    holidays,
    firstDated: firstDated === Infinity ? NaN : firstDated,
    lastDated: lastDated === -Infinity ? NaN : lastDated,
  };
}

/** Working spans of local day `day`, in ms since local midnight. */
function localSpans(rules: DayRules, day: number): Spans {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  let week = rules.week;
  for (let i = rules.overrides.length - 1; i >= 0; i--) {
    const o = rules.overrides[i]!;
    if (day >= o.from && day <= o.to) {
      week = o.week;
      break;
    }
  }
  const spans = week[weekday]!;
  if (spans.length === 0) return spans;
  const off = rules.holidays.get(day);
  if (off === undefined) return spans;
  return off === null ? [] : subtract(spans, off);
}

/**
 * The instant at which local wall time `wall` (ms, as if UTC) is read on the clock. A repeated
 * wall time (clocks going back) means its first occurrence; a skipped one (clocks going forward)
 * means the moment of the jump, so an interval that crosses a missing hour loses it.
 */
function wallToUtc(timeZone: string, wall: number): number {
  let best = Infinity;
  const first = Math.floor((wall - MAX_OFFSET) / DAY);
  const last = Math.floor((wall + MAX_OFFSET) / DAY);
  for (let u = first; u <= last; u++) {
    const zd = zoneDay(timeZone, u);
    const u0 = u * DAY;
    const split = Number.isNaN(zd.t) ? u0 + DAY : zd.t;
    const x0 = wall - zd.o0;
    if (x0 >= u0 && x0 < split && x0 < best) best = x0;
    const x1 = wall - zd.o1;
    if (x1 >= split && x1 < u0 + DAY && x1 < best) best = x1;
  }
  if (best !== Infinity) return best;
  for (let u = first; u <= last; u++) {
    const zd = zoneDay(timeZone, u);
    if (zd.t + zd.o0 <= wall && wall < zd.t + zd.o1) return zd.t;
  }
  return wall - zoneDay(timeZone, Math.floor(wall / DAY)).o0; // unreachable for real zones
}

/**
 * Appends to `out` the UTC span [start, end) of each working span of local day `day`: working
 * minutes in an interval are the real minutes elapsed between its start and its end.
 */
function utcPieces(timeZone: string, day: number, spans: Spans, out: number[]): void {
  const wallBase = day * DAY;
  for (let i = 0; i < spans.length; i += 2) {
    const s = wallToUtc(timeZone, wallBase + spans[i]!);
    const e = wallToUtc(timeZone, wallBase + spans[i + 1]!);
    if (s < e) out.push(s, e);
  }
}

// ---------------------------------------------------------------------------------------------
// The compiled calendar.

/**
 * A calendar precompiled to UTC working intervals with prefix sums, for hot paths. Build with
 * {@link compileCalendar}; it extends itself to new dates on demand.
 */
export class CompiledCalendar {
  /** The calendar this was compiled from. */
  readonly calendar: Calendar;
  private readonly rules: DayRules;
  /** Local days [loDay, hiDay) are compiled; instants in [coverLo, coverHi) are exact. */
  private loDay = 0;
  private hiDay = 0;
  private coverLo = 0;
  private coverHi = 0;
  private n = 0;
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  /** Working ms in [coverage start, starts[k]) and [coverage start, ends[k]). */
  private cumStart = new Float64Array(0);
  private cumEnd = new Float64Array(0);
  /** dayFirst[u - dayBase] = first interval index whose end is after UTC day u's start. */
  private dayBase = 0;
  private dayFirst = new Int32Array(0);

  /** Use {@link compileCalendar}. */
  constructor(calendar: Calendar) {
    try {
      wallTime(0, calendar.timeZone);
    } catch {
      fail(`unknown time zone ${JSON.stringify(calendar.timeZone)}`);
    }
    this.calendar = calendar;
    this.rules = compileRules(calendar);
    const { firstDated, lastDated } = this.rules;
    if (!Number.isNaN(firstDated)) this.build(firstDated - 14, lastDated + 15);
  }

  /** Working ms up to `t`, measured from the coverage start; `t` must be covered. */
  private workBefore(t: number): number {
    const k = this.locate(t);
    if (k === this.n) return this.n === 0 ? 0 : this.cumEnd[k - 1]!;
    const s = this.starts[k]!;
    return t > s ? this.cumStart[k]! + (t - s) : this.cumStart[k]!;
  }

  /** Index of the first interval ending after `t` (n when none). */
  private locate(t: number): number {
    let k = this.dayFirst[Math.floor(t / DAY) - this.dayBase]!;
    const ends = this.ends;
    const n = this.n;
    while (k < n && ends[k]! <= t) k++;
    return k;
  }

  /** Makes [lo, hi] (epoch ms) exact, compiling more local dates when needed. */
  private cover(lo: number, hi: number): void {
    if (lo >= this.coverLo && hi < this.coverHi) return;
    const needLo = Math.floor(lo / DAY) - 1;
    const needHi = Math.floor(hi / DAY) + 2;
    if (this.hiDay === this.loDay) {
      this.build(needLo - 366, needHi + 366);
      return;
    }
    const grow = Math.max(366, Math.ceil((this.hiDay - this.loDay) / 2));
    this.build(
      needLo < this.loDay ? Math.min(needLo, this.loDay - grow) : this.loDay,
      needHi > this.hiDay ? Math.max(needHi, this.hiDay + grow) : this.hiDay,
    );
  }

  /** (Re)compiles local days [loDay, hiDay). */
  private build(loDay: number, hiDay: number): void {
    if (!Number.isFinite(loDay) || !Number.isFinite(hiDay) || hiDay - loDay > MAX_SPAN_DAYS) {
      fail('date range too large to compile');
    }
    const { timeZone } = this.calendar;
    const raw: number[] = [];
    for (let day = loDay; day < hiDay; day++) {
      const spans = localSpans(this.rules, day);
      if (spans.length > 0) utcPieces(timeZone, day, spans, raw);
    }
    const merged = mergePieces(raw);
    const n = merged.length / 2;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const cumStart = new Float64Array(n);
    const cumEnd = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      starts[k] = merged[2 * k]!;
      ends[k] = merged[2 * k + 1]!;
      cumStart[k] = sum;
      sum += ends[k]! - starts[k]!;
      cumEnd[k] = sum;
    }
    const dayBase = loDay - 2;
    const dayFirst = new Int32Array(hiDay + 2 - dayBase);
    for (let i = 0, k = 0; i < dayFirst.length; i++) {
      const boundary = (dayBase + i) * DAY;
      while (k < n && ends[k]! <= boundary) k++;
      dayFirst[i] = k;
    }
    this.loDay = loDay;
    this.hiDay = hiDay;
    this.n = n;
    this.starts = starts;
    this.ends = ends;
    this.cumStart = cumStart;
    this.cumEnd = cumEnd;
    this.dayBase = dayBase;
    this.dayFirst = dayFirst;
    this.coverLo = (loDay + 1) * DAY;
    this.coverHi = (hiDay - 1) * DAY;
  }

  /** Whether `t` (epoch ms) is a working instant. */
  isWorking(t: number): boolean {
    this.cover(t, t);
    const k = this.locate(t);
    return k < this.n && this.starts[k]! <= t;
  }

  /** Working ms in [a, b) (epoch ms); negative when b < a. */
  between(a: number, b: number): number {
    this.cover(Math.min(a, b), Math.max(a, b));
    return this.workBefore(b) - this.workBefore(a);
  }

  /** Earliest instant T >= s (epoch ms) with `ms` working ms in [s, T); `ms` > 0. */
  add(s: number, ms: number): number {
    this.cover(s, s);
    let lastGain = this.coverHi;
    let available = -1;
    for (;;) {
      const target = this.workBefore(s) + ms;
      const k = this.firstReaching(target, this.locate(s));
      if (k < this.n) {
        const t = this.starts[k]! + (target - this.cumStart[k]!);
        if (t <= this.coverHi) return t;
      }
      const now = this.n === 0 ? 0 : this.cumEnd[this.n - 1]! - this.workBefore(s);
      if (now > available) {
        available = now;
        lastGain = this.coverHi;
      } else if (this.coverHi - Math.max(lastGain, s) > EMPTY_SEARCH_DAYS * DAY) {
        fail(`no working time within ${EMPTY_SEARCH_DAYS} days of ${new Date(s).toISOString()}`);
      }
      this.cover(s, this.coverHi + 1);
    }
  }

  /** First interval index >= from whose cumEnd >= target (n when none): a galloping search. */
  private firstReaching(target: number, from: number): number {
    const cumEnd = this.cumEnd;
    const n = this.n;
    if (from >= n || cumEnd[from]! >= target) return from;
    let lo = from; // cumEnd[lo] < target
    let step = 1;
    let hi = from + 1;
    while (hi < n && cumEnd[hi]! < target) {
      lo = hi;
      step *= 2;
      hi = from + step;
    }
    if (hi >= n) {
      if (cumEnd[n - 1]! < target) return n;
      hi = n - 1;
    }
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (cumEnd[mid]! >= target) hi = mid;
      else lo = mid;
    }
    return hi;
  }
}

/** Sorts (only if needed) and merges overlapping or touching [start, end) pairs. */
function mergePieces(raw: number[]): number[] {
  let sorted = true;
  for (let i = 2; i < raw.length; i += 2) {
    if (raw[i]! < raw[i - 2]!) {
      sorted = false;
      break;
    }
  }
  let pairs = raw;
  if (!sorted) {
    const idx = Array.from({ length: raw.length / 2 }, (_, i) => i).sort((a, b) => raw[2 * a]! - raw[2 * b]!);
    pairs = idx.flatMap((i) => [raw[2 * i]!, raw[2 * i + 1]!]);
  }
  const out: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const s = pairs[i]!;
    const e = pairs[i + 1]!;
    const last = out.length - 1;
    if (last > 0 && s <= out[last]!) out[last] = Math.max(out[last]!, e);
    else out.push(s, e);
  }
  return out;
}

const compiledCache = new WeakMap<Calendar, CompiledCalendar>();

/**
 * Compiles a calendar to UTC working intervals with prefix sums (cached per calendar object),
 * covering the dated holidays and overrides up front and any other dates on demand.
 * Throws RangeError on an unknown zone or malformed intervals or dates.
 */
export function compileCalendar(calendar: Calendar): CompiledCalendar {
  let compiled = compiledCache.get(calendar);
  if (!compiled) {
    compiled = new CompiledCalendar(calendar);
    compiledCache.set(calendar, compiled);
  }
  return compiled;
}

function compiled(calendar: Calendar | CompiledCalendar): CompiledCalendar {
  return calendar instanceof CompiledCalendar ? calendar : compileCalendar(calendar);
}

function epoch(d: Date, name: string): number {
  const t = d.getTime();
  if (Number.isNaN(t)) fail(`${name} is an invalid Date`);
  return t;
}

/**
 * The due date: the earliest instant T >= start with `minutes` of working time in [start, T).
 * For minutes > 0 that is a working instant or the end of the interval where the last minute is
 * used (never the start of the next one); for 0 it is `start`. Fractional minutes work, to the
 * millisecond. Throws RangeError on negative or non-finite minutes, when no working time is
 * found within three years, or when the due date would lie ~200 years out.
 */
export function addWorkingTime(start: Date, minutes: number, calendar: Calendar | CompiledCalendar): Date {
  const s = epoch(start, 'start');
  if (!Number.isFinite(minutes) || minutes < 0) fail(`minutes must be a finite number >= 0, got ${minutes}`);
  const ms = Math.round(minutes * MINUTE);
  if (ms === 0) return new Date(s);
  return new Date(compiled(calendar).add(s, ms));
}

/** Minutes of working time in [a, b); negative when b < a. */
export function workingTimeBetween(a: Date, b: Date, calendar: Calendar | CompiledCalendar): number {
  return compiled(calendar).between(epoch(a, 'a'), epoch(b, 'b')) / MINUTE;
}

/** Whether `t` falls inside working hours (intervals are [start, end), so an end is not working). */
export function isWorkingInstant(t: Date, calendar: Calendar | CompiledCalendar): boolean {
  return compiled(calendar).isWorking(epoch(t, 't'));
}
