/**
 * Public suggestions as the public sees them (the board, one suggestion, open data) and as
 * moderators see them. The public presenters name no person and no case reference: only the
 * reviewed text, the entity, the service, the governorate, the state, counts and dates.
 */
import type { CaseStatus, Governorate } from '../../common/enums.ts';
import type { ModerationItem, PublicSuggestion, PublicSuggestionState } from '../../common/schemas/public-suggestion.schema.ts';
import { localDate } from '../../common/zoned-time.ts';

/** The public state of a suggestion from its case's status (a suggestion's own statuses included). */
export function publicState(status: string): PublicSuggestionState {
  switch (status) {
    case 'new':
    case 'assigned':
    case 'awaiting_citizen':
      return 'received';
    case 'under_study':
    case 'accepted':
    case 'in_progress':
    case 'implemented':
    case 'declined':
      return status as PublicSuggestionState;
    default:
      return 'closed';
  }
}

/** The case statuses a public state stands for (the board's state filter). */
export function statusesOf(state: PublicSuggestionState): CaseStatus[] {
  const all = ['new', 'assigned', 'awaiting_citizen', 'under_study', 'accepted', 'in_progress', 'implemented', 'declined', 'resolved', 'closed', 'rejected', 'merged'];
  return all.filter((s) => publicState(s) === state) as CaseStatus[];
}

export interface BoardRow {
  id: number;
  state: string;
  public_text: string;
  published_at: Date | null;
  support_count: number;
  threshold_crossed_at: Date | null;
  threshold_required: number | null;
  answer_due_at: Date | null;
  answered_at: Date | null;
  status: CaseStatus;
  governorate: string | null;
  entity_code: string;
  entity_name_ar: string;
  entity_name_en: string;
  service_code: string;
  service_name_ar: string;
  service_name_en: string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The accepted plan as published: the plan's words, cost band and target date, nothing else. */
function presentPlan(data: Record<string, unknown> | undefined): PublicSuggestion['answer']['plan'] {
  if (!data) return null;
  const text = typeof data.plan === 'string' ? data.plan : null;
  const band = typeof data.costBand === 'string' ? data.costBand : null;
  const targetDate = typeof data.targetDate === 'string' ? data.targetDate : null;
  return { text, costBand: band, targetDate };
}

/** One published suggestion for the public. `required` is the threshold now applying, if any. */
export function presentPublic(
  row: BoardRow,
  opts: { now: number; required: number | null; plan?: Record<string, unknown>; supportedByMe?: boolean },
): PublicSuggestion {
  const state = publicState(row.status);
  const required = row.threshold_required ?? opts.required;
  const due = row.answer_due_at ? new Date(row.answer_due_at).getTime() : null;
  return {
    id: Number(row.id),
    text: row.public_text,
    entity: { code: row.entity_code, name: { ar: row.entity_name_ar, en: row.entity_name_en } },
    service: { code: row.service_code, name: { ar: row.service_name_ar, en: row.service_name_en } },
    governorate: (row.governorate as Governorate | null) ?? null,
    state,
    supportCount: Number(row.support_count),
    publishedAt: iso(row.published_at)!,
    threshold:
      required === null
        ? null
        : {
            required,
            crossedAt: iso(row.threshold_crossed_at),
            answerDueAt: iso(row.answer_due_at),
            overdue: due !== null && row.answered_at === null && due < opts.now,
          },
    answer: {
      state,
      plan: ['accepted', 'in_progress', 'implemented'].includes(row.status) ? presentPlan(opts.plan) : null,
      answeredAt: iso(row.answered_at),
    },
    ...(opts.supportedByMe !== undefined ? { supportedByMe: opts.supportedByMe } : {}),
  };
}

/** A request to publish, for staff of the entity: the citizen's words beside the public copy. */
export function presentModeration(
  row: BoardRow & { reference: string; description: string; redacted: boolean; requested_at: Date; moderated_at: Date | null },
): ModerationItem {
  return {
    id: Number(row.id),
    reference: row.reference,
    state: row.state as ModerationItem['state'],
    originalText: row.description,
    publicText: row.public_text,
    redacted: row.redacted,
    entity: { code: row.entity_code, name: { ar: row.entity_name_ar, en: row.entity_name_en } },
    service: { code: row.service_code, name: { ar: row.service_name_ar, en: row.service_name_en } },
    requestedAt: iso(row.requested_at)!,
    moderatedAt: iso(row.moderated_at),
  };
}

/** One open-data row: public id, entity and service codes, governorate, month published, state, supports, answered on time. */
export function presentOpenData(
  row: { id: number; published_at: Date | null; support_count: number; answer_due_at: Date | null; answered_at: Date | null; status: CaseStatus; governorate: string | null; entity_code: string; service_code: string },
  timeZone: string,
  now: number,
) {
  const due = row.answer_due_at ? new Date(row.answer_due_at).getTime() : null;
  const answered = row.answered_at ? new Date(row.answered_at).getTime() : null;
  return {
    id: Number(row.id),
    entity: row.entity_code,
    service: row.service_code,
    governorate: row.governorate,
    month: row.published_at ? localDate(row.published_at, timeZone).slice(0, 7) : null,
    state: publicState(row.status),
    supportCount: Number(row.support_count),
    // Only where an answer was owed: true or false once answered (or overdue), null otherwise.
    answeredOnTime: due === null ? null : answered !== null ? answered <= due : due < now ? false : null,
  };
}
