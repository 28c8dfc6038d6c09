import type { z } from 'zod';
import type { CaseType } from '../../common/enums.ts';
import type {
  attributeSchema,
  entitySchema,
  serviceSchema,
  servicesResponseSchema,
} from '../../common/schemas/catalogue.schema.ts';
import { apiRequest, queryString } from './client.ts';

/** A catalogue service as the API returns it. */
export type Service = z.infer<typeof serviceSchema>;
/** One extra question of a service. */
export type ServiceAttribute = z.infer<typeof attributeSchema>;
type ServicesResponse = z.infer<typeof servicesResponseSchema>;

/** Filters of the catalogue listing. */
export interface ServiceFilter {
  q?: string;
  group?: string;
  type?: CaseType;
}

/** Lists or searches the catalogue (`q` is Arabic-aware on the server). */
export async function listServices(filter: ServiceFilter, signal?: AbortSignal): Promise<Service[]> {
  const body = await apiRequest<ServicesResponse>(`/api/v1/services${queryString({ ...filter })}`, { signal });
  return body.items;
}

/** One service with its extra questions. */
export function getService(code: string, signal?: AbortSignal): Promise<Service> {
  return apiRequest<Service>(`/api/v1/services/${encodeURIComponent(code)}`, { signal });
}

/** A government entity (ministry, municipality, unit). */
export type Entity = z.infer<typeof entitySchema>;

/** Every entity: transfer targets, the inbox's entity filter. */
export async function listEntities(signal?: AbortSignal): Promise<Entity[]> {
  return (await apiRequest<{ items: Entity[] }>('/api/v1/entities', { signal })).items;
}
