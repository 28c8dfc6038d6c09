import { Alert, Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePriorities, languages, type CasePriority, type Language } from '../../../../common/enums.ts';
import { normalizePhone } from '../../../../common/phone.ts';
import type { Service } from '../../../api/catalogue.api.ts';
import { listCases, submitCaseJson, type CaseReceipt } from '../../../api/cases.api.ts';
import { newIdempotencyKey } from '../../../api/client.ts';
import { asApiError } from '../../../api/problem.ts';
import { runtimeConfig } from '../../../app/runtime-config.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorsOfProblem, type FieldErrors } from '../../../components/form/field-errors.ts';
import { useFormErrors } from '../../../components/form/useFormErrors.ts';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { casePriorityKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { CaseFormPart, type CaseFormOptions } from '../../../components/case-form/CaseFormPart.tsx';
import { emptyDraft, type Draft } from '../../../components/case-form/draft.ts';
import { buildSubmission } from '../../../components/case-form/submission.ts';
import { validateStep } from '../../../components/case-form/validate.ts';
import { CallerHistory } from './CallerHistory.tsx';
import { ServicePicker } from './ServicePicker.tsx';

const languageNames: Record<Language, string> = { ar: 'العربية', en: 'English' };

interface Caller {
  name: string;
  phone: string;
  nationalId: string;
}

const emptyCaller: Caller = { name: '', phone: '', nationalId: '' };

/** Finds the caller's earlier cases by phone and/or national ID (the agents' lookup of the list API). */
function useCallerLookup() {
  const [asked, setAsked] = useState<{ phone?: string; nationalId?: string } | null>(null);
  const query = useQuery({
    queryKey: ['cases', 'caller', asked],
    queryFn: ({ signal }) => listCases({ ...asked, limit: '10' }, signal),
    enabled: asked !== null,
    staleTime: 0,
  });
  return { asked, ask: setAsked, query };
}

/** The agent's form: compact, with the agent's hints under the description and above the map. */
function useHotlineFormOptions(): CaseFormOptions {
  const { t } = useTranslation();
  return { compact: true, descriptionHint: t('staff.hotline.descriptionHint'), descriptionTestId: 'hotline-description', pinIntro: t('staff.hotline.pinIntro') };
}

/** Why the server asked about the pin: outside every area, or on a boundary between two. */
type PinDoubt = 'near_boundary' | 'outside_every_area';

/** The server doubted the pin: the agent checks with the caller, then sends it as it is or moves it. */
function PinDoubtNotice({ doubt, onConfirm, onMove }: { doubt: PinDoubt; onConfirm: () => void; onMove: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('submit.pinDoubt.title')} data-testid="hotline-pin-doubt">
      <Stack gap="sm">
        <Text fz="sm">{doubt === 'near_boundary' ? t('submit.pinDoubt.nearBoundary') : t('submit.pinDoubt.outside')}</Text>
        <Group gap="sm">
          <Button size="xs" onClick={onConfirm} data-testid="hotline-pin-confirm">
            {t('submit.pinDoubt.confirm')}
          </Button>
          <Button size="xs" variant="default" onClick={onMove}>
            {t('submit.pinDoubt.move')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Quick entry for hotline agents: the caller (with a lookup of their earlier cases), the service,
 * then the case form the citizen fills in (type, what happened, where) in its compact form. The
 * case is filed on the caller's behalf (channel hotline); the reference and tracking code to read
 * back to the caller are shown at once.
 */
export function HotlineEntryPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.hotline.title'));
  const client = useQueryClient();
  const formOptions = useHotlineFormOptions();
  const [caller, setCaller] = useState<Caller>(emptyCaller);
  const [service, setService] = useState<Service | undefined>();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft());
  const [language, setLanguage] = useState<Language>('ar');
  // Empty: the service's default priority.
  const [priority, setPriority] = useState<CasePriority | ''>('');
  const [pinDoubt, setPinDoubt] = useState<PinDoubt | null>(null);
  const [receipt, setReceipt] = useState<CaseReceipt | null>(null);
  const form = useFormErrors();
  const { errors, errorOf } = form;
  const lookup = useCallerLookup();
  const idempotencyKey = useMemo(newIdempotencyKey, [draft, caller, service, language, priority]);

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    form.clear(...Object.keys(patch));
    if (patch.location) setPinDoubt(null);
  };
  const setCallerField = (key: keyof Caller) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setCaller((c) => ({ ...c, [key]: value }));
    form.setErrors((er) => Object.fromEntries(Object.entries(er).filter(([k]) => k !== `contact.${key}` && k !== 'contact')));
  };

  const mutation = useMutation({
    mutationFn: (sent: Draft) =>
      submitCaseJson(
        {
          ...buildSubmission(sent, service!, language),
          anonymous: undefined,
          channel: 'hotline',
          priority: priority || undefined,
          contact: {
            name: caller.name.trim() || undefined,
            phone: caller.phone.trim() || undefined,
            nationalId: caller.nationalId.trim() || undefined,
          },
        },
        idempotencyKey,
      ),
    onSuccess: (r) => {
      setReceipt(r);
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
    onError: (error) => {
      const problem = asApiError(error);
      if (problem.code === 'location_needs_confirmation') {
        setPinDoubt(problem.fieldErrors[0]?.code === 'near_boundary' ? 'near_boundary' : 'outside_every_area');
        return;
      }
      form.fail(error);
    },
  });

  /** The caller confirms the doubted pin: the same case again, the point marked confirmed. */
  const confirmPin = () => {
    const sent = { ...draft, location: { ...draft.location, confirmed: true } };
    setDraft(sent);
    setPinDoubt(null);
    mutation.mutate(sent);
  };

  const findCases = () => {
    const phone = caller.phone.trim();
    const nationalId = caller.nationalId.trim();
    if (phone && normalizePhone(phone, runtimeConfig.country) === null) {
      form.setErrors((e) => ({ ...e, 'contact.phone': 'invalid_phone' }));
      return;
    }
    lookup.ask({ phone: phone || undefined, nationalId: nationalId || undefined });
  };

  const send = () => {
    const found: FieldErrors = {};
    if (!service) found.serviceCode = 'required';
    if (!draft.type) found.type = 'required';
    else if (service && !service.types.includes(draft.type)) found.type = 'type_not_allowed';
    Object.assign(found, validateStep('details', draft, service, runtimeConfig));
    if (caller.phone.trim() && normalizePhone(caller.phone.trim(), runtimeConfig.country) === null) found['contact.phone'] = 'invalid_phone';
    if (!caller.phone.trim() && !caller.nationalId.trim() && !caller.name.trim()) found.contact = 'contact_required';
    if (form.check(found)) mutation.mutate(draft);
  };

  const reset = () => {
    setReceipt(null);
    setCaller(emptyCaller);
    setService(undefined);
    setDraft(emptyDraft());
    setPriority('');
    setPinDoubt(null);
    form.setErrors({});
    lookup.ask(null);
    mutation.reset();
  };

  if (receipt) return <HotlineReceipt receipt={receipt} onAnother={reset} />;

  const history = lookup.query;
  const historyFieldErrors = history.isError ? fieldErrorsOfProblem(history.error) : {};
  const caseProps = { draft, update, errors, service };

  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('staff.hotline.title')}
      </Title>
      <Text>{t('staff.hotline.intro')}</Text>
      <form
        ref={form.formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <Stack gap="md">
          <Paper withBorder p="md" component="section" aria-labelledby="caller-heading">
            <Title order={2} fz="h4" id="caller-heading" mb="sm">
              {t('staff.hotline.caller')}
            </Title>
            <Stack gap="sm">
              {errorOf('contact') && (
                <Alert color="red" variant="light" role="alert">
                  {errorOf('contact')}
                </Alert>
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('staff.hotline.phone')}
                  value={caller.phone}
                  onChange={setCallerField('phone')}
                  error={errorOf('contact.phone') ?? (historyFieldErrors.phone && t('error.field.invalid_phone'))}
                  type="tel"
                  inputMode="tel"
                  dir="ltr"
                  maxLength={40}
                  name="contact.phone"
                />
                <TextInput
                  label={t('staff.hotline.nationalId')}
                  value={caller.nationalId}
                  onChange={setCallerField('nationalId')}
                  error={errorOf('contact.nationalId')}
                  inputMode="numeric"
                  dir="ltr"
                  maxLength={32}
                  name="contact.nationalId"
                />
                <TextInput label={t('staff.hotline.name')} value={caller.name} onChange={setCallerField('name')} error={errorOf('contact.name')} maxLength={200} name="contact.name" />
              </SimpleGrid>
              <Button
                variant="outline"
                onClick={findCases}
                disabled={!caller.phone.trim() && !caller.nationalId.trim()}
                loading={history.isFetching}
                w="fit-content"
                data-testid="caller-lookup"
              >
                {t('staff.hotline.lookup')}
              </Button>
              <div aria-live="polite">
                {lookup.asked &&
                  (history.isPending ? (
                    <Loading />
                  ) : history.isError ? (
                    !Object.keys(historyFieldErrors).length && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
                  ) : (
                    <CallerHistory items={history.data.items} more={history.data.nextCursor !== null} />
                  ))}
              </div>
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="case-heading">
            <Title order={2} fz="h4" id="case-heading" mb="sm">
              {t('staff.hotline.case')}
            </Title>
            <Stack gap="sm">
              <ServicePicker
                value={service}
                onChange={(s) => {
                  setService(s);
                  update({ serviceCode: s.code, attributes: {}, type: s.types.length === 1 ? s.types[0] : draft.type });
                }}
                error={errorOf('serviceCode')}
              />
              <CaseFormPart part="type" {...caseProps} options={formOptions} />
              <CaseFormPart part="details" {...caseProps} options={formOptions} />
              <NativeSelect
                label={t('staff.hotline.language')}
                description={t('staff.hotline.languageHint')}
                value={language}
                onChange={(e) => setLanguage(e.currentTarget.value as Language)}
                data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
                name="language"
              />
              <NativeSelect
                label={t('staff.hotline.priority')}
                description={t('staff.hotline.priorityHint')}
                value={priority}
                onChange={(e) => setPriority(e.currentTarget.value as CasePriority | '')}
                error={errorOf('priority')}
                data={[{ value: '', label: t('staff.hotline.priorityDefault') }, ...casePriorities.map((p) => ({ value: p, label: t(casePriorityKey(p)) }))]}
                name="priority"
                data-testid="hotline-priority"
              />
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="where-heading">
            <Title order={2} fz="h4" id="where-heading" mb="sm">
              {t('submit.steps.location')}
            </Title>
            <CaseFormPart part="location" {...caseProps} options={formOptions} />
            {pinDoubt && <PinDoubtNotice doubt={pinDoubt} onConfirm={confirmPin} onMove={() => setPinDoubt(null)} />}
          </Paper>
          {mutation.isError && !pinDoubt && !Object.keys(errors).length && <ErrorAlert error={mutation.error} title={t('submit.sendFailed')} />}
          <Button type="submit" loading={mutation.isPending} w="fit-content" data-testid="hotline-submit">
            {t('staff.hotline.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** The case is filed: the reference and tracking code to read back to the caller. */
function HotlineReceipt({ receipt, onAnother }: { receipt: CaseReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  return (
    <Stack gap="md" maw={720}>
      <Title order={1} fz="h2">
        {t('staff.hotline.title')}
      </Title>
      <Alert color="brand" variant="light" title={t('staff.hotline.filed')} role="status" data-testid="hotline-receipt">
        <Stack gap="xs">
          <Text>{t('staff.hotline.readBack', { entity: local(receipt.entity.name) })}</Text>
          <Text fz="xl" fw={700} className="ltr-code" data-testid="hotline-reference">
            {receipt.reference}
          </Text>
          <Text fz="sm">
            {t('receipt.tokenLabel')}{' '}
            <span className="ltr-code" data-testid="hotline-token">
              {receipt.trackingToken}
            </span>
          </Text>
          <Group gap="sm">
            <Anchor component={Link} to={`/staff/cases/${receipt.reference}`}>
              {t('staff.hotline.openCase')}
            </Anchor>
            <Button variant="outline" size="xs" onClick={onAnother}>
              {t('staff.hotline.another')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
