import { createContext, useContext, type ReactNode } from 'react';
import type { StaffUser } from '../api/auth.api.ts';

/**
 * The staff session of the workspace: who is signed in, their role and entity. StaffLayout reads
 * the session once and provides it; every staff and administration page below asks here, however
 * deeply its route is nested.
 */
const StaffUserContext = createContext<StaffUser | null>(null);

/** Makes the signed-in staff member known to the pages inside it. */
export function StaffUserProvider({ user, children }: { user: StaffUser; children: ReactNode }) {
  return <StaffUserContext.Provider value={user}>{children}</StaffUserContext.Provider>;
}

/** The signed-in staff member; only pages inside the workspace (rendered only when signed in) may ask. */
export function useStaffUser(): StaffUser {
  const user = useContext(StaffUserContext);
  if (!user) throw new Error('useStaffUser is used outside the staff workspace');
  return user;
}
