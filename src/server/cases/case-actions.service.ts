import type { Kysely, Updateable } from 'kysely';
import { parseReference } from '../../common/reference.ts';
import type { actionBodySchemas } from '../../common/schemas/case-actions.schema.ts';
import type { z } from 'zod';
import type { AccessService } from '../access/access.service.ts';
import type { CaseAccess, CaseGate, TrackingPass } from '../access/case-gate.ts';
import type { Actor } from '../auth/actor.ts';
import type { CatalogueService, Service } from '../catalogue/catalogue.service.ts';
import type { Config } from '../config.ts';
import type { Tx } from '../db/database.ts';
import type { CasesTable, DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { notificationsFor } from '../notify/case-notices.ts';
import { enqueue } from '../notify/outbox.ts';
import type { PlaceRouter } from '../places/place-router.ts';
import type { ClockChange, SlaService } from '../sla/sla.service.ts';
import { adoptFollowers } from '../similar/followers.ts';
import type { CaseRepository, CaseRow, NewEvent } from './case.repository.ts';
import { routeCase, type CaseRoute } from './case-routing.ts';
import type { CaseViewService } from './case-view.service.ts';
import type { ReplyRepository } from '../replies/reply.repository.ts';
import type { SuggestionPlanRepository } from './suggestion-plan.repository.ts';
import type { AttachmentStore } from '../attachments/attachment.store.ts';
import type { IncomingFile } from './case.service.ts';
import { assignableRoles, assignsOnlySelf, caseFacts, decide, type CaseAction } from './workflow.ts';
import { localDate } from '../../common/zoned-time.ts';

type Bodies = { [A in CaseAction]: z.infer<(typeof actionBodySchemas)[A]> };

/** The actions that may carry files: the first event each appends is the one the files belong to. */
export const fileActions: readonly CaseAction[] = ['reply', 'request-info', 'citizen-reply', 'note', 'resolve', 'implement'];

/** A change of service as read before its transaction (see prepareServiceChange). */
interface PreparedServiceChange {
  requested: string;
  service: Service | undefined;
  /** The case's version when it was read. */
  version: number;
  route?: CaseRoute;
}

interface Effect {
  changes: Updateable<CasesTable>;
  events: Omit<NewEvent, 'caseId' | 'actorType' | 'actorId'>[];
  after?: (tx: Tx) => Promise<void>;
  /** The clock's answer when the action decides it itself (a change of service); else the status change's. */
  clock?: ClockChange;
}

/**
 * Every change to a case goes through here: one transaction that opens and locks the case, checks
 * the version the client saw, asks the transition table, applies the action's effect and appends
 * its events. Each action's effect is one named function below.
 */
export class CaseActionService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly repo: CaseRepository,
    private readonly access: AccessService,
    private readonly config: Config,
    private readonly sla: SlaService,
    private readonly gate: CaseGate,
    private readonly views: CaseViewService,
    private readonly catalogue: CatalogueService,
    private readonly plans: SuggestionPlanRepository,
    /** Where files added with an action are kept. */
    private readonly store: AttachmentStore,
    /** Reply texts (src/server/replies): an action sent from one counts a use of it. */
    private readonly replies: ReplyRepository,
    /** Routing by place and by rule, as at intake (change-service); without it, by the case's governorate. */
    private readonly router?: PlaceRouter,
  ) {}

  /**
   * `POST /cases/{reference}/actions/{action}`: opens the case as the actor may reach it (404
   * otherwise), applies the action and answers the case as the actor now sees it — or, when the
   * action took it out of their reach (a transfer, a change of service), its bare facts. The case is
   * read once, locked; the update answers the row it leaves (with its names), and the answer is built
   * from that, without reading the case again. `expectedVersion` is
   * the version the client saw (If-Match), asked for once the case is open.
   */
  async perform<A extends CaseAction>(
    actor: Actor,
    reference: string,
    pass: TrackingPass | undefined,
    action: A,
    body: Bodies[A],
    expectedVersion: () => number | undefined,
    /** Files received with the action (already type- and size-checked); kept only if the action is. */
    files: IncomingFile[] = [],
  ) {
    if (files.length && !fileActions.includes(action)) throw errors.field('files', 'files_not_allowed', `The ${action} action takes no files`);
    await this.sla.ready();
    // What a change of service reads (the catalogue, boundaries, rules) is read before the transaction.
    const prepared = action === 'change-service' ? await this.prepareServiceChange(actor, reference, pass, body as Bodies['change-service']) : undefined;
    const { opened, row } = await this.gate.guard(reference, pass, () =>
      this.db.transaction().execute(async (tx) => {
        const opened = await this.gate.openForUpdate(tx, actor, reference, pass);
        // Read once the case is open: an unknown case answers 404 whatever the request's version says.
        const version = expectedVersion();
        if (version === undefined) throw errors.versionRequired();
        return { opened, row: await this.apply(tx, opened.who, opened.row, action, body, version, prepared, files) };
      }),
    );
    const reach = opened.reachAfter(row);
    if (reach.reachable) return this.views.present(row, opened.who, reach.personalData);
    return {
      reference: row.reference,
      status: row.status,
      version: row.version,
      entity: { code: row.entity_code, name: { ar: row.entity_name_ar, en: row.entity_name_en } },
      allowedActions: [] as never[],
    };
  }

  /** An action taken for a case's citizen by the system (a relayed reply), on a case already found. */
  async act<A extends CaseAction>(who: CaseAccess, action: A, body: Bodies[A], expectedVersion: number | undefined): Promise<void> {
    if (expectedVersion === undefined) throw errors.versionRequired();
    await this.sla.ready();
    await this.db.transaction().execute(async (tx) => this.apply(tx, who, await this.repo.lock(tx, who.caseId), action, body, expectedVersion));
  }

  private async apply(
    tx: Tx,
    who: CaseAccess,
    row: CaseRow,
    action: CaseAction,
    body: Bodies[CaseAction],
    expectedVersion: number,
    prepared?: PreparedServiceChange,
    files: IncomingFile[] = [],
  ): Promise<CaseRow> {
    if (row.version !== expectedVersion) throw errors.versionConflict();
    const verdict = decide(action, who.role, caseFacts(row, this.config.reopenWindowDays));
    if (!verdict.ok) {
      if (verdict.reason === 'role') throw errors.actionForbidden(action);
      if (verdict.reason === 'window') throw errors.reopenWindowClosed();
      if (verdict.reason === 'rated') throw errors.alreadyRated();
      throw errors.actionNotAllowed(action, row.status);
    }
    const effect = await this.effect(tx, who, action, body, row, prepared);
    const templateId = (body as { templateId?: number }).templateId;
    if (templateId !== undefined) await this.countTemplateUse(tx, templateId, row.entity_id);
    const maxPerCase = this.config.attachments.maxPerCase ?? 20;
    if (files.length && (await this.repo.attachmentCount(tx, row.id)) + files.length > maxPerCase) throw errors.tooManyAttachments(maxPerCase);
    const changes: Updateable<CasesTable> = { ...effect.changes };
    const events = [...effect.events];
    if (verdict.to !== row.status) {
      changes.status = verdict.to;
      if (!events.some((e) => (e.data as { to?: string } | undefined)?.to === verdict.to)) {
        events.push({ kind: 'status_changed', visibility: 'public', data: { from: row.status, to: verdict.to } });
      }
    }
    const clock = effect.clock ?? this.sla.onChange(row, changes.status ?? row.status, new Date(), {
      firstResponse: effect.changes.first_responded_at !== undefined,
      transfer: action === 'transfer',
      reopen: action === 'reopen',
    });
    Object.assign(changes, clock.changes);
    events.push(...clock.events.map((e) => ({ kind: e.kind, visibility: 'internal' as const, data: e.data })));
    // The effect's own writes (a plan, a master case's event and followers) come first: none of them
    // changes what the case's row reads, which the update answers in the same statement.
    await effect.after?.(tx);
    const after = await this.repo.updateAndRead(tx, row.id, changes);
    const eventIds = await this.repo.insertEvents(
      tx,
      events.map((e) => ({
        ...e,
        caseId: row.id,
        actorType: who.staff ? 'staff' : 'citizen',
        actorId: who.staff?.id ?? who.citizenId ?? null,
      })),
    );
    if (files.length) await this.keepFiles(tx, row.id, eventIds[0]!, files);
    const holder = { ar: after.entity_name_ar, en: after.entity_name_en };
    await enqueue(tx, notificationsFor(action, row, { changes, events, holder }, who.staff?.id));
    return after;
  }

  /**
   * Keeps an action's files in the store and ties them to the event that carried them (the action's
   * first), so they show beside it in the timeline and share its visibility (a note's stay internal).
   * Kept only once every check has passed: a refused action keeps nothing.
   */
  private async keepFiles(tx: Tx, caseId: number, eventId: number, files: IncomingFile[]): Promise<void> {
    const kept = [];
    for (const f of files) kept.push({ ...(await this.store.keep(f.staged)), mediaType: f.mediaType, fileName: f.fileName });
    await this.repo.addAttachments(tx, caseId, eventId, kept);
  }

  private async effect(tx: Tx, who: CaseAccess, action: CaseAction, body: Bodies[CaseAction], row: CaseRow, prepared?: PreparedServiceChange): Promise<Effect> {
    const b = body as Record<string, unknown> & { body?: string };
    const firstResponse = row.first_responded_at === null ? { first_responded_at: new Date() } : {};
    switch (action) {
      case 'assign':
        return this.assign(tx, who, row, b.assigneeId as number);
      case 'start':
        return { changes: row.assignee_id === null && who.staff ? { assignee_id: who.staff.id } : {}, events: [] };
      case 'reply':
        return { changes: firstResponse, events: [{ kind: 'public_reply', visibility: 'public', body: b.body }] };
      case 'note':
        return { changes: {}, events: [{ kind: 'internal_note', visibility: 'internal', body: b.body }] };
      case 'request-info':
        return {
          changes: firstResponse,
          events: [{ kind: 'info_requested', visibility: 'public', body: b.body, data: { from: row.status, to: 'awaiting_citizen' } }],
        };
      case 'citizen-reply':
        return { changes: {}, events: [{ kind: 'citizen_replied', visibility: 'public', body: b.body }] };
      case 'resolve':
        return {
          changes: { ...firstResponse, resolved_at: new Date() },
          events: [{ kind: 'public_reply', visibility: 'public', body: b.body, data: { from: row.status, to: 'resolved', resolution: true } }],
        };
      case 'reject':
        return this.reject(tx, row, b.reasonCode as string, b.body);
      case 'close':
        return {
          changes: { closed_at: new Date() },
          events: [{ kind: 'status_changed', visibility: 'public', body: b.body ?? null, data: { from: row.status, to: 'closed' } }],
        };
      case 'transfer':
        return this.transfer(tx, who, row, b.entityCode as string, b.reason as string);
      case 'change-service':
        return this.changeService(who, row, prepared!, b.note as string | undefined);
      case 'merge':
        return this.merge(tx, who, row, b.masterReference as string);
      case 'priority':
        if (b.priority === row.priority) throw errors.field('priority', 'same_priority', 'The case already has this priority');
        return {
          changes: { priority: b.priority as CaseRow['priority'] },
          events: [{ kind: 'priority_changed', visibility: 'internal', data: { from: row.priority, to: b.priority } }],
        };
      case 'rate':
        return {
          changes: { rating: b.rating as number, rating_comment: (b.comment as string | undefined) ?? null, rated_at: new Date() },
          events: [{ kind: 'rated', visibility: 'public', body: (b.comment as string | undefined) ?? null, data: { rating: b.rating } }],
        };
      case 'reopen':
        return {
          changes: { reopen_count: row.reopen_count + 1, resolved_at: null, closed_at: null },
          events: [{ kind: 'reopened', visibility: 'public', body: b.body }],
        };
      case 'study':
        return { changes: firstResponse, events: [{ kind: 'status_changed', visibility: 'public', body: b.body ?? null, data: { from: row.status, to: 'under_study' } }] };
      case 'accept':
        return this.accept(tx, who, row, body as Bodies['accept']);
      case 'implement':
        // Carried out: counted as resolved by the indicators (resolved_at), and rated as a resolution is.
        return {
          changes: { ...firstResponse, resolved_at: new Date() },
          events: [{ kind: 'status_changed', visibility: 'public', body: b.body, data: { from: row.status, to: 'implemented' } }],
          after: (t) => this.plans.implement(t, row.id, b.body!),
        };
      case 'decline':
        return this.reject(tx, row, b.reasonCode as string, b.body, 'declined');
    }
  }

  /**
   * Accepts a suggestion with its plan: the owner unit is one the actor's scope reaches, the target
   * date is today or later on the deployment's calendar. The plan is stored and published on the
   * public timeline (the accepting event's data), and the decision clock stops (SlaService).
   */
  private async accept(tx: Tx, who: CaseAccess, row: CaseRow, b: Bodies['accept']): Promise<Effect> {
    const scope = await this.access.visibleEntityIds(who.staff!, tx);
    const unit = await this.plans.unitByCode(b.ownerUnit, scope, tx);
    if (!unit) throw errors.field('ownerUnit', 'unknown_unit', 'No such entity or unit in your scope');
    if (b.targetDate < localDate(Date.now(), this.config.timeZone)) throw errors.field('targetDate', 'in_the_past', 'The target date has passed');
    const plan = { plan: b.plan, ownerUnit: { code: unit.code, name: { ar: unit.name_ar, en: unit.name_en } }, costBand: b.costBand, targetDate: b.targetDate };
    return {
      changes: row.first_responded_at === null ? { first_responded_at: new Date() } : {},
      events: [{ kind: 'status_changed', visibility: 'public', body: b.plan, data: { from: row.status, to: 'accepted', ...plan } }],
      after: (t) => this.plans.accept(t, { caseId: row.id, plan: b.plan, ownerUnitId: unit.id, costBand: b.costBand, targetDate: b.targetDate, by: who.staff?.id ?? null }),
    };
  }

  /** Counts a use of the reply text the action was sent from: one the case's entity may use (its own, or shared down to it). */
  private async countTemplateUse(tx: Tx, templateId: number, entityId: number): Promise<void> {
    const counted = await this.replies.countUse(tx, templateId, await this.replies.chain(entityId, tx));
    if (!counted) throw errors.field('templateId', 'unknown_template', 'No such reply text for this case');
  }

  /** Assign or reassign inside the entity; an officer may only take a case for themself. */
  private async assign(tx: Tx, who: CaseAccess, row: CaseRow, assigneeId: number): Promise<Effect> {
    const staff = who.staff!;
    if (assignsOnlySelf(staff.role) && assigneeId !== staff.id) throw errors.actionForbidden('assign others');
    const candidates = await this.access.entityIds(staff, 'staff_directory', 'read', tx);
    const inEntity = await this.repo.staffInEntity(assigneeId, candidates.includes(row.entity_id) ? [row.entity_id] : [], tx);
    if (!inEntity || !assignableRoles.includes(inEntity.role)) {
      throw errors.field('assigneeId', 'not_assignable', 'Not an officer or supervisor of the entity holding the case');
    }
    return {
      changes: { assignee_id: assigneeId },
      events: [{ kind: 'assigned', visibility: 'internal', data: { from: row.assignee_id, fromName: row.assignee_name, to: assigneeId, toName: inEntity.name } }],
    };
  }

  /** A rejection (of a complaint) or a declined suggestion: a reason from the list, and words. */
  private async reject(tx: Tx, row: CaseRow, reasonCode: string, note: string | undefined, to: 'rejected' | 'declined' = 'rejected'): Promise<Effect> {
    const reason = await this.repo.rejectionReason(reasonCode, tx);
    if (!reason) throw errors.field('reasonCode', 'unknown_reason', 'Not a rejection reason');
    return {
      changes: row.first_responded_at === null ? { first_responded_at: new Date() } : {},
      events: [
        {
          kind: 'status_changed',
          visibility: 'public',
          body: note ?? null,
          data: { from: row.status, to, reasonCode, reason: { ar: reason.name_ar, en: reason.name_en } },
        },
      ],
    };
  }

  /** Moves the case to another entity's triage queue (unassigned); the status stays. */
  private async transfer(tx: Tx, who: CaseAccess, row: CaseRow, entityCode: string, reason: string): Promise<Effect> {
    const target = await this.access.entityByCode(entityCode, tx);
    if (!target) throw errors.field('entityCode', 'unknown_entity', 'No such entity');
    if (target.id === row.entity_id) throw errors.field('entityCode', 'same_entity', 'The case is already there');
    // The receiving entity's own policy for the service applies as a change of service's would; the same policy: the transfer rule alone.
    const policyId = this.sla.policyIdFor(target.id, row.service_id);
    const repoliced = policyId !== undefined && this.sla.policy(policyId)?.id !== row.sla_policy_id;
    return {
      changes: { entity_id: target.id, unit_id: null, assignee_id: null, transfer_count: row.transfer_count + 1 },
      events: [
        { kind: 'transferred', visibility: 'public', data: { fromEntity: row.entity_code, toEntity: target.code, reason, by: who.staff?.id } },
      ],
      ...(repoliced ? { clock: this.sla.onServiceChange(row, policyId, new Date(), true) } : {}),
    };
  }

  /**
   * Reads what a change of service needs before the transaction: the new service, and where intake
   * would route the case under it (place, area, rules, the service's routes) — routing reads the
   * catalogue, boundaries and rules, which must not wait on the case's lock. The case is read as
   * the actor may reach it (404 otherwise); its version is kept, so a case changed in between is a
   * conflict rather than routed on stale facts.
   */
  private async prepareServiceChange(actor: Actor, reference: string, pass: TrackingPass | undefined, body: Bodies['change-service']): Promise<PreparedServiceChange> {
    const { row } = await this.gate.open(actor, reference, pass);
    const service = await this.catalogue.get(body.serviceCode);
    if (!service || service.id === row.service_id || !service.types.includes(row.type)) return { requested: body.serviceCode, service, version: row.version };
    const location = {
      ...(row.lat !== null && row.lng !== null ? { lat: Number(row.lat), lng: Number(row.lng) } : {}),
      ...(row.governorate ? { governorate: row.governorate } : {}),
    };
    const at = new Date();
    return { requested: body.serviceCode, service, version: row.version, route: await routeCase(this.router, { service, type: row.type, location, at }) };
  }

  /**
   * Files the case under another service and routes it again exactly as intake would, recording how
   * on a `service_changed` event. The new service's SLA policy applies from when the case was filed
   * (SlaService.onServiceChange). A case that lands at another entity or unit loses its assignee
   * there, and may leave the actor's reach.
   */
  private changeService(who: CaseAccess, row: CaseRow, p: PreparedServiceChange, note: string | undefined): Effect {
    const { service, route: r } = p;
    if (!service) throw errors.field('serviceCode', 'unknown_service', `No service with code ${p.requested}.`);
    if (service.id === row.service_id) throw errors.field('serviceCode', 'same_service', 'The case is already filed under this service');
    if (!service.types.includes(row.type)) throw errors.field('serviceCode', 'type_not_allowed', `The service does not take a ${row.type}`);
    if (!r || p.version !== row.version) throw errors.versionConflict();
    const movedEntity = r.route.id !== row.entity_id;
    const moved = movedEntity || r.route.unitId !== row.unit_id;
    const policyId = this.sla.policyIdFor(r.route.id, service.id, service.slaPolicyId) ?? null;
    return {
      changes: {
        service_id: service.id,
        governorate: r.governorate,
        ...(movedEntity ? { entity_id: r.route.id } : {}),
        ...(moved ? { unit_id: r.route.unitId, assignee_id: null } : {}),
      },
      events: [
        {
          kind: 'service_changed',
          visibility: 'internal',
          body: note ?? null,
          data: {
            from: row.service_code,
            to: service.code,
            fromEntity: row.entity_code,
            toEntity: r.route.code,
            routing: r.routing ?? { reason: 'service_routes', governorate: r.governorate },
            slaPolicy: this.sla.policy(policyId)?.code ?? null,
            by: who.staff?.id,
          },
        },
      ],
      clock: this.sla.onServiceChange(row, policyId, new Date(), movedEntity),
    };
  }

  /** Marks the case a duplicate of a master case in the actor's scope; its citizen follows the master. */
  private async merge(tx: Tx, who: CaseAccess, row: CaseRow, masterInput: string): Promise<Effect> {
    const parsed = parseReference(masterInput);
    const visible = await this.access.visibleEntityIds(who.staff!, tx);
    const master = parsed ? await this.repo.findByReference(parsed.reference, visible, tx) : undefined;
    if (!master) throw errors.field('masterReference', 'unknown_case', 'No such case in your scope');
    if (master.id === row.id) throw errors.field('masterReference', 'same_case', 'A case cannot be merged into itself');
    if (['merged', 'rejected', 'declined'].includes(master.status)) {
      throw errors.field('masterReference', 'master_not_open', 'The master case is merged, rejected or declined');
    }
    return {
      changes: { duplicate_of_id: master.id },
      events: [{ kind: 'merged', visibility: 'public', data: { from: row.status, to: 'merged', into: master.reference } }],
      after: async (t) => {
        await this.repo.insertEvents(t, [
          {
            caseId: master.id,
            kind: 'merged',
            visibility: 'internal',
            actorType: 'staff',
            actorId: who.staff!.id,
            data: { duplicate: row.reference },
          },
        ]);
        await adoptFollowers(t, row, master);
      },
    };
  }
}
