import type { z } from 'zod';
import type { recognitionResponseSchema } from '../../common/schemas/recognition.schema.ts';
import { apiRequest } from './client.ts';

export type Recognition = z.infer<typeof recognitionResponseSchema>;
export type RecognitionPlace = Recognition['entities'][number];

/** The published excellence table: the last period that has ended, with the configured weights. */
export function fetchPublicRecognition(signal?: AbortSignal): Promise<Recognition> {
  return apiRequest<Recognition>('/api/v1/public/recognition', { signal });
}
