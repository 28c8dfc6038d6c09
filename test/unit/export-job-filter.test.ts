import { describe, expect, it } from 'vitest';
import type { CaseListFilter } from '../../src/server/cases/case-query.repository.ts';
import { filterOf, storedFilter } from '../../src/server/exports/jobs/export-job.filter.ts';

/** A background export keeps the case list filter it was asked with as JSON and runs exactly that filter later. */
describe('the filter an export job keeps', () => {
  const filter: CaseListFilter = {
    entityIds: [3, 7],
    statuses: ['new', 'assigned'],
    governorate: null,
    unitId: null,
    createdFrom: new Date('2026-11-01T00:00:00+03:00'),
    createdTo: new Date('2026-12-01T00:00:00+03:00'),
    awaitingSince: new Date('2026-11-20T09:30:00Z'),
    now: new Date('2026-12-07T10:00:00Z'),
    terms: [['ماء', 'مياه']],
    sort: { column: 'updated_at', desc: false },
    after: { value: '2026-12-01T00:00:00.000Z', id: 42 },
    limit: 250,
  };

  it('comes back with its instants as dates, its nulls as nulls, and no cursor', () => {
    const stored = JSON.parse(JSON.stringify(storedFilter(filter))) as Record<string, unknown>;
    const back = filterOf(stored);
    const { after: _after, limit: _limit, ...rest } = filter;
    expect({ ...back, limit: undefined }).toEqual({ ...rest, limit: undefined });
    expect(back.createdFrom).toBeInstanceOf(Date);
    expect(back.now.getTime()).toBe(filter.now.getTime());
    expect(back.after).toBeUndefined();
    expect(back.governorate).toBeNull();
  });

  it('leaves absent instants absent', () => {
    const back = filterOf(storedFilter({ sort: { column: 'created_at', desc: true }, now: new Date(0), limit: 25 }));
    expect('createdFrom' in back).toBe(false);
    expect(back.now).toEqual(new Date(0));
  });
});
