/**
 * W3C date-times as Open311 clients need them — a pure module (no clock reads).
 * Written in a configured time zone with a colon in the offset (`2026-11-28T10:15:00+03:00`, or `Z`
 * in UTC); read leniently (a `+` turned into a space by a careless client is repaired, and a time
 * without a zone is read on the configured zone's clock).
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formats.set(timeZone, f);
  }
  return f;
}

function partsOf(at: Date, timeZone: string) {
  const p: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(at)) p[part.type] = part.value;
  const zone = (p.timeZoneName ?? 'GMT').replace(/^GMT/, '');
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}`, offset: /^([+-]00:00)?$/.test(zone) ? 'Z' : zone };
}

/** An instant as a W3C date-time in a time zone, to the second: `2026-11-28T10:15:00+03:00`. */
export function w3cDateTime(at: Date | string, timeZone: string): string {
  const d = at instanceof Date ? at : new Date(at);
  const { date, time, offset } = partsOf(d, timeZone);
  return `${date}T${time}${offset}`;
}

/** Offset of a time zone from UTC at an instant, in milliseconds. */
function offsetMs(at: Date, timeZone: string): number {
  const { offset } = partsOf(at, timeZone);
  if (offset === 'Z') return 0;
  const m = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(offset);
  if (!m) return 0;
  const ms = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
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
  let utc = wall - offsetMs(new Date(wall), timeZone);
  utc = wall - offsetMs(new Date(utc), timeZone);
  return new Date(utc);
}
