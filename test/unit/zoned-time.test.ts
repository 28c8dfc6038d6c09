/**
 * wallTime reads a zone's offset once per 15-minute stretch of UTC and shifts instants by it; it
 * must give exactly what Intl gives, every two seconds around offset changes too — whole-hour,
 * half-hour (Lord Howe) and 45-minute (Chatham) zones, both hemispheres — and for instants spread
 * over decades.
 */
import { describe, expect, it } from 'vitest';
import { localDate, offsetMinutes, wallTime } from '../../src/common/zoned-time.ts';

const intl = new Map<string, Intl.DateTimeFormat>();
function byIntl(ms: number, timeZone: string) {
  const f: Record<string, number> = {};
  if (!intl.has(timeZone)) {
    intl.set(timeZone, new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }));
  }
  const parts = intl.get(timeZone)!.formatToParts(ms);
  for (const p of parts) if (p.type !== 'literal') f[p.type] = Number(p.value);
  return { year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second };
}

const zones = ['Asia/Bahrain', 'Asia/Riyadh', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'UTC'];

/** Instants where a zone's offset changes between two hours apart, found by bisection to the second. */
function changesIn(timeZone: string, fromMs: number, toMs: number): number[] {
  const off = (ms: number) => { const w = byIntl(ms, timeZone); return Date.UTC(w.year!, w.month! - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000; };
  const found: number[] = [];
  for (let t = fromMs; t < toMs; t += 2 * 3_600_000) {
    if (off(t) === off(t + 2 * 3_600_000)) continue;
    let lo = t, hi = t + 2 * 3_600_000;
    while (hi - lo > 1000) { const mid = Math.floor((lo + hi) / 2000) * 1000; if (off(mid) === off(lo)) lo = mid; else hi = mid; }
    found.push(hi);
  }
  return found;
}

describe('wallTime', () => {
  it('equals Intl every two seconds around every offset change of 2025–2027 in zones with odd offsets', () => {
    let changes = 0;
    let checked = 0;
    for (const zone of zones) {
      for (const change of changesIn(zone, Date.UTC(2025, 0, 1), Date.UTC(2028, 0, 1))) {
        changes++;
        for (let ms = change - 16 * 60_000; ms <= change + 16 * 60_000; ms += 1999) {
          expect(wallTime(ms, zone), `${zone} ${new Date(ms).toISOString()}`).toEqual(byIntl(ms, zone));
          checked++;
        }
      }
    }
    expect(changes).toBe(5 * 3 * 2); // five of the zones have summer time: three years, two changes a year
    expect(checked).toBeGreaterThan(25_000);
  });

  it('equals Intl at instants spread over 1990–2060, with Dates and milliseconds', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(Date.UTC(1990, 0, 1) + next() * (Date.UTC(2060, 0, 1) - Date.UTC(1990, 0, 1)));
      const zone = zones[i % zones.length]!;
      expect(wallTime(i % 2 ? new Date(ms) : ms, zone), `${zone} ${ms}`).toEqual(byIntl(ms, zone));
    }
  });

  it('keeps the helpers built on it right across a change: the local date and the offset', () => {
    // New York's clocks went forward at 2026-03-08 07:00 UTC (02:00 EST → 03:00 EDT).
    expect(offsetMinutes(Date.UTC(2026, 2, 8, 6, 59, 59), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(Date.UTC(2026, 2, 8, 7, 0, 0), 'America/New_York')).toBe(-240);
    expect(localDate(Date.UTC(2026, 11, 7, 21, 0, 0), 'Asia/Bahrain')).toBe('2026-12-08');
    expect(() => wallTime(new Date(Number.NaN), 'Asia/Bahrain')).toThrow(RangeError);
  });
});
