import type { SuggesterReport } from '../../common/schemas/suggest.schema.ts';
import { apiRequest, sendJson } from './client.ts';

/** The suggester's newest version, its precision per service and each service's auto-choose threshold. */
export function getSuggesterReport(signal?: AbortSignal): Promise<SuggesterReport> {
  return apiRequest<SuggesterReport>('/api/v1/admin/suggester', { signal });
}

/** Sets the confidence in (0, 1] at which a service is chosen without a person; null: never. */
export const setAutoThreshold = (code: string, autoThreshold: number | null) =>
  sendJson<{ code: string; autoThreshold: number | null }>('PUT', `/api/v1/admin/suggester/services/${encodeURIComponent(code)}`, { autoThreshold });
