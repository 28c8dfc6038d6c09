import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  compileCalendar,
  isWorkingInstant,
  workingTimeBetween,
  type Calendar,
  type WorkInterval,
} from '../../src/server/sla/working-time.ts';

const H = 60;
const MS_PER_MIN = 60_000;
const iv = (start: number, end: number): WorkInterval => ({ start, end });
/** Same hours Sunday–Thursday, Friday and Saturday off. */
const sunToThu = (...day: WorkInterval[]): WorkInterval[][] => [day, day, day, day, day, [], []];
const d = (iso: string): Date => new Date(iso);
const iso = (t: Date): string => t.toISOString();

// ---------------------------------------------------------------------------------------------
// Bahrain government calendar (Asia/Bahrain, UTC+3 all year): Sunday–Thursday 07:00–14:15.
// Test data, not an official gazette: Ramadan 1447 is taken as 2026-02-18..2026-03-19 with
// 08:00–13:00 hours; the Eid al-Fitr closure as 2026-03-19 (eve) .. 2026-03-23, all lunar.

const GOV = iv(7 * H, 14 * H + 15); // 435 minutes = one working day
const DAY_MIN = 435;
const RAMADAN = iv(8 * H, 13 * H);

const bahrain: Calendar = {
  timeZone: 'Asia/Bahrain',
  week: sunToThu(GOV),
  holidays: [
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-03-19', name: 'Eid al-Fitr (eve)', lunar: true },
    { date: '2026-03-20', name: 'Eid al-Fitr', lunar: true },
    { date: '2026-03-21', name: 'Eid al-Fitr', lunar: true },
    { date: '2026-03-22', name: 'Eid al-Fitr', lunar: true },
    { date: '2026-03-23', name: 'Eid al-Fitr (extra day)', lunar: true },
    { date: '2026-09-10', name: 'Part-day: closes at noon', intervals: [iv(12 * H, 14 * H + 15)] },
    { date: '2026-09-15', name: 'Part-day: an hour off mid-morning', intervals: [iv(9 * H, 10 * H)] },
    { date: '2026-12-16', name: 'National Day' },
    { date: '2026-12-17', name: 'National Day' },
  ],
  overrides: [{ from: '2026-02-18', to: '2026-03-19', week: sunToThu(RAMADAN) }],
};

/** Bahrain local wall time (UTC+3, no DST). */
const bh = (local: string): Date => d(`${local}+03:00`);

