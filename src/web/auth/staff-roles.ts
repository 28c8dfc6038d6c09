import type { StaffRole } from '../../common/enums.ts';

/** Who sees the indicator dashboards: those who manage or analyse, not the officers working cases. */
export function canSeeDashboards(role: StaffRole): boolean {
  return role === 'supervisor' || role === 'entity_admin' || role === 'coordinator' || role === 'analyst';
}

/** Who reviews requests to publish suggestions: staff of the entity holding them (the access description's public_suggestion row). */
export function canModerateSuggestions(role: StaffRole): boolean {
  return role === 'officer' || role === 'supervisor' || role === 'entity_admin' || role === 'coordinator';
}

/** Who opens the administration pages: an entity's administrator and the national coordinator. */
export function canAdminister(role: StaffRole): boolean {
  return role === 'entity_admin' || role === 'coordinator';
}
