import { sql, type Kysely, type Transaction } from 'kysely';
import type { CostBand } from '../../common/enums.ts';
import type { DB } from '../db/schema.ts';

/** An accepted suggestion's plan as stored, with its owner unit's code and names. */
export interface SuggestionPlanRow {
  plan: string;
  cost_band: CostBand;
  target_date: string;
  accepted_at: Date;
  implemented_at: Date | null;
  outcome: string | null;
  unit_code: string;
  unit_name_ar: string;
  unit_name_en: string;
}

/** The plans of accepted suggestions (suggestion_plans); SQL only, no rules. */
export class SuggestionPlanRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** An active entity or unit by code, among the given entities. */
  unitByCode(code: string, entityIds: number[], db: Kysely<DB> = this.db) {
    return db
      .selectFrom('entities')
      .select(['id', 'code', 'name_ar', 'name_en'])
      .where('code', '=', code)
      .where('id', 'in', entityIds.length ? entityIds : [-1])
      .executeTakeFirst();
  }

  /** Records the plan a suggestion was accepted with (a later acceptance replaces it). */
  async accept(tx: Transaction<DB>, p: { caseId: number; plan: string; ownerUnitId: number; costBand: CostBand; targetDate: string; by: number | null }): Promise<void> {
    const row = { plan: p.plan, owner_unit_id: p.ownerUnitId, cost_band: p.costBand, target_date: p.targetDate, accepted_by: p.by };
    await tx
      .insertInto('suggestion_plans')
      .values({ case_id: p.caseId, ...row })
      .onConflict((oc) => oc.column('case_id').doUpdateSet({ ...row, accepted_at: sql`now()`, implemented_at: null, outcome: null }))
      .execute();
  }

  /** Records what was done when the plan was carried out. */
  async implement(tx: Transaction<DB>, caseId: number, outcome: string): Promise<void> {
    await tx.updateTable('suggestion_plans').set({ implemented_at: sql`now()`, outcome }).where('case_id', '=', caseId).execute();
  }

  /** A case's plan, if it was accepted. */
  byCase(caseId: number, db: Kysely<DB> = this.db): Promise<SuggestionPlanRow | undefined> {
    return db
      .selectFrom('suggestion_plans as p')
      .innerJoin('entities as u', 'u.id', 'p.owner_unit_id')
      .select(['p.plan', 'p.cost_band', 'p.target_date', 'p.accepted_at', 'p.implemented_at', 'p.outcome', 'u.code as unit_code', 'u.name_ar as unit_name_ar', 'u.name_en as unit_name_en'])
      .where('p.case_id', '=', caseId)
      .executeTakeFirst();
  }
}
