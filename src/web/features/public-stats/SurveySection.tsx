import { Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MonthPeriod } from '../../api/kpi.api.ts';
import { fetchPublicSurvey } from '../../api/survey.api.ts';
import { formatMonth } from '../../components/charts/figures-format.ts';
import { publicSurveyColumns, SurveyTable } from '../../components/charts/SurveyTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** The satisfaction survey per entity, and per entity and month: counts and means only. */
export function SurveySection({ period }: { period: MonthPeriod }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const local = useLocalized();
  const q = useQuery({
    queryKey: ['public', 'survey', period],
    queryFn: ({ signal }) => fetchPublicSurvey(period, signal),
    placeholderData: keepPreviousData,
  });
  if (q.isPending) return <Loading label={t('stats.survey.loading')} />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <Stack gap="md" aria-busy={q.isFetching}>
      <SurveyTable
        caption={t('stats.survey.entities')}
        heads={[t('stats.col.entity')]}
        columns={publicSurveyColumns}
        rows={[
          ...d.entities.map((e) => ({ key: e.entity.code, cells: [local(e.entity.name)], figures: e.totals })),
          ...(d.entities.length ? [{ key: '', cells: [t('stats.survey.national')], figures: d.national }] : []),
        ]}
        testId="stats-survey-entities"
      />
      <SurveyTable
        caption={t('stats.survey.months')}
        heads={[t('stats.col.entity'), t('stats.survey.month')]}
        columns={publicSurveyColumns}
        rows={d.entities.flatMap((e) =>
          e.months.map((m) => ({ key: `${e.entity.code}|${m.month}`, cells: [local(e.entity.name), formatMonth(m.month, lng)], figures: m })),
        )}
        testId="stats-survey-months"
      />
    </Stack>
  );
}
