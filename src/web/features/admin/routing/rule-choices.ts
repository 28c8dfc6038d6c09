import { useQueries } from '@tanstack/react-query';
import type { AdminEntity, AdminGroup, AdminService } from '../../../../common/schemas/admin.schema.ts';
import { listAdminServices, listEntities, listGroups } from '../../../api/admin.api.ts';
import { activeBoundarySet } from '../../../api/places.api.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';

/** What a rule can name: services, groups, entities and units, and the areas of the active set. */
export interface RuleChoices {
  services: AdminService[];
  groups: AdminGroup[];
  entities: AdminEntity[];
  /** Areas of the active boundary set (none without one), labelled "name (layer)". */
  areas: { code: string; label: string }[];
}

/**
 * Loads the choices of the rule form and tester as one query: its data once all have loaded, the
 * first error, and a retry of what failed.
 */
export function useRuleChoices(): { data: RuleChoices | undefined; error: unknown; refetch: () => void } {
  const local = useLocalized();
  const [services, groups, entities, boundaries] = useQueries({
    queries: [
      { queryKey: ['admin', 'services'], queryFn: ({ signal }) => listAdminServices(signal) },
      { queryKey: ['admin', 'groups'], queryFn: ({ signal }) => listGroups(signal) },
      { queryKey: ['admin', 'entities'], queryFn: ({ signal }) => listEntities(signal) },
      { queryKey: ['admin', 'boundaries', 'active'], queryFn: ({ signal }) => activeBoundarySet(signal) },
    ],
  });
  const all = [services, groups, entities, boundaries];
  const error = all.find((q) => q.error)?.error ?? null;
  const refetch = () => all.filter((q) => q.error).forEach((q) => void q.refetch());
  if (!services.data || !groups.data || !entities.data || boundaries.data === undefined) return { data: undefined, error, refetch };
  const areas = (boundaries.data?.areas ?? []).map((a) => ({ code: a.code, label: `${local(a.name)} (${a.layer})` }));
  return { data: { services: services.data, groups: groups.data, entities: entities.data, areas }, error, refetch };
}
