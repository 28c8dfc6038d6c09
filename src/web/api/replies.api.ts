import type { z } from 'zod';
import type { BulkInput, RenderedReply, bulkResultSchema } from '../../common/schemas/reply.schema.ts';
import { apiRequest, postJson } from './client.ts';

export type { BulkInput, RenderedReply };
/** What bulk work answers: an outcome per case and the counts of each outcome. */
export type BulkResult = z.infer<typeof bulkResultSchema>;

/** The reply texts a case may be answered with, filled in for it in the case's language. */
export async function caseReplyTemplates(reference: string, signal?: AbortSignal): Promise<RenderedReply[]> {
  const { items } = await apiRequest<{ items: RenderedReply[] }>(`/api/v1/cases/${encodeURIComponent(reference)}/reply-templates`, { signal });
  return items;
}

/** One action on many cases, each based on the version the inbox showed; a result per case. */
export function runBulk(input: BulkInput): Promise<BulkResult> {
  return postJson<BulkResult>('/api/v1/cases/bulk', input);
}
