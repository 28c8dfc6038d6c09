import type { TFunction } from 'i18next';
import type { CaseStatus, CostBand, EventKind, SlaState, StaffRole } from '../../../common/enums.ts';
import type { CaseAction } from '../../api/cases.api.ts';

/*
 * Labels of the staff workspace that come from data. Each key is written out in full (no key is
 * built from a template), so test/unit/web-i18n.test.ts finds every one of them in the source;
 * the switches are exhaustive, so a new enum value does not compile without its label.
 */

/** A status in staff words ("Awaiting citizen", where the citizen reads "Waiting for your reply"). */
export function staffStatusLabel(t: TFunction, status: CaseStatus): string {
  switch (status) {
    case 'new':
      return t('staff.status.new');
    case 'assigned':
      return t('staff.status.assigned');
    case 'in_progress':
      return t('staff.status.in_progress');
    case 'awaiting_citizen':
      return t('staff.status.awaiting_citizen');
    case 'resolved':
      return t('staff.status.resolved');
    case 'closed':
      return t('staff.status.closed');
    case 'rejected':
      return t('staff.status.rejected');
    case 'merged':
      return t('staff.status.merged');
    case 'under_study':
      return t('staff.status.under_study');
    case 'accepted':
      return t('staff.status.accepted');
    case 'implemented':
      return t('staff.status.implemented');
    case 'declined':
      return t('staff.status.declined');
  }
}

/** An accepted suggestion's cost band. */
export function costBandLabel(t: TFunction, band: CostBand): string {
  switch (band) {
    case 'none':
      return t('staff.costBand.none');
    case 'low':
      return t('staff.costBand.low');
    case 'medium':
      return t('staff.costBand.medium');
    case 'high':
      return t('staff.costBand.high');
  }
}

export function slaStateLabel(t: TFunction, state: SlaState): string {
  switch (state) {
    case 'on_track':
      return t('sla.state.on_track');
    case 'at_risk':
      return t('sla.state.at_risk');
    case 'breached':
      return t('sla.state.breached');
    case 'paused':
      return t('sla.state.paused');
    case 'met':
      return t('sla.state.met');
  }
}

export function roleLabel(t: TFunction, role: StaffRole): string {
  switch (role) {
    case 'agent':
      return t('staff.role.agent');
    case 'officer':
      return t('staff.role.officer');
    case 'supervisor':
      return t('staff.role.supervisor');
    case 'entity_admin':
      return t('staff.role.entity_admin');
    case 'coordinator':
      return t('staff.role.coordinator');
    case 'analyst':
      return t('staff.role.analyst');
  }
}

/** The name of an action, as on its button. */
export function actionLabel(t: TFunction, action: CaseAction): string {
  switch (action) {
    case 'assign':
      return t('staff.action.assign.name');
    case 'start':
      return t('staff.action.start.name');
    case 'reply':
      return t('staff.action.reply.name');
    case 'note':
      return t('staff.action.note.name');
    case 'request-info':
      return t('staff.action.requestInfo.name');
    case 'citizen-reply':
      return t('staff.action.citizenReply.name');
    case 'resolve':
      return t('staff.action.resolve.name');
    case 'reject':
      return t('staff.action.reject.name');
    case 'close':
      return t('staff.action.close.name');
    case 'transfer':
      return t('staff.action.transfer.name');
    case 'change-service':
      return t('staff.action.changeService.name');
    case 'priority':
      return t('staff.action.priority.name');
    case 'merge':
      return t('staff.action.merge.name');
    case 'rate':
      return t('staff.action.rate.name');
    case 'reopen':
      return t('staff.action.reopen.name');
    case 'study':
      return t('staff.action.study.name');
    case 'accept':
      return t('staff.action.accept.name');
    case 'implement':
      return t('staff.action.implement.name');
    case 'decline':
      return t('staff.action.decline.name');
  }
}

/** What a timeline event was, in staff words. */
export function staffEventLabel(t: TFunction, kind: EventKind): string {
  switch (kind) {
    case 'created':
      return t('staff.event.created');
    case 'assigned':
      return t('staff.event.assigned');
    case 'status_changed':
      return t('staff.event.status_changed');
    case 'public_reply':
      return t('staff.event.public_reply');
    case 'internal_note':
      return t('staff.event.internal_note');
    case 'info_requested':
      return t('staff.event.info_requested');
    case 'citizen_replied':
      return t('staff.event.citizen_replied');
    case 'transferred':
      return t('staff.event.transferred');
    case 'escalated':
      return t('staff.event.escalated');
    case 'sla_warning':
      return t('staff.event.sla_warning');
    case 'rated':
      return t('staff.event.rated');
    case 'reopened':
      return t('staff.event.reopened');
    case 'merged':
      return t('staff.event.merged');
    case 'attachment_added':
      return t('staff.event.attachment_added');
    case 'sla_paused':
      return t('staff.event.sla_paused');
    case 'sla_resumed':
      return t('staff.event.sla_resumed');
    case 'sla_breached':
      return t('staff.event.sla_breached');
    case 'sla_met':
      return t('staff.event.sla_met');
    case 'service_changed':
      return t('staff.event.service_changed');
    case 'priority_changed':
      return t('staff.event.priority_changed');
  }
}

/** Who did it: the person's name when the API gives one, else the kind of actor. */
export function actorLabel(t: TFunction, actor: { type: 'citizen' | 'staff' | 'system' | 'api_client'; name: string | null }): string {
  if (actor.name) return actor.name;
  switch (actor.type) {
    case 'citizen':
      return t('staff.actor.citizen');
    case 'staff':
      return t('staff.actor.staff');
    case 'system':
      return t('staff.actor.system');
    case 'api_client':
      return t('staff.actor.api_client');
  }
}
