import type { DrillDown } from '../../api/kpi.api.ts';
import { filterKeys, type FilterKey } from '../staff/inbox/inbox-query.ts';

/** The cases behind a figure, as an address of the staff inbox (whose filters sit in its URL). */
export interface InboxLink {
  to: string;
  /** False when the inbox lists a wider set than the figure counts (a filter it lacks). */
  exact: boolean;
}

type Query = Record<string, string>;

const known = new Set<string>(filterKeys);
const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : Date.parse(a) <= Date.parse(b) ? a : b);

/** Several queries as one, when they differ only in their statuses (their union is then one list). */
function unionOf(queries: Query[]): Query | null {
  if (queries.length === 1) return queries[0]!;
  const rest = (q: Query) => JSON.stringify(Object.entries(q).filter(([k]) => k !== 'status').sort());
  const first = rest(queries[0]!);
  if (!queries.every((q) => rest(q) === first && q.status)) return null;
  const statuses = [...new Set(queries.flatMap((q) => q.status!.split(',')))];
  return { ...queries[0]!, status: statuses.join(',') };
}

/**
 * The inbox address listing the cases of `queries` (their union) within the answer's period and
 * the row's filter. Created-at bounds go as the API's instants (the inbox passes them through), so
 * a list is exact whatever the browser's time zone. Null when the inbox cannot show them in one list.
 */
export function inboxLinkOf(base: Query, row: Query, queries: Query[], needs?: Query, exactHint = true): InboxLink | null {
  const query = unionOf(queries);
  if (!query) return null;
  const merged: Query = { ...base, ...row, ...query };
  const from = later(later(base.createdFrom, row.createdFrom), query.createdFrom);
  const to = earlier(earlier(base.createdTo, row.createdTo), query.createdTo);
  let exact = exactHint;
  // The inbox adds the filters the figure needs once it knows them; until then the list is wider.
  for (const [k, v] of Object.entries(needs ?? {})) {
    if (known.has(k) && k !== 'sort') merged[k] = v;
  }
  if (needs && Object.keys(needs).every((k) => known.has(k) && k !== 'sort')) exact = true;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (k === 'createdFrom' || k === 'createdTo' || !known.has(k)) continue;
    params.set(k as FilterKey, v);
  }
  if (from) params.set('createdFrom', from);
  if (to) params.set('createdTo', to);
  return { to: `/staff?${params.toString()}`, exact };
}

/** The inbox address of a rate's denominator (the cases it is a share of), when one list can hold them. */
export function denominatorLink(drill: DrillDown, row: Query, indicator: string): InboxLink | null {
  const d = drill.indicators[indicator];
  if (!d?.of) return null;
  return inboxLinkOf(drill.base, row, d.of, undefined, d.exact);
}

/** The inbox address of one figure of an answer's drill-down, for a row (entity, service, week…). */
export function figureLink(drill: DrillDown, row: Query, indicator: string): InboxLink | null {
  const d = drill.indicators[indicator];
  if (!d) return null;
  return inboxLinkOf(drill.base, row, d.cases, d.needs, d.exact);
}
