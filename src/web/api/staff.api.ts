import type { Bilingual, StaffRole } from '../../common/enums.ts';
import { apiRequest } from './client.ts';

/** A colleague a case may be assigned to. */
export interface StaffMember {
  id: number;
  name: string;
  role: StaffRole;
  entity: string;
}

/** A reason a case may be rejected with. */
export interface RejectionReason {
  code: string;
  name: Bilingual;
}

/** Officers and supervisors of the signed-in staff member's entity and its units. */
export async function listAssignableStaff(signal?: AbortSignal): Promise<StaffMember[]> {
  return (await apiRequest<{ items: StaffMember[] }>('/api/v1/staff?assignable=true', { signal })).items;
}

export async function listRejectionReasons(signal?: AbortSignal): Promise<RejectionReason[]> {
  return (await apiRequest<{ items: RejectionReason[] }>('/api/v1/rejection-reasons', { signal })).items;
}
