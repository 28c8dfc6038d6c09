/**
 * Due dates in the citizen's words: "Sunday 20 December" / "الأحد، 20 ديسمبر", on the deployment's
 * calendar. Shared by the web receipt, the tracking page and the acknowledgement message, so all
 * three promise the same day. Digits are Latin in Arabic too, as everywhere in the app.
 */
import type { Bilingual, Language } from './enums.ts';
import { localDayText, yearIn } from './zoned-time.ts';

const dayLocales: Record<Language, string> = { ar: 'ar-BH-u-nu-latn', en: 'en-GB' };

/** The local day an instant falls on, with the year only when it is not the current one. */
export function dueDayText(iso: string | Date, language: Language, timeZone: string, now: Date | number = Date.now()): string {
  const at = new Date(iso);
  const withYear = yearIn(timeZone, at) !== yearIn(timeZone, now);
  return localDayText(at, timeZone, dayLocales[language], withYear);
}

/** The same day in both languages (for messages whose language is chosen at sending). */
export function dueDayBilingual(iso: string | Date, timeZone: string, now: Date | number = Date.now()): Bilingual {
  return { ar: dueDayText(iso, 'ar', timeZone, now), en: dueDayText(iso, 'en', timeZone, now) };
}
