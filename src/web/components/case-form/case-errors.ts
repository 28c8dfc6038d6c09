import type { ApiError } from '../../api/problem.ts';
import { fieldErrorsOfProblem, type ErrorPlaces, type FieldErrors } from '../form/field-errors.ts';

/** Where the case form shows the problems of a refused case. */
export const caseErrorPlaces: ErrorPlaces = {
  // Problems that name no field but belong to one.
  implied: {
    attachment_type_not_allowed: ['files', 'file_type'],
    attachment_too_large: ['files', 'file_too_large'],
    too_many_attachments: ['files', 'too_many_files'],
    payload_too_large: ['files', 'file_too_large'],
    service_not_found: ['serviceCode', 'unknown_service'],
    service_inactive: ['serviceCode', 'unknown_service'],
  },
  // The pin is one field on screen: a problem with lat or lng shows beside the map.
  pathOf: (path) => (/^location\.(lat|lng)$/.test(path) ? 'location' : path),
};

/** The API's field errors keyed by the path the case form shows them at. */
export function fieldErrorsOf(error: ApiError): FieldErrors {
  return fieldErrorsOfProblem(error, caseErrorPlaces);
}
