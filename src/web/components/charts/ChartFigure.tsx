import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './charts.module.css';

interface Props {
  title: string;
  /** What the chart shows, in one sentence: read instead of the drawing. */
  summary: string;
  chart: ReactNode;
  /** The same data as a table, behind a disclosure (or give it once for several charts: DataTable). */
  table?: ReactNode;
  testId?: string;
}

/**
 * A chart with its text alternative: the drawing is one image with a spoken summary, and the data
 * it draws is a table anyone can open (keyboard and screen readers included).
 */
export function ChartFigure({ title, summary, chart, table, testId }: Props) {
  return (
    <figure className={classes.figure} data-testid={testId}>
      <figcaption>
        <Text fw={600} fz="sm">
          {title}
        </Text>
      </figcaption>
      <div role="img" aria-label={summary} className={classes.chart}>
        {chart}
      </div>
      {table && <DataTable>{table}</DataTable>}
    </figure>
  );
}

/** A chart's data as a table, behind a disclosure anyone can open. */
export function DataTable({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <details className={classes.details}>
      <summary>{t('dash.chart.showTable')}</summary>
      {children}
    </details>
  );
}
