import type { z } from 'zod';
import type {
  BoardQuery,
  ModerationItem,
  PublicSuggestion,
  PublicSuggestionState,
  SuggestionKpi,
  ThresholdBody,
  boardResponseSchema,
  supportResponseSchema,
  thresholdListSchema,
} from '../../common/schemas/public-suggestion.schema.ts';
import { apiRequest, postJson, queryString, sendJson } from './client.ts';

export type { ModerationItem, PublicSuggestion, PublicSuggestionState, SuggestionKpi, ThresholdBody };
export type Board = z.infer<typeof boardResponseSchema>;
export type SupportResponse = z.infer<typeof supportResponseSchema>;
export type ThresholdList = z.infer<typeof thresholdListSchema>;

/** The public board, filtered, searched and paged. */
export function fetchBoard(query: BoardQuery, signal?: AbortSignal): Promise<Board> {
  const params = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  return apiRequest<Board>(`/api/v1/public/suggestions${queryString(params)}`, { signal });
}

/** One published suggestion. */
export function fetchPublicSuggestion(id: number, signal?: AbortSignal): Promise<PublicSuggestion> {
  return apiRequest<PublicSuggestion>(`/api/v1/public/suggestions/${id}`, { signal });
}

/** Supports a published suggestion (a citizen signed in with a one-time code). */
export function supportSuggestion(id: number): Promise<SupportResponse> {
  return postJson<SupportResponse>(`/api/v1/public/suggestions/${id}/support`, {});
}

/** Requests to publish, in the staff member's scope (pending by default). */
export function fetchModerationList(signal?: AbortSignal): Promise<{ items: ModerationItem[] }> {
  return apiRequest<{ items: ModerationItem[] }>('/api/v1/moderation/suggestions', { signal });
}

export function fetchModerationItem(id: number, signal?: AbortSignal): Promise<ModerationItem> {
  return apiRequest<ModerationItem>(`/api/v1/moderation/suggestions/${id}`, { signal });
}

export function publishSuggestion(id: number, publicText: string): Promise<ModerationItem> {
  return postJson<ModerationItem>(`/api/v1/moderation/suggestions/${id}/publish`, { publicText });
}

export function refuseSuggestion(id: number): Promise<ModerationItem> {
  return postJson<ModerationItem>(`/api/v1/moderation/suggestions/${id}/refuse`, {});
}

export function fetchThresholds(signal?: AbortSignal): Promise<ThresholdList> {
  return apiRequest<ThresholdList>('/api/v1/admin/suggestion-thresholds', { signal });
}

export function putThreshold(body: ThresholdBody): Promise<ThresholdList> {
  return sendJson<ThresholdList>('PUT', '/api/v1/admin/suggestion-thresholds', body);
}

/** Public answers owed per entity and service, in the staff member's scope. */
export function fetchSuggestionKpi(entity: string | undefined, signal?: AbortSignal): Promise<SuggestionKpi> {
  return apiRequest<SuggestionKpi>(`/api/v1/kpi/suggestions${queryString({ entity })}`, { signal });
}
