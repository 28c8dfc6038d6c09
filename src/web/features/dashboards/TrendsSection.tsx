import { Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchKpiTrends, type DatePeriod, type KpiTrends } from '../../api/kpi.api.ts';
import { ChartFigure, DataTable } from '../../components/charts/ChartFigure.tsx';
import { LineTrend } from '../../components/charts/Charts.tsx';
import classes from '../../components/charts/figures.module.css';
import { formatCount, formatDay, formatMonth, formatPercent } from '../../components/charts/figures-format.ts';
import { isPartial, monthLastDay } from '../../components/charts/chart-direction.ts';
import { localDate } from '../../../common/zoned-time.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { figureLink } from './drill.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { FigureLink } from './FigureLink.tsx';
import { FigureHeads, MeasuredCells } from './FigureColumns.tsx';
import { indicatorLabel } from '../../i18n/labels/dashboards.labels.ts';

type Grain = 'week' | 'month';

/** Week by week or month by month: what came in and went out, and how well the targets were kept. */
export function TrendsSection({ period, entity }: { period: DatePeriod; entity?: string }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<Grain>('month');
  const trends = useQuery({
    queryKey: ['kpi', 'trends', period, by, entity],
    queryFn: ({ signal }) => fetchKpiTrends(period, by, entity, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          value={by}
          onChange={(v) => setBy(v as Grain)}
          data={[
            { value: 'week', label: t('dash.trends.byWeek') },
            { value: 'month', label: t('dash.trends.byMonth') },
          ]}
          aria-label={t('dash.trends.grain')}
          data-testid="trend-grain"
        />
        <ExportLinks report="trends" params={{ ...period, by, entity }} label={t('dash.trends.title')} />
      </Group>
      {trends.isPending ? (
        <Loading />
      ) : trends.isError ? (
        <ErrorAlert error={trends.error} onRetry={() => void trends.refetch()} />
      ) : (
        <TrendCharts data={trends.data} />
      )}
    </Stack>
  );
}

function TrendCharts({ data }: { data: KpiTrends }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const label = (start: string) => (data.by === 'month' ? formatMonth(start.slice(0, 7), lng) : formatDay(start, lng));
  // The period still running (the current month or week) is marked partial, in its label and a note.
  const today = localDate(new Date(data.asOf), data.period.timeZone);
  const partialEnd = (p: KpiTrends['points'][number]) => isPartial(data.by === 'month' ? monthLastDay(p.start.slice(0, 7)) : addDaysTo(p.start, 6), today);
  const rows = data.points.map((p) => ({
    period: partialEnd(p) ? t('dash.trends.partialLabel', { period: label(p.start) }) : label(p.start),
    received: p.figures.received,
    resolved: p.figures.resolved,
    resolutionCompliance: p.figures.resolutionCompliance,
    firstResponseCompliance: p.figures.firstResponseCompliance,
    satisfiedShare: p.figures.satisfiedShare,
  }));
  const total = rows.reduce((s, r) => s + r.received, 0);
  const peak = rows.reduce((best, r) => (r.received > (best?.received ?? -1) ? r : best), rows[0]);
  const received = indicatorLabel(t, 'received');
  const resolved = indicatorLabel(t, 'resolved');
  const pct = (v: number) => formatPercent(v, lng);
  const rates = ['firstResponseCompliance', 'resolutionCompliance', 'satisfiedShare'] as const;

  const table = (
    <div className={classes.scroller}>
      <table className={classes.table} data-testid="trend-table">
        <caption className="visually-hidden">{t('dash.trends.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{data.by === 'month' ? t('dash.trends.col.month') : t('dash.trends.col.week')}</th>
            <FigureHeads indicators={['received', 'resolved', ...rates]} />
          </tr>
        </thead>
        <tbody>
          {data.points.map((p, i) => {
            const row = { ...data.filter, ...p.filter };
            return (
              <tr key={p.start} data-partial={partialEnd(p) || undefined}>
                <th scope="row">
                  {rows[i]!.period}
                </th>
                <td className={classes.num}>
                  <FigureLink link={figureLink(data.drillDown, row, 'received')} text={formatCount(p.figures.received, lng)} figure={`${received} — ${rows[i]!.period}`} />
                </td>
                <td className={classes.num}>
                  <FigureLink link={figureLink(data.drillDown, row, 'resolved')} text={formatCount(p.figures.resolved, lng)} figure={`${resolved} — ${rows[i]!.period}`} />
                </td>
                <MeasuredCells figures={p.figures} indicators={rates} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ChartFigure
          title={t('dash.trends.volume')}
          summary={t('dash.trends.volumeSummary', {
            total: formatCount(total, lng),
            points: formatCount(rows.length, lng),
            peak: peak?.period ?? '—',
            peakValue: formatCount(peak?.received ?? 0, lng),
          })}
          chart={
            <LineTrend
              data={rows}
              dataKey="period"
              series={[
                { name: 'received', label: received, color: 'brand.6' },
                { name: 'resolved', label: resolved, color: 'orange.8' },
              ]}
              valueFormatter={(v) => formatCount(v, lng)}
            />
          }
          testId="trend-volume"
        />
        <ChartFigure
          title={t('dash.trends.compliance')}
          summary={t('dash.trends.complianceSummary', { points: formatCount(rows.length, lng) })}
          chart={
            <LineTrend
              data={rows}
              dataKey="period"
              percent
              series={[
                { name: 'firstResponseCompliance', label: indicatorLabel(t, 'firstResponseCompliance'), color: 'blue.7' },
                { name: 'resolutionCompliance', label: indicatorLabel(t, 'resolutionCompliance'), color: 'brand.7' },
                { name: 'satisfiedShare', label: indicatorLabel(t, 'satisfiedShare'), color: 'grape.7' },
              ]}
              valueFormatter={pct}
            />
          }
        />
      </SimpleGrid>
      {data.points.some(partialEnd) && (
        <Text fz="xs" c="dimmed" data-testid="trend-partial-note">
          {t('dash.trends.partialNote')}
        </Text>
      )}
      <DataTable>{table}</DataTable>
    </Stack>
  );
}

/** A local date (YYYY-MM-DD) n days on. */
function addDaysTo(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
