import { asApiError } from '../../api/problem.ts';

/** Field errors by dotted path (as the API gives them in `errors[].path`): path → reason code. */
export type FieldErrors = Record<string, string>;

/** Where a form shows the problems of a failed request. */
export interface ErrorPlaces {
  /** Problems that name no field (e.g. `invalid_code`) but belong to one: code → [path, reason]. */
  implied?: Partial<Record<string, [path: string, reason: string]>>;
  /** The field on screen that shows an API path (e.g. `location.lat` → the one map `location`). */
  pathOf?: (path: string) => string;
}

/** The field errors of a failed request, keyed by the path the form shows them at. */
export function fieldErrorsOfProblem(error: unknown, { implied = {}, pathOf = (p) => p }: ErrorPlaces = {}): FieldErrors {
  const problem = asApiError(error);
  const out: FieldErrors = {};
  for (const fe of problem.fieldErrors) out[pathOf(fe.path)] ??= fe.code;
  const place = implied[problem.code];
  if (place && !problem.fieldErrors.length) out[place[0]] = place[1];
  return out;
}

/** The errors left once the fields at `paths` change (`contact` clears `contact.phone` too). */
export function withoutErrorsAt(errors: FieldErrors, paths: readonly string[]): FieldErrors {
  const kept = Object.entries(errors).filter(([path]) => !paths.some((p) => path === p || path.startsWith(`${p}.`)));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}

/** Whether there is any field error. */
export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
