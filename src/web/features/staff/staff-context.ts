import { useOutletContext } from 'react-router';
import type { StaffUser } from '../../api/auth.api.ts';

/** The signed-in staff member, for every page inside the workspace (StaffLayout renders them only when signed in). */
export function useStaffUser(): StaffUser {
  return useOutletContext<StaffUser>();
}
