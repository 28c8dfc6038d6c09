import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../../api/client.ts';
import { submitCase } from '../../api/cases.api.ts';
import { asApiError } from '../../api/problem.ts';
import { runtimeConfig } from '../../app/runtime-config.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useService } from '../catalogue/useServices.ts';
import { emptyDraft, stepOfPath, steps, type Draft, type StepId } from '../../components/case-form/draft.ts';
import { fieldErrorsOf } from '../../components/case-form/case-errors.ts';
import { withoutErrorsAt, type FieldErrors } from '../../components/form/field-errors.ts';
import { saveReceipt } from './receipt-store.ts';
import { buildSubmission } from '../../components/case-form/submission.ts';
import { validateStep } from '../../components/case-form/validate.ts';

type FocusTarget = 'heading' | 'invalid' | null;

/**
 * The submission flow's state: the draft, the current step, field errors (from the form's own
 * checks or from the API's problem+json), and sending with an idempotency key that stays the same
 * while the draft does, so a retry after a lost answer cannot file the case twice.
 */
export function useSubmitFlow(initialService: string | undefined) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(initialService));
  const [index, setIndex] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focus, setFocus] = useState<FocusTarget>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const serviceQuery = useService(draft.serviceCode);
  const service = serviceQuery.data;
  const step: StepId = steps[index] ?? 'review';
  // A new key whenever the draft changes; the same key for a retry of the same draft.
  const idempotencyKey = useMemo(newIdempotencyKey, [draft]);

  useEffect(() => {
    if (!focus) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (focus === 'invalid' && invalid ? invalid : headingRef.current)?.focus();
    setFocus(null);
  }, [focus, index, errors]);

  const update = useCallback((patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => withoutErrorsAt(e, Object.keys(patch)));
  }, []);

  // A service named in the link that does not exist: drop it, and say so on the service step.
  const serviceMissing = serviceQuery.isError && asApiError(serviceQuery.error).code === 'service_not_found';
  const [linkedServiceMissing, setLinkedServiceMissing] = useState(false);
  useEffect(() => {
    if (!serviceMissing) return;
    setDraft((d) => ({ ...d, serviceCode: undefined }));
    setLinkedServiceMissing(true);
  }, [serviceMissing]);

  // A service that takes one type of case only: that type is the answer.
  const onlyType = service?.types.length === 1 ? service.types[0] : undefined;
  useEffect(() => {
    if (onlyType) setDraft((d) => (d.type ? d : { ...d, type: onlyType }));
  }, [onlyType]);

  const goTo = useCallback((target: StepId) => {
    setIndex(steps.indexOf(target));
    setFocus('heading');
  }, []);

  const mutation = useMutation({
    mutationFn: () => submitCase(buildSubmission(draft, service!, currentLanguage()), draft.files, idempotencyKey),
    onSuccess: (receipt) => {
      saveReceipt(receipt);
      navigate(`/receipt/${receipt.reference}`, { replace: true, state: { receipt } });
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsOf(asApiError(error));
      const first = Object.keys(fieldErrors)[0];
      setErrors(fieldErrors);
      if (first && stepOfPath(first) !== 'review') setIndex(steps.indexOf(stepOfPath(first)));
      setFocus('invalid');
    },
  });

  const next = () => {
    const found = validateStep(step, draft, service, runtimeConfig);
    setErrors(found);
    if (Object.keys(found).length) {
      setFocus('invalid');
      return;
    }
    mutation.reset();
    setIndex((i) => Math.min(i + 1, steps.length - 1));
    setFocus('heading');
  };

  const back = () => {
    mutation.reset();
    setErrors({});
    setIndex((i) => Math.max(i - 1, 0));
    setFocus('heading');
  };

  const send = () => {
    // Every step is checked again: a change made through "edit" may have left one incomplete.
    for (const s of steps) {
      const found = validateStep(s, draft, service, runtimeConfig);
      if (Object.keys(found).length) {
        setErrors(found);
        setIndex(steps.indexOf(s));
        setFocus('invalid');
        return;
      }
    }
    if (service) mutation.mutate();
  };

  return {
    draft,
    update,
    step,
    index,
    errors,
    service,
    serviceQuery,
    linkedServiceMissing: linkedServiceMissing && !draft.serviceCode,
    goTo,
    next,
    back,
    send,
    mutation,
    headingRef,
    formRef,
  };
}
