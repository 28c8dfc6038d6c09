import type { StaffRole } from '../../../common/enums.ts';
import type { StaffUser } from '../../api/auth.api.ts';
import { canSeeDashboards } from '../../auth/staff-roles.ts';
import { useEntities } from '../staff/useStaffData.ts';

/*
 * What the practice pages offer to whom, after the access description (src/server/access/
 * access.policy.ts: practice_card, practice_publication, practice_adoption, indicator). The server
 * decides every request; this only hides what it would refuse.
 */

/** Benchmarks, cards and adoptions are read by those who see the dashboards. */
export const canSeePractice = (role: StaffRole): boolean => canSeeDashboards(role);

/** What one signed-in person may do on the practice pages. */
export interface PracticeRights {
  writeCards: boolean;
  publish: boolean;
  recommendations: boolean;
  adopt: boolean;
}

export function practiceRights(role: StaffRole, atRoot: boolean): PracticeRights {
  return {
    writeCards: role === 'entity_admin' || (role === 'coordinator' && atRoot),
    publish: role === 'coordinator' && atRoot,
    recommendations: role === 'supervisor' || role === 'entity_admin' || (role === 'coordinator' && atRoot),
    adopt: role === 'entity_admin',
  };
}

/** The person's rights, once the entity tree says whether their entity is the root (the ministry). */
export function usePracticeRights(user: StaffUser): PracticeRights {
  const entities = useEntities();
  const atRoot = entities.data?.some((e) => e.code === user.entity.code && e.parent === null) ?? false;
  return practiceRights(user.role, atRoot);
}
