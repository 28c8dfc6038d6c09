import { Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchKpiBreaches, type DatePeriod } from '../../api/kpi.api.ts';
import { ChartFigure } from '../../components/charts/ChartFigure.tsx';
import { BarTrend } from '../../components/charts/Charts.tsx';
import classes from '../../components/charts/figures.module.css';
import { formatCount, formatPercent } from '../../components/charts/figures-format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { inboxLinkOf } from './drill.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { FigureLink } from './FigureLink.tsx';

/** The services that drive breaches of the resolution target, with their share and the running (Pareto) share. */
export function BreachesSection({ period, entity }: { period: DatePeriod; entity?: string }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const breaches = useQuery({
    queryKey: ['kpi', 'breaches', period, entity],
    queryFn: ({ signal }) => fetchKpiBreaches(period, entity, signal),
    placeholderData: keepPreviousData,
  });
  const n = (v: number) => formatCount(v, lng);
  const header = (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text fz="sm" data-testid="breaches-total">
        {breaches.data ? t('dash.breaches.total', { value: n(breaches.data.totalBreaches) }) : null}
      </Text>
      <ExportLinks report="breaches" params={{ ...period, entity, limit: '10' }} label={t('dash.breaches.title')} />
    </Group>
  );
  if (breaches.isPending) return <Loading />;
  if (breaches.isError) return <ErrorAlert error={breaches.error} onRetry={() => void breaches.refetch()} />;
  const data = breaches.data;
  if (data.items.length === 0) {
    return (
      <Stack gap="sm">
        {header}
        <Text fz="sm" data-testid="breaches-empty">
          {t('dash.breaches.empty')}
        </Text>
      </Stack>
    );
  }
  const label = t('dash.breaches.col.breaches');
  const top = data.items[0]!;
  return (
    <Stack gap="sm">
      {header}
      <ChartFigure
        title={t('dash.breaches.chart')}
        summary={t('dash.breaches.summary', { service: local(top.service.name), value: n(top.breaches), share: formatPercent(top.share, lng) })}
        chart={
          <BarTrend
            data={data.items.map((i) => ({ service: local(i.service.name), breaches: i.breaches }))}
            dataKey="service"
            vertical
            height={Math.max(160, 36 * data.items.length)}
            series={[{ name: 'breaches', label, color: 'orange.8' }]}
            valueFormatter={n}
          />
        }
      />
      <div className={classes.scroller}>
        <table className={classes.table} data-testid="breaches-table">
          <caption className="visually-hidden">{t('dash.breaches.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.breaches.col.service')}</th>
              <th scope="col" className={classes.num}>
                {label}
              </th>
              <th scope="col" className={classes.num}>
                {t('dash.breaches.col.rate')}
              </th>
              <th scope="col" className={classes.num}>
                {t('dash.breaches.col.share')}
              </th>
              <th scope="col" className={classes.num}>
                {t('dash.breaches.col.cumulative')}
              </th>
              <th scope="col" className={classes.num}>
                {t('dash.ind.received')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((i) => {
              const name = local(i.service.name);
              return (
                <tr key={i.service.code} data-testid="breach-row">
                  <th scope="row">
                    {name}
                  </th>
                  <td className={classes.num}>
                    <FigureLink link={inboxLinkOf(data.drillDown.base, i.filter, data.drillDown.cases)} text={n(i.breaches)} figure={`${label} — ${name}`} testId="breach-count" />
                  </td>
                  <td className={classes.num}>{formatPercent(i.breachRate, lng)}</td>
                  <td className={classes.num}>{formatPercent(i.share, lng)}</td>
                  <td className={classes.num}>{formatPercent(i.cumulativeShare, lng)}</td>
                  <td className={classes.num}>{n(i.received)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}
