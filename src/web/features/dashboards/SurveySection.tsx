import { Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DatePeriod } from '../../api/kpi.api.ts';
import { fetchKpiSurvey } from '../../api/survey.api.ts';
import { formatCount, formatMonth, formatPercent, formatRating } from '../../components/charts/figures-format.ts';
import { staffSurveyColumns, SurveyTable } from '../../components/charts/SurveyTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/**
 * The satisfaction survey in the indicators: per entity, service and month of the answer — means
 * per question, share solved, response rate and reopened cases — for the entities the reader's
 * scope reaches (one entity's when `entity` is given), with the scope's totals.
 */
export function SurveySection({ period, entity }: { period: DatePeriod; entity?: string }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const local = useLocalized();
  const q = useQuery({
    queryKey: ['kpi', 'survey', period],
    queryFn: ({ signal }) => fetchKpiSurvey({ from: period.from?.slice(0, 7), to: period.to?.slice(0, 7) }, signal),
    placeholderData: keepPreviousData,
  });
  const rows = q.data?.rows.filter((r) => !entity || r.entity.code === entity) ?? [];
  return q.isPending ? (
    <Loading label={t('dash.survey.loading')} />
  ) : q.isError ? (
    <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
  ) : (
    <>
          {!entity && (
            <Text fz="sm" mb="sm" data-testid="dash-survey-totals">
              {t('dash.survey.totals', {
                answered: formatCount(q.data.totals.answered, lng),
                invited: formatCount(q.data.totals.invited, lng),
                rate: formatPercent(q.data.totals.responseRate, lng),
                overall: formatRating(q.data.totals.overall, lng),
                solved: formatPercent(q.data.totals.solvedShare, lng),
              })}
            </Text>
          )}
          <SurveyTable
            caption={t('dash.survey.title')}
            heads={[t('dash.survey.month'), t('dash.survey.entity'), t('dash.survey.service')]}
            columns={staffSurveyColumns}
            rows={rows.map((r) => ({
              key: `${r.month}|${r.entity.code}|${r.service.code}`,
              cells: [formatMonth(r.month, lng), local(r.entity.name), local(r.service.name)],
              figures: r,
            }))}
            testId="dash-survey-table"
          />
    </>
  );
}
