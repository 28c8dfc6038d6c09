/** A holiday read from an iCalendar file. */
export interface IcsHoliday {
  date: string;
  name: string;
}

/** Unfolds continuation lines (RFC 5545 §3.1) and splits the content lines. */
function contentLines(text: string): string[] {
  return text.replace(/\r\n/g, '\n').replace(/\n[ \t]/g, '').split('\n').filter(Boolean);
}

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function toIsoDate(v: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(v);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
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
  let event: Record<string, string> | undefined;
  for (const line of contentLines(text)) {
    if (line === 'BEGIN:VEVENT') {
      event = {};
      continue;
    }
    if (line === 'END:VEVENT' && event) {
      const start = event.DTSTART ? toIsoDate(event.DTSTART) : undefined;
      if (!start || event.RRULE) {
        skipped++;
      } else {
        const endExclusive = event.DTEND ? toIsoDate(event.DTEND) : undefined;
        const name = unescapeText(event.SUMMARY ?? '').trim() || 'Holiday';
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
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    event[name] = line.slice(colon + 1);
  }
  return { holidays, skipped };
}
