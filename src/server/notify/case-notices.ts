/**
 * Which notifications a change to a case causes, and to whom. Pure functions: the case services
 * call them inside their transaction and pass the result to `enqueue(tx, …)`.
 */
import { dueDayBilingual } from '../../common/due-text.ts';
import type { Bilingual, CasePriority, CaseStatus, Language } from '../../common/enums.ts';
import type { Expectation } from '../../common/schemas/case.schema.ts';
import type { CaseAction } from '../cases/workflow.ts';
import { followerTemplates, WEBHOOK_TEMPLATE, type OutboxMessage, type Recipient, type WebhookEvent } from './outbox.ts';

/** The facts about a case that notices need (a `CaseRow` has them all). */
export interface NoticeCase {
  id: number;
  reference: string;
  entity_id: number;
  entity_name_ar?: string;
  entity_name_en?: string;
  assignee_id: number | null;
  citizen_id: number | null;
  contact_phone: string | null;
  contact_email: string | null;
  language: Language;
  priority: CasePriority;
  /** The channel the case came by and, for a relay, the relay's conversation id (answers go back there). */
  channel?: string;
  relay_conversation_id?: string | null;
  /** For integration events (a `CaseRow` has them). */
  entity_code?: string;
  service_code?: string;
  type?: string;
  status?: string;
  created_at?: Date | string;
}

/** What an integration event says about a case: no personal data, only reference, entity, service, status and times. */
export interface EventCase {
  id: number | null;
  reference: string;
  entity_id: number;
  entityCode: string;
  serviceCode: string;
  type: string;
  status: string;
  createdAt: Date | string;
}

/** An event for the integration endpoints subscribed to it (national, or of the case's entity). */
export function integrationEvent(event: WebhookEvent, c: EventCase, at: Date, previousStatus?: string): OutboxMessage {
  return {
    recipient: { kind: 'webhooks', event },
    template: WEBHOOK_TEMPLATE,
    params: {
      event,
      occurredAt: at.toISOString(),
      reference: c.reference,
      type: c.type,
      entity: c.entityCode,
      service: c.serviceCode,
      status: c.status,
      ...(previousStatus ? { previousStatus } : {}),
      createdAt: new Date(c.createdAt).toISOString(),
    },
    caseId: c.id,
    reference: c.reference,
    entityId: c.entity_id,
  };
}

/** The integration events of an action: a status change, and a resolution. */
function statusEvents(row: NoticeCase, effect: NoticeEffect, at: Date): OutboxMessage[] {
  const to = effect.changes.status;
  if (!to || to === row.status || !row.entity_code || !row.service_code || !row.type || !row.created_at) return [];
  const c: EventCase = {
    id: row.id,
    reference: row.reference,
    entity_id: row.entity_id,
    entityCode: row.entity_code,
    serviceCode: row.service_code,
    type: row.type,
    status: to,
    createdAt: row.created_at,
  };
  return [
    integrationEvent('case.status_changed', c, at, row.status),
    ...(to === 'resolved' ? [integrationEvent('case.resolved', c, at, row.status)] : []),
  ];
}

/** What an action did: the changes to the case row and the events appended (CaseActionService's effect). */
export interface NoticeEffect {
  changes: { assignee_id?: number | null; entity_id?: number; status?: CaseStatus };
  events: { kind: string; body?: string | null; data?: Record<string, unknown> }[];
  /** The entity holding the case after the action, by name (a transfer tells the citizen who now handles it). */
  holder?: Bilingual;
}

function contactOf(c: Pick<NoticeCase, 'contact_phone' | 'contact_email' | 'citizen_id' | 'channel' | 'relay_conversation_id'>): Recipient | undefined {
  const relay = c.channel && c.relay_conversation_id ? { channel: c.channel, conversationId: c.relay_conversation_id } : null;
  if (!c.contact_phone && !c.contact_email && !relay) return undefined;
  return { kind: 'contact', phone: c.contact_phone, email: c.contact_email, citizenId: c.citizen_id, relay };
}

