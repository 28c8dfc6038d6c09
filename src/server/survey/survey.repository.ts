import type { Insertable, Kysely } from 'kysely';
import type { CasePriority, CaseStatus, CaseType, Language } from '../../common/enums.ts';
import type { Tx } from '../db/database.ts';
import type { DB, SurveyAnswersTable, SurveyInvitationsTable } from '../db/schema.ts';

/** A resolution not yet invited to its survey, with what the invitation and its message need. */
export interface UninvitedCase {
  id: number;
  reference: string;
  entity_id: number;
  service_id: number;
  type: CaseType;
  language: Language;
  priority: CasePriority;
  assignee_id: number | null;
  citizen_id: number | null;
  contact_phone: string | null;
  contact_email: string | null;
  resolved_at: Date;
}

/** One month × entity × service of survey counts and sums (the service turns them into figures). */
export interface SurveyCountRow {
  month: string;
  entity_id: number;
  service_id: number;
  invited: number;
  answered: number;
  overall_sum: number;
  speed_sum: number;
  confidentiality_sum: number;
  simplicity_sum: number;
  solved: number;
  reopened: number;
  /** Followers' ratings of these cases (kept apart from the survey's answers) and their sum. */
  follower_rated: number;
  follower_sum: number;
}

/** The survey's SQL: invitations, answers, the per-service policy and the counts behind the figures. */
export class SurveyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Resolutions since `since` (in a surveyed status) without an invitation and not already rated,
   * locked so two workers never invite the same one; oldest first, at most `limit`.
   */
  uninvited(tx: Tx, statuses: readonly CaseStatus[], since: Date, limit: number): Promise<UninvitedCase[]> {
    return tx
      .selectFrom('cases as c')
      .select(['c.id', 'c.reference', 'c.entity_id', 'c.service_id', 'c.type', 'c.language', 'c.priority', 'c.assignee_id', 'c.citizen_id', 'c.contact_phone', 'c.contact_email'])
      .select((eb) => eb.ref('c.resolved_at').$notNull().as('resolved_at'))
      .where('c.resolved_at', '>=', since)
      .where('c.status', 'in', statuses)
      .where((eb) => eb.or([eb('c.rated_at', 'is', null), eb('c.rated_at', '<', eb.ref('c.resolved_at'))]))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('survey_invitations as i').select('i.id').whereRef('i.case_id', '=', 'c.id').whereRef('i.resolved_at', '=', 'c.resolved_at'))),
      )
      .orderBy('c.resolved_at')
      .limit(limit)
      .forUpdate('c')
      .skipLocked()
      .execute();
  }

  /** Adds invitations; one that exists already (same case and resolution) is left as it is. */
  async insertInvitations(db: Kysely<DB>, rows: Insertable<SurveyInvitationsTable>[]): Promise<void> {
    if (rows.length) await db.insertInto('survey_invitations').values(rows).onConflict((oc) => oc.columns(['case_id', 'resolved_at']).doNothing()).execute();
  }

  /** The invitation of one resolution of a case, with its answer when there is one. */
  invitation(caseId: number, resolvedAt: Date, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('survey_invitations as i')
      .leftJoin('survey_answers as a', 'a.invitation_id', 'i.id')
      .select(['i.id', 'i.expires_at', 'a.overall', 'a.speed', 'a.confidentiality', 'a.simplicity', 'a.solved', 'a.comment', 'a.answered_at', 'a.reopened'])
      .where('i.case_id', '=', caseId)
      .where('i.resolved_at', '=', resolvedAt)
      .executeTakeFirst();
  }

  /** Stores an answer; false when the invitation has one already. */
  async insertAnswer(row: Insertable<SurveyAnswersTable>): Promise<boolean> {
    const done = await this.db.insertInto('survey_answers').values(row).onConflict((oc) => oc.column('invitation_id').doNothing()).returning('invitation_id').executeTakeFirst();
    return done !== undefined;
  }

  async markReopened(invitationId: number): Promise<void> {
    await this.db.updateTable('survey_answers').set({ reopened: true }).where('invitation_id', '=', invitationId).execute();
  }

  /** Whether a service's "not solved" answers reopen its cases. */
  async reopensWhenNotSolved(serviceId: number): Promise<boolean> {
    const row = await this.db.selectFrom('services').select('survey_reopen_not_solved').where('id', '=', serviceId).executeTakeFirst();
    return row?.survey_reopen_not_solved ?? false;
  }

  /** Counts and sums per month, entity and service, for months `from`…`to` (YYYY-MM) and, when given, these entities. */
  counts(from: string, to: string, entityIds?: readonly number[]): Promise<SurveyCountRow[]> {
    if (entityIds && !entityIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('survey_invitations as i')
      .leftJoin('survey_answers as a', 'a.invitation_id', 'i.id')
      .select(['i.month', 'i.entity_id', 'i.service_id'])
      .select((eb) => [
        eb.fn.countAll<string>().as('invited'),
        eb.fn.count<string>('a.invitation_id').as('answered'),
        eb.fn.coalesce(eb.fn.sum<string>('a.overall'), eb.lit(0)).as('overall_sum'),
        eb.fn.coalesce(eb.fn.sum<string>('a.speed'), eb.lit(0)).as('speed_sum'),
        eb.fn.coalesce(eb.fn.sum<string>('a.confidentiality'), eb.lit(0)).as('confidentiality_sum'),
        eb.fn.coalesce(eb.fn.sum<string>('a.simplicity'), eb.lit(0)).as('simplicity_sum'),
        eb.fn.count<string>('a.invitation_id').filterWhere('a.solved', '=', true).as('solved'),
        eb.fn.count<string>('a.invitation_id').filterWhere('a.reopened', '=', true).as('reopened'),
      ])
      .where('i.month', '>=', from)
      .where('i.month', '<=', to)
      .$if(entityIds !== undefined, (q) => q.where('i.entity_id', 'in', entityIds!))
      .groupBy(['i.month', 'i.entity_id', 'i.service_id'])
      .orderBy('i.month')
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          month: r.month,
          entity_id: Number(r.entity_id),
          service_id: Number(r.service_id),
          invited: Number(r.invited),
          answered: Number(r.answered),
          overall_sum: Number(r.overall_sum),
          speed_sum: Number(r.speed_sum),
          confidentiality_sum: Number(r.confidentiality_sum),
          simplicity_sum: Number(r.simplicity_sum),
          solved: Number(r.solved),
          reopened: Number(r.reopened),
          follower_rated: 0,
          follower_sum: 0,
        })),
      );
  }

  /** Codes and names of services, by id (the figures' labels). */
  services(ids: readonly number[]) {
    if (!ids.length) return Promise.resolve([]);
    return this.db.selectFrom('services').select(['id', 'code', 'name_ar', 'name_en']).where('id', 'in', ids).execute();
  }
}
