import { sql, type Kysely, type Transaction } from 'kysely';
import type { CaseStatus, Governorate } from '../../common/enums.ts';
import type { PublicationState } from '../../common/schemas/public-suggestion.schema.ts';
import type { DB } from '../db/schema.ts';

/** Filters of the public board; every one optional. */
export interface BoardFilter {
  entityId?: number;
  serviceId?: number;
  governorate?: Governorate;
  statuses?: CaseStatus[];
  /** Search words, each with its alternatives (common/arabic.ts `searchTermGroups`). */
  terms?: string[][];
  offset: number;
  limit: number;
}

/** Public suggestions SQL: publications, supports, thresholds, their figures. No rules. */
export class SuggestionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Records a citizen's request to publish a suggestion (inside the intake's transaction). */
  async request(tx: Kysely<DB>, caseId: number, text: string): Promise<void> {
    await tx.insertInto('suggestion_publications').values({ case_id: caseId, public_text: text }).execute();
  }

  /** A publication with its case, the case's entity and service. */
  private joined(db: Kysely<DB> = this.db) {
    return db
      .selectFrom('suggestion_publications as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .innerJoin('entities as e', 'e.id', 'c.entity_id')
      .innerJoin('services as s', 's.id', 'c.service_id');
  }

  /** The columns the board and the moderation list read: publication, case, entity, service. */
  private base(db: Kysely<DB> = this.db) {
    return this.joined(db)
      .select([
        'p.id',
        'p.case_id',
        'p.state',
        'p.public_text',
        'p.redacted',
        'p.requested_at',
        'p.moderated_at',
        'p.published_at',
        'p.support_count',
        'p.threshold_crossed_at',
        'p.threshold_required',
        'p.answer_due_at',
        'p.answered_at',
        'c.reference',
        'c.status',
        'c.description',
        'c.governorate',
        'c.entity_id',
        'c.service_id',
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
        's.code as service_code',
        's.name_ar as service_name_ar',
        's.name_en as service_name_en',
      ]);
  }

  /** Requests to publish of the entities given, in one state, oldest first. */
  moderationList(entityIds: number[], state: PublicationState, limit = 200) {
    return this.base()
      .where('c.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .where('p.state', '=', state)
      .orderBy('p.id')
      .limit(limit)
      .execute();
  }

  /** One publication with its case, whatever its state (staff check scope). */
  one(id: number, db?: Kysely<DB>) {
    return this.base(db).where('p.id', '=', id).executeTakeFirst();
  }

  /** Locks a publication for a change (moderation, support). */
  lock(tx: Transaction<DB>, id: number) {
    return tx.selectFrom('suggestion_publications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  /** Sets the moderation outcome; publishing also sets the public text and its search form. */
  async moderate(
    tx: Transaction<DB>,
    id: number,
    change: { state: 'published' | 'refused'; staffId: number; at: Date; publicText?: string; searchText?: string; redacted?: boolean },
  ): Promise<void> {
    await tx
      .updateTable('suggestion_publications')
      .set({
        state: change.state,
        moderated_by: change.staffId,
        moderated_at: change.at,
        ...(change.state === 'published' ? { published_at: change.at } : {}),
        ...(change.publicText !== undefined ? { public_text: change.publicText, search_text: change.searchText ?? '', redacted: change.redacted ?? false } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  /** Published suggestions on the board, newest first, with the total before paging. */
  async board(f: BoardFilter) {
    const q = this.base()
      .where('p.state', '=', 'published')
      .$if(f.entityId !== undefined, (q) => q.where('c.entity_id', '=', f.entityId!))
      .$if(f.serviceId !== undefined, (q) => q.where('c.service_id', '=', f.serviceId!))
      .$if(f.governorate !== undefined, (q) => q.where('c.governorate', '=', f.governorate!))
      .$if(f.statuses !== undefined, (q) => q.where('c.status', 'in', f.statuses!.length ? f.statuses! : ['-' as CaseStatus]))
      .$if(!!f.terms?.length, (q) =>
        q.where((eb) =>
          eb.and(f.terms!.map((alternatives) => eb.or(alternatives.map((t) => sql<boolean>`strpos(p.search_text, ${t}) > 0`)))),
        ),
      );
    const [rows, total] = await Promise.all([
      q.orderBy('p.published_at', 'desc').orderBy('p.id', 'desc').offset(f.offset).limit(f.limit).execute(),
      q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  }

  /** The plans of accepted suggestions (suggestion_plans): the planned action, cost band, target date. */
  async plans(caseIds: number[]): Promise<Map<number, Record<string, unknown>>> {
    if (!caseIds.length) return new Map();
    const rows = await this.db
      .selectFrom('suggestion_plans')
      .select(['case_id', 'plan', 'cost_band', sql<string>`to_char(target_date, 'YYYY-MM-DD')`.as('target_date')])
      .where('case_id', 'in', caseIds)
      .execute();
    return new Map(rows.map((r) => [Number(r.case_id), { plan: r.plan, costBand: r.cost_band, targetDate: r.target_date }]));
  }

  /** Which of these publications a citizen supports. */
  async supportedBy(citizenId: number, ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows = await this.db
      .selectFrom('suggestion_supports')
      .select('publication_id')
      .where('citizen_id', '=', citizenId)
      .where('publication_id', 'in', ids)
      .execute();
    return new Set(rows.map((r) => Number(r.publication_id)));
  }

  /** Adds a support; a citizen's second support is no support. Answers whether it was added. */
  async addSupport(tx: Transaction<DB>, publicationId: number, citizenId: number): Promise<boolean> {
    const rows = await tx
      .insertInto('suggestion_supports')
      .values({ publication_id: publicationId, citizen_id: citizenId })
      .onConflict((oc) => oc.columns(['publication_id', 'citizen_id']).doNothing())
      .returning('id')
      .execute();
    if (!rows.length) return false;
    await tx
      .updateTable('suggestion_publications')
      .set({ support_count: sql`support_count + 1` })
      .where('id', '=', publicationId)
      .execute();
    return true;
  }

  /** Records that the threshold was crossed, with the supporters it took and the answer's due time. */
  async markCrossed(tx: Transaction<DB>, id: number, at: Date, required: number, dueAt: Date): Promise<void> {
    await tx
      .updateTable('suggestion_publications')
      .set({ threshold_crossed_at: at, threshold_required: required, answer_due_at: dueAt })
      .where('id', '=', id)
      .where('threshold_crossed_at', 'is', null)
      .execute();
  }

  /** A case's own reporter (who is not added as a follower of their own case). */
  reporterOf(db: Kysely<DB>, caseId: number) {
    return db.selectFrom('cases').select(['citizen_id', 'contact_phone', 'contact_email']).where('id', '=', caseId).executeTakeFirstOrThrow();
  }

  /** A case's calendar inputs: its SLA policy, type and priority. */
  caseClock(db: Kysely<DB>, caseId: number) {
    return db.selectFrom('cases').select(['sla_policy_id', 'type', 'priority']).where('id', '=', caseId).executeTakeFirstOrThrow();
  }

  /** The thresholds that could apply to a case: its service's, and its entity's own. */
  thresholdsFor(db: Kysely<DB>, entityId: number, serviceId: number) {
    return db
      .selectFrom('suggestion_thresholds as t')
      .innerJoin('entities as e', 'e.id', 't.entity_id')
      .select(['t.id', 't.service_id', 't.supporters', 't.per_10k', 't.answer_minutes', 'e.population'])
      .where('t.entity_id', '=', entityId)
      .where((eb) => eb.or([eb('t.service_id', '=', serviceId), eb('t.service_id', 'is', null)]))
      .execute();
  }

  /** Thresholds of the entities given. */
  thresholds(entityIds: number[]) {
    return this.db
      .selectFrom('suggestion_thresholds as t')
      .innerJoin('entities as e', 'e.id', 't.entity_id')
      .leftJoin('services as s', 's.id', 't.service_id')
      .select(['t.id', 't.supporters', 't.per_10k', 't.answer_minutes', 'e.code as entity_code', 'e.name_ar', 'e.name_en', 's.code as service_code'])
      .where('t.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .orderBy('e.code')
      .orderBy('t.id')
      .execute();
  }

  /** Sets the threshold of an entity (service null) or of one of its services. */
  async putThreshold(
    tx: Transaction<DB>,
    t: { entityId: number; serviceId: number | null; supporters: number | null; per10k: number | null; answerMinutes: number },
  ): Promise<{ id: number; before: unknown }> {
    const existing = await tx
      .selectFrom('suggestion_thresholds')
      .selectAll()
      .where('entity_id', '=', t.entityId)
      .$if(t.serviceId === null, (q) => q.where('service_id', 'is', null))
      .$if(t.serviceId !== null, (q) => q.where('service_id', '=', t.serviceId!))
      .forUpdate()
      .executeTakeFirst();
    const values = { supporters: t.supporters, per_10k: t.per10k, answer_minutes: t.answerMinutes, updated_at: new Date() };
    if (existing) {
      await tx.updateTable('suggestion_thresholds').set(values).where('id', '=', existing.id).execute();
      return { id: Number(existing.id), before: existing };
    }
    const row = await tx
      .insertInto('suggestion_thresholds')
      .values({ entity_id: t.entityId, service_id: t.serviceId, ...values })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), before: null };
  }

  /** A service of an entity, by code. */
  serviceOf(db: Kysely<DB>, entityId: number, code: string) {
    return db.selectFrom('services').select(['id', 'code']).where('entity_id', '=', entityId).where('code', '=', code).executeTakeFirst();
  }

  /** Entity and service ids by code (for the board's filters). */
  async idsOf(entity?: string, service?: string): Promise<{ entityId?: number | null; serviceId?: number | null }> {
    const out: { entityId?: number | null; serviceId?: number | null } = {};
    if (entity) out.entityId = (await this.db.selectFrom('entities').select('id').where('code', '=', entity).executeTakeFirst())?.id ?? null;
    if (service) out.serviceId = (await this.db.selectFrom('services').select('id').where('code', '=', service).executeTakeFirst())?.id ?? null;
    return out;
  }

  /**
   * Answers owed, per entity and service, among published suggestions that crossed their threshold:
   * answered by the due time, answered after it, unanswered past it (overdue), unanswered before it.
   */
  answerFigures(entityIds: number[], now: Date) {
    return this.joined()
      .select([
        'e.code as entity_code',
        'e.name_ar as entity_name_ar',
        'e.name_en as entity_name_en',
        's.code as service_code',
        's.name_ar as service_name_ar',
        's.name_en as service_name_en',
        sql<number>`count(*)::int`.as('due'),
        sql<number>`count(*) filter (where p.answered_at <= p.answer_due_at)::int`.as('answered_on_time'),
        sql<number>`count(*) filter (where p.answered_at > p.answer_due_at)::int`.as('answered_late'),
        sql<number>`count(*) filter (where p.answered_at is null and p.answer_due_at < ${now})::int`.as('overdue'),
        sql<number>`count(*) filter (where p.answered_at is null and p.answer_due_at >= ${now})::int`.as('pending'),
      ])
      .where('p.state', '=', 'published')
      .where('p.threshold_crossed_at', 'is not', null)
      .where('c.entity_id', 'in', entityIds.length ? entityIds : [-1])
      .groupBy(['e.code', 'e.name_ar', 'e.name_en', 's.code', 's.name_ar', 's.name_en'])
      .orderBy('e.code')
      .orderBy('s.code')
      .execute();
  }

  /** Open data: every published suggestion, oldest first (no text, no person, no reference). */
  openData() {
    return this.joined()
      .select(['p.id', 'p.published_at', 'p.support_count', 'p.answer_due_at', 'p.answered_at', 'c.status', 'c.governorate', 'e.code as entity_code', 's.code as service_code'])
      .where('p.state', '=', 'published')
      .orderBy('p.id')
      .execute();
  }
}