/**
 * A notice to the case's contact, in the case's language, in the wording of the entity holding it;
 * the enqueue adds the case's followers for a public step. A case without a contact (anonymous)
 * still tells its followers of a public step.
 */
function toCitizen(c: Omit<NoticeCase, 'id'> & { id: number | null }, entityId: number, template: OutboxMessage['template'], params: OutboxMessage['params'] = {}): OutboxMessage[] {
  const recipient: Recipient | undefined = contactOf(c) ?? (followerTemplates.has(template) ? { kind: 'followers' } : undefined);
  if (!recipient) return [];
  return [{ recipient, template, params, language: c.language, caseId: c.id, reference: c.reference, entityId }];
}

function toStaff(c: NoticeCase, recipient: Recipient, template: OutboxMessage['template'], params: OutboxMessage['params'] = {}, entityId = c.entity_id): OutboxMessage[] {
  const urgent = c.priority === 'urgent' || c.priority === 'high';
  return [{ recipient, template, params, caseId: c.id, reference: c.reference, entityId, urgent }];
}

/** The due days an acknowledgement promises, in both languages ("Sunday 20 December"); a dash without a target. */
export interface ExpectedDays {
  firstAnswerBy: Bilingual | string;
  resolutionBy: Bilingual | string;
}

/** The days of a receipt's due dates, as the acknowledgement words them on the deployment's calendar. */
export function expectedDays(e: Expectation, now: Date = new Date()): ExpectedDays {
  const day = (iso: string | null) => (iso === null ? '—' : dueDayBilingual(iso, e.timeZone, now));
  return { firstAnswerBy: day(e.firstAnswerBy), resolutionBy: day(e.resolutionBy) };
}

/**
 * The acknowledgement of a new case, with its tracking link (which carries the tracking token), its
 * short tracking code (to read over the phone) and its due days. `c.id` is null while the case is
 * being written: intake writes the notice in the case's own statement, which fills it in.
 */
export function acknowledgement(
  c: Omit<NoticeCase, 'assignee_id' | 'priority' | 'id'> & { id: number | null },
  trackingUrl: string,
  entity: Bilingual,
  days: ExpectedDays = { firstAnswerBy: '—', resolutionBy: '—' },
  trackingCode = '—',
): OutboxMessage[] {
  return toCitizen({ ...c, assignee_id: null, priority: 'normal' }, c.entity_id, 'case_acknowledged', { trackingUrl, trackingCode, entity, ...days });
}

/**
 * The invitation to a resolution's satisfaction survey, to the case's contact in the case's language
 * (not to its followers: the survey is about the citizen's own case), with the day it closes.
 */
export function surveyInvitation(c: NoticeCase, expiresOn: Bilingual): OutboxMessage[] {
  const contact = contactOf(c);
  return contact ? [{ recipient: contact, template: 'survey_invitation', params: { expiresOn }, language: c.language, caseId: c.id, reference: c.reference, entityId: c.entity_id }] : [];
}

/**
 * The notifications an action on a case causes. `row` is the case as locked before the action,
 * `effect` what the action changed and appended, `byStaffId` the staff member acting (nobody is
 * told about their own action).
 */
export function notificationsFor(action: CaseAction, row: NoticeCase, effect: NoticeEffect, byStaffId?: number): OutboxMessage[] {
  return [...noticesFor(action, row, effect, byStaffId), ...statusEvents(row, effect, new Date())];
}

