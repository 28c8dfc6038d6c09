import { NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicStats } from '../../api/kpi.api.ts';
import { ChartFigure, DataTable } from '../../components/charts/ChartFigure.tsx';
import { BarTrend, LineTrend } from '../../components/charts/Charts.tsx';
import classes from '../../components/charts/figures.module.css';
import { ScrollRegion } from '../../components/charts/ScrollRegion.tsx';
import { formatCount, formatMonth, formatPercent } from '../../components/charts/figures-format.ts';
import { isPartial, monthLastDay } from '../../components/charts/chart-direction.ts';
import { localDate } from '../../../common/zoned-time.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { StatCells, StatHeads } from './StatColumns.tsx';

/** Month by month, for the country, one entity or one service: volumes, compliance and satisfaction. */
export function MonthlySection({ data }: { data: PublicStats }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const [series, setSeries] = useState('national');
  const months =
    (series.startsWith('entity:')
      ? data.entities.find((e) => `entity:${e.entity.code}` === series)?.months
      : series.startsWith('service:')
        ? data.services.find((s) => `service:${s.service.code}` === series)?.months
        : undefined) ?? data.national.months;
  // The month still running is marked partial, so its short bar is not read as a fall.
  const today = localDate(new Date(data.asOf), data.period.timeZone);
  const partial = (month: string) => isPartial(monthLastDay(month), today);
  const rows = months.map((m) => ({
    month: partial(m.month) ? t('stats.monthly.partialLabel', { month: formatMonth(m.month, lng) }) : formatMonth(m.month, lng),
    received: m.received,
    resolved: m.resolved,
    firstResponseCompliance: m.firstResponseCompliance,
    resolutionCompliance: m.resolutionCompliance,
    satisfiedShare: m.satisfiedShare,
  }));
  const total = rows.reduce((s, r) => s + r.received, 0);
  const n = (v: number) => formatCount(v, lng);
  const pct = (v: number | null) => formatPercent(v, lng);
  const monthly = ['received', 'resolved', 'firstResponseCompliance', 'resolutionCompliance', 'satisfiedShare'] as const;
  const last = months[months.length - 1];

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('stats.monthly.seriesLabel')}
        value={series}
        onChange={(e) => setSeries(e.currentTarget.value)}
        maw={420}
        data-testid="stats-series"
        data={[
          { value: 'national', label: t('stats.monthly.national') },
          {
            group: t('stats.col.entity'),
            items: data.entities.filter((e) => e.totals.received > 0).map((e) => ({ value: `entity:${e.entity.code}`, label: local(e.entity.name) })),
          },
          { group: t('stats.col.service'), items: data.services.map((s) => ({ value: `service:${s.service.code}`, label: local(s.service.name) })) },
        ]}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ChartFigure
          title={t('stats.monthly.volume')}
          summary={t('stats.monthly.volumeSummary', { total: n(total), months: n(rows.length) })}
          chart={
            <BarTrend
              data={rows}
              dataKey="month"
              series={[
                { name: 'received', label: t('stats.fig.received'), color: 'brand.6' },
                { name: 'resolved', label: t('stats.fig.resolved'), color: 'orange.8' },
              ]}
              valueFormatter={n}
            />
          }
          testId="stats-volume-chart"
        />
        <ChartFigure
          title={t('stats.monthly.quality')}
          summary={t('stats.monthly.qualitySummary', {
            month: last ? formatMonth(last.month, lng, 'long') : '—',
            resolution: pct(last?.resolutionCompliance ?? null),
            satisfied: pct(last?.satisfiedShare ?? null),
          })}
          chart={
            <LineTrend
              data={rows}
              dataKey="month"
              percent
              series={[
                { name: 'firstResponseCompliance', label: t('stats.fig.firstResponseCompliance'), color: 'blue.7' },
                { name: 'resolutionCompliance', label: t('stats.fig.resolutionCompliance'), color: 'brand.7' },
                { name: 'satisfiedShare', label: t('stats.fig.satisfiedShare'), color: 'grape.7' },
              ]}
              valueFormatter={(v) => pct(v)}
            />
          }
        />
      </SimpleGrid>
      <DataTable>
        <ScrollRegion label={t('stats.monthly.caption')}>
          <table className={classes.table} data-testid="stats-monthly-table">
            <caption className="visually-hidden">{t('stats.monthly.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.col.month')}</th>
                <StatHeads stats={monthly} />
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.month} data-partial={partial(months[i]!.month) || undefined}>
                  <th scope="row">
                    {r.month}
                  </th>
                  <StatCells values={r} stats={monthly} />
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </DataTable>
      {months.some((m) => partial(m.month)) && (
        <Text fz="xs" c="dimmed" data-testid="stats-partial-note">
          {t('stats.monthly.partialNote')}
        </Text>
      )}
    </Stack>
  );
}
