import type { z } from 'zod';
import type {
  createCaseResponseSchema,
  createCaseSchema,
  publicEventSchema,
  trackedCaseSchema,
} from '../../common/schemas/case.schema.ts';
import { apiRequest } from './client.ts';

/** The body of `POST /api/v1/cases`, as sent (before the server's transforms). */
export type CaseSubmission = z.input<typeof createCaseSchema>;
/** The receipt of a submitted case. */
export type CaseReceipt = z.infer<typeof createCaseResponseSchema>;
/** A case as its submitter sees it. */
export type TrackedCase = z.infer<typeof trackedCaseSchema>;
export type PublicEvent = z.infer<typeof publicEventSchema>;

/**
 * Submits a case as multipart/form-data: the JSON in a `case` field and each file as `files`.
 * The idempotency key makes a retry after a lost answer safe.
 */
export function submitCase(submission: CaseSubmission, files: File[], idempotencyKey: string): Promise<CaseReceipt> {
  const form = new FormData();
  form.append('case', JSON.stringify(submission));
  for (const file of files) form.append('files', file, file.name);
  return apiRequest<CaseReceipt>('/api/v1/cases', {
    method: 'POST',
    body: form,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/** Loads a case by its reference and tracking token (sent as a header, kept out of logs). */
export function trackCase(reference: string, token: string, signal?: AbortSignal): Promise<TrackedCase> {
  return apiRequest<TrackedCase>(`/api/v1/cases/${encodeURIComponent(reference)}`, {
    headers: { 'x-tracking-token': token },
    signal,
  });
}
