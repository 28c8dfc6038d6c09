import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ErrorPlaces } from './field-errors.ts';
import { hasFieldErrors } from './field-errors.ts';
import { useFormErrors } from './useFormErrors.ts';

interface Options<I, R> extends ErrorPlaces {
  /** Lists to read again once the change is made. */
  invalidate?: QueryKey[];
  onDone?: (result: R, input: I) => void;
}

/**
 * A form's send: while it is in flight the form shows it (`mutation.isPending`); on failure the
 * server's field errors go beside their fields (focused), and a failure that names no field is
 * `generalError`, for an alert under the form.
 */
export function useFormMutation<I, R>(fn: (input: I) => Promise<R>, { invalidate = [], onDone, ...places }: Options<I, R> = {}) {
  const queryClient = useQueryClient();
  const form = useFormErrors(places);
  const mutation = useMutation({
    mutationFn: fn,
    onMutate: () => form.setErrors({}),
    onSuccess: async (result, input) => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onDone?.(result, input);
    },
    onError: (error) => form.fail(error),
  });
  const generalError = mutation.isError && !hasFieldErrors(form.errors) ? mutation.error : null;
  return { ...form, mutation, generalError };
}
