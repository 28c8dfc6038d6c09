import { Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchPublicStats } from '../../api/kpi.api.ts';
import { FigureCard, FigureCards } from '../../components/charts/FigureCard.tsx';
import { formatCount, formatHours, formatMonth, formatPercent, formatRating } from '../../components/charts/figures-format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { CasesMapSection } from '../../components/map/CasesMapSection.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { MonthlySection } from './MonthlySection.tsx';
import { OpenDataSection } from './OpenDataSection.tsx';
import { monthsOf, publicYears, spanFromParam } from './public-period.ts';
import { PublicSection } from './PublicSection.tsx';
import { RecognitionSection } from './RecognitionSection.tsx';
import { SurveySection } from './SurveySection.tsx';

/**
 * The public figures, open to everyone: national, per entity and per service, month by month —
 * counts, compliance with the response targets and satisfaction — the map of where cases come
 * from, and the open data. Counts and rates only: nothing about any single case or person.
 */
export function PublicStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('stats.title'));
  const lng = currentLanguage();
  const [params, setParams] = useSearchParams();
  const span = spanFromParam(params.get('span'));
  const period = monthsOf(span);
  const stats = useQuery({
    queryKey: ['public', 'stats', period],
    queryFn: ({ signal }) => fetchPublicStats(period, signal),
    placeholderData: keepPreviousData,
  });
  const n = (v: number) => formatCount(v, lng);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} fz="h2">
          {t('stats.title')}
        </Title>
        <Text>{t('stats.intro')}</Text>
        <Anchor component={Link} to="/suggestions" data-testid="stats-suggestions">
          {t('home.suggestionsCta')}
        </Anchor>
      </Stack>
      <NativeSelect
        label={t('stats.period.label')}
        value={span}
        onChange={(e) => setParams({ span: e.currentTarget.value }, { replace: true })}
        data={[
          { value: 'last12', label: t('stats.period.last12') },
          { value: 'last24', label: t('stats.period.last24') },
          { value: 'last36', label: t('stats.period.last36') },
          ...publicYears().map((y) => ({ value: `year-${y}`, label: t('stats.period.year', { year: String(y) }) })),
        ]}
        maw={320}
        data-testid="stats-period"
      />
      {stats.isPending ? (
        <Loading label={t('stats.loading')} />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Stack gap="lg" aria-busy={stats.isFetching} data-testid="stats-content">
          <Text fz="sm" c="dimmed" data-testid="stats-period-shown">
            {t('stats.period.shown', {
              from: formatMonth(stats.data.period.from.slice(0, 7), lng, 'long'),
              to: formatMonth(stats.data.period.to.slice(0, 7), lng, 'long'),
              asOf: formatDateTime(stats.data.asOf, lng),
            })}
          </Text>
          {stats.data.national.totals.received === 0 && (
            <Text role="status" data-testid="stats-empty">
              {t('stats.empty')}
            </Text>
          )}
          <PublicSection title={t('stats.national.title')} testId="stats-national">
            <FigureCards>
              <FigureCard label={t('stats.fig.received')} value={<span data-testid="stats-received">{n(stats.data.national.totals.received)}</span>} />
              <FigureCard
                label={t('stats.fig.resolved')}
                value={n(stats.data.national.totals.resolved)}
                sub={t('stats.fig.resolvedShare', { value: formatPercent(stats.data.national.totals.resolvedShare, lng) })}
              />
              <FigureCard label={t('stats.fig.open')} value={n(stats.data.national.totals.open)} />
              <FigureCard label={t('stats.fig.firstResponseCompliance')} value={formatPercent(stats.data.national.totals.firstResponseCompliance, lng)} />
              <FigureCard label={t('stats.fig.resolutionCompliance')} value={formatPercent(stats.data.national.totals.resolutionCompliance, lng)} />
              <FigureCard label={t('stats.fig.medianResolution')} value={formatHours(stats.data.national.totals.medianResolutionMinutes, lng)} />
              <FigureCard
                label={t('stats.fig.meanRating')}
                value={formatRating(stats.data.national.totals.meanRating, lng)}
                sub={t('stats.fig.surveyResponseRate', { value: formatPercent(stats.data.national.totals.surveyResponseRate, lng) })}
              />
              <FigureCard label={t('stats.fig.satisfiedShare')} value={formatPercent(stats.data.national.totals.satisfiedShare, lng)} />
              <FigureCard label={t('stats.fig.reopenRate')} value={formatPercent(stats.data.national.totals.reopenRate, lng)} />
            </FigureCards>
          </PublicSection>
          <PublicSection title={t('stats.monthly.title')} testId="stats-monthly">
            <MonthlySection data={stats.data} />
          </PublicSection>
          <PublicSection title={t('stats.entities.title')} testId="stats-entities">
            <FiguresTable
              rows={stats.data.entities.filter((e) => e.totals.received > 0).map((e) => ({ code: e.entity.code, name: e.entity.name, totals: e.totals }))}
              nameHeader={t('stats.col.entity')}
              caption={t('stats.entities.caption')}
              testId="stats-entities-table"
            />
          </PublicSection>
          <PublicSection title={t('stats.services.title')} testId="stats-services">
            <FiguresTable
              rows={stats.data.services.map((s) => ({ code: s.service.code, name: s.service.name, totals: s.totals }))}
              nameHeader={t('stats.col.service')}
              caption={t('stats.services.caption')}
              limit={15}
              withMedian={false}
              testId="stats-services-table"
            />
          </PublicSection>
          <PublicSection title={t('stats.survey.title')} testId="stats-survey">
            <SurveySection period={period} />
          </PublicSection>
          <PublicSection title={t('stats.recognition.title')} testId="stats-recognition">
            <RecognitionSection />
          </PublicSection>
          <PublicSection title={t('stats.map.title')} testId="stats-map">
            <CasesMapSection period={period} services={stats.data.services.map((s) => s.service)} />
          </PublicSection>
          <PublicSection title={t('stats.openData.title')} testId="stats-open-data">
            <OpenDataSection period={period} />
          </PublicSection>
        </Stack>
      )}
    </Stack>
  );
}
