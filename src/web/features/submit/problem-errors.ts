import type { ApiError } from '../../api/problem.ts';
import type { FieldErrors } from './draft.ts';

/** Problems that name no field but belong to one. */
const fieldOfCode: Partial<Record<string, [path: string, reason: string]>> = {
  attachment_type_not_allowed: ['files', 'file_type'],
  attachment_too_large: ['files', 'file_too_large'],
  too_many_attachments: ['files', 'too_many_files'],
  payload_too_large: ['files', 'file_too_large'],
  service_not_found: ['serviceCode', 'unknown_service'],
  service_inactive: ['serviceCode', 'unknown_service'],
};

/** The API's field errors keyed by the path the form shows them at. */
export function fieldErrorsOf(error: ApiError): FieldErrors {
  const out: FieldErrors = {};
  for (const fe of error.fieldErrors) {
    // The pin is one field on screen: a problem with lat or lng shows beside the map.
    const path = /^location\.(lat|lng)$/.test(fe.path) ? 'location' : fe.path;
    out[path] ??= fe.code;
  }
  const implied = fieldOfCode[error.code];
  if (implied && !error.fieldErrors.length) out[implied[0]] = implied[1];
  return out;
}
