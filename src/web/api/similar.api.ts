import type { z } from 'zod';
import type { followResponseSchema, similarListSchema } from '../../common/schemas/similar.schema.ts';
import { apiRequest, postJson } from './client.ts';

export type SimilarList = z.infer<typeof similarListSchema>;
export type FollowResult = z.infer<typeof followResponseSchema>;

/** What a report being written is about so far. */
export interface SimilarProbe {
  service?: string;
  lat?: number;
  lng?: number;
  text?: string;
  type?: string;
}

/** "Already reported?": open cases likely the same problem (no personal data). */
export function getSimilar(probe: SimilarProbe, signal?: AbortSignal): Promise<SimilarList> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(probe)) if (v !== undefined && v !== '') params.set(k, String(v));
  return apiRequest<SimilarList>(`/api/v1/intake/similar?${params}`, { signal });
}

/** Likely duplicates of a case (staff: among the cases they may reach). */
export function getCaseSimilar(reference: string, signal?: AbortSignal): Promise<SimilarList> {
  return apiRequest<SimilarList>(`/api/v1/cases/${encodeURIComponent(reference)}/similar`, { signal });
}

/** "This is mine too": follow an open case; a signed-in citizen needs no contact. */
export function followCase(reference: string, body: { contact?: { phone?: string; email?: string }; language?: 'ar' | 'en' }): Promise<FollowResult> {
  return postJson<FollowResult>(`/api/v1/cases/${encodeURIComponent(reference)}/followers`, body);
}
