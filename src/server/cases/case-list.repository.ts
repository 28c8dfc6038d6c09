import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { countOfCases, pageOfCases, selectCases, serviceAndEntityNames, type CaseListFilter } from './case-query.repository.ts';

export type { CaseListFilter, FirstResponseState, ResolutionState } from './case-query.repository.ts';

/** The case list query, set-based and scoped; no rules. */
export class CaseListRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** One page of the list (and one case more when another page follows). */
  list(f: CaseListFilter) {
    const q = selectCases(this.db).select([
      'c.id',
      'c.reference',
      'c.version',
      'c.type',
      'c.status',
      'c.priority',
      'c.channel',
      'c.title',
      sql<string>`left(c.description, 200)`.as('excerpt'),
      'c.governorate',
      'c.created_at',
      'c.updated_at',
      'c.sla_state',
      'c.resolution_due_at',
      'c.assignee_id',
      'a.name as assignee_name',
      ...serviceAndEntityNames,
    ]);
    return pageOfCases(q, f).execute();
  }

  /** How many cases the filters select. */
  async count(f: CaseListFilter): Promise<number> {
    return (await countOfCases(this.db, f).executeTakeFirstOrThrow()).n;
  }
}

export type CaseListRow = Awaited<ReturnType<CaseListRepository['list']>>[number];
