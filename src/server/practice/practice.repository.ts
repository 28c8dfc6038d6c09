import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, PracticeCardsTable } from '../db/schema.ts';

/** A reply text as stored, without its owner. */

/** SQL of practice cards, their publication, adoptions, and an entity's own policy and reply texts per service; no rules. */
export class PracticeRepository {
  constructor(private readonly db: Kysely<DB>) {}

  services() {
    return this.db.selectFrom('services').select(['id', 'code', 'name_ar', 'name_en', 'sla_policy_id']).orderBy('code').execute();
  }

  serviceByCode(code: string) {
    return this.db.selectFrom('services').select(['id', 'code', 'name_ar', 'name_en', 'sla_policy_id']).where('code', '=', code).executeTakeFirst();
  }

  entities() {
    return this.db.selectFrom('entities').select(['id', 'code', 'kind', 'parent_id', 'name_ar', 'name_en', 'population']).orderBy('id').execute();
  }

  /** The entity's own policy for a service, if it has one. */
  async entityPolicyId(entityId: number, serviceId: number, db: Kysely<DB> = this.db): Promise<number | undefined> {
    const r = await db.selectFrom('entity_service_policies').select('policy_id').where('entity_id', '=', entityId).where('service_id', '=', serviceId).executeTakeFirst();
    return r?.policy_id;
  }

  /**
   * Whether an entity handles a service: the service names it as its receiving entity, a route of the
   * service sends cases to it (or to it as a unit), or it holds a case of the service.
   */
  async handles(entityId: number, serviceId: number): Promise<boolean> {
    const r = await this.db
      .selectNoFrom((eb) =>
        eb
          .or([
            eb.exists(eb.selectFrom('services').select('id').where('id', '=', serviceId).where('entity_id', '=', entityId)),
            eb.exists(
              eb
                .selectFrom('service_routes')
                .select('id')
                .where('service_id', '=', serviceId)
                .where((w) => w.or([w('entity_id', '=', entityId), w('unit_id', '=', entityId)])),
            ),
            eb.exists(eb.selectFrom('cases').select('id').where('service_id', '=', serviceId).where('entity_id', '=', entityId)),
          ])
          .as('handles'),
      )
      .executeTakeFirstOrThrow();
    return Boolean(r.handles);
  }

  async defaultPolicyId(db: Kysely<DB> = this.db): Promise<number | undefined> {
    return (await db.selectFrom('sla_policies').select('id').where('is_default', '=', true).executeTakeFirst())?.id;
  }

  /** A policy with its calendar's code, targets and ladder. */
  async policy(id: number, db: Kysely<DB> = this.db) {
    const p = await db
      .selectFrom('sla_policies as p')
      .innerJoin('calendars as c', 'c.id', 'p.calendar_id')
      .select(['p.id', 'p.code', 'p.name_ar', 'p.name_en', 'p.calendar_id', 'c.code as calendar_code', 'p.pause_statuses', 'p.on_transfer', 'p.on_reopen'])
      .where('p.id', '=', id)
      .executeTakeFirst();
    if (!p) return undefined;
    const [targets, steps] = await Promise.all([
      db.selectFrom('sla_targets').select(['case_type', 'priority', 'unit', 'first_response_target', 'resolution_target']).where('policy_id', '=', id).orderBy('id').execute(),
      db.selectFrom('sla_escalation_steps').select(['at_percent', 'notify_roles', 'raise_level_to']).where('policy_id', '=', id).orderBy('at_percent').execute(),
    ]);
    return { ...p, targets, steps };
  }

  async setEntityPolicy(tx: Transaction<DB>, entityId: number, serviceId: number, policyId: number): Promise<void> {
    await tx
      .insertInto('entity_service_policies')
      .values({ entity_id: entityId, service_id: serviceId, policy_id: policyId })
      .onConflict((oc) => oc.columns(['entity_id', 'service_id']).doUpdateSet({ policy_id: policyId, updated_at: new Date() }))
      .execute();
  }

  async insertCard(values: Insertable<PracticeCardsTable>): Promise<number> {
    return (await this.db.insertInto('practice_cards').values(values).returning('id').executeTakeFirstOrThrow()).id;
  }

  async updateCard(id: number, values: Updateable<PracticeCardsTable>): Promise<void> {
    await this.db.updateTable('practice_cards').set(values).where('id', '=', id).execute();
  }

