import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../common/enums.ts';
import type { PublicFigures } from '../../api/kpi.api.ts';
import classes from '../../components/charts/figures.module.css';
import { ScrollRegion } from '../../components/charts/ScrollRegion.tsx';
import { formatCount } from '../../components/charts/figures-format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { StatCells, StatHeads, type Stat } from './StatColumns.tsx';

interface Row {
  code: string;
  name: Bilingual;
  totals: PublicFigures;
}

/** Entities or services with their totals for the period, busiest first; long lists open on demand. */
interface Props {
  rows: Row[];
  nameHeader: string;
  caption: string;
  /** Rows shown before "show all". */
  limit?: number;
  /** Whether the median time to resolve is published for these rows (not per service). */
  withMedian?: boolean;
  testId?: string;
}

export function FiguresTable({ rows, nameHeader, caption, limit, withMedian = true, testId }: Props) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const [all, setAll] = useState(false);
  const sorted = [...rows].sort((a, b) => b.totals.received - a.totals.received || a.code.localeCompare(b.code));
  const shown = limit && !all ? sorted.slice(0, limit) : sorted;
  const n = (v: number) => formatCount(v, lng);
  // After the received count (its cell carries a test id of its own), the figures in their order.
  const rest: Stat[] = ['resolved', 'open', 'firstResponseCompliance', 'resolutionCompliance', ...(withMedian ? (['medianResolutionMinutes'] as const) : []), 'meanRating', 'satisfiedShare'];
  if (rows.length === 0) return <p>{t('stats.empty')}</p>;
  return (
    <Stack gap="sm">
      <ScrollRegion label={caption}>
        <table className={classes.table} data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{nameHeader}</th>
              <StatHeads stats={['received', ...rest]} />
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.code} data-testid="stats-row" data-code={r.code}>
                <th scope="row">
                  {local(r.name)}
                </th>
                <td className={classes.num} data-testid="stats-row-received">
                  {n(r.totals.received)}
                </td>
                <StatCells values={r.totals} stats={rest} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {limit && sorted.length > limit && (
        <Button variant="outline" size="xs" w="fit-content" onClick={() => setAll((a) => !a)} aria-expanded={all}>
          {all ? t('stats.showFewer') : t('stats.showAll', { value: n(sorted.length) })}
        </Button>
      )}
    </Stack>
  );
}
