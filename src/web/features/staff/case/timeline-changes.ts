import type { TFunction } from 'i18next';
import { casePriorities, caseStatuses, type CasePriority, type CaseStatus, type Language } from '../../../../common/enums.ts';
import type { TimelineEvent } from '../../../api/cases.api.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { casePriorityKey } from '../../../i18n/keys.ts';
import { staffStatusLabel } from '../../../i18n/labels/staff.labels.ts';

/** What a timeline event changed, from → to, as the event's data carries it (null: none, or not recorded). */
export type Change =
  | { field: 'status'; from: CaseStatus; to: CaseStatus }
  | { field: 'priority'; from: CasePriority | null; to: CasePriority }
  /** An assignee's name; null: nobody; from undefined: an older event that did not record the name. */
  | { field: 'assignee'; from: string | null | undefined; to: string | null }
  | { field: 'entity'; from: string | null; to: string }
  | { field: 'service'; from: string | null; to: string }
  | { field: 'dueDate'; from: string | null; to: string }
  | { field: 'escalation'; from: number | null; to: number };

const isStatus = (v: unknown): v is CaseStatus => typeof v === 'string' && (caseStatuses as readonly string[]).includes(v);
const isPriority = (v: unknown): v is CasePriority => typeof v === 'string' && (casePriorities as readonly string[]).includes(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The changes an event records: a status move (any event with `from`/`to` statuses), an assignment,
 * a priority change, a transfer or change of service (entity, service), a resumed clock's new due
 * time, an escalation's level. Older events that lack a "from" give null there.
 */
export function eventChanges(event: Pick<TimelineEvent, 'kind' | 'data'>): Change[] {
  const d = event.data;
  const out: Change[] = [];
  if (isStatus(d.from) && isStatus(d.to) && d.from !== d.to) out.push({ field: 'status', from: d.from, to: d.to });
  switch (event.kind) {
    case 'assigned':
      out.push({ field: 'assignee', from: str(d.fromName) ?? (d.from === null || d.from === undefined ? null : undefined), to: str(d.toName) });
      break;
    case 'priority_changed':
      if (isPriority(d.to)) out.push({ field: 'priority', from: isPriority(d.from) ? d.from : null, to: d.to });
      break;
    case 'transferred':
      if (str(d.toEntity)) out.push({ field: 'entity', from: str(d.fromEntity), to: str(d.toEntity)! });
      break;
    case 'service_changed':
      if (str(d.to)) out.push({ field: 'service', from: str(d.from), to: str(d.to)! });
      if (str(d.toEntity) && d.toEntity !== d.fromEntity) out.push({ field: 'entity', from: str(d.fromEntity), to: str(d.toEntity)! });
      break;
    case 'sla_resumed':
      if (str(d.resolutionDueAt)) out.push({ field: 'dueDate', from: str(d.fromResolutionDueAt), to: str(d.resolutionDueAt)! });
      break;
    case 'escalated':
      if (num(d.level) !== null) out.push({ field: 'escalation', from: num(d.fromLevel), to: num(d.level)! });
      break;
  }
  return out;
}

/** How the page names what it cannot translate by itself: an entity by its code. */
export interface ChangeNames {
  entity: (code: string) => string;
  language: Language;
}

/** One change in words, in the reader's language: "Priority: Normal → Urgent". */
export function changeText(t: TFunction, change: Change, names: ChangeNames): string {
  const unknown = t('timelineChange.unknown');
  switch (change.field) {
    case 'status':
      return t('timelineChange.status', { from: staffStatusLabel(t, change.from), to: staffStatusLabel(t, change.to) });
    case 'priority':
      return t('timelineChange.priority', { from: change.from ? t(casePriorityKey(change.from)) : unknown, to: t(casePriorityKey(change.to)) });
    case 'assignee':
      return t('timelineChange.assignee', {
        from: change.from === undefined ? unknown : (change.from ?? t('timelineChange.nobody')),
        to: change.to ?? t('timelineChange.nobody'),
      });
    case 'entity':
      return t('timelineChange.entity', { from: change.from ? names.entity(change.from) : unknown, to: names.entity(change.to) });
    case 'service':
      return t('timelineChange.service', { from: change.from ?? unknown, to: change.to });
    case 'dueDate':
      return t('timelineChange.dueDate', {
        from: change.from ? formatDateTime(change.from, names.language) : unknown,
        to: formatDateTime(change.to, names.language),
      });
    case 'escalation':
      return t('timelineChange.escalation', { from: change.from ?? unknown, to: change.to });
  }
}
