import type { Language } from '../../common/enums.ts';
import { runtimeConfig } from '../app/runtime-config.ts';

/**
 * Locales for formatting. Digits are Latin in both languages, as on Bahrain's government sites and
 * as in reference numbers, so a number reads the same on screen, in an SMS and over the phone.
 */
const locales: Record<Language, string> = { ar: 'ar-BH-u-nu-latn', en: 'en-GB' };
const hijriLocales: Record<Language, string> = {
  ar: 'ar-BH-u-ca-islamic-umalqura-nu-latn',
  en: 'en-GB-u-ca-islamic-umalqura',
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const timeZone = runtimeConfig.timeZone;
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** A date in the Gregorian and the Umm al-Qura (Hijri) calendars, in the given language. */
export interface DualDate {
  gregorian: string;
  hijri: string;
}

/** Formats an ISO instant as Gregorian date and time plus the Hijri date. */
export function formatDualDate(iso: string, lng: Language, withTime = true): DualDate {
  const date = new Date(iso);
  const gregorian = formatter(locales[lng], withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
  const hijri = formatter(hijriLocales[lng], { day: 'numeric', month: 'long', year: 'numeric' });
  return { gregorian: gregorian.format(date), hijri: hijri.format(date) };
}

/** A number in the language's locale. */
export function formatNumber(n: number, lng: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locales[lng], options).format(n);
}

/** A file size as "2.4 MB" / "2.4 ميغابايت". */
export function formatBytes(bytes: number, lng: Language): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return formatNumber(mb, lng, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return formatNumber(Math.max(1, Math.round(bytes / 1024)), lng, { style: 'unit', unit: 'kilobyte' });
}

/** A list in the language's own punctuation: "a, b and c" / "a وb وc"; `unit` gives "a, b, c". */
export function formatList(items: string[], lng: Language, type: 'conjunction' | 'unit' = 'conjunction'): string {
  return new Intl.ListFormat(locales[lng], { type, style: type === 'unit' ? 'short' : 'long' }).format(items);
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How far an instant is from now, in the largest whole unit: "in 3 days", "2 hours ago" / "خلال 3 أيام". */
export function formatRelative(iso: string, lng: Language, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const rtf = new Intl.RelativeTimeFormat(locales[lng], { numeric: 'auto' });
  for (const [unit, ms] of relativeUnits) {
    if (Math.abs(diff) >= ms || unit === 'minute') return rtf.format(Math.trunc(diff / ms), unit);
  }
  return rtf.format(0, 'minute');
}

/** A date and time in the language's short form, without the Hijri date (tables, compact lists). */
export function formatDateTime(iso: string, lng: Language): string {
  return formatter(locales[lng], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