describe('Bahrain government calendar', () => {
  it.each([
    ['Thu 13:00 + 1 working day → Sun 13:00', '2026-01-08T13:00', DAY_MIN, '2026-01-11T13:00'],
    ['Thu 15:00 (after hours) + 60 → Sun 08:00', '2026-01-08T15:00', 60, '2026-01-11T08:00'],
    ['Fri → counts from Sun 07:00', '2026-01-09T10:00', 60, '2026-01-11T08:00'],
    ['Sat → counts from Sun 07:00', '2026-01-10T23:59', DAY_MIN, '2026-01-11T14:15'],
    ['Sun 07:00 + 1 day ends at 14:15 the same day', '2026-01-11T07:00', DAY_MIN, '2026-01-11T14:15'],
    ['minutes running out at an interval end → that end', '2026-01-11T13:15', 60, '2026-01-11T14:15'],
    ['start at an interval end → next morning', '2026-01-11T14:15', 1, '2026-01-12T07:01'],
    ['before hours → from 07:00', '2026-01-12T05:00', 30, '2026-01-12T07:30'],
    ['14 working days', '2026-01-11T07:00', 14 * DAY_MIN, '2026-01-28T14:15'],
    ['New Year holiday skipped', '2025-12-31T14:00', 60, '2026-01-04T07:45'],
    ['Ramadan hours', '2026-02-22T12:00', 120, '2026-02-23T09:00'],
    ['into Ramadan from normal hours', '2026-02-17T14:00', 60, '2026-02-18T08:45'],
    ['eve of Eid skips every Eid holiday', '2026-03-18T12:00', 120, '2026-03-24T08:00'],
    ['eve of Eid, 1 working day', '2026-03-18T12:00', DAY_MIN, '2026-03-24T13:15'],
    ['created during Eid', '2026-03-20T10:00', 60, '2026-03-24T08:00'],
    ['part-day holiday closing at noon', '2026-09-10T11:00', 120, '2026-09-13T08:00'],
    ['part-day holiday with a gap mid-morning', '2026-09-15T08:30', 60, '2026-09-15T10:30'],
    ['National Day (Wed–Thu) and weekend skipped', '2026-12-15T14:00', 60, '2026-12-20T07:45'],
    ['zero minutes → start unchanged', '2026-01-09T10:00', 0, '2026-01-09T10:00'],
    ['fractional minutes, to the ms', '2026-01-11T07:00', 0.5, '2026-01-11T07:00:30'],
  ])('%s', (_name, start, minutes, due) => {
    expect(iso(addWorkingTime(bh(start), minutes, bahrain))).toBe(iso(bh(due)));
    // The same through a compiled calendar.
    expect(iso(addWorkingTime(bh(start), minutes, compileCalendar(bahrain)))).toBe(iso(bh(due)));
    expect(workingTimeBetween(bh(start), bh(due), bahrain)).toBe(minutes);
  });

  it.each([
    ['Thu 13:00 → Sun 13:00', '2026-01-08T13:00', '2026-01-11T13:00', DAY_MIN],
    ['a whole weekend', '2026-01-08T14:15', '2026-01-11T07:00', 0],
    ['a plain week', '2026-01-04T00:00', '2026-01-11T00:00', 5 * DAY_MIN],
    ['the New Year week loses a day', '2025-12-28T00:00', '2026-01-04T00:00', 4 * DAY_MIN],
    ['Ramadan eve of Eid to after Eid', '2026-03-18T08:00', '2026-03-24T07:00', 5 * H],
    ['a week of Ramadan', '2026-02-22T00:00', '2026-03-01T00:00', 5 * 5 * H],
    ['part-day holiday', '2026-09-10T00:00', '2026-09-11T00:00', 5 * H],
    ['reversed order is negative', '2026-01-11T13:00', '2026-01-08T13:00', -DAY_MIN],
  ])('working time: %s', (_name, a, b, minutes) => {
    expect(workingTimeBetween(bh(a), bh(b), bahrain)).toBe(minutes);
  });

  it.each([
    ['2026-01-11T07:00', true],
    ['2026-01-11T06:59:59.999', false],
    ['2026-01-11T14:14:59.999', true],
    ['2026-01-11T14:15', false],
    ['2026-01-09T10:00', false], // Friday
    ['2026-01-10T10:00', false], // Saturday
    ['2026-01-01T10:00', false], // New Year
    ['2026-03-22T10:00', false], // Eid
    ['2026-02-22T07:30', false], // Ramadan starts at 08:00
    ['2026-02-22T12:59', true],
    ['2026-02-22T13:00', false],
    ['2026-09-10T11:59', true],
    ['2026-09-10T12:00', false], // part-day holiday
    ['2026-09-15T09:30', false],
    ['2026-09-15T10:00', true],
  ])('isWorkingInstant(%s) = %s', (local, working) => {
    expect(isWorkingInstant(bh(local), bahrain)).toBe(working);
  });

  it('caches the compiled calendar per calendar object', () => {
    expect(compileCalendar(bahrain)).toBe(compileCalendar(bahrain));
    expect(compileCalendar({ ...bahrain })).not.toBe(compileCalendar(bahrain));
  });

  it('works far outside the dated entries (compiles on demand, both ways)', () => {
    expect(iso(addWorkingTime(bh('2031-01-02T13:00'), DAY_MIN, bahrain))).toBe(iso(bh('2031-01-05T13:00')));
    expect(iso(addWorkingTime(bh('1999-12-30T13:00'), DAY_MIN, bahrain))).toBe(iso(bh('2000-01-02T13:00')));
    expect(workingTimeBetween(bh('2025-01-05T00:00'), bh('2027-01-03T00:00'), bahrain)).toBe(
      workingTimeBetween(bh('2025-01-05T00:00'), bh('2026-01-04T00:00'), bahrain) +
        workingTimeBetween(bh('2026-01-04T00:00'), bh('2027-01-03T00:00'), bahrain),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// DST. Europe/London 2026: clocks go forward 2026-03-29 01:00 GMT → 02:00 BST and back
// 2026-10-25 02:00 BST → 01:00 GMT. America/New_York 2026: 03-08 02:00 → 03:00, 11-01 02:00 → 01:00.

const monToFri = (...day: WorkInterval[]): WorkInterval[][] => [[], day, day, day, day, day, []];
const london: Calendar = { timeZone: 'Europe/London', week: monToFri(iv(9 * H, 17 * H)), holidays: [], overrides: [] };

describe('DST: Europe/London Mon–Fri 09:00–17:00', () => {
  it.each([
    ['spring: Fri 16:00 GMT + 120 → Mon 10:00 BST', '2026-03-27T16:00:00Z', 120, '2026-03-30T09:00:00.000Z'],
    ['autumn: Fri 16:00 BST + 120 → Mon 10:00 GMT', '2026-10-23T15:00:00Z', 120, '2026-10-26T10:00:00.000Z'],
    ['spring: a whole working day after the change', '2026-03-30T08:00:00Z', 480, '2026-03-30T16:00:00.000Z'],
    ['autumn: a whole working day after the change', '2026-10-26T09:00:00Z', 480, '2026-10-26T17:00:00.000Z'],
  ])('%s', (_name, start, minutes, due) => {
    expect(iso(addWorkingTime(d(start), minutes, london))).toBe(due);
    expect(workingTimeBetween(d(start), d(due), london)).toBe(minutes);
  });

  it('weeks spanning the changes still hold 5 × 8 hours', () => {
    expect(workingTimeBetween(d('2026-03-23T00:00:00Z'), d('2026-03-29T23:00:00Z'), london)).toBe(2400);
    expect(workingTimeBetween(d('2026-03-29T23:00:00Z'), d('2026-04-05T23:00:00Z'), london)).toBe(2400);
    expect(workingTimeBetween(d('2026-10-18T23:00:00Z'), d('2026-10-26T00:00:00Z'), london)).toBe(2400);
  });
});

describe('DST: an interval over the missing / repeated hour', () => {
  // Every day 00:30–03:30: 180 minutes, except 120 when an hour is skipped and 240 when repeated.
  const night = (timeZone: string): Calendar => ({
    timeZone,
    week: Array.from({ length: 7 }, () => [iv(30, 3 * H + 30)]),
    holidays: [],
    overrides: [],
  });
  const ln = night('Europe/London');

  it.each([
    ['an ordinary night', '2026-03-22T00:00:00Z', '2026-03-22T12:00:00Z', 180],
    ['spring forward loses the missing hour', '2026-03-29T00:00:00Z', '2026-03-29T12:00:00Z', 120],
    ['autumn back gains the repeated hour', '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z', 240],
  ])('London: %s', (_name, a, b, minutes) => {
    expect(workingTimeBetween(d(a), d(b), ln)).toBe(minutes);
  });

  it('London spring: 00:30 GMT + 120 → 03:30 BST (02:30Z), the interval end', () => {
    expect(iso(addWorkingTime(d('2026-03-29T00:30:00Z'), 120, ln))).toBe('2026-03-29T02:30:00.000Z');
    expect(iso(addWorkingTime(d('2026-03-29T00:30:00Z'), 30, ln))).toBe('2026-03-29T01:00:00.000Z');
    expect(isWorkingInstant(d('2026-03-29T00:59:59.999Z'), ln)).toBe(true);
    expect(isWorkingInstant(d('2026-03-29T01:00:00Z'), ln)).toBe(true); // 02:00 BST
    expect(isWorkingInstant(d('2026-03-29T02:30:00Z'), ln)).toBe(false); // 03:30 BST
  });

  it('London autumn: 00:30 BST + 240 → 03:30 GMT; both 01:xx hours are working', () => {
    expect(iso(addWorkingTime(d('2026-10-24T23:30:00Z'), 240, ln))).toBe('2026-10-25T03:30:00.000Z');
    expect(isWorkingInstant(d('2026-10-25T00:15:00Z'), ln)).toBe(true); // 01:15 BST
    expect(isWorkingInstant(d('2026-10-25T01:15:00Z'), ln)).toBe(true); // 01:15 GMT
    expect(isWorkingInstant(d('2026-10-25T03:30:00Z'), ln)).toBe(false);
  });

  it('New York: a day of 23 and of 25 hours; boundaries inside the changed hour', () => {
    const ny = (start: number, end: number): Calendar => ({
      timeZone: 'America/New_York',
      week: Array.from({ length: 7 }, () => [iv(start, end)]),
      holidays: [],
      overrides: [],
    });
    // Sundays only, all day: the change days (both Sundays) hold 23 and 25 hours.
    const sundays: Calendar = { timeZone: 'America/New_York', week: [[iv(0, 24 * H)], [], [], [], [], [], []], holidays: [], overrides: [] };
    expect(workingTimeBetween(d('2026-03-06T00:00:00Z'), d('2026-03-10T00:00:00Z'), sundays)).toBe(23 * H);
    expect(workingTimeBetween(d('2026-10-30T00:00:00Z'), d('2026-11-03T00:00:00Z'), sundays)).toBe(25 * H);
    expect(iso(addWorkingTime(d('2026-03-07T12:00:00Z'), 23 * H, sundays))).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(addWorkingTime(d('2026-10-31T12:00:00Z'), 25 * H, sundays))).toBe('2026-11-02T05:00:00.000Z');
    // 01:30–03:30 on spring day: 01:30 EST → 03:30 EDT is one real hour.
    const lateNight = ny(H + 30, 3 * H + 30);
    expect(workingTimeBetween(d('2026-03-08T05:00:00Z'), d('2026-03-09T05:00:00Z'), lateNight)).toBe(60);
    // Autumn: 01:30 (first, EDT) → 03:30 EST is three real hours.
    expect(workingTimeBetween(d('2026-11-01T04:00:00Z'), d('2026-11-02T04:00:00Z'), lateNight)).toBe(180);
    // An interval starting inside the missing hour starts at the jump (03:00 EDT).
    const fromGap = ny(2 * H + 30, 4 * H);
    expect(workingTimeBetween(d('2026-03-08T05:00:00Z'), d('2026-03-09T05:00:00Z'), fromGap)).toBe(60);
    expect(iso(addWorkingTime(d('2026-03-08T05:00:00Z'), 1, fromGap))).toBe('2026-03-08T07:01:00.000Z');
  });
});

describe('nothing is hard-coded', () => {
  it('weekend on Sunday only (Asia/Kolkata, Mon–Sat 09:30–18:00)', () => {
    const day = [iv(9 * H + 30, 18 * H)];
    const india: Calendar = { timeZone: 'Asia/Kolkata', week: [[], day, day, day, day, day, day], holidays: [], overrides: [] };
    const ist = (local: string): Date => d(`${local}+05:30`);
    // 2026-01-09 is a Friday, 01-10 a Saturday, 01-12 a Monday.
    expect(iso(addWorkingTime(ist('2026-01-09T17:00'), 120, india))).toBe(iso(ist('2026-01-10T10:30')));
    expect(iso(addWorkingTime(ist('2026-01-10T17:00'), 120, india))).toBe(iso(ist('2026-01-12T10:30')));
    expect(isWorkingInstant(ist('2026-01-10T12:00'), india)).toBe(true);
    expect(isWorkingInstant(ist('2026-01-11T12:00'), india)).toBe(false);
  });

  it('split shift Mon–Sat 08:00–12:00 and 16:00–20:00 (Asia/Dubai)', () => {
    const day = [iv(16 * H, 20 * H), iv(8 * H, 12 * H)]; // unsorted on purpose
    const split: Calendar = { timeZone: 'Asia/Dubai', week: [[], day, day, day, day, day, day], holidays: [], overrides: [] };
    const gst = (local: string): Date => d(`${local}+04:00`);
    expect(iso(addWorkingTime(gst('2026-01-10T11:00'), 60, split))).toBe(iso(gst('2026-01-10T12:00')));
    expect(iso(addWorkingTime(gst('2026-01-10T11:00'), 61, split))).toBe(iso(gst('2026-01-10T16:01')));
    expect(iso(addWorkingTime(gst('2026-01-10T11:00'), 120, split))).toBe(iso(gst('2026-01-10T17:00')));
    expect(iso(addWorkingTime(gst('2026-01-10T19:30'), 60, split))).toBe(iso(gst('2026-01-12T08:30')));
    expect(workingTimeBetween(gst('2026-01-12T00:00'), gst('2026-01-13T00:00'), split)).toBe(8 * H);
    expect(isWorkingInstant(gst('2026-01-10T14:00'), split)).toBe(false);
  });

  it('intervals meeting at midnight run on without a break', () => {
    const allDay = Array.from({ length: 7 }, () => [iv(0, 24 * H)]);
    const always: Calendar = { timeZone: 'UTC', week: allDay, holidays: [], overrides: [] };
    expect(iso(addWorkingTime(d('2026-01-01T23:00:00Z'), 120, always))).toBe('2026-01-02T01:00:00.000Z');
    expect(iso(addWorkingTime(d('2026-01-01T23:00:00Z'), 60, always))).toBe('2026-01-02T00:00:00.000Z');
  });
});

describe('errors', () => {
  it('negative or non-finite minutes throw RangeError', () => {
    expect(() => addWorkingTime(bh('2026-01-11T08:00'), -1, bahrain)).toThrow(RangeError);
    expect(() => addWorkingTime(bh('2026-01-11T08:00'), Number.NaN, bahrain)).toThrow(RangeError);
    expect(() => addWorkingTime(bh('2026-01-11T08:00'), Infinity, bahrain)).toThrow(RangeError);
  });

  it('a calendar with no working time throws RangeError', () => {
    const none: Calendar = { timeZone: 'Asia/Bahrain', week: [[], [], [], [], [], [], []], holidays: [], overrides: [] };
    expect(() => addWorkingTime(bh('2026-01-11T08:00'), 1, none)).toThrow(RangeError);
    expect(workingTimeBetween(bh('2026-01-11T08:00'), bh('2026-02-11T08:00'), none)).toBe(0);
    expect(addWorkingTime(bh('2026-01-11T08:00'), 0, none).getTime()).toBe(bh('2026-01-11T08:00').getTime());
  });

  it('working time that ends for good throws RangeError (only an override has hours)', () => {
    const once: Calendar = {
      timeZone: 'Europe/London',
      week: [[], [], [], [], [], [], []],
      holidays: [],
      overrides: [{ from: '2026-05-04', to: '2026-05-04', week: Array.from({ length: 7 }, () => [iv(9 * H, 10 * H)]) }],
    };
    expect(iso(addWorkingTime(d('2026-01-01T00:00:00Z'), 60, once))).toBe('2026-05-04T09:00:00.000Z');
    expect(() => addWorkingTime(d('2026-01-01T00:00:00Z'), 61, once)).toThrow(RangeError);
  });

  it.each<[string, Partial<Calendar>]>([
    ['unknown zone', { timeZone: 'Mars/Olympus' }],
    ['six-day week', { week: sunToThu(GOV).slice(0, 6) }],
    ['interval past midnight', { week: sunToThu(iv(20 * H, 25 * H)) }],
    ['empty interval', { week: sunToThu(iv(8 * H, 8 * H)) }],
    ['bad holiday date', { holidays: [{ date: '2026-02-30' }] }],
    ['override ends before it starts', { overrides: [{ from: '2026-03-02', to: '2026-03-01', week: sunToThu(GOV) }] }],
  ])('malformed calendar (%s) throws RangeError', (_name, patch) => {
    expect(() => compileCalendar({ ...bahrain, ...patch })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random calendars.

const ZONES = ['Asia/Bahrain', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
const DAY_MS = 86_400_000;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 0, 1);

/** One day's intervals: sorted boundary minutes paired up; biased towards DST hours and midnight. */
const dayArb = fc
  .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.constantFrom(0, 60, 90, 120, 150, 180, 1440)), {
    maxLength: 6,
  })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: WorkInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push(iv(sorted[i]!, sorted[i + 1]!));
    return out;
  });
const weekArb = fc.array(dayArb, { minLength: 7, maxLength: 7 });
const dateArb = fc
  .integer({ min: FROM / DAY_MS, max: TO / DAY_MS - 1 })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const calendarArb: fc.Arbitrary<Calendar> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  week: weekArb.filter((week) => week.some((day) => day.length > 0)),
  holidays: fc.array(
    fc.record({
      date: dateArb,
      intervals: fc.option(dayArb, { nil: undefined }),
      lunar: fc.boolean(),
    }),
    { maxLength: 12 },
  ),
  overrides: fc.array(
    fc.record({ from: dateArb, days: fc.integer({ min: 0, max: 60 }), week: weekArb }).map(({ from, days, week }) => ({
      from,
      to: new Date(Date.parse(from) + days * DAY_MS).toISOString().slice(0, 10),
      week,
    })),
    { maxLength: 3 },
  ),
});

const instantArb = fc.integer({ min: FROM, max: TO }).map((t) => new Date(t));
const minutesArb = fc.integer({ min: 1, max: 20 * DAY_MIN });
const RUNS = { numRuns: 300 };

describe('properties', () => {
  it('inverse: workingTimeBetween(s, addWorkingTime(s, m)) === m', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.oneof(minutesArb, fc.double({ min: 0, max: 5000, noNaN: true })), (cal, s, m) => {
        const due = addWorkingTime(s, m, cal);
        expect(due.getTime()).toBeGreaterThanOrEqual(s.getTime());
        expect(Math.abs(workingTimeBetween(s, due, cal) - m) * MS_PER_MIN).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('inverse: addWorkingTime(a, workingTimeBetween(a, b)) <= b, = b when b is working or an interval end', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, minutesArb, (cal, x, y, m) => {
        const [a, b0] = x <= y ? [x, y] : [y, x];
        for (const b of [b0, addWorkingTime(a, m, cal)]) {
          const back = addWorkingTime(a, workingTimeBetween(a, b, cal), cal);
          expect(back.getTime()).toBeLessThanOrEqual(b.getTime());
          // "b is working or an interval end" ⇔ the millisecond before b is working. (At the
          // start of an interval b is working, yet the earliest instant is the previous end.)
          if (b > a && isWorkingInstant(new Date(b.getTime() - 1), cal)) expect(back.getTime()).toBe(b.getTime());
        }
      }),
      RUNS,
    );
  });

  it('monotonic in minutes and in start', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, minutesArb, minutesArb, (cal, s1, s2, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addWorkingTime(s1, lo, cal).getTime()).toBeLessThanOrEqual(addWorkingTime(s1, hi, cal).getTime());
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(addWorkingTime(early, m1, cal).getTime()).toBeLessThanOrEqual(addWorkingTime(late, m1, cal).getTime());
      }),
      RUNS,
    );
  });

  it('additive: add(s, a + b) = add(add(s, a), b)', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, minutesArb, (cal, s, a, b) => {
        expect(iso(addWorkingTime(addWorkingTime(s, a, cal), b, cal))).toBe(iso(addWorkingTime(s, a + b, cal)));
      }),
      RUNS,
    );
  });

  it('a due date is a working instant or the end of a working interval, never in a holiday', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, minutesArb, (cal, s, m) => {
        const due = addWorkingTime(s, m, cal);
        expect(isWorkingInstant(new Date(due.getTime() - 1), cal)).toBe(true);
        if (!isRepeatedReading(due.getTime() - 1, cal.timeZone)) expect(naiveIsWorking(due.getTime() - 1, cal)).toBe(true);
      }),
      RUNS,
    );
  });

  it('workingTimeBetween(t, t + 1 ms) agrees with isWorkingInstant(t)', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, (cal, t) => {
        const next = new Date(t.getTime() + 1);
        expect(workingTimeBetween(t, next, cal) * MS_PER_MIN).toBe(isWorkingInstant(t, cal) ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('isWorkingInstant agrees with reading the wall clock through Intl, around DST changes too', () => {
    const nearChange = fc
      .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -36 * 60, max: 36 * 60 }))
      .map(([change, minutes]) => ({ timeZone: change.zone, t: Date.parse(change.at) + minutes * MS_PER_MIN }));
    fc.assert(
      fc.property(calendarArb, nearChange, fc.array(instantArb, { maxLength: 5 }), (cal0, near, others) => {
        const cal = { ...cal0, timeZone: near.timeZone };
        for (const t of [near.t, near.t - 1, ...others.map((o) => o.getTime())]) {
          if (isRepeatedReading(t, cal.timeZone)) continue; // covered by the DST tables above
          expect(isWorkingInstant(new Date(t), cal)).toBe(naiveIsWorking(t, cal));
        }
      }),
      RUNS,
    );
  });
});

