import type { Kysely, Updateable } from 'kysely';
import { parseReference } from '../../common/reference.ts';
import type { actionBodySchemas } from '../../common/schemas/case-actions.schema.ts';
import type { z } from 'zod';
import type { AccessService } from '../access/access.service.ts';
import type { CaseAccess, CaseGate } from '../access/case-gate.ts';
import type { Actor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import type { Tx } from '../db/database.ts';
import type { CasesTable, DB } from '../db/schema.ts';
import { errors } from '../http/errors.ts';
import { notificationsFor } from '../notify/case-notices.ts';
import { enqueue } from '../notify/outbox.ts';
import type { SlaService } from '../sla/sla.service.ts';
import { adoptFollowers } from '../similar/followers.ts';
import type { CaseRepository, CaseRow, NewEvent } from './case.repository.ts';
import type { CaseViewService } from './case-view.service.ts';
import { assignableRoles, assignsOnlySelf, caseFacts, decide, type CaseAction } from './workflow.ts';

type Bodies = { [A in CaseAction]: z.infer<(typeof actionBodySchemas)[A]> };

interface Effect {
  changes: Updateable<CasesTable>;
  events: Omit<NewEvent, 'caseId' | 'actorType' | 'actorId'>[];
  after?: (tx: Tx) => Promise<void>;
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
  ) {}

  /**
   * `POST /cases/{reference}/actions/{action}`: opens the case as the actor may reach it (404
   * otherwise), applies the action and answers the case as the actor now sees it — or, when the
   * action took it out of their reach (a transfer), its bare facts. The case is read once, locked,
   * and the answer is built from the row the change left. `expectedVersion` is the version the
   * client saw (If-Match), asked for once the case is open.
   */
  async perform<A extends CaseAction>(
    actor: Actor,
    reference: string,
    token: string | undefined,
    action: A,
    body: Bodies[A],
    expectedVersion: () => number | undefined,
  ) {
    await this.sla.ready();
    const { opened, row } = await this.db.transaction().execute(async (tx) => {
      const opened = await this.gate.openForUpdate(tx, actor, reference, token);
      // Read once the case is open: an unknown case answers 404 whatever the request's version says.
      const version = expectedVersion();
      if (version === undefined) throw errors.versionRequired();
      await this.apply(tx, opened.who, opened.row, action, body, version);
      return { opened, row: await this.repo.byId(tx, opened.row.id) };
    });
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

  private async apply(tx: Tx, who: CaseAccess, row: CaseRow, action: CaseAction, body: Bodies[CaseAction], expectedVersion: number): Promise<void> {
    if (row.version !== expectedVersion) throw errors.versionConflict();
    const verdict = decide(action, who.role, caseFacts(row, this.config.reopenWindowDays));
    if (!verdict.ok) {
      if (verdict.reason === 'role') throw errors.actionForbidden(action);
      if (verdict.reason === 'window') throw errors.reopenWindowClosed();
      if (verdict.reason === 'rated') throw errors.alreadyRated();
      throw errors.actionNotAllowed(action, row.status);
    }
    const effect = await this.effect(tx, who, action, body, row);
    const changes: Updateable<CasesTable> = { ...effect.changes };
    const events = [...effect.events];
    if (verdict.to !== row.status) {
      changes.status = verdict.to;
      if (!events.some((e) => (e.data as { to?: string } | undefined)?.to === verdict.to)) {
        events.push({ kind: 'status_changed', visibility: 'public', data: { from: row.status, to: verdict.to } });
      }
    }
    const clock = this.sla.onChange(row, changes.status ?? row.status, new Date(), {
      firstResponse: effect.changes.first_responded_at !== undefined,
      transfer: action === 'transfer',
      reopen: action === 'reopen',
    });
    Object.assign(changes, clock.changes);
    events.push(...clock.events.map((e) => ({ kind: e.kind, visibility: 'internal' as const, data: e.data })));
    await this.repo.update(tx, row.id, changes);
    await this.repo.insertEvents(
      tx,
      events.map((e) => ({
        ...e,
        caseId: row.id,
        actorType: who.staff ? 'staff' : 'citizen',
        actorId: who.staff?.id ?? who.citizenId ?? null,
      })),
    );
    await effect.after?.(tx);
    await enqueue(tx, notificationsFor(action, row, { changes, events }, who.staff?.id));
  }

  private async effect(tx: Tx, who: CaseAccess, action: CaseAction, body: Bodies[CaseAction], row: CaseRow): Promise<Effect> {
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
      case 'merge':
        return this.merge(tx, who, row, b.masterReference as string);
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
    }
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
      events: [{ kind: 'assigned', visibility: 'internal', data: { from: row.assignee_id, to: assigneeId, toName: inEntity.name } }],
    };
  }

  private async reject(tx: Tx, row: CaseRow, reasonCode: string, note: string | undefined): Promise<Effect> {
    const reason = await this.repo.rejectionReason(reasonCode, tx);
    if (!reason) throw errors.field('reasonCode', 'unknown_reason', 'Not a rejection reason');
    return {
      changes: row.first_responded_at === null ? { first_responded_at: new Date() } : {},
      events: [
        {
          kind: 'status_changed',
          visibility: 'public',
          body: note ?? null,
          data: { from: row.status, to: 'rejected', reasonCode, reason: { ar: reason.name_ar, en: reason.name_en } },
        },
      ],
    };
  }

  /** Moves the case to another entity's triage queue (unassigned); the status stays. */
  private async transfer(tx: Tx, who: CaseAccess, row: CaseRow, entityCode: string, reason: string): Promise<Effect> {
    const target = await this.access.entityByCode(entityCode, tx);
    if (!target) throw errors.field('entityCode', 'unknown_entity', 'No such entity');
    if (target.id === row.entity_id) throw errors.field('entityCode', 'same_entity', 'The case is already there');
    return {
      changes: { entity_id: target.id, unit_id: null, assignee_id: null, transfer_count: row.transfer_count + 1 },
      events: [
        { kind: 'transferred', visibility: 'public', data: { fromEntity: row.entity_code, toEntity: target.code, reason, by: who.staff?.id } },
      ],
    };
  }

  /** Marks the case a duplicate of a master case in the actor's scope; its citizen follows the master. */
  private async merge(tx: Tx, who: CaseAccess, row: CaseRow, masterInput: string): Promise<Effect> {
    const parsed = parseReference(masterInput);
    const visible = await this.access.visibleEntityIds(who.staff!, tx);
    const master = parsed ? await this.repo.findByReference(parsed.reference, visible, tx) : undefined;
    if (!master) throw errors.field('masterReference', 'unknown_case', 'No such case in your scope');
    if (master.id === row.id) throw errors.field('masterReference', 'same_case', 'A case cannot be merged into itself');
    if (['merged', 'rejected'].includes(master.status)) {
      throw errors.field('masterReference', 'master_not_open', 'The master case is merged or rejected');
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
