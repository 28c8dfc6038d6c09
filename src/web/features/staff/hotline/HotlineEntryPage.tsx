import { Alert, Anchor, Button, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseTypes, governorates, languages, type CaseType, type Governorate, type Language } from '../../../../common/enums.ts';
import { normalizePhone } from '../../../../common/phone.ts';
import type { Service } from '../../../api/catalogue.api.ts';
import { listCases, submitCaseJson, type CaseReceipt } from '../../../api/cases.api.ts';
import { newIdempotencyKey } from '../../../api/client.ts';
import { runtimeConfig } from '../../../app/runtime-config.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorsOfProblem, focusFirstInvalid, useFieldError, type FieldErrors } from '../../../components/field-errors.ts';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { caseTypeKey, governorateKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { emptyDraft, type Draft, type DraftLocation } from '../../submit/draft.ts';
import { AttributeField } from '../../submit/steps/AttributeField.tsx';
import { buildSubmission } from '../../submit/submission.ts';
import { validateStep } from '../../submit/validate.ts';
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

/**
 * Quick entry for hotline agents: the caller (with a lookup of their earlier cases), the service,
 * the type, what happened and where. The case is filed on the caller's behalf (channel hotline);
 * the reference and tracking code to read back to the caller are shown at once.
 */
export function HotlineEntryPage() {
  const { t } = useTranslation();
  const local = useLocalized();
  usePageTitle(t('staff.hotline.title'));
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [caller, setCaller] = useState<Caller>(emptyCaller);
  const [service, setService] = useState<Service | undefined>();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft());
  const [language, setLanguage] = useState<Language>('ar');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [receipt, setReceipt] = useState<CaseReceipt | null>(null);
  const errorOf = useFieldError(errors);
  const lookup = useCallerLookup();
  const idempotencyKey = useMemo(newIdempotencyKey, [draft, caller, service, language]);

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !Object.keys(patch).some((p) => k === p || k.startsWith(`${p}.`)))));
  };
  const setLocation = (patch: Partial<DraftLocation>) => update({ location: { ...draft.location, ...patch } });
  const setCallerField = (key: keyof Caller) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setCaller((c) => ({ ...c, [key]: value }));
    setErrors((er) => Object.fromEntries(Object.entries(er).filter(([k]) => k !== `contact.${key}` && k !== 'contact')));
  };

  const mutation = useMutation({
    mutationFn: () =>
      submitCaseJson(
        {
          ...buildSubmission(draft, service!, language),
          anonymous: undefined,
          channel: 'hotline',
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
      setErrors(fieldErrorsOfProblem(error));
      focusFirstInvalid(formRef.current);
    },
  });

  const findCases = () => {
    const phone = caller.phone.trim();
    const nationalId = caller.nationalId.trim();
    if (phone && normalizePhone(phone) === null) {
      setErrors((e) => ({ ...e, 'contact.phone': 'invalid_phone' }));
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
    if (caller.phone.trim() && normalizePhone(caller.phone.trim()) === null) found['contact.phone'] = 'invalid_phone';
    if (!caller.phone.trim() && !caller.nationalId.trim() && !caller.name.trim()) found.contact = 'contact_required';
    setErrors(found);
    if (Object.keys(found).length) focusFirstInvalid(formRef.current);
    else mutation.mutate();
  };

  const reset = () => {
    setReceipt(null);
    setCaller(emptyCaller);
    setService(undefined);
    setDraft(emptyDraft());
    setErrors({});
    lookup.ask(null);
    mutation.reset();
  };

  if (receipt) {
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
              <Button variant="outline" size="xs" onClick={reset}>
                {t('staff.hotline.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  const offeredTypes = service ? caseTypes.filter((x) => service.types.includes(x)) : caseTypes;
  const history = lookup.query;
  const historyFieldErrors = history.isError ? fieldErrorsOfProblem(history.error) : {};
  const textField = (key: 'area' | 'block' | 'road' | 'building', label: string, numeric: boolean) => (
    <TextInput
      label={label}
      value={draft.location[key]}
      onChange={(e) => setLocation({ [key]: e.currentTarget.value })}
      error={errorOf(`location.${key}`)}
      inputMode={numeric ? 'numeric' : undefined}
      maxLength={numeric ? 20 : 100}
      name={`location.${key}`}
    />
  );

  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('staff.hotline.title')}
      </Title>
      <Text>{t('staff.hotline.intro')}</Text>
      <form
        ref={formRef}
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
                <TextInput
                  label={t('staff.hotline.name')}
                  value={caller.name}
                  onChange={setCallerField('name')}
                  error={errorOf('contact.name')}
                  maxLength={200}
                  name="contact.name"
                />
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
                  setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'serviceCode')));
                }}
                error={errorOf('serviceCode')}
              />
              <Radio.Group
                value={draft.type ?? null}
                onChange={(v) => update({ type: v as CaseType })}
                label={t('submit.type.label')}
                error={errorOf('type')}
                withAsterisk
                name="type"
              >
                <Group gap="md" mt={4}>
                  {offeredTypes.map((x) => (
                    <Radio key={x} value={x} label={t(caseTypeKey(x))} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                label={t('submit.details.descriptionLabel')}
                description={t('staff.hotline.descriptionHint')}
                value={draft.description}
                onChange={(e) => update({ description: e.currentTarget.value })}
                error={errorOf('description')}
                maxLength={4000}
                rows={4}
                required
                withAsterisk
                name="description"
                data-testid="hotline-description"
              />
              {[...(service?.attributes ?? [])]
                .sort((a, b) => a.order - b.order)
                .map((q) => (
                  <AttributeField
                    key={q.code}
                    question={q}
                    value={draft.attributes[q.code]}
                    onChange={(value) => update({ attributes: { ...draft.attributes, [q.code]: value } })}
                    error={errorOf(`attributes.${q.code}`)}
                  />
                ))}
              <NativeSelect
                label={t('staff.hotline.language')}
                description={t('staff.hotline.languageHint')}
                value={language}
                onChange={(e) => setLanguage(e.currentTarget.value as Language)}
                data={languages.map((l) => ({ value: l, label: languageNames[l] }))}
                name="language"
              />
            </Stack>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="where-heading">
            <Title order={2} fz="h4" id="where-heading" mb="sm">
              {t('submit.steps.location')}
            </Title>
            <Stack gap="sm">
              <NativeSelect
                label={t('submit.location.governorate')}
                description={t('submit.location.governorateHint')}
                value={draft.location.governorate}
                onChange={(e) => setLocation({ governorate: e.currentTarget.value as Governorate | '' })}
                error={errorOf('location.governorate')}
                name="location.governorate"
                data={[
                  { value: '', label: t('submit.location.governorateNone') },
                  ...governorates.map((g) => ({ value: g, label: t(governorateKey(g)) })),
                ]}
              />
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                {textField('area', t('submit.location.area'), false)}
                {textField('block', t('submit.location.block'), true)}
                {textField('road', t('submit.location.road'), true)}
                {textField('building', t('submit.location.building'), true)}
              </SimpleGrid>
              <TextInput
                label={t('submit.location.address')}
                value={draft.location.address}
                onChange={(e) => setLocation({ address: e.currentTarget.value })}
                error={errorOf('location.address')}
                maxLength={300}
                name="location.address"
              />
            </Stack>
          </Paper>
          {mutation.isError && !Object.keys(errors).length && <ErrorAlert error={mutation.error} title={t('submit.sendFailed')} />}
          <Button type="submit" loading={mutation.isPending} w="fit-content" data-testid="hotline-submit">
            {t('staff.hotline.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
