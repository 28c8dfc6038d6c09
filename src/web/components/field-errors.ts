import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/problem.ts';
import { fieldErrorKey } from '../i18n/keys.ts';

/** Field errors by dotted path (as the API gives them in `errors[].path`): path → reason code. */
export type FieldErrors = Record<string, string>;

/**
 * The field errors of a failed request, keyed by path. `implied` places problems that name no
 * field (e.g. `invalid_code`) at the field they belong to.
 */
export function fieldErrorsOfProblem(error: unknown, implied: Partial<Record<string, [path: string, reason: string]>> = {}): FieldErrors {
  const problem = asApiError(error);
  const out: FieldErrors = {};
  for (const fe of problem.fieldErrors) out[fe.path] ??= fe.code;
  const place = implied[problem.code];
  if (place && !problem.fieldErrors.length) out[place[0]] = place[1];
  return out;
}

/** The translated message of a field's error, if it has one. */
export function useFieldError(errors: FieldErrors): (path: string) => string | undefined {
  const { t } = useTranslation();
  return (path) => {
    const code = errors[path];
    return code ? t(fieldErrorKey(code)) : undefined;
  };
}

/** Moves focus to the first field marked invalid inside a container (after a failed send). */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
