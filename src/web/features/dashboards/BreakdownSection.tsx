import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchKpiBreakdown, type DatePeriod, type KpiBreakdown, type KpiDim } from '../../api/kpi.api.ts';
import { ChartFigure } from '../../components/charts/ChartFigure.tsx';
import { BarTrend } from '../../components/charts/Charts.tsx';
import classes from '../../components/charts/figures.module.css';
import { formatCount } from '../../components/charts/figures-format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { figureLink } from './drill.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { FigureLink } from './FigureLink.tsx';
import { FigureHeads, MeasuredCells } from './FigureColumns.tsx';
import { dimLabel, indicatorLabel } from '../../i18n/labels/dashboards.labels.ts';

/** Rows listed before "show all". */
const ROWS = 15;

/** The breakdown's query, shared with the map's list of services. */
export function useBreakdown(period: DatePeriod, by: KpiDim, entity?: string) {
  return useQuery({
    queryKey: ['kpi', 'breakdown', period, by, entity],
    queryFn: ({ signal }) => fetchKpiBreakdown(period, by, entity, signal),
    placeholderData: keepPreviousData,
  });
}

/** The figures by service, type, channel, governorate or unit, each count a link to its cases. */
export function BreakdownSection({ period, entity, dims }: { period: DatePeriod; entity?: string; dims: readonly KpiDim[] }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<KpiDim>(dims[0] ?? 'service');
  const breakdown = useBreakdown(period, by, entity);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          value={by}
          onChange={(v) => setBy(v as KpiDim)}
          data={dims.map((d) => ({ value: d, label: dimLabel(t, d) }))}
          aria-label={t('dash.breakdown.dimension')}
          data-testid="breakdown-dim"
        />
        <ExportLinks report="breakdown" params={{ ...period, by, entity }} label={t('dash.breakdown.title')} />
      </Group>
      {breakdown.isPending ? (
        <Loading />
      ) : breakdown.isError ? (
        <ErrorAlert error={breakdown.error} onRetry={() => void breakdown.refetch()} />
      ) : breakdown.data.items.length === 0 ? (
        <Text fz="sm">{t('dash.empty')}</Text>
      ) : (
        <BreakdownTable data={breakdown.data} />
      )}
    </Stack>
  );
}

function BreakdownTable({ data }: { data: KpiBreakdown }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const n = (v: number) => formatCount(v, lng);
  const nameOf = (item: KpiBreakdown['items'][number]) => (item.name ? local(item.name) : t('dash.breakdown.none'));
  const [all, setAll] = useState(false);
  const shown = data.items.slice(0, 12);
  const listed = all ? data.items : data.items.slice(0, ROWS);
  const counted = ['received', 'resolved', 'open'] as const;
  const rates = ['firstResponseCompliance', 'resolutionCompliance', 'medianResolutionMinutes', 'meanRating', 'satisfiedShare'] as const;
  return (
    <Stack gap="sm">
      <ChartFigure
        title={t('dash.breakdown.chart', { dimension: dimLabel(t, data.by) })}
        summary={t('dash.breakdown.summary', {
          first: nameOf(data.items[0]!),
          value: n(data.items[0]!.figures.received),
          total: n(data.total.received),
        })}
        chart={
          <BarTrend
            data={shown.map((i) => ({ name: nameOf(i), received: i.figures.received, resolved: i.figures.resolved }))}
            dataKey="name"
            vertical
            height={Math.max(160, 40 * shown.length)}
            series={[
              { name: 'received', label: indicatorLabel(t, 'received'), color: 'brand.6' },
              { name: 'resolved', label: indicatorLabel(t, 'resolved'), color: 'orange.8' },
            ]}
            valueFormatter={n}
          />
        }
      />
      <div className={classes.scroller}>
        <table className={classes.table} data-testid="breakdown-table">
          <caption className="visually-hidden">{t('dash.breakdown.caption', { dimension: dimLabel(t, data.by) })}</caption>
          <thead>
            <tr>
              <th scope="col">{dimLabel(t, data.by)}</th>
              <FigureHeads indicators={[...counted, ...rates]} />
            </tr>
          </thead>
          <tbody>
            {listed.map((i) => {
              const name = nameOf(i);
              // A row without a value (no unit) has no filter the inbox could apply.
              const linkable = Object.keys(i.filter).some((k) => k !== 'entity');
              return (
                <tr key={i.key || 'none'} data-testid="breakdown-row" data-key={i.key}>
                  <th scope="row">{name}</th>
                  {counted.map((c) => (
                    <td key={c} className={classes.num}>
                      <FigureLink
                        link={linkable ? figureLink(data.drillDown, i.filter, c) : null}
                        text={n(i.figures[c])}
                        figure={`${indicatorLabel(t, c)} — ${name}`}
                        testId={`breakdown-${c}`}
                      />
                    </td>
                  ))}
                  <MeasuredCells figures={i.figures} indicators={rates} />
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dash.breakdown.total')}</th>
              {counted.map((c) => (
                <td key={c} className={classes.num}>
                  <strong>{n(data.total[c])}</strong>
                </td>
              ))}
              <MeasuredCells figures={data.total} indicators={rates} />
            </tr>
          </tfoot>
        </table>
      </div>
      {data.items.length > ROWS && (
        <Button variant="outline" size="xs" w="fit-content" onClick={() => setAll((a) => !a)} aria-expanded={all} data-testid="breakdown-all">
          {all ? t('dash.breakdown.fewer') : t('dash.breakdown.all', { value: n(data.items.length) })}
        </Button>
      )}
    </Stack>
  );
}
