import { useFormMutation } from '../form/useFormMutation.ts';

/**
 * A change made from an administration page: on success every admin list is read again (a change
 * to a unit shows in the staff and services pages too); on failure the server's field errors are
 * kept for the form, and the error itself for an alert when it names no field.
 */
export function useAdminMutation<I, R>(fn: (input: I) => Promise<R>, onDone?: (result: R, input: I) => void) {
  return useFormMutation(fn, { invalidate: [['admin']], onDone });
}
