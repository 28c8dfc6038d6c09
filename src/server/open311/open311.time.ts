/**
 * W3C date-times as Open311 clients need them — a pure module (no clock reads).
 * Written in a configured time zone with a colon in the offset (`2026-11-28T10:15:00+03:00`, or `Z`
 * in UTC); read leniently (a `+` turned into a space by a careless client is repaired, and a time
 * without a zone is read on the configured zone's clock).
 */

import { isoInZone, offsetMs } from '../../common/zoned-time.ts';

/** An instant as a W3C date-time in a time zone, to the second: `2026-11-28T10:15:00+03:00`. */
export function w3cDateTime(at: Date | string, timeZone: string): string {
  return isoInZone(at instanceof Date ? at : new Date(at), timeZone).replace(/[+-]00:00$/, 'Z');
}

const W3C = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads a W3C / ISO 8601 date or date-time. Without a zone it is read on `timeZone`'s clock (a bare
 * date is that day's midnight). Answers null for anything else, including impossible dates.
 */
export function parseW3cDateTime(input: string, timeZone: string): Date | null {
  const text = input.trim().replace(/^(\S+T[\d:.]+) (\d{2}:?\d{2})$/i, '$1+$2');
  const m = W3C.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = m;
  const ms = Math.floor(Number(`0.${frac}`) * 1000);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(wall);
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return null;
  }
  if (zone) {
    if (zone.toUpperCase() === 'Z') return new Date(wall);
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
    const off = (Number(z[2]) * 60 + Number(z[3])) * 60_000;
    return new Date(z[1] === '-' ? wall + off : wall - off);
  }
  // Local wall time: subtract the zone's offset, then correct once for an offset change in between.
  let utc = wall - offsetMs(timeZone, wall);
  utc = wall - offsetMs(timeZone, utc);
  return new Date(utc);
}
