import type { z } from 'zod';
import type { suggestResponseSchema } from '../../common/schemas/suggest.schema.ts';
import { apiRequest } from './client.ts';

export type Suggestions = z.infer<typeof suggestResponseSchema>;
export type SuggestedService = Suggestions['items'][number];

/** The services most likely to fit what the citizen typed, best first, with a confidence in [0, 1]. */
export function suggestServices(text: string, language: 'ar' | 'en', signal?: AbortSignal): Promise<Suggestions> {
  return apiRequest<Suggestions>('/api/v1/intake/suggest', {
    method: 'POST',
    body: JSON.stringify({ text, language, limit: 3 }),
    headers: { 'content-type': 'application/json' },
    signal,
  });
}
