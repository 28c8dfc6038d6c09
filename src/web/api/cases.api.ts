import type { z } from 'zod';
import type {
  actionBodySchemas,
  caseListItemSchema,
  caseListQuerySchema,
  caseListResponseSchema,
  citizenCaseSchema,
  movedCaseSchema,
  staffCaseSchema,
  timelineEventSchema,
} from '../../common/schemas/case-actions.schema.ts';
import type {
  createCaseResponseSchema,
  createCaseSchema,
  publicEventSchema,
  trackedCaseSchema,
} from '../../common/schemas/case.schema.ts';
import { apiRequest, postJson, queryString } from './client.ts';

/** The body of `POST /api/v1/cases`, as sent (before the server's transforms). */
export type CaseSubmission = z.input<typeof createCaseSchema>;
/** The receipt of a submitted case. */
export type CaseReceipt = z.infer<typeof createCaseResponseSchema>;
/** A case as its submitter sees it. */
export type TrackedCase = z.infer<typeof trackedCaseSchema>;
export type PublicEvent = z.infer<typeof publicEventSchema>;
/** A case as its citizen sees it, with what they may do next. */
export type CitizenCase = z.infer<typeof citizenCaseSchema>;
/** A case as staff in scope see it: full timeline, contact, SLA, allowed actions. */
export type StaffCase = z.infer<typeof staffCaseSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
/** The answer to an action that moved the case out of the actor's reach (a transfer). */
export type MovedCase = z.infer<typeof movedCaseSchema>;
export type CaseListItem = z.infer<typeof caseListItemSchema>;
export type CaseListPage = z.infer<typeof caseListResponseSchema>;
/** Filters of `GET /api/v1/cases`, as query-string values. */
export type CaseListQuery = { [K in keyof z.input<typeof caseListQuerySchema>]?: string };
/** A workflow action: `POST /api/v1/cases/{reference}/actions/{action}`. */
export type CaseAction = keyof typeof actionBodySchemas;
/** The body of an action, without `version` (sent as If-Match). */
export type ActionBody<A extends CaseAction> = Omit<z.input<(typeof actionBodySchemas)[A]>, 'version'>;

const casePath = (reference: string) => `/api/v1/cases/${encodeURIComponent(reference)}`;

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

/** Submits a case as JSON (a hotline agent for a caller: the server marks it channel hotline). */
export function submitCaseJson(submission: CaseSubmission, idempotencyKey: string): Promise<CaseReceipt> {
  return postJson<CaseReceipt>('/api/v1/cases', submission, { 'idempotency-key': idempotencyKey });
}

/**
 * The citizen's view of a case: by its tracking token (sent as a header, kept out of logs), or,
 * without one, as the signed-in citizen who owns it.
 */
export function getCitizenCase(reference: string, token: string | null, signal?: AbortSignal): Promise<CitizenCase> {
  return apiRequest<CitizenCase>(casePath(reference), { headers: token ? { 'x-tracking-token': token } : {}, signal });
}

/** The staff view of a case in the signed-in staff member's scope. */
export function getStaffCase(reference: string, signal?: AbortSignal): Promise<StaffCase> {
  return apiRequest<StaffCase>(casePath(reference), { signal });
}

/** One page of cases: staff see their scope, a signed-in citizen their own. */
/**
 * The address of the file of every case a list query matches (no paging; at most 100,000 rows,
 * no personal data), in the reader's language with right-to-left sheets in Arabic.
 */
export function caseExportUrl(format: 'csv' | 'xlsx', query: CaseListQuery, lang: 'ar' | 'en'): string {
  const { cursor: _cursor, limit: _limit, ...rest } = query;
  return `/api/v1/exports/cases.${format}${queryString({ ...rest, lang })}`;
}

export function listCases(query: CaseListQuery, signal?: AbortSignal): Promise<CaseListPage> {
  return apiRequest<CaseListPage>(`/api/v1/cases${queryString(query)}`, { signal });
}

/**
 * Takes an action on a case, based on the version the actor saw (If-Match): a stale version gets
 * 409 `version_conflict`. A tracking token authorises the citizen's own actions.
 */
export function actOnCase<A extends CaseAction, R = StaffCase | CitizenCase | MovedCase>(
  reference: string,
  action: A,
  body: ActionBody<A>,
  version: number,
  token?: string | null,
  files: File[] = [],
): Promise<R> {
  const headers = { 'if-match': String(version), ...(token ? { 'x-tracking-token': token } : {}) };
  if (files.length) {
    // With files: multipart, the action's JSON in an `action` field, as a submission carries its case.
    const form = new FormData();
    form.append('action', JSON.stringify(body));
    for (const file of files) form.append('files', file, file.name);
    return apiRequest<R>(`${casePath(reference)}/actions/${action}`, { method: 'POST', body: form, headers });
  }
  return postJson<R>(`${casePath(reference)}/actions/${action}`, body, {
    'if-match': String(version),
    ...(token ? { 'x-tracking-token': token } : {}),
  });
}

/** Where an attachment is downloaded (a tracking token in the query when the viewer has no session). */
export function attachmentUrl(url: string, token?: string | null): string {
  return token ? `${url}?token=${encodeURIComponent(token)}` : url;
}
