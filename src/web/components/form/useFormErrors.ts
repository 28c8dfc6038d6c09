import { useCallback, useRef, useState } from 'react';
import { fieldErrorsOfProblem, hasFieldErrors, withoutErrorsAt, type ErrorPlaces, type FieldErrors } from './field-errors.ts';
import { focusFirstInvalid } from './focus-invalid.ts';
import { useFieldError } from './useFieldError.ts';


/**
 * The field errors of one form: its own checks before sending, the server's problem+json after,
 * each message beside its field and the focus on the first one. Put `formRef` on the `<form>`.
 */
export function useFormErrors(places: ErrorPlaces = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const errorOf = useFieldError(errors);
  const placesRef = useRef(places);
  placesRef.current = places;

  /** Shows the form's own findings; true when there are none (the form may be sent). */
  const check = useCallback((found: FieldErrors): boolean => {
    setErrors(found);
    if (!hasFieldErrors(found)) return true;
    focusFirstInvalid(formRef.current);
    return false;
  }, []);

  /** Shows the server's field errors of a failed send; returns them. */
  const fail = useCallback((error: unknown): FieldErrors => {
    const found = fieldErrorsOfProblem(error, placesRef.current);
    setErrors(found);
    focusFirstInvalid(formRef.current);
    return found;
  }, []);

  /** Forgets the errors of fields that have just changed. */
  const clear = useCallback((...paths: string[]) => setErrors((e) => withoutErrorsAt(e, paths)), []);

  return { formRef, errors, setErrors, errorOf, check, fail, clear };
}
