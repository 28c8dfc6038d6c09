import { describe, expect, it } from 'vitest';
import { parseIcsHolidays } from '../../src/server/sla/ics.ts';

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260320',
  'DTEND;VALUE=DATE:20260323',
  'SUMMARY:عيد الفطر',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20261216',
  'SUMMARY:National Day\\, first',
  ' day',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20260101T000000Z',
  'RRULE:FREQ=YEARLY',
  'SUMMARY:New Year',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('iCalendar holidays', () => {
  it('expands all-day events to dates (DTEND exclusive), unfolds lines, unescapes text, skips recurring events', () => {
    const { holidays, skipped } = parseIcsHolidays(ics);
    expect(holidays).toEqual([
      { date: '2026-03-20', name: 'عيد الفطر' },
      { date: '2026-03-21', name: 'عيد الفطر' },
      { date: '2026-03-22', name: 'عيد الفطر' },
      { date: '2026-12-16', name: 'National Day, firstday' },
    ]);
    expect(skipped).toBe(1);
  });

  it('reads nothing from garbage', () => {
    expect(parseIcsHolidays('not a calendar')).toEqual({ holidays: [], skipped: 0 });
  });
});