  private cardQuery(db: Kysely<DB> = this.db) {
    return db
      .selectFrom('practice_cards as k')
      .innerJoin('entities as e', 'e.id', 'k.entity_id')
      .innerJoin('services as s', 's.id', 'k.service_id')
      .selectAll('k')
      .select(['e.code as entity_code', 'e.name_ar as entity_name_ar', 'e.name_en as entity_name_en', 's.code as service_code', 's.name_ar as service_name_ar', 's.name_en as service_name_en']);
  }

  card(id: number, db: Kysely<DB> = this.db) {
    return this.cardQuery(db).where('k.id', '=', id).executeTakeFirst();
  }

  /** Cards of these entities ('all': every card), newest first. */
  cards(entityIds: number[] | 'all') {
    return this.cardQuery()
      .$if(entityIds !== 'all', (q) => q.where('k.entity_id', 'in', entityIds === 'all' || !entityIds.length ? [-1] : entityIds))
      .orderBy('k.updated_at', 'desc')
      .orderBy('k.id', 'desc')
      .execute();
  }

  publications(cardIds: number[]) {
    if (!cardIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('practice_card_publications as p')
      .leftJoin('entities as e', 'e.id', 'p.entity_id')
      .select(['p.id', 'p.card_id', 'p.entity_id', 'e.code as entity_code', 'p.note_ar', 'p.note_en', 'p.published_at'])
      .where('p.card_id', 'in', cardIds)
      .orderBy('p.id')
      .execute();
  }

  /** Recommends a card to these entities (null: every entity); a repeat keeps the first. */
  async publish(tx: Transaction<DB>, cardId: number, entityIds: (number | null)[], note: { ar: string; en: string }, staffId: number): Promise<void> {
    for (const entityId of entityIds) {
      const exists = await tx
        .selectFrom('practice_card_publications')
        .select('id')
        .where('card_id', '=', cardId)
        .where((eb) => (entityId === null ? eb('entity_id', 'is', null) : eb('entity_id', '=', entityId)))
        .executeTakeFirst();
      if (exists) continue;
      await tx.insertInto('practice_card_publications').values({ card_id: cardId, entity_id: entityId, note_ar: note.ar, note_en: note.en, published_by: staffId }).execute();
    }
  }

  /** Cards recommended to an entity (by name or to all), not its own, newest first. */
  recommendedTo(entityId: number) {
    return this.cardQuery()
      .innerJoin('practice_card_publications as p', 'p.card_id', 'k.id')
      .select(['p.note_ar', 'p.note_en', 'p.published_at'])
      .where((eb) => eb.or([eb('p.entity_id', '=', entityId), eb('p.entity_id', 'is', null)]))
      .where('k.entity_id', '<>', entityId)
      .orderBy('p.published_at', 'desc')
      .execute();
  }

  async insertAdoption(tx: Transaction<DB>, values: Insertable<DB['practice_adoptions']>): Promise<number> {
    return (await tx.insertInto('practice_adoptions').values(values).returning('id').executeTakeFirstOrThrow()).id;
  }

  private adoptionQuery() {
    return this.db
      .selectFrom('practice_adoptions as a')
      .innerJoin('entities as e', 'e.id', 'a.entity_id')
      .innerJoin('entities as src', 'src.id', 'a.source_entity_id')
      .innerJoin('services as s', 's.id', 'a.service_id')
      .innerJoin('practice_cards as k', 'k.id', 'a.card_id')
      .select([
        'a.id', 'a.card_id', 'a.entity_id', 'a.service_id', 'a.source_entity_id', 'a.copied', 'a.replaced', 'a.adopted_at',
        'e.code as entity_code', 'e.name_ar as entity_name_ar', 'e.name_en as entity_name_en',
        'src.code as source_code', 'src.name_ar as source_name_ar', 'src.name_en as source_name_en',
        's.code as service_code', 's.name_ar as service_name_ar', 's.name_en as service_name_en',
        'k.title_ar', 'k.title_en',
      ]);
  }

  /** Adoptions by these entities ('all': every one), newest first; `since` limits to those from then on. */
  adoptions(entityIds: number[] | 'all', range: { from?: Date; to?: Date } = {}) {
    return this.adoptionQuery()
      .$if(entityIds !== 'all', (q) => q.where('a.entity_id', 'in', entityIds === 'all' || !entityIds.length ? [-1] : entityIds))
      .$if(range.from !== undefined, (q) => q.where('a.adopted_at', '>=', range.from!))
      .$if(range.to !== undefined, (q) => q.where('a.adopted_at', '<', range.to!))
      .orderBy('a.adopted_at', 'desc')
      .orderBy('a.id', 'desc')
      .execute();
  }

  adoption(id: number) {
    return this.adoptionQuery().where('a.id', '=', id).executeTakeFirst();
  }
}
