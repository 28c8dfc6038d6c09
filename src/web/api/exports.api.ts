import type { CaseExportAnswer, ExportJob } from '../../common/schemas/export-job.schema.ts';
import type { CaseListQuery } from './cases.api.ts';
import { apiRequest, postJson } from './client.ts';

export type { ExportJob };

/**
 * Asks for the file of every case a list query matches: the answer is the direct download's
 * address when it is small, or a background job to follow (over TAWASUL_EXPORT_BACKGROUND_ROWS).
 */
export function requestCaseExport(format: 'csv' | 'xlsx', query: CaseListQuery, lang: 'ar' | 'en'): Promise<CaseExportAnswer> {
  const { cursor: _cursor, limit: _limit, ...rest } = query;
  return postJson<CaseExportAnswer>('/api/v1/exports/cases', { ...rest, format, lang });
}

/** The signed-in staff member's background exports, newest first. */
export function listExportJobs(signal?: AbortSignal): Promise<{ items: ExportJob[] }> {
  return apiRequest<{ items: ExportJob[] }>('/api/v1/exports/jobs', { signal });
}
