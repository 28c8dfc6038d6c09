import type { TFunction } from 'i18next';
import type { Language } from '../../../common/enums.ts';
import { fieldErrorKey } from '../keys.ts';

/*
 * Labels of the notification templates that come from data, each key written out in full so the
 * translation test finds it. A template the server knows and these pages do not yet shows its key.
 */

/** What a template is for, in words ("Case received"). */
export function templateLabel(t: TFunction, key: string): string {
  switch (key) {
    case 'case_acknowledged':
      return t('templatesAdmin.key.case_acknowledged');
    case 'info_requested':
      return t('templatesAdmin.key.info_requested');
    case 'entity_replied':
      return t('templatesAdmin.key.entity_replied');
    case 'case_resolved':
      return t('templatesAdmin.key.case_resolved');
    case 'survey_invitation':
      return t('templatesAdmin.key.survey_invitation');
    case 'case_rejected':
      return t('templatesAdmin.key.case_rejected');
    case 'case_reopened':
      return t('templatesAdmin.key.case_reopened');
    case 'case_merged':
      return t('templatesAdmin.key.case_merged');
    case 'case_transferred':
      return t('templatesAdmin.key.case_transferred');
    case 'staff_assigned':
      return t('templatesAdmin.key.staff_assigned');
    case 'staff_citizen_replied':
      return t('templatesAdmin.key.staff_citizen_replied');
    case 'staff_case_reopened':
      return t('templatesAdmin.key.staff_case_reopened');
    case 'staff_sla_warning':
      return t('templatesAdmin.key.staff_sla_warning');
    case 'staff_escalated':
      return t('templatesAdmin.key.staff_escalated');
    case 'staff_transferred':
      return t('templatesAdmin.key.staff_transferred');
    case 'staff_digest':
      return t('templatesAdmin.key.staff_digest');
    case 'monthly_report':
      return t('templatesAdmin.key.monthly_report');
    case 'monthly_report_national':
      return t('templatesAdmin.key.monthly_report_national');
    case 'otp_code':
      return t('templatesAdmin.key.otp_code');
    case 'password_reset':
      return t('templatesAdmin.key.password_reset');
    default:
      return key;
  }
}

/** Who receives a template. */
export function audienceLabel(t: TFunction, audience: string): string {
  switch (audience) {
    case 'citizen':
      return t('templatesAdmin.audience.citizen');
    case 'staff':
      return t('templatesAdmin.audience.staff');
    default:
      return t('templatesAdmin.audience.any');
  }
}

/** A language's name, as the editor's buttons and headings use it. */
export function languageName(t: TFunction, language: Language): string {
  switch (language) {
    case 'ar':
      return t('templatesAdmin.language.ar');
    case 'en':
      return t('templatesAdmin.language.en');
  }
}

/** The message of a field error, with the reasons only templates give. */
export function templateFieldErrorLabel(t: TFunction, code: string): string {
  switch (code) {
    case 'unknown_placeholder':
      return t('templatesAdmin.fieldError.unknownPlaceholder');
    case 'too_long':
      return t('templatesAdmin.fieldError.smsTooLong');
    default:
      return t(fieldErrorKey(code));
  }
}