/** DST changes in 2026–2027 (test data, checked below against Intl). */
const DST_CHANGES = [
  { zone: 'Europe/London', at: '2026-03-29T01:00:00Z' },
  { zone: 'Europe/London', at: '2026-10-25T01:00:00Z' },
  { zone: 'Europe/London', at: '2027-03-28T01:00:00Z' },
  { zone: 'Europe/London', at: '2027-10-31T01:00:00Z' },
  { zone: 'America/New_York', at: '2026-03-08T07:00:00Z' },
  { zone: 'America/New_York', at: '2026-11-01T06:00:00Z' },
  { zone: 'America/New_York', at: '2027-03-14T07:00:00Z' },
  { zone: 'America/New_York', at: '2027-11-07T06:00:00Z' },
  { zone: 'Australia/Sydney', at: '2026-04-04T16:00:00Z' },
  { zone: 'Australia/Sydney', at: '2026-10-03T16:00:00Z' },
  { zone: 'Australia/Sydney', at: '2027-04-03T16:00:00Z' },
  { zone: 'Australia/Sydney', at: '2027-10-02T16:00:00Z' },
];

it.each(DST_CHANGES)('test data: $zone changes offset at $at', ({ zone, at }) => {
  const t = Date.parse(at);
  expect(wallMs(t, zone) - t).not.toBe(wallMs(t - 1000, zone) - (t - 1000));
});

