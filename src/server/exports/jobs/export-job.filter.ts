import type { CaseListFilter } from '../../cases/case-query.repository.ts';

/** The instants of a case list filter, which JSON carries as ISO text. */
const instants = ['createdFrom', 'createdTo', 'awaitingSince', 'now'] as const;

/** A case list filter as a job keeps it (JSON); no cursor, no page size: the job reads every page. */
export function storedFilter(filter: CaseListFilter): Record<string, unknown> {
  const { after: _after, limit: _limit, ...rest } = filter;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

/** The case list filter a job kept, its instants as dates again. */
export function filterOf(stored: Record<string, unknown>): CaseListFilter {
  const filter = { ...stored, limit: 0 } as unknown as CaseListFilter & Record<string, unknown>;
  for (const key of instants) if (typeof stored[key] === 'string') filter[key] = new Date(stored[key]);
  return filter;
}
