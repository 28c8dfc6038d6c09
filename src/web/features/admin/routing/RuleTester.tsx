import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseType } from '../../../../common/enums.ts';
import { parseLocaleNumber } from '../../../../common/digits.ts';
import { runtimeConfig } from '../../../app/runtime-config.ts';
import { testRouting, type RoutingTestResult } from '../../../api/places.api.ts';
import { useFormMutation } from '../../../components/form/useFormMutation.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { caseTypeKey } from '../../../i18n/keys.ts';
import { routingReasonLabel } from '../../../i18n/labels/places.labels.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import type { RuleChoices } from './rule-choices.ts';

const LocationMap = lazy(() => import('../../../components/map/LocationMap.tsx'));

interface Sample {
  serviceCode: string;
  type: CaseType | '';
  /** datetime-local text, in this browser's time zone; '' for now. */
  at: string;
  lat: string;
  lng: string;
}

/** A coordinate as typed (any digits), or undefined when empty or not a number (the server says which). */
const coordinate = (text: string) => (text.trim() === '' ? undefined : (parseLocaleNumber(text) ?? Number.NaN));

/**
 * The rule tester: a sample point (typed, or a click on the map), service, type and time, and the
 * entity, unit, rule or area it would be routed by, with the reason — without making a case.
 */
export function RuleTester({ choices }: { choices: RuleChoices }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const [sample, setSample] = useState<Sample>({ serviceCode: '', type: '', at: '', lat: '', lng: '' });
  const run = useFormMutation((s: Sample) =>
    testRouting({
      serviceCode: s.serviceCode,
      type: s.type || undefined,
      at: s.at ? new Date(s.at).toISOString() : undefined,
      lat: coordinate(s.lat),
      lng: coordinate(s.lng),
    }),
  );
  const set = (patch: Partial<Sample>) => {
    run.clear(...Object.keys(patch));
    setSample((s) => ({ ...s, ...patch }));
  };
  const service = choices.services.find((s) => s.code === sample.serviceCode);
  const lat = coordinate(sample.lat);
  const lng = coordinate(sample.lng);
  const point = lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rule-tester-title">
      <form
        ref={run.formRef}
        noValidate
        data-testid="rule-tester"
        onSubmit={(e) => {
          e.preventDefault();
          if (run.check(sample.serviceCode ? {} : { serviceCode: 'required' })) run.mutation.mutate(sample);
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="h4" id="rule-tester-title">
            {t('admin.routing.tester.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('admin.routing.tester.help')}
          </Text>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('admin.routing.service')}
              value={sample.serviceCode}
              onChange={(e) => set({ serviceCode: e.currentTarget.value, type: '' })}
              required
              error={run.errorOf('serviceCode')}
              data-testid="tester-service"
              data={[{ value: '', label: t('admin.choose') }, ...choices.services.filter((s) => s.active).map((s) => ({ value: s.code, label: local(s.name) }))]}
            />
            <NativeSelect
              label={t('admin.routing.caseType')}
              value={sample.type}
              onChange={(e) => set({ type: e.currentTarget.value as Sample['type'] })}
              error={run.errorOf('type')}
              data-testid="tester-type"
              data={[{ value: '', label: t('admin.routing.tester.firstType') }, ...(service?.types ?? []).map((c) => ({ value: c, label: t(caseTypeKey(c)) }))]}
            />
            <TextInput
              type="datetime-local"
              label={t('admin.routing.tester.at')}
              description={t('admin.routing.tester.atHelp')}
              value={sample.at}
              onChange={(e) => set({ at: e.currentTarget.value })}
              error={run.errorOf('at')}
              data-testid="tester-at"
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('admin.routing.tester.lat')} value={sample.lat} onChange={(e) => set({ lat: e.currentTarget.value })} dir="ltr" inputMode="decimal" error={run.errorOf('lat')} data-testid="tester-lat" />
            <TextInput label={t('admin.routing.tester.lng')} value={sample.lng} onChange={(e) => set({ lng: e.currentTarget.value })} dir="ltr" inputMode="decimal" error={run.errorOf('lng')} data-testid="tester-lng" />
          </Group>
          <Suspense fallback={<Loading />}>
            <LocationMap value={point} config={runtimeConfig} label={t('admin.routing.tester.mapLabel')} onPick={(p) => set({ lat: String(p.lat), lng: String(p.lng) })} />
          </Suspense>
          {point && (
            <Text fz="sm" dir="auto" data-testid="picked-point">
              {t('admin.routing.tester.point', { latitude: point.lat, longitude: point.lng })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={run.mutation.isPending} data-testid="tester-run">
              {t('admin.routing.tester.run')}
            </Button>
          </Group>
          {run.generalError && <ErrorAlert error={run.generalError} />}
          {run.mutation.data && !run.mutation.isPending && <TestResult result={run.mutation.data} choices={choices} />}
        </Stack>
      </form>
    </Paper>
  );
}

function TestResult({ result, choices }: { result: RoutingTestResult; choices: RuleChoices }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const { trace } = result;
  const unit = result.unit ? choices.entities.find((e) => e.code === result.unit) : undefined;
  const area = trace.area ? choices.areas.find((a) => a.code === trace.area!.code) : undefined;
  return (
    <Alert color={trace.triage ? 'yellow' : 'blue'} variant="light" role="status" title={t('admin.routing.tester.resultTitle')} data-testid="tester-result" data-reason={trace.reason} data-rule={trace.rule?.id ?? ''}>
      <List size="sm" spacing={4}>
        <List.Item data-testid="tester-entity">
          {result.unit
            ? t('admin.routing.tester.goesToUnit', { entity: local(result.entity.name), unit: unit ? local(unit.name) : result.unit })
            : t('admin.routing.tester.goesTo', { entity: local(result.entity.name) })}
        </List.Item>
        <List.Item data-testid="tester-reason">{routingReasonLabel(t, trace.reason)}</List.Item>
        {trace.rule && <List.Item data-testid="tester-rule">{t('admin.routing.tester.byRule', { name: trace.rule.name })}</List.Item>}
        {trace.area && <List.Item>{t('admin.routing.tester.inArea', { area: area?.label ?? `${trace.area.layer}:${trace.area.code}` })}</List.Item>}
        {trace.boundarySet && <List.Item>{t('admin.routing.tester.set', { name: trace.boundarySet.name, version: trace.boundarySet.version })}</List.Item>}
        {trace.nearArea && <List.Item>{t('admin.routing.tester.near', { area: trace.nearArea, metres: trace.distanceM ?? 0 })}</List.Item>}
        {trace.triage && <List.Item>{t('admin.routing.tester.triage')}</List.Item>}
        {result.needsConfirmation && <List.Item>{t('admin.routing.tester.confirm')}</List.Item>}
      </List>
    </Alert>
  );
}
