import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { countOfCases, matchesOfWord, pageOfCases, SEARCH_FIRST_MAX, selectCases, serviceAndEntityNames, type CaseListFilter } from './case-query.repository.ts';

export type { CaseListFilter, FirstResponseState, ResolutionState } from './case-query.repository.ts';

/** The case list query, set-based and scoped; no rules. */
export class CaseListRepository {
  /** `searchFirstMax`: up to how many matches of the rarest word a list finds them first (see SEARCH_FIRST_MAX). */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly searchFirstMax = SEARCH_FIRST_MAX,
  ) {}

  /**
   * One page of the list (and one case more when another page follows). Search words that match
   * few cases are looked up in the full-text index first (see `searchFirst`).
   */
  async list(f: CaseListFilter) {
    return this.page(await this.planned(f)).execute();
  }

  /**
   * `explain (analyze, buffers)` of the list's page query for these filters, exactly as `list`
   * runs it (PostgreSQL's JSON plan), or the other way when `searchFirst` is given: for the benchmark.
   */
  async explain(f: CaseListFilter): Promise<{ plan: unknown; searchFirst: boolean }> {
    const planned = await this.planned(f);
    const rows = await this.page(planned).explain('json', sql`analyze, buffers`);
    return { plan: (rows[0] as Record<string, unknown>)['QUERY PLAN'], searchFirst: planned.searchFirst === true };
  }

  /**
   * The filters with `searchFirst` decided, unless given, by how many cases the search words
   * match: the planner's estimate for each word (no case read), and a page needs every word, so
   * the rarest word bounds the matches.
   */
  private async planned(f: CaseListFilter): Promise<CaseListFilter> {
    if (!f.terms?.length || f.searchFirst !== undefined) return f;
    let fewest = Infinity;
    for (const alternatives of f.terms) fewest = Math.min(fewest, await this.estimate(alternatives));
    return { ...f, searchFirst: fewest <= this.searchFirstMax };
  }

  /** PostgreSQL's estimate of the cases one search word matches. */
  private async estimate(alternatives: string[]): Promise<number> {
    const [row] = await matchesOfWord(this.db, alternatives).explain('json');
    const plan = (row as Record<string, unknown> | undefined)?.['QUERY PLAN'] as [{ Plan: { 'Plan Rows': number } }] | undefined;
    return plan?.[0]?.Plan['Plan Rows'] ?? Infinity;
  }

  private page(f: CaseListFilter) {
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
    return pageOfCases(q, f);
  }

  /** How many cases the filters select. */
  async count(f: CaseListFilter): Promise<number> {
    return (await countOfCases(this.db, f).executeTakeFirstOrThrow()).n;
  }
}

export type CaseListRow = Awaited<ReturnType<CaseListRepository['list']>>[number];
