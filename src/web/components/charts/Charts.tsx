import '@mantine/charts/styles.css';
// The legend's swatches are Mantine ColorSwatch elements: without their styles they draw 0×0.
import '@mantine/core/styles/ColorSwatch.css';
import { BarChart, LineChart } from '@mantine/charts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { chartAxes } from './chart-direction.ts';

/*
 * The chart kinds the dashboards and the public figures draw, on @mantine/charts (recharts). This
 * module is imported only by lazily loaded pages, so the charts library stays out of the first
 * bundle. The drawings are images to assistive technology: their data is in a table beside them.
 */

export interface Series {
  name: string;
  label: string;
  color: string;
}

interface Props {
  data: Record<string, string | number | null>[];
  dataKey: string;
  series: Series[];
  valueFormatter?: (value: number) => string;
  unit?: string;
  height?: number;
  /** Values 0–100 (percentages): the axis is fixed to that range. */
  percent?: boolean;
}

const dir = () => (currentLanguage() === 'ar' ? ('rtl' as const) : ('ltr' as const));

const common = (p: Props) => ({
  h: p.height ?? 240,
  data: p.data,
  dataKey: p.dataKey,
  series: p.series,
  valueFormatter: p.valueFormatter,
  withLegend: p.series.length > 1,
  accessibilityLayer: false,
  tooltipAnimationDuration: 0,
  ...chartAxes(dir(), { percent: p.percent }),
  legendProps: { verticalAlign: 'bottom' as const, height: 40 },
});

export function LineTrend(props: Props) {
  return <LineChart {...common(props)} curveType="linear" connectNulls={false} withDots={props.data.length <= 31} />;
}

export function BarTrend(props: Props & { stacked?: boolean; vertical?: boolean }) {
  return (
    <BarChart
      {...common(props)}
      type={props.stacked ? 'stacked' : 'default'}
      orientation={props.vertical ? 'vertical' : 'horizontal'}
      {...chartAxes(dir(), { vertical: props.vertical, percent: props.percent })}
    />
  );
}
