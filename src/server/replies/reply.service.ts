import type { ReplyTemplateAction, ReplyTemplateInput, ReplyTemplatePatch, RenderedReply } from '../../common/schemas/reply.schema.ts';
import { localDate } from '../../common/zoned-time.ts';
import type { AccessService } from '../access/access.service.ts';
import type { CaseGate } from '../access/case-gate.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Actor, StaffActor } from '../auth/actor.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import { errors } from '../http/errors.ts';
import { bodyIn, firstNameOf, renderReply } from './reply-render.ts';
import type { ReplyRepository } from './reply.repository.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * Canned replies: an entity's reply texts and the root entity's (national, shared with every entity
 * below it), with the action each goes with and how often it was used; filled in for a case in the
 * case's language for staff to edit before they send.
 */
export class ReplyService {
  constructor(
    private readonly repo: ReplyRepository,
    private readonly access: AccessService,
    private readonly audit: AuditRepository,
    private readonly catalogue: CatalogueService,
    private readonly gate: CaseGate,
    private readonly timeZone: string,
  ) {}

  /** The actor's entity's texts and those shared down to it (national first); only its own are editable. */
  async list(actor: StaffActor) {
    await this.access.assert(actor, 'notification_template', 'read');
    const chain = await this.repo.chain(actor.entityId);
    const root = chain[chain.length - 1]!;
    return (await this.repo.ofEntities(chain, root)).map((t) => ({
      id: t.id,
      serviceCode: t.service_code,
      name: t.name,
      body: { ar: t.body_ar, en: t.body_en },
      action: t.action as ReplyTemplateAction,
      position: t.position,
      national: t.entity_id === root,
      editable: t.entity_id === actor.entityId,
      useCount: t.use_count,
      lastUsedAt: iso(t.last_used_at),
      updatedAt: iso(t.updated_at)!,
    }));
  }

  async add(actor: StaffActor, input: ReplyTemplateInput) {
    await this.access.assert(actor, 'notification_template', 'write');
    let serviceId: number | null = null;
    if (input.serviceCode) {
      const service = await this.catalogue.get(input.serviceCode);
      if (!service) throw errors.serviceNotFound(input.serviceCode);
      serviceId = service.id;
    }
    const id = await this.repo.insert({
      entity_id: actor.entityId,
      service_id: serviceId,
      name: input.name,
      body_ar: input.body.ar,
      body_en: input.body.en,
      action: input.action ?? 'none',
      position: input.position ?? 0,
      updated_by: actor.id,
    });
    await this.audit.record({ actorStaffId: actor.id, action: 'reply_template.create', targetType: 'reply_template', targetId: String(id), entityId: actor.entityId, after: input });
    return { id };
  }

  async update(actor: StaffActor, id: number, patch: ReplyTemplatePatch) {
    await this.access.assert(actor, 'notification_template', 'write');
    const before = await this.repo.byId(id);
    if (!before || before.entity_id !== actor.entityId) throw errors.notFound('reply template');
    await this.repo.update(id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.body ? { body_ar: patch.body.ar, body_en: patch.body.en } : {}),
      ...(patch.action !== undefined ? { action: patch.action } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
      updated_by: actor.id,
      updated_at: new Date(),
    });
    await this.audit.record({ actorStaffId: actor.id, action: 'reply_template.update', targetType: 'reply_template', targetId: String(id), entityId: actor.entityId, before, after: patch });
  }

  /**
   * The texts a case may be answered with, filled in for it in its language: the holding entity's
   * and those shared down to it, for the case's service or for every service. The citizen's first
   * name is filled only for staff who may see the case's personal data.
   */
  async forCase(actor: Actor, reference: string): Promise<RenderedReply[]> {
    const { row, personalData, who } = await this.gate.open(actor, reference, undefined);
    // Reply texts are staff's tools: the case's own citizen reaches the case but gets none.
    if (!who.staff) return [];
    const chain = await this.repo.chain(row.entity_id);
    const root = chain[chain.length - 1];
    const language = row.language;
    const values = {
      reference: row.reference,
      service: language === 'en' ? row.service_name_en : row.service_name_ar,
      dueDate: row.resolution_due_at ? localDate(new Date(row.resolution_due_at), this.timeZone) : '',
      firstName: personalData ? firstNameOf(row.contact_name) : '',
      staffName: who.staff?.name ?? '',
    };
    return (await this.repo.forCase(chain, row.service_id)).map((t) => ({
      id: t.id,
      name: t.name,
      action: t.action as ReplyTemplateAction,
      national: t.entity_id === root,
      language,
      body: renderReply(bodyIn(t, language), values),
    }));
  }
}
