import type { SlaState } from '../../common/enums.ts';
import type { z } from 'zod';
import type { caseListItemSchema, citizenCaseSchema, staffCaseSchema, suggestionPlanSchema } from '../../common/schemas/case-actions.schema.ts';
import { localDate } from '../../common/zoned-time.ts';
import type { SuggestionPlanRow } from './suggestion-plan.repository.ts';
import type { CaseListRow } from './case-list.repository.ts';
import type { CaseRepository, CaseRow } from './case.repository.ts';
import { presentTrackedCase } from './case.presenter.ts';
import { expectationOf } from '../sla/sla-expect.ts';
import type { CaseAction } from './workflow.ts';

type TimelineRow = Awaited<ReturnType<CaseRepository['timeline']>>[number];
type AttachmentRow = Awaited<ReturnType<CaseRepository['attachments']>>[number];

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** An accepted suggestion's plan; overdue once its target date has passed unimplemented (a milestone, not an SLA clock). */
export function presentPlan(p: SuggestionPlanRow | undefined, timeZone: string, now = Date.now()): z.infer<typeof suggestionPlanSchema> {
  if (!p) return null;
  return {
    action: p.plan,
    ownerUnit: { code: p.unit_code, name: { ar: p.unit_name_ar, en: p.unit_name_en } },
    costBand: p.cost_band,
    targetDate: p.target_date,
    overdue: p.implemented_at === null && p.target_date < localDate(now, timeZone),
    acceptedAt: iso(p.accepted_at)!,
    implementedAt: iso(p.implemented_at),
    outcome: p.outcome,
  };
}

/**
 * A case as staff see it: the full timeline (internal events marked), SLA fields, and the
 * citizen's contact only when `personalData` is true (staff of the entity holding the case).
 */
export function presentStaffCase(
  row: CaseRow,
  timeline: TimelineRow[],
  files: AttachmentRow[],
  opts: {
    personalData: boolean;
    allowedActions: CaseAction[];
    sla: { state: SlaState | null; percentUsed: number | null };
    plan: z.infer<typeof suggestionPlanSchema>;
  },
): z.infer<typeof staffCaseSchema> {
  const base = presentTrackedCase(row, [], files);
  return {
    reference: base.reference,
    type: base.type,
    status: base.status,
    priority: base.priority,
    channel: base.channel,
    service: base.service,
    entity: base.entity,
    assignee: row.assignee_id !== null ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
    title: base.title,
    description: base.description,
    language: base.language,
    location: base.location,
    attributes: base.attributes,
    contact:
      opts.personalData && !row.anonymous
        ? { name: row.contact_name, phone: row.contact_phone, email: row.contact_email, nationalId: row.contact_national_id }
        : null,
    anonymous: row.anonymous,
    createdAt: base.createdAt,
    updatedAt: base.updatedAt,
    firstResponseDueAt: iso(row.first_response_due_at),
    resolutionDueAt: iso(row.resolution_due_at),
    firstRespondedAt: iso(row.first_responded_at),
    resolvedAt: base.resolvedAt,
    closedAt: base.closedAt,
    slaState: opts.sla.state,
    slaPercentUsed: opts.sla.percentUsed,
    slaPausedMinutes: row.sla_paused_minutes,
    escalationLevel: row.escalation_level,
    rating: row.rating,
    ratingComment: row.rating_comment,
    reopenCount: row.reopen_count,
    transferCount: row.transfer_count,
    duplicateOf: row.duplicate_of_reference,
    reportedBy: 1 + Number(row.follower_count),
    plan: opts.plan,
    version: row.version,
    allowedActions: opts.allowedActions,
    attachments: base.attachments,
    timeline: timeline.map((e) => ({
      id: e.id,
      kind: e.kind,
      visibility: e.visibility,
      at: iso(e.created_at)!,
      body: e.body,
      actor: { type: e.actor_type, name: e.actor_type === 'staff' ? e.actor_name : null },
      data: json<Record<string, unknown>>(e.data),
    })),
  };
}

/** A case as its citizen sees it, with what they may do next. */
export function presentCitizenCase(
  row: CaseRow,
  timeline: TimelineRow[],
  files: AttachmentRow[],
  allowedActions: CaseAction[],
  timeZone: string,
  plan: z.infer<typeof suggestionPlanSchema> = null,
): z.infer<typeof citizenCaseSchema> {
  const publicEvents = timeline
    .filter((e) => e.visibility === 'public')
    .map((e) => ({ id: e.id, kind: e.kind, body: e.body, actor_type: e.actor_type, created_at: e.created_at }));
  return {
    ...presentTrackedCase(row, publicEvents, files),
    allowedActions,
    mergedInto: row.duplicate_of_reference,
    plan,
    expect: expectationOf(row, timeZone),
  };
}

/** One row of a case list: no personal data, ever. */
export function presentListItem(r: CaseListRow): z.infer<typeof caseListItemSchema> {
  return {
    reference: r.reference,
    version: r.version,
    type: r.type,
    status: r.status,
    priority: r.priority,
    channel: r.channel,
    service: { code: r.service_code, name: { ar: r.service_name_ar, en: r.service_name_en } },
    entity: { code: r.entity_code, name: { ar: r.entity_name_ar, en: r.entity_name_en } },
    assignee: r.assignee_id !== null ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
    title: r.title,
    excerpt: r.excerpt,
    governorate: r.governorate,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
    slaState: r.sla_state,
    resolutionDueAt: iso(r.resolution_due_at),
  };
}
