/**
 * Translation keys built from data (enums, error codes). Every key made here is checked against
 * both resources by test/unit/web-i18n.test.ts, which walks the same enum lists; keys written
 * literally in t() calls are found by scanning the source.
 */
import type { CaseChannel, CasePriority, CaseStatus, CaseType, EventKind, Governorate } from '../../common/enums.ts';
import { errorCodes, type ErrorCode } from '../../common/error-codes.ts';
import type { ClientErrorCode } from '../api/problem.ts';

export const clientErrorCodes: readonly ClientErrorCode[] = ['network_error', 'unknown_error'];

/** Field-level reasons the server or the form gives (`errors[].code`), each with a message. */
export const fieldErrorCodes = [
  'required',
  'invalid_value',
  'invalid_type',
  'invalid_format',
  'invalid_union',
  'too_big',
  'too_small',
  'custom',
  'unrecognized_key',
  'invalid_phone',
  'invalid_email',
  'invalid_national_id',
  'invalid_number',
  'invalid_reference',
  'anonymous_with_contact',
  'unknown_service',
  'type_not_allowed',
  'anonymous_not_allowed',
  'contact_required',
  'out_of_bounds',
  'file_too_large',
  'file_type',
  'too_many_files',
  'invalid_code',
  'not_assignable',
  'unknown_reason',
  'unknown_entity',
  'same_entity',
  'same_service',
  'same_priority',
  'unknown_template',
  'unknown_case',
  'same_case',
  'master_not_open',
  'taken',
  'unknown',
  'already_revoked',
  'inactive',
  'invalid_parent',
  'not_a_unit',
  'root_entity',
  'self',
  'weak_password',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export const caseTypeKey = (type: CaseType) => `case.type.${type}` as const;
export const caseTypeHelpKey = (type: CaseType) => `case.typeHelp.${type}` as const;
export const caseStatusKey = (status: CaseStatus) => `case.status.${status}` as const;
export const casePriorityKey = (priority: CasePriority) => `case.priority.${priority}` as const;
export const caseChannelKey = (channel: CaseChannel) => `case.channel.${channel}` as const;
export const eventKindKey = (kind: EventKind) => `case.event.${kind}` as const;
export const eventActorKey = (by: 'citizen' | 'entity' | 'system') => `case.eventBy.${by}` as const;
export const governorateKey = (g: Governorate) => `governorate.${g}` as const;

/** The message key of a problem code; unknown codes (a newer server) get a generic message. */
export function problemKey(code: string): string {
  const known = (errorCodes as readonly string[]).includes(code) || (clientErrorCodes as readonly string[]).includes(code);
  return `error.${known ? (code as ErrorCode | ClientErrorCode) : 'unknown_error'}`;
}

/** The message key of a field-level reason; unknown reasons read "This value is not valid". */
export function fieldErrorKey(code: string): string {
  return `error.field.${(fieldErrorCodes as readonly string[]).includes(code) ? code : 'invalid_value'}`;
}
