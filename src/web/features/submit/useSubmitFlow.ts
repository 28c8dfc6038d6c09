import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
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
import { clearDraft, loadDraft, saveDraft } from './draft-store.ts';
import { visibleSteps } from './visible-steps.ts';

type FocusTarget = 'heading' | 'invalid' | null;

/** Why the server asked the citizen to confirm the pin. */
export type PinDoubt = 'outside_every_area' | 'near_boundary';

function isStep(value: string | null): value is StepId {
  return value !== null && (steps as readonly string[]).includes(value);
}

/** A draft to start from: the one kept for this tab when the address names a step (Back, reload), else a new one. */
function initialDraft(stepParam: string | null, initialService: string | undefined): Draft {
  const kept = isStep(stepParam) ? loadDraft() : undefined;
  if (kept) return kept;
  clearDraft();
  return emptyDraft(initialService);
}

/**
 * The submission flow's state: the draft (kept for the tab across Back and reload), the current
 * step (in the address, so the browser's Back moves between steps), field errors (from the form's
 * own checks or from the API's problem+json), and sending with an idempotency key that stays the
 * same while the draft does, so a retry after a lost answer cannot file the case twice.
 */
export function useSubmitFlow() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const initialService = params.get('service') ?? undefined;
  const describeFirst = !initialService;
  const [draft, setDraft] = useState<Draft>(() => initialDraft(params.get('step'), initialService));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focus, setFocus] = useState<FocusTarget>(null);
  const [pinDoubt, setPinDoubt] = useState<PinDoubt | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const serviceQuery = useService(draft.serviceCode);
  const service = serviceQuery.data;
  const ctx = { draft, service, describeFirst };
  const stepParam = params.get('step');
  const step: StepId = isStep(stepParam) ? stepParam : (visibleSteps(ctx)[0] ?? 'review');
  const visible = visibleSteps(ctx, step);
  const index = visible.indexOf(step);
  // A new key whenever the draft changes; the same key for a retry of the same draft.
  const idempotencyKey = useMemo(newIdempotencyKey, [draft]);

  useEffect(() => saveDraft(draft), [draft]);

  useEffect(() => {
    if (!focus) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (focus === 'invalid' && invalid ? invalid : headingRef.current)?.focus();
    setFocus(null);
  }, [focus, step, errors]);

  /** Shows a step; a new history entry unless `replace`, so the browser's Back returns to this one. */
  const show = useCallback(
    (target: StepId, replace = false) => {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('step', target);
          return next;
        },
        { replace },
      );
      setFocus('heading');
    },
    [setParams],
  );

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

  // The service decides the types: its only type is the answer; a type it does not take is dropped.
  useEffect(() => {
    if (!service) return;
    const only = service.types.length === 1 ? service.types[0] : undefined;
    setDraft((d) => (only && d.type !== only ? { ...d, type: only } : d.type && !service.types.includes(d.type) ? { ...d, type: undefined } : d));
  }, [service]);

  const mutation = useMutation({
    mutationFn: ({ sent, key }: { sent: Draft; key: string }) => submitCase(buildSubmission(sent, service!, currentLanguage()), sent.files, key),
    onSuccess: (receipt) => {
      clearDraft();
      saveReceipt(receipt);
      navigate(`/receipt/${receipt.reference}`, { replace: true, state: { receipt } });
    },
    onError: (error) => {
      const problem = asApiError(error);
      if (problem.code === 'location_needs_confirmation') {
        setPinDoubt(problem.fieldErrors[0]?.code === 'near_boundary' ? 'near_boundary' : 'outside_every_area');
        return;
      }
      const fieldErrors = fieldErrorsOf(problem);
      const first = Object.keys(fieldErrors)[0];
      setErrors(fieldErrors);
      let target = first ? stepOfPath(first) : 'review';
      if (target === 'details' && !visible.includes('details') && describeFirst) target = 'describe';
      if (target !== 'review') show(target, true);
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
    const following = visible[index + 1];
    if (following) show(following);
  };

  const back = () => {
    mutation.reset();
    setErrors({});
    const previous = visible[index - 1];
    if (previous) show(previous, true);
  };

  const send = () => {
    // Every step is checked again: a change made through "edit" may have left one incomplete.
    for (const s of visible) {
      const found = validateStep(s, draft, service, runtimeConfig);
      if (Object.keys(found).length) {
        setErrors(found);
        show(s, true);
        setFocus('invalid');
        return;
      }
    }
    if (service) mutation.mutate({ sent: draft, key: idempotencyKey });
  };

  /** The citizen confirms a pin the server doubted: the same case again, marked confirmed. */
  const confirmPin = () => {
    const sent = { ...draft, location: { ...draft.location, confirmed: true } };
    setPinDoubt(null);
    setDraft(sent);
    mutation.mutate({ sent, key: newIdempotencyKey() });
  };

  /** The citizen would rather move the pin. */
  const movePin = () => {
    setPinDoubt(null);
    mutation.reset();
    show('location', true);
  };

  return {
    draft,
    update,
    step,
    index,
    total: visible.length,
    errors,
    service,
    serviceQuery,
    linkedServiceMissing: linkedServiceMissing && !draft.serviceCode,
    goTo: show,
    next,
    back,
    send,
    mutation,
    pinDoubt,
    confirmPin,
    movePin,
    headingRef,
    formRef,
  };
}
