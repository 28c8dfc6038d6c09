import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOfProblem, type FieldErrors } from '../../../components/form/field-errors.ts';
import { focusFirstInvalid } from '../../../components/form/focus-invalid.ts';
import { slaFieldErrorLabel } from '../../../i18n/labels/sla.labels.ts';

/**
 * The mechanics of a form that adds something to a calendar (a holiday, dated hours): typed values,
 * the form's own check, the request, the server's field errors beside the fields (a field's error
 * goes as it is edited), focus on the first field at open and on the first error after a failure.
 */
export function useCalendarForm<V extends object, I>(opts: {
  initial: V;
  check: (values: V) => { input?: I; errors: FieldErrors };
  send: (input: I) => Promise<unknown>;
  onAdded: (input: I) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(opts.initial);
  const [missing, setMissing] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: opts.send,
    onSuccess: async (_r, input) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'calendars'] });
      opts.onAdded(input);
    },
    onError: () => focusFirstInvalid(formRef.current),
  });
  const errors = { ...(mutation.isError ? fieldErrorsOfProblem(mutation.error) : {}), ...missing };
  const errorOf = (path: string) => (errors[path] ? slaFieldErrorLabel(t, errors[path]) : undefined);
  /** Sets a typed value and clears the error shown at its path. */
  const setValue = <K extends keyof V>(key: K, path: string, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setMissing((m) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== path)));
  };
  const set = (key: keyof V, path: string) => (e: { currentTarget: { value: string } }) => setValue(key, path, e.currentTarget.value as V[keyof V]);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  const submit = () => {
    const { input, errors: lacking } = opts.check(values);
    setMissing(lacking);
    if (input === undefined) return focusFirstInvalid(formRef.current);
    mutation.mutate(input);
  };
  return { formRef, values, setValues, set, setValue, errors, errorOf, mutation, submit };
}
