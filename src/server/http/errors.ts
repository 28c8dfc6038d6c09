import type { ErrorCode, FieldError } from '../../common/error-codes.ts';

/** An error the API answers with a problem+json document; anything else becomes a 500. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Factories, one per situation, so a status and its code never drift apart. */
export const errors = {
  validation: (errs: FieldError[], detail = 'The request has invalid fields.') =>
    new AppError(400, 'validation_failed', detail, errs),
  field: (path: string, code: string, message: string) =>
    new AppError(400, 'validation_failed', message, [{ path, code, message }]),
  malformedJson: (detail: string) => new AppError(400, 'malformed_json', detail),
  invalidEncoding: () => new AppError(400, 'invalid_encoding', 'The request body is not valid UTF-8.'),
  unsupportedMediaType: (type: string | undefined) =>
    new AppError(415, 'unsupported_media_type', `Content type ${type ?? '(none)'} is not accepted here.`),
  payloadTooLarge: (detail = 'The request body is too large.') => new AppError(413, 'payload_too_large', detail),
  routeNotFound: (method: string, url: string) =>
    new AppError(404, 'route_not_found', `No route ${method} ${url.split('?')[0]}.`),
  notFound: (what = 'resource') => new AppError(404, 'not_found', `The ${what} does not exist.`),
  caseNotFound: () =>
    new AppError(404, 'case_not_found', 'No case with that reference is visible with the credentials given.'),
  serviceNotFound: (code: string) => new AppError(404, 'service_not_found', `No service with code ${code}.`),
  typeNotAllowed: (type: string, service: string) =>
    new AppError(422, 'type_not_allowed', `The service ${service} does not accept a ${type}.`, [
      { path: 'type', code: 'type_not_allowed', message: `Not accepted by ${service}` },
    ]),
  /** A practice card for a service its entity does not handle (no route of it there, no case of it held there). */
  serviceNotHandled: (service: string) =>
    new AppError(422, 'validation_failed', `The entity does not handle the service ${service}.`, [
      { path: 'serviceCode', code: 'service_not_handled', message: 'Not a service the entity handles' },
    ]),
  /** A channel only staff, a signed relay or an API client may state (see access/channel-claim.ts). */
  channelNotAllowed: (channel: string) =>
    new AppError(400, 'channel_not_allowed', `Only staff, a signed relay or an API client may file a case as coming through ${channel}.`, [
      { path: 'channel', code: 'channel_not_allowed', message: 'Not a channel this sender may state' },
    ]),
  anonymousNotAllowed: (service: string) =>
    new AppError(422, 'anonymous_not_allowed', `The service ${service} needs the submitter's contact.`, [
      { path: 'anonymous', code: 'anonymous_not_allowed', message: 'This service needs a contact' },
    ]),
  contactRequired: () =>
    new AppError(422, 'contact_required', 'A phone number or an email address is needed, or submit anonymously.', [
      { path: 'contact', code: 'contact_required', message: 'Give a phone number or an email address' },
    ]),
  locationOutOfBounds: () =>
    new AppError(422, 'location_out_of_bounds', 'The location is outside the area this service covers.', [
      { path: 'location', code: 'out_of_bounds', message: 'Outside the service area' },
    ]),
  attachmentType: (name: string, reason = 'is not a JPEG, PNG, WebP, HEIC image or a PDF') =>
    new AppError(415, 'attachment_type_not_allowed', `The file ${name} ${reason}.`),
  attachmentTooLarge: (maxBytes: number) =>
    new AppError(413, 'attachment_too_large', `A file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`),
  tooManyAttachments: (max: number) => new AppError(413, 'too_many_attachments', `At most ${max} files per case.`),
  idempotencyReused: () =>
    new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request.'),
  idempotencyInvalid: () =>
    new AppError(400, 'idempotency_key_invalid', 'An Idempotency-Key is 1 to 255 printable ASCII characters.'),
  versionConflict: () => new AppError(409, 'version_conflict', 'The case changed since you loaded it.'),
  unauthenticated: () => new AppError(401, 'unauthenticated', 'Sign in first.'),
  forbidden: (detail = 'You may not do this.') => new AppError(403, 'forbidden', detail),
  rateLimited: (retryAfterSeconds: number, detail = 'Too many attempts; try again later.') =>
    new AppError(429, 'rate_limited', detail, undefined, { 'retry-after': String(retryAfterSeconds) }),
  invalidCredentials: () => new AppError(401, 'invalid_credentials', 'The email or password is not right.'),
  accountLocked: (retryAfterSeconds: number) =>
    new AppError(429, 'account_locked', 'Too many failed sign-ins; the account is locked for a while.', undefined, {
      'retry-after': String(retryAfterSeconds),
    }),
  invalidCode: () => new AppError(401, 'invalid_code', 'The code is wrong or has expired.'),
  csrf: () => new AppError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header.'),
  actionNotAllowed: (action: string, status: string) =>
    new AppError(409, 'action_not_allowed', `The action ${action} is not possible while the case is ${status}.`),
  actionForbidden: (action: string) => new AppError(403, 'action_forbidden', `Your role may not ${action} this case.`),
  versionRequired: () =>
    new AppError(428, 'version_required', 'Send the version you saw, as If-Match or "version", to change a case.'),
  reopenWindowClosed: () => new AppError(409, 'reopen_window_closed', 'The time to reopen this case has passed.'),
  alreadyRated: () => new AppError(409, 'already_rated', 'This resolution has already been rated.'),
  surveyAnswered: () => new AppError(409, 'survey_answered', 'The survey of this answer has already been answered.'),
  surveyExpired: (days: number, expiresAt: Date) =>
    new AppError(409, 'survey_expired', `The survey closed on ${expiresAt.toISOString()}, ${days} days after the answer it is about.`),
  surveyNotOpen: (status: string) => new AppError(409, 'survey_not_open', `There is no answer to rate while the case is ${status}.`),
  invalidToken: () => new AppError(400, 'invalid_token', 'The link is wrong, used or expired.'),
  /** The database is down or did not answer within its limit: worth retrying shortly. */
  unavailable: (detail = 'The database is not reachable or did not answer in time.', retryAfterSeconds = 5) =>
    new AppError(503, 'service_unavailable', detail, undefined, { 'retry-after': String(retryAfterSeconds) }),
};
