import type { TFunction } from 'i18next';
import type { EscalationRole, TargetUnit } from '../../api/admin-sla.api.ts';
import { fieldErrorKey } from '../keys.ts';
import { roleLabel } from './staff.labels.ts';

/*
 * Labels of the SLA administration that come from data, each key written out in full so the
 * translation test finds it.
 */

/** Who an escalation step tells: the case's assignee, or everyone of a role. */
export function escalationRoleLabel(t: TFunction, role: EscalationRole): string {
  switch (role) {
    case 'assignee':
      return t('slaAdmin.policy.notify.assignee');
    case 'officer':
    case 'supervisor':
    case 'entity_admin':
    case 'coordinator':
      return roleLabel(t, role);
  }
}

export function targetUnitLabel(t: TFunction, unit: TargetUnit): string {
  switch (unit) {
    case 'working_minutes':
      return t('slaAdmin.policy.unit.working');
    case 'calendar_days':
      return t('slaAdmin.policy.unit.calendarDays');
  }
}

/** The message of a field error, with the reasons only these pages give. */
export function slaFieldErrorLabel(t: TFunction, code: string): string {
  switch (code) {
    case 'duplicate':
      return t('slaAdmin.fieldError.duplicate');
    case 'taken':
      return t('slaAdmin.fieldError.taken');
    case 'no_holidays':
      return t('slaAdmin.fieldError.noHolidays');
    case 'code_format':
      return t('slaAdmin.fieldError.codeFormat');
    case 'end_before_start':
      return t('slaAdmin.fieldError.endBeforeStart');
    case 'positive':
      return t('slaAdmin.fieldError.positive');
    default:
      return t(fieldErrorKey(code));
  }
}