/** The notices to people of an action (see notificationsFor). */
function noticesFor(action: CaseAction, row: NoticeCase, effect: NoticeEffect, byStaffId?: number): OutboxMessage[] {
  const body = effect.events.find((e) => e.body)?.body ?? '';
  const assignee = row.assignee_id !== null && row.assignee_id !== byStaffId ? row.assignee_id : null;
  switch (action) {
    case 'assign': {
      const to = effect.changes.assignee_id;
      return to && to !== byStaffId && to !== row.assignee_id ? toStaff(row, { kind: 'staff', staffId: to }, 'staff_assigned') : [];
    }
    case 'reply':
      return toCitizen(row, row.entity_id, 'entity_replied', { message: body });
    case 'request-info':
      return toCitizen(row, row.entity_id, 'info_requested', { message: body });
    case 'resolve':
      return toCitizen(row, row.entity_id, 'case_resolved', { message: body });
    case 'reject': {
      const data = effect.events.find((e) => e.data?.reason)?.data;
      const reason = (data?.reason as Bilingual | undefined) ?? { ar: '', en: '' };
      return toCitizen(row, row.entity_id, 'case_rejected', { reason, message: body });
    }
    case 'merge': {
      const master = effect.events.find((e) => e.kind === 'merged')?.data?.into;
      return toCitizen(row, row.entity_id, 'case_merged', { master: String(master ?? '') });
    }
    case 'reopen':
      return [
        ...toCitizen(row, row.entity_id, 'case_reopened'),
        ...(assignee ? toStaff(row, { kind: 'staff', staffId: assignee }, 'staff_case_reopened', { message: body }) : []),
      ];
    case 'citizen-reply':
      return assignee ? toStaff(row, { kind: 'staff', staffId: assignee }, 'staff_citizen_replied', { message: body }) : [];
    case 'transfer': {
      const to = effect.changes.entity_id;
      if (!to) return [];
      const fromEntity = { ar: row.entity_name_ar ?? '', en: row.entity_name_en ?? '' };
      const reason = String(effect.events.find((e) => e.kind === 'transferred')?.data?.reason ?? '');
      return [
        ...toStaff(row, { kind: 'entity_staff', entityIds: [to], roles: ['supervisor'] }, 'staff_transferred', { fromEntity, reason }, to),
        // The citizen (and the case's followers) learn who now handles it, in the receiving entity's wording.
        ...(effect.holder ? toCitizen(row, to, 'case_transferred', { entity: effect.holder }) : []),
      ];
    }
    case 'change-service': {
      // Filed under another service and routed to another entity: its supervisors are told, as of a transfer.
      const to = effect.changes.entity_id;
      if (!to || to === row.entity_id) return [];
      const fromEntity = { ar: row.entity_name_ar ?? '', en: row.entity_name_en ?? '' };
      const reason = effect.events.find((e) => e.kind === 'service_changed')?.body ?? '';
      return toStaff(row, { kind: 'entity_staff', entityIds: [to], roles: ['supervisor'] }, 'staff_transferred', { fromEntity, reason }, to);
    }
    case 'study':
      return toCitizen(row, row.entity_id, 'suggestion_under_study', { message: body });
    case 'accept': {
      const data = effect.events.find((e) => e.data?.to === 'accepted')?.data ?? {};
      const unit = (data.ownerUnit as { name?: Bilingual } | undefined)?.name ?? { ar: '', en: '' };
      return toCitizen(row, row.entity_id, 'suggestion_accepted', { plan: String(data.plan ?? ''), unit, targetDate: String(data.targetDate ?? '') });
    }
    case 'implement':
      return toCitizen(row, row.entity_id, 'suggestion_implemented', { message: body });
    case 'decline': {
      const reason = (effect.events.find((e) => e.data?.reason)?.data?.reason as Bilingual | undefined) ?? { ar: '', en: '' };
      return toCitizen(row, row.entity_id, 'suggestion_declined', { reason, message: body });
    }
    case 'start':
    case 'note':
    case 'priority':
    case 'close':
    case 'rate':
      return [];
  }
}

/** SLA notices for the sweeper: a warning to the people responsible, or an escalation (both urgent). */
export function slaNotifications(
  row: NoticeCase,
  kind: 'warning' | 'escalation',
  staffIds: number[],
  facts: { dueAt: string; level?: number },
): OutboxMessage[] {
  return [...new Set(staffIds)].map((staffId) => ({
    recipient: { kind: 'staff', staffId },
    template: kind === 'warning' ? 'staff_sla_warning' : 'staff_escalated',
    params: { dueAt: facts.dueAt, level: String(facts.level ?? '') },
    caseId: row.id,
    reference: row.reference,
    entityId: row.entity_id,
    urgent: true,
  }));
}
