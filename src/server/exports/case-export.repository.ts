import type { Kysely } from 'kysely';
import { pageOfCases, selectCases, serviceAndEntityNames, type CaseListFilter } from '../cases/case-query.repository.ts';
import type { DB } from '../db/schema.ts';

/**
 * The columns of exported cases — chosen so that no personal data can be in them: no contact, no
 * free text (titles and descriptions may hold names and numbers), no address below the area.
 */
export class CaseExportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * One page of the cases a list filter names (the case list's own query, filters and order), with
   * the export columns, and one case more when another page follows. `id` and `updated_at` carry
   * the page's cursor; the export's columns (case-export.columns.ts) leave them out.
   */
  page(filter: CaseListFilter) {
    const q = selectCases(this.db).select([
      'c.id',
      'c.updated_at',
      'c.reference',
      'c.type',
      'c.status',
      'c.priority',
      'c.channel',
      ...serviceAndEntityNames,
      'u.name_ar as unit_name_ar',
      'u.name_en as unit_name_en',
      'c.governorate',
      'c.area',
      'c.language',
      'c.created_at',
      'c.first_response_due_at',
      'c.first_responded_at',
      'c.first_response_working_minutes',
      'c.resolution_due_at',
      'c.resolved_at',
      'c.resolution_working_minutes',
      'c.closed_at',
      'c.sla_state',
      'c.rating',
      'c.reopen_count',
      'c.transfer_count',
    ]);
    return pageOfCases(q, filter).execute();
  }

  /** How many cases the filter names, counting no further than `n` (reads at most n ids). */
  async countUpTo(filter: CaseListFilter, n: number): Promise<number> {
    const ids = pageOfCases(selectCases(this.db).select('c.id'), { ...filter, after: undefined, limit: n - 1 });
    const row = await this.db
      .selectFrom(ids.as('x'))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Whether the filter names more than `n` cases (reads at most n + 1 ids). */
  async moreThan(filter: CaseListFilter, n: number): Promise<boolean> {
    const beyond = await pageOfCases(selectCases(this.db).select('c.id'), { ...filter, after: undefined, limit: 0 })
      .offset(n)
      .executeTakeFirst();
    return beyond !== undefined;
  }
}

export type CaseExportRow = Awaited<ReturnType<CaseExportRepository['page']>>[number];
