import { useQuery } from '@tanstack/react-query';
import { getCitizenCase } from '../../api/cases.api.ts';

/** The cache key of a case seen by its citizen. */
export const citizenCaseKey = (reference: string, token: string | null) => ['citizen-case', reference, token] as const;

/**
 * A case as its citizen sees it: by reference and tracking token, or — for a signed-in citizen —
 * by reference alone. Nothing is asked while neither is available.
 */
export function useTrackedCase(reference: string, token: string | null, signedIn = false) {
  return useQuery({
    queryKey: citizenCaseKey(reference, token),
    queryFn: ({ signal }) => getCitizenCase(reference, token, signal),
    enabled: Boolean(reference && (token || signedIn)),
  });
}
