import type { TFunction } from 'i18next';
import type { StaffRole } from '../../../common/enums.ts';

/** The administration sections, in the order the menu shows them. */
export const adminSections = ['services', 'suggester', 'sla-policies', 'calendars', 'templates', 'entities', 'staff', 'api-keys', 'reasons', 'routing-rules', 'boundaries', 'audit'] as const;
export type AdminSection = (typeof adminSections)[number];

/** National configuration: the coordinator's alone (the access policy's `root` rows). */
const nationalOnly: readonly AdminSection[] = ['sla-policies', 'calendars', 'reasons', 'routing-rules', 'boundaries'];

/**
 * Who may open a section. The server decides each change; this only hides what would be refused:
 * working calendars, SLA policies, rejection reasons, routing rules and boundary sets are national
 * settings (the coordinator);
 * an entity's administrator manages its own services, units, staff, keys, templates and audit trail.
 */
export function mayOpen(role: StaffRole, section: AdminSection): boolean {
  if (role === 'coordinator') return true;
  if (role !== 'entity_admin') return false;
  return !nationalOnly.includes(section);
}

export function sectionLabel(t: TFunction, section: AdminSection): string {
  switch (section) {
    case 'services':
      return t('admin.section.services');
    case 'suggester':
      return t('admin.section.suggester');
    case 'sla-policies':
      return t('admin.section.slaPolicies');
    case 'calendars':
      return t('admin.section.calendars');
    case 'templates':
      return t('admin.section.templates');
    case 'entities':
      return t('admin.section.entities');
    case 'staff':
      return t('admin.section.staff');
    case 'api-keys':
      return t('admin.section.apiKeys');
    case 'reasons':
      return t('admin.section.reasons');
    case 'routing-rules':
      return t('admin.section.routingRules');
    case 'boundaries':
      return t('admin.section.boundaries');
    case 'audit':
      return t('admin.section.audit');
  }
}

export function sectionHelp(t: TFunction, section: AdminSection): string {
  switch (section) {
    case 'services':
      return t('admin.sectionHelp.services');
    case 'suggester':
      return t('admin.sectionHelp.suggester');
    case 'sla-policies':
      return t('admin.sectionHelp.slaPolicies');
    case 'calendars':
      return t('admin.sectionHelp.calendars');
    case 'templates':
      return t('admin.sectionHelp.templates');
    case 'entities':
      return t('admin.sectionHelp.entities');
    case 'staff':
      return t('admin.sectionHelp.staff');
    case 'api-keys':
      return t('admin.sectionHelp.apiKeys');
    case 'reasons':
      return t('admin.sectionHelp.reasons');
    case 'routing-rules':
      return t('admin.sectionHelp.routingRules');
    case 'boundaries':
      return t('admin.sectionHelp.boundaries');
    case 'audit':
      return t('admin.sectionHelp.audit');
  }
}
