import type { StaffRole } from '../../common/enums.ts';

/** Who sees the indicator dashboards: those who manage or analyse, not the officers working cases. */
export function canSeeDashboards(role: StaffRole): boolean {
  return role === 'supervisor' || role === 'entity_admin' || role === 'coordinator' || role === 'analyst';
}

/** Who opens the administration pages: an entity's administrator and the national coordinator. */
export function canAdminister(role: StaffRole): boolean {
  return role === 'entity_admin' || role === 'coordinator';
}
