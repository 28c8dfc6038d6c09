import type { Kysely } from 'kysely';
import type { CardInput, CardPatch, PublishInput } from '../../common/schemas/practice.schema.ts';
import type { AccessService } from '../access/access.service.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { StaffActor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import type { SlaAdminRepository } from '../sla/sla-admin.repository.ts';
import type { SlaService } from '../sla/sla.service.ts';
import type { BenchmarkService } from './benchmark.service.ts';
import { presentAdoption, presentCard, presentEffect, type PolicySnapshot, type TemplateSnapshot } from './practice.presenter.ts';
import type { ReplyRepository } from '../replies/reply.repository.ts';
import type { PracticeRepository } from './practice.repository.ts';

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
const empty = { ar: '', en: '' };

/**
 * Practice cards: an entity writes down what it does for a service (its targets and reply texts as
 * in force, steps, unit set-up, figures); the ministry recommends a card; a receiving entity adopts
 * it in one audited copy; the before/after comparison follows.
 */
export class PracticeService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: PracticeRepository,
    private readonly access: AccessService,
    private readonly audit: AuditRepository,
    private readonly sla: SlaService,
    private readonly slaAdmin: SlaAdminRepository,
    private readonly benchmarks: BenchmarkService,
    /** Reply texts (src/server/replies): a card saves them, an adoption copies them. */
    private readonly replies: ReplyRepository,
  ) {}

  private async service(code: string) {
    const s = await this.repo.serviceByCode(code);
    if (!s) throw errors.serviceNotFound(code);
    return s;
  }

  /** The policy an entity's cases of a service run on: its own, else the service's, else the default. */
  async policyInForce(entityId: number, service: { id: number; sla_policy_id: number | null }, db: Kysely<DB> = this.db): Promise<PolicySnapshot | null> {
    const id = (await this.repo.entityPolicyId(entityId, service.id, db)) ?? service.sla_policy_id ?? (await this.repo.defaultPolicyId(db));
    const p = id === undefined ? undefined : await this.repo.policy(id, db);
    if (!p) return null;
    return {
      code: p.code,
      calendarCode: p.calendar_code,
      pauseStatuses: p.pause_statuses,
      onTransfer: p.on_transfer,
      onReopen: p.on_reopen,
      targets: p.targets.map((t) => ({ caseType: t.case_type, priority: t.priority, unit: t.unit, firstResponseTarget: t.first_response_target, resolutionTarget: t.resolution_target })),
      steps: p.steps.map((s) => ({ atPercent: s.at_percent, notifyRoles: s.notify_roles, raiseLevelTo: s.raise_level_to })),
    };
  }

  private async templatesOf(entityId: number, serviceId: number, db: Kysely<DB> = this.db): Promise<TemplateSnapshot[]> {
    return (await this.replies.forService(entityId, serviceId, db)).map((t) => ({ name: t.name, body: { ar: t.body_ar, en: t.body_en }, position: t.position }));
  }

  /** An entity's configuration for a service as a card or an adoption sees it: the policy in force and its reply texts. */
  async configuration(actor: StaffActor, serviceCode: string, entityCode?: string) {
    const entityId = await this.entityIn(actor, 'practice_card', 'read', entityCode);
    const s = await this.service(serviceCode);
    return { policy: await this.policyInForce(entityId, s), templates: await this.templatesOf(entityId, s.id) };
  }

  /** The entity an actor acts for: the one named (within reach), or their own. */
  private async entityIn(actor: StaffActor, thing: 'practice_card' | 'practice_adoption' | 'notification_template', action: 'read' | 'write', code?: string): Promise<number> {
    const ids = await this.access.entityIds(actor, thing, action);
    const id = code === undefined ? actor.entityId : (await this.access.entityByCode(code))?.id;
    if (id === undefined || !ids.includes(id)) throw errors.notFound('entity');
    return id;
  }

  private async figuresFor(entityId: number, serviceId: number) {
    const p = await this.benchmarks.defaultPeriod();
    const rows = (await this.benchmarks.rowsByService(p, serviceId)).get(serviceId) ?? [];
    const own = rows.find((r) => r.entity.id === entityId);
    return { period: p, received: own?.received ?? 0, rank: own?.rank ?? null, of: rows.length, score: own?.score ?? null, figures: own?.figures ?? null };
  }

  async createCard(actor: StaffActor, input: CardInput) {
    const entityId = await this.entityIn(actor, 'practice_card', 'write', input.entityCode);
    const s = await this.service(input.serviceCode);
    if (!(await this.repo.handles(entityId, s.id))) throw errors.serviceNotHandled(s.code);
    const policy = await this.policyInForce(entityId, s);
    if (!policy) throw errors.field('serviceCode', 'no_policy', 'The service has no SLA policy to describe');
    const id = await this.repo.insertCard({
      entity_id: entityId,
      service_id: s.id,
      title_ar: input.title.ar,
      title_en: input.title.en,
      summary_ar: (input.summary ?? empty).ar,
      summary_en: (input.summary ?? empty).en,
      unit_setup_ar: (input.unitSetup ?? empty).ar,
      unit_setup_en: (input.unitSetup ?? empty).en,
      checklist: JSON.stringify(input.checklist ?? []),
      policy: JSON.stringify(policy),
      templates: JSON.stringify(await this.templatesOf(entityId, s.id)),
      figures: JSON.stringify(await this.figuresFor(entityId, s.id)),
      created_by: actor.id,
    });
    await this.audit.record({ actorStaffId: actor.id, action: 'practice_card.create', targetType: 'practice_card', targetId: String(id), entityId, after: input });
    return this.card(actor, id);
  }

  async updateCard(actor: StaffActor, id: number, patch: CardPatch) {
    const card = await this.repo.card(id);
    const ids = await this.access.entityIds(actor, 'practice_card', 'write');
    if (!card || !ids.includes(card.entity_id)) {
      // Another entity's card that the actor may read is refused as such; one they cannot see is not found.
      if (card && (await this.mayRead(actor, card))) throw errors.forbidden('Only the entity that wrote a card edits it.');
      throw errors.notFound('practice card');
    }
    const service = { id: card.service_id, sla_policy_id: (await this.repo.services()).find((s) => s.id === card.service_id)?.sla_policy_id ?? null };
    await this.repo.updateCard(id, {
      ...(patch.title ? { title_ar: patch.title.ar, title_en: patch.title.en } : {}),
      ...(patch.summary ? { summary_ar: patch.summary.ar, summary_en: patch.summary.en } : {}),
      ...(patch.unitSetup ? { unit_setup_ar: patch.unitSetup.ar, unit_setup_en: patch.unitSetup.en } : {}),
      ...(patch.checklist ? { checklist: JSON.stringify(patch.checklist) } : {}),
      ...(patch.refresh
        ? {
            policy: JSON.stringify(await this.policyInForce(card.entity_id, service)),
            templates: JSON.stringify(await this.templatesOf(card.entity_id, card.service_id)),
            figures: JSON.stringify(await this.figuresFor(card.entity_id, card.service_id)),
          }
        : {}),
      updated_at: new Date(),
    });
    await this.audit.record({ actorStaffId: actor.id, action: 'practice_card.update', targetType: 'practice_card', targetId: String(id), entityId: card.entity_id, after: patch });
    return this.card(actor, id);
  }

  private async mayRead(actor: StaffActor, card: { id: number; entity_id: number }): Promise<boolean> {
    if ((await this.access.entityIds(actor, 'practice_card', 'read')).includes(card.entity_id)) return true;
    if (!(await this.access.allows(actor, 'practice_publication', 'read'))) return false;
    return (await this.repo.recommendedTo(actor.entityId)).some((r) => r.id === card.id);
  }

  async card(actor: StaffActor, id: number) {
    const card = await this.repo.card(id);
    if (!card || !(await this.mayRead(actor, card))) throw errors.notFound('practice card');
    const pubs = (await this.access.allows(actor, 'practice_publication', 'write')) ? await this.repo.publications([id]) : [];
    return presentCard(card, pubs);
  }

  /** Cards of the entities the actor reads (the ministry: all), with their publications for those who publish. */
  async cards(actor: StaffActor) {
    const reach = await this.access.entities(actor, 'practice_card', 'read');
    const rows = await this.repo.cards(reach);
    const pubs = (await this.access.allows(actor, 'practice_publication', 'write')) ? await this.repo.publications(rows.map((r) => r.id)) : [];
    return rows.map((r) => presentCard(r, pubs.filter((p) => p.card_id === r.id)));
  }

  /** The ministry recommends a card to chosen entities, or to all. */
  async publish(actor: StaffActor, id: number, input: PublishInput) {
    await this.access.assert(actor, 'practice_publication', 'write');
    const card = await this.repo.card(id);
    if (!card) throw errors.notFound('practice card');
    let targets: (number | null)[] = [null];
    if (input.entities !== 'all') {
      targets = [];
      for (const code of input.entities) {
        const e = await this.access.entityByCode(code);
        if (!e) throw errors.field('entities', 'unknown_entity', `No entity ${code}`);
        if (e.id !== card.entity_id) targets.push(e.id);
      }
    }
    await this.db.transaction().execute(async (tx) => {
      await this.repo.publish(tx, id, targets, input.note ?? empty, actor.id);
      await this.audit.record({ actorStaffId: actor.id, action: 'practice_card.publish', targetType: 'practice_card', targetId: String(id), entityId: card.entity_id, after: input }, tx);
    });
    return this.card(actor, id);
  }

  /** Cards recommended to the actor's entity, with whether it adopted each. */
  async recommendations(actor: StaffActor) {
    await this.access.assert(actor, 'practice_publication', 'read');
    const [rows, adopted] = await Promise.all([this.repo.recommendedTo(actor.entityId), this.repo.adoptions([actor.entityId])]);
    const seen = new Set<number>();
    return rows
      .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
      .map((r) => ({
        card: presentCard(r, []),
        note: { ar: r.note_ar, en: r.note_en },
        publishedAt: new Date(r.published_at).toISOString(),
        adoptionId: adopted.find((a) => a.card_id === r.id)?.id ?? null,
      }));
  }

  /**
   * Adopts a card recommended to the actor's entity, in one transaction with one audit entry: the
   * entity's policy for the service gets the card's targets and ladder (on the entity's own working
   * calendar), and its reply texts for the service become the card's. Both stay editable.
   */
  async adopt(actor: StaffActor, id: number) {
    await this.access.assert(actor, 'practice_adoption', 'write');
    const entityId = actor.entityId;
    const card = await this.repo.card(id);
    if (!card || !(await this.repo.recommendedTo(entityId)).some((r) => r.id === id)) throw errors.notFound('recommended practice card');
    const service = (await this.repo.services()).find((s) => s.id === card.service_id)!;
    const entity = (await this.repo.entities()).find((e) => e.id === entityId)!;
    const policy = json<PolicySnapshot>(card.policy);
    const templates = json<TemplateSnapshot[]>(card.templates);
    // The entity keeps its own working calendar: the targets travel, the working hours do not.
    const calendarCode = (await this.policyInForce(entityId, service))?.calendarCode ?? policy.calendarCode;
    const calendarId = await this.slaAdmin.calendarIdByCode(calendarCode);
    if (calendarId === undefined) throw errors.notFound('calendar');
    const adoptionId = await this.db.transaction().execute(async (tx) => {
      const before = { policy: await this.policyInForce(entityId, service, tx), templates: await this.templatesOf(entityId, service.id, tx) };
      const code = `e${entityId}-s${service.id}`;
      const policyId = await this.slaAdmin.upsertPolicy(tx, code, {
        name_ar: `${entity.name_ar} — ${service.name_ar}`.slice(0, 200),
        name_en: `${entity.name_en} — ${service.name_en}`.slice(0, 200),
        calendar_id: calendarId,
        pause_statuses: policy.pauseStatuses,
        on_transfer: policy.onTransfer,
        on_reopen: policy.onReopen,
        is_default: false,
      });
      await this.slaAdmin.replaceTargets(
        tx,
        policyId,
        policy.targets.map((t) => ({ case_type: t.caseType, priority: t.priority, unit: t.unit, first_response_target: t.firstResponseTarget, resolution_target: t.resolutionTarget })),
      );
      await this.slaAdmin.replaceSteps(tx, policyId, policy.steps.map((s) => ({ at_percent: s.atPercent, notify_roles: s.notifyRoles, raise_level_to: s.raiseLevelTo })));
      await this.repo.setEntityPolicy(tx, entityId, service.id, policyId);
      await this.replies.replace(
        tx,
        entityId,
        service.id,
        templates.map((t) => ({ name: t.name, body_ar: t.body.ar, body_en: t.body.en, position: t.position })),
        actor.id,
      );
      const copied = { policy: { ...policy, code, calendarCode }, templates };
      const adoption = await this.repo.insertAdoption(tx, {
        card_id: id,
        entity_id: entityId,
        service_id: service.id,
        source_entity_id: card.entity_id,
        copied: JSON.stringify(copied),
        replaced: JSON.stringify(before),
        adopted_by: actor.id,
      });
      await this.audit.record(
        { actorStaffId: actor.id, action: 'practice_card.adopt', targetType: 'practice_adoption', targetId: String(adoption), entityId, before, after: { card: id, ...copied } },
        tx,
      );
      return adoption;
    });
    this.sla.invalidate();
    return this.adoption(actor, adoptionId);
  }

  async adoptions(actor: StaffActor) {
    return (await this.repo.adoptions(await this.access.entities(actor, 'practice_adoption', 'read'))).map(presentAdoption);
  }

  private async visibleAdoption(actor: StaffActor, id: number) {
    const a = await this.repo.adoption(id);
    if (!a || !(await this.access.entityIds(actor, 'practice_adoption', 'read')).includes(a.entity_id)) throw errors.notFound('adoption');
    return a;
  }

  async adoption(actor: StaffActor, id: number) {
    return presentAdoption(await this.visibleAdoption(actor, id));
  }

  /** Did it work: the adopter's and the source's figures for the service, `days` before and after the adoption. */
  async effect(actor: StaffActor, id: number, days = 30) {
    const a = await this.visibleAdoption(actor, id);
    const r = await this.benchmarks.beforeAfter(a.service_id, [a.entity_id, a.source_entity_id], new Date(a.adopted_at), days);
    return presentEffect(a, r);
  }
}
