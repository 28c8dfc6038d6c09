import { hashKey, useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { actOnCase, type ActionBody, type CaseAction, type CitizenCase, type MovedCase, type StaffCase } from '../../api/cases.api.ts';
import { asApiError } from '../../api/problem.ts';
import { fieldErrorsOfProblem, type ErrorPlaces, type FieldErrors } from '../../components/form/field-errors.ts';

/** What an action answers: the case as the actor now sees it, or the bare facts after a transfer out of reach. */
export type ActionResult = StaffCase | CitizenCase | MovedCase;

/** Whether an answer is a full case view (not the bare facts of a case moved out of reach). */
export function isFullCase(result: ActionResult): result is StaffCase | CitizenCase {
  return 'timeline' in result;
}

interface Options {
  /** The cache entry of the case on screen: updated with the answer, reloaded on a version conflict. */
  queryKey: QueryKey;
  reference: string;
  /** The tracking token, for a citizen without a session. */
  token?: string | null;
  onDone?: (result: ActionResult) => void;
  /** Where problems that name no field belong on this form (e.g. a refused file at the file input). */
  places?: ErrorPlaces;
}

/**
 * Sends one action based on the version on screen (If-Match). On 409 `version_conflict` the case is
 * reloaded and `conflict` is set, so the form can say so and keep what was typed.
 */
export function useCaseAction<A extends CaseAction>(action: A, { queryKey, reference, token, onDone, places }: Options) {
  const client = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: ({ body, version, files }: { body: ActionBody<A>; version: number; files?: File[] }) =>
      actOnCase<A, ActionResult>(reference, action, body, version, token, files),
    onMutate: () => setConflict(false),
    onSuccess: (result) => {
      if (isFullCase(result)) client.setQueryData(queryKey, result);
      // Lists change too. The case itself is not asked again: the answer is its new state (or,
      // after a transfer out of reach, asking would only get a 404).
      const own = hashKey(queryKey);
      void client.invalidateQueries({ queryKey: ['cases'], predicate: (q) => hashKey(q.queryKey) !== own });
      void client.invalidateQueries({ queryKey: ['my-cases'] });
      onDone?.(result);
    },
    onError: (error) => {
      if (asApiError(error).code !== 'version_conflict') return;
      setConflict(true);
      void client.invalidateQueries({ queryKey });
    },
  });
  const fieldErrors: FieldErrors = mutation.isError ? fieldErrorsOfProblem(mutation.error, places) : {};
  /** A failure that is neither a version conflict nor tied to a field: shown as a general alert. */
  const generalError = mutation.isError && !conflict && !Object.keys(fieldErrors).length ? mutation.error : null;
  return { mutation, conflict, fieldErrors, generalError };
}
