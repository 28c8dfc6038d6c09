/** A holiday read from an iCalendar file. */
export interface IcsHoliday {
  date: string;
  name: string;
}

/** A date in the file that does not exist on the calendar (e.g. 20261399), with its line number (1-based). */
export class IcsDateError extends Error {
  constructor(
    readonly line: number,
    readonly value: string,
  ) {
    super(`Line ${line}: ${value} is not a valid date`);
  }
}

/** Unfolds continuation lines (RFC 5545 §3.1) and splits the content lines, keeping each one's first physical line number. */
function contentLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const physical = text.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && out.length) out[out.length - 1]!.text += raw.slice(1);
    else out.push({ line: i + 1, text: raw });
  }
  return out.filter((l) => l.text);
}

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function toIsoDate(v: string, line: number): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(v);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  // Date rolls 2026-13-99 over to a later day; a real date reads back unchanged.
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new IcsDateError(line, v);
  return iso;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Reads the all-day events of an iCalendar (.ics) file as dated holidays, one per day (DTEND of an
 * all-day event is exclusive). Events with a recurrence rule are reported as skipped: a holiday
 * list is dated, year by year, which is how lunar holidays must be entered anyway.
 */
export function parseIcsHolidays(text: string): { holidays: IcsHoliday[]; skipped: number } {
  const holidays: IcsHoliday[] = [];
  let skipped = 0;
  let event: Record<string, { value: string; line: number }> | undefined;
  for (const { line, text: content } of contentLines(text)) {
    if (content === 'BEGIN:VEVENT') {
      event = {};
      continue;
    }
    if (content === 'END:VEVENT' && event) {
      const start = event.DTSTART ? toIsoDate(event.DTSTART.value, event.DTSTART.line) : undefined;
      if (!start || event.RRULE) {
        skipped++;
      } else {
        const endExclusive = event.DTEND ? toIsoDate(event.DTEND.value, event.DTEND.line) : undefined;
        const name = unescapeText(event.SUMMARY?.value ?? '').trim() || 'Holiday';
        let d = start;
        let guard = 0;
        do {
          holidays.push({ date: d, name });
          d = nextDay(d);
        } while (endExclusive && d < endExclusive && ++guard < 366);
      }
      event = undefined;
      continue;
    }
    if (!event) continue;
    const colon = content.indexOf(':');
    if (colon < 0) continue;
    const name = content.slice(0, colon).split(';')[0]!.toUpperCase();
    event[name] = { value: content.slice(colon + 1), line };
  }
  return { holidays, skipped };
}
