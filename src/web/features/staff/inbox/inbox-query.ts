import { builtInViews } from '../../../../common/inbox-views.ts';
import type { CaseListQuery } from '../../../api/cases.api.ts';

/** The inbox's filters, as they sit in the page's URL (so back, reload and shared links keep them). */
export const filterKeys = [
  'status',
  'type',
  'service',
  'entity',
  'unit',
  'assignee',
  'channel',
  'priority',
  'governorate',
  'createdFrom',
  'createdTo',
  'slaState',
  'phone',
  'nationalId',
  'firstResponse',
  'resolution',
  'rated',
  'rating',
  'ratingMin',
  'reopened',
  'transferred',
  'escalationMin',
  'followersMin',
  'awaitingDays',
  'q',
  'sort',
] as const;
export type FilterKey = (typeof filterKeys)[number];
export type InboxFilters = Partial<Record<FilterKey, string>>;

export const PAGE_SIZE = 25;

/** The filters in a query string; unknown parameters are ignored. */
export function filtersFromParams(params: URLSearchParams): InboxFilters {
  const out: InboxFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The filters as a query string's parameters, empty ones left out. */
export function paramsFromFilters(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filters[key]) params.set(key, filters[key]);
  return params;
}

/** A plain local date (`YYYY-MM-DD`), as a date field gives it; anything else is an instant (a dashboard link). */
export function isPlainDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * A day picked in a date field, as the instant its first (or last) moment falls on here; an
 * instant (a dashboard's drill-down link) goes as it is.
 */
function dayBound(day: string, end: boolean): string | undefined {
  if (!isPlainDate(day)) return day;
  const at = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/**
 * Filters the filter panel has no field for (they come from a dashboard's drill-down link), or
 * values it cannot show (a list of SLA states, an instant, "none"): shown as removable chips.
 */
export const chipKeys = [
  'firstResponse',
  'resolution',
  'rated',
  'rating',
  'ratingMin',
  'reopened',
  'transferred',
  'escalationMin',
  'followersMin',
  'awaitingDays',
  'slaState',
  'unit',
  'governorate',
  'createdFrom',
  'createdTo',
] as const satisfies readonly FilterKey[];
export type ChipKey = (typeof chipKeys)[number];

/** The filters to show as chips. */
export function chipFilters(filters: InboxFilters): { key: ChipKey; value: string }[] {
  return chipKeys.flatMap((key) => {
    const value = filters[key];
    if (!value) return [];
    if (key === 'slaState' && !value.includes(',')) return [];
    if (key === 'governorate' && value !== 'none') return [];
    if ((key === 'createdFrom' || key === 'createdTo') && isPlainDate(value)) return [];
    return [{ key, value }];
  });
}

/** The `GET /api/v1/cases` query of the inbox: the filters, with whole days for the date range. */
export function apiQuery(filters: InboxFilters): CaseListQuery {
  return {
    ...filters,
    createdFrom: filters.createdFrom ? dayBound(filters.createdFrom, false) : undefined,
    createdTo: filters.createdTo ? dayBound(filters.createdTo, true) : undefined,
    limit: String(PAGE_SIZE),
  };
}

export { builtInViews };
export type { BuiltInViewId } from '../../../../common/inbox-views.ts';

/** Whether the filters are exactly a view's (the search words and the order aside, unless the view holds them). */
export function isView(filters: InboxFilters, view: Readonly<Record<string, string>>): boolean {
  const rest = Object.entries(filters).filter(([k]) => (k !== 'q' && k !== 'sort') || view[k] !== undefined);
  const wanted = Object.entries(view);
  return wanted.length === rest.length && wanted.every(([k, v]) => filters[k as FilterKey] === v);
}

/** The built-in view the filters are exactly, if any. */
export function activeView(filters: InboxFilters): string | null {
  return builtInViews.find((v) => isView(filters, v.filters))?.id ?? null;
}

/** The filters to save as a view: every filter, the search words and the order, as the URL holds them. */
export function viewFiltersOf(filters: InboxFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
}

/** How many filters are set, search and order aside (for the "Filters (3)" button). */
export function countFilters(filters: InboxFilters): number {
  return Object.keys(filters).filter((k) => k !== 'q' && k !== 'sort').length;
}

const INBOX_KEY = 'tawasul.staff.inbox';

/** Remembers the inbox's query string, so "back to the inbox" from a case returns to the same list. */
export function rememberInbox(search: string): void {
  try {
    sessionStorage.setItem(INBOX_KEY, search);
  } catch {
    // The link then goes to the unfiltered inbox.
  }
}

export function lastInbox(): string {
  try {
    return sessionStorage.getItem(INBOX_KEY) ?? '';
  } catch {
    return '';
  }
}
