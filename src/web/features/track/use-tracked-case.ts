import { useQuery } from '@tanstack/react-query';
import { trackCase } from '../../api/cases.api.ts';

/** A case by reference and tracking token; nothing is asked without a token. */
export function useTrackedCase(reference: string, token: string | null) {
  return useQuery({
    queryKey: ['tracked-case', reference, token],
    queryFn: ({ signal }) => trackCase(reference, token!, signal),
    enabled: Boolean(reference && token),
  });
}
