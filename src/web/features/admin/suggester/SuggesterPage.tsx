import { Button, Group, Paper, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggesterReport } from '../../../../common/schemas/suggest.schema.ts';
import { getSuggesterReport, setAutoThreshold } from '../../../api/suggester.api.ts';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime, formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { parseThreshold, thresholdText } from './threshold-input.ts';

type ServiceFigures = SuggesterReport['services'][number];

const NO_VALUE = '—';
const share = (v: number | null) => (v === null ? NO_VALUE : formatNumber(v, currentLanguage(), { style: 'percent', maximumFractionDigits: 1 }));
const count = (n: number) => formatNumber(n, currentLanguage());

/**
 * The service suggester: which version answers, how often it is right on cases staff confirmed,
 * per service, and the confidence at which each service is chosen without a person (relays,
 * Open311 requests without a service code). The server lists only the services the person administers.
 */
export function SuggesterPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.suggester.title'));
  const report = useQuery({ queryKey: ['admin', 'suggester'], queryFn: ({ signal }) => getSuggesterReport(signal) });
  const [filter, setFilter] = useState('');
  const local = useLocalized();
  const needle = filter.trim().toLowerCase();
  const shown = (s: ServiceFigures) => !needle || s.code.includes(needle) || s.name.ar.includes(filter.trim()) || s.name.en.toLowerCase().includes(needle);

  return (
    <AdminListPage title={t('admin.suggester.title')} intro={t('admin.suggester.intro')}>
      <ListState query={report} forbiddenTitle={t('admin.notAllowedTitle')}>
        {(r) => (
          <>
            <ModelSummary report={r} />
            <TextInput
              label={t('admin.suggester.filter')}
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              maw="24rem"
              data-testid="suggester-filter"
            />
            <Text c="dimmed" fz="sm">
              {t('admin.suggester.thresholdHelp')}
            </Text>
            {r.services.length === 0 ? (
              <Text c="dimmed">{t('admin.suggester.empty')}</Text>
            ) : (
              <AdminTable
                minWidth={760}
                verticalSpacing="xs"
                head={[
                  t('admin.suggester.service'),
                  t('admin.suggester.cases'),
                  t('admin.suggester.heldOut'),
                  t('admin.suggester.precision'),
                  t('admin.suggester.recall'),
                  t('admin.suggester.threshold'),
                ]}
              >
                {r.services.filter(shown).map((s) => (
                  <ThresholdRow key={s.code} figures={s} name={local(s.name)} />
                ))}
              </AdminTable>
            )}
          </>
        )}
      </ListState>
    </AdminListPage>
  );
}

/** The version that answers and its accuracy on held-out confirmed cases. */
function ModelSummary({ report }: { report: SuggesterReport }) {
  const { t } = useTranslation();
  const figures: [string, string][] = [
    [t('admin.suggester.version'), report.version === 0 ? t('admin.suggester.catalogueOnly') : count(report.version)],
    [t('admin.suggester.trainedAt'), report.trainedAt ? formatDateTime(report.trainedAt, currentLanguage()) : NO_VALUE],
    [t('admin.suggester.caseCount'), count(report.caseCount)],
    [t('admin.suggester.heldOutCount'), count(report.heldOutCount)],
    [t('admin.suggester.top1'), share(report.top1)],
    [t('admin.suggester.top3'), share(report.top3)],
  ];
  return (
    <Paper withBorder p="md" data-testid="suggester-summary">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text c="dimmed" fz="sm">
              {label}
            </Text>
            <Text fw={600} fz="lg">
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

/** One service's figures and its threshold, saved on its own. */
function ThresholdRow({ figures, name }: { figures: ServiceFigures; name: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(thresholdText(figures.autoThreshold));
  const [invalid, setInvalid] = useState(false);
  const save = useAdminMutation((value: number | null) => setAutoThreshold(figures.code, value));
  const fieldError = useFieldError(save.errors);
  const parsed = parseThreshold(text);
  const changed = !parsed.ok || parsed.value !== figures.autoThreshold;
  const submit = () => {
    if (!parsed.ok) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    save.mutation.mutate(parsed.value);
  };
  return (
    <Table.Tr data-testid="suggester-row" data-code={figures.code}>
      <Table.Td>
        <Text fz="sm">{name}</Text>
        <Text c="dimmed" fz="xs" dir="ltr" ta="start">
          {figures.code}
        </Text>
      </Table.Td>
      <Table.Td>{count(figures.cases)}</Table.Td>
      <Table.Td>{count(figures.heldOut)}</Table.Td>
      <Table.Td>{share(figures.precision)}</Table.Td>
      <Table.Td>{share(figures.recall)}</Table.Td>
      <Table.Td>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setInvalid(false);
              }}
              placeholder={t('admin.suggester.never')}
              inputMode="decimal"
              dir="ltr"
              w="7rem"
              aria-label={t('admin.suggester.thresholdFor', { service: name })}
              error={invalid ? t('admin.suggester.thresholdInvalid') : fieldError('autoThreshold')}
              data-testid="suggester-threshold"
            />
            <Button type="submit" size="sm" variant="light" disabled={!changed} loading={save.mutation.isPending} data-testid="suggester-save">
              {t('admin.save')}
            </Button>
          </Group>
        </form>
        {save.generalError && <ErrorAlert error={save.generalError} />}
      </Table.Td>
    </Table.Tr>
  );
}
