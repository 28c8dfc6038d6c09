import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Bilingual } from '../../../common/enums.ts';
import { getService, listServices, type Service, type ServiceFilter } from '../../api/catalogue.api.ts';

/** The catalogue, filtered or searched; the previous result stays on screen while typing. */
export function useServices(filter: ServiceFilter, enabled = true) {
  return useQuery({
    queryKey: ['services', filter],
    queryFn: ({ signal }) => listServices(filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One service with its extra questions. */
export function useService(code: string | undefined) {
  return useQuery({
    queryKey: ['service', code],
    queryFn: ({ signal }) => getService(code!, signal),
    enabled: Boolean(code),
  });
}

/** A catalogue group and how many services it lists. */
export interface ServiceGroup {
  code: string;
  name: Bilingual;
  count: number;
}

/** The groups of a list of services, in the order they first appear. */
export function groupsOf(services: Service[]): ServiceGroup[] {
  const groups = new Map<string, ServiceGroup>();
  for (const s of services) {
    const g = groups.get(s.group.code);
    if (g) g.count++;
    else groups.set(s.group.code, { code: s.group.code, name: s.group.name, count: 1 });
  }
  return [...groups.values()];
}
