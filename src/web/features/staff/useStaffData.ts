import { useQuery } from '@tanstack/react-query';
import { listEntities } from '../../api/catalogue.api.ts';
import { listAssignableStaff, listRejectionReasons } from '../../api/staff.api.ts';

const long = { staleTime: 10 * 60_000 };

/** Every entity (transfer targets, the inbox's entity filter). */
export function useEntities() {
  return useQuery({ queryKey: ['entities'], queryFn: ({ signal }) => listEntities(signal), ...long });
}

/** Colleagues a case may be assigned to (officers and supervisors of the entity). */
export function useAssignableStaff(enabled = true) {
  return useQuery({ queryKey: ['staff', 'assignable'], queryFn: ({ signal }) => listAssignableStaff(signal), enabled, ...long });
}

/** The reasons a case may be rejected with. */
export function useRejectionReasons(enabled = true) {
  return useQuery({ queryKey: ['rejection-reasons'], queryFn: ({ signal }) => listRejectionReasons(signal), enabled, ...long });
}