// An independent reading of the wall clock, straight from Intl, for the oracle properties.
const readers = new Map<string, Intl.DateTimeFormat>();

function wallMs(t: number, timeZone: string): number {
  let f = readers.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    readers.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) + (t % 1000);
}

/** Whether the wall time shown at t is shown twice (clocks went back an hour). */
function isRepeatedReading(t: number, timeZone: string): boolean {
  const w = wallMs(t, timeZone);
  return wallMs(t + 3_600_000, timeZone) === w || wallMs(t - 3_600_000, timeZone) === w;
}

/** Working by definition: the local date's hours (override, else weekly) minus its holidays. */
function naiveIsWorking(t: number, cal: Calendar): boolean {
  const wall = wallMs(t, cal.timeZone);
  const date = new Date(wall).toISOString().slice(0, 10);
  const minute = (wall % DAY_MS) / MS_PER_MIN;
  const within = (x: WorkInterval): boolean => x.start <= minute && minute < x.end;
  const override = cal.overrides.filter((o) => o.from <= date && date <= o.to).at(-1);
  const week = override ? override.week : cal.week;
  if (!week[new Date(wall).getUTCDay()]!.some(within)) return false;
  return cal.holidays.every((h) => h.date !== date || (h.intervals !== undefined && !h.intervals.some(within)));
}
