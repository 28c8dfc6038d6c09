/**
 * Reading Open311 query parameters — pure functions: language, comma-separated lists, the status
 * filter and the date window. Every refusal is a 400 naming the parameter.
 */
import type { CaseStatus, Language } from '../../common/enums.ts';
import { errors } from '../http/errors.ts';
import { parseW3cDateTime } from './open311.time.ts';
import { statusesFor } from './open311.presenter.ts';

/** Lists never hold more than this many items. */
export const MAX_RESULTS = 1000;
/** The default window, and the widest one, of a list by date. */
export const WINDOW_DAYS = 90;
const DAY = 86_400_000;

/** The language asked for: `locale=ar|en` first, then Accept-Language; undefined when neither names one. */
export function preferredLanguage(locale: string | undefined, acceptLanguage: string | undefined): Language | undefined {
  const fromLocale = locale?.trim().slice(0, 2).toLowerCase();
  if (fromLocale === 'ar' || fromLocale === 'en') return fromLocale;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.find((x) => x.lang === 'ar' || x.lang === 'en')?.lang as Language | undefined;
}

/** The language of a report with no stated preference: English for Latin text with no Arabic, else Arabic. */
export function languageOfText(text: string | undefined): Language {
  return text !== undefined && /[A-Za-z]/.test(text) && !/[\u0600-\u06FF]/.test(text) ? 'en' : 'ar';
}

/** The non-empty items of a comma-separated parameter, or undefined when there are none. */
export function splitList(value: string | undefined): string[] | undefined {
  const items = [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
  return items.length ? items : undefined;
}

/** The Tawasul statuses of an Open311 `status` filter (`open`, `closed`, comma-separated). */
export function statusFilter(value: string | undefined): CaseStatus[] | undefined {
  const items = splitList(value?.toLowerCase());
  if (!items) return undefined;
  const out: CaseStatus[] = [];
  for (const item of items) {
    if (item !== 'open' && item !== 'closed') throw errors.field('status', 'invalid_value', 'status is open, closed, or both comma-separated');
    out.push(...statusesFor(item));
  }
  return out;
}

/** `extensions=true` (also 1, yes). */
export function isTrue(value: string | undefined): boolean {
  return ['true', '1', 'yes'].includes((value ?? '').trim().toLowerCase());
}

function readDate(name: string, value: string | undefined, timeZone: string): Date | undefined {
  if (value === undefined) return undefined;
  const d = parseW3cDateTime(value, timeZone);
  if (!d) throw errors.field(name, 'invalid_datetime', `${name} must be a W3C date-time such as 2026-11-28T10:15:00+03:00`);
  return d;
}

/**
 * The window of a list by date: both ends given, or one end and 90 days from it, or the last 90
 * days. A window wider than 90 days, or ending before it starts, is refused.
 */
export function resolveWindow(start: string | undefined, end: string | undefined, now: Date, timeZone: string): { from: Date; to: Date } {
  const from = readDate('start_date', start, timeZone);
  const to = readDate('end_date', end, timeZone);
  const span = WINDOW_DAYS * DAY;
  const window = from && to ? { from, to } : from ? { from, to: new Date(from.getTime() + span) } : to ? { from: new Date(to.getTime() - span), to } : { from: new Date(now.getTime() - span), to: now };
  if (window.to < window.from) throw errors.field('end_date', 'invalid_range', 'end_date is before start_date');
  if (window.to.getTime() - window.from.getTime() > span) {
    throw errors.field('end_date', 'range_too_wide', `start_date and end_date may span at most ${WINDOW_DAYS} days`);
  }
  return window;
}
