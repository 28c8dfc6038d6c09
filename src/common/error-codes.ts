/**
 * Stable error codes of the API's problem+json answers. The web app translates by code
 * (`error.<code>`), so a code, once published, keeps its meaning.
 */
export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'invalid_encoding',
  'unsupported_media_type',
  'payload_too_large',
  'route_not_found',
  'method_not_allowed',
  'not_found',
  'case_not_found',
  'service_not_found',
  'service_inactive',
  'type_not_allowed',
  'channel_not_allowed',
  'anonymous_not_allowed',
  'contact_required',
  'location_out_of_bounds',
  'location_needs_confirmation',
  'attachment_type_not_allowed',
  'attachment_too_large',
  'too_many_attachments',
  'idempotency_key_reused',
  'idempotency_key_invalid',
  'version_conflict',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'rate_limited',
  'invalid_credentials',
  'account_locked',
  'invalid_code',
  'invalid_token',
  'action_not_allowed',
  'action_forbidden',
  'version_required',
  'reopen_window_closed',
  'already_rated',
  'survey_answered',
  'survey_expired',
  'survey_not_open',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One field-level problem inside a validation error. */
export interface FieldError {
  /** Dotted path of the field in the request body or query, e.g. `location.lat`, `attributes.pole_number`. */
  path: string;
  /** Machine-readable reason, e.g. `required`, `too_big`, `invalid_type`, `unrecognized_key`. */
  code: string;
  message: string;
}

/** The RFC 9457 problem document every error answer carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  errors?: FieldError[];
  instance?: string;
}
