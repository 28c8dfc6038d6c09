import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorsOfProblem, type FieldErrors } from '../../components/field-errors.ts';

/**
 * A change made from an administration page: on success every admin list is read again (a change
 * to a unit shows in the staff and services pages too); on failure the server's field errors are
 * kept for the form, and the error itself for an alert when it names no field.
 */
export function useAdminMutation<I, R>(fn: (input: I) => Promise<R>, onDone?: (result: R, input: I) => void) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: fn,
    onMutate: () => setErrors({}),
    onSuccess: async (result, input) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      onDone?.(result, input);
    },
    onError: (error) => setErrors(fieldErrorsOfProblem(error)),
  });
  const generalError = mutation.isError && Object.keys(errors).length === 0 ? mutation.error : null;
  return { mutation, errors, setErrors, generalError };
}
