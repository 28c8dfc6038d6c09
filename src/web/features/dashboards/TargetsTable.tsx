import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiEntityItem } from '../../api/kpi.api.ts';
import classes from '../../components/charts/figures.module.css';
import { ScrollRegion } from '../../components/charts/ScrollRegion.tsx';
import { formatPercent, formatRating } from '../../components/charts/figures-format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { indicatorLabel, type Indicator } from '../../i18n/labels/dashboards.labels.ts';

/** Indicators that may carry a target, in the order shown; lower is better for the last three. */
const targeted = [
  'firstResponseCompliance',
  'resolutionCompliance',
  'resolvedShare',
  'satisfiedShare',
  'meanRating',
  'surveyResponseRate',
  'reopenRate',
  'transferRate',
  'rejectionRate',
] as const satisfies readonly Indicator[];
const lowerIsBetter = new Set<string>(['reopenRate', 'transferRate', 'rejectionRate']);

/** An entity's figures against its targets and against the national figure (every entity pooled). */
export function TargetsTable({ item }: { item: KpiEntityItem }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const fmt = (ind: string, v: number | null) => (ind === 'meanRating' ? formatRating(v, lng) : formatPercent(v, lng));
  const rows = targeted.filter((ind) => item.targets[ind]);
  return (
    <ScrollRegion label={t('dash.targets.caption')}>
      <table className={classes.table} data-testid="targets-table">
        <caption className="visually-hidden">{t('dash.targets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.targets.col.indicator')}</th>
            <th scope="col" className={classes.num}>
              {t('dash.targets.col.value')}
            </th>
            <th scope="col" className={classes.num}>
              {t('dash.targets.col.target')}
            </th>
            <th scope="col">{t('dash.targets.col.status')}</th>
            <th scope="col" className={classes.num}>
              {t('dash.targets.col.national')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((ind) => {
            const row = item.targets[ind]!;
            return (
              <tr key={ind} data-testid="target-row" data-indicator={ind}>
                <th scope="row">
                  {indicatorLabel(t, ind)}
                </th>
                <td className={classes.num}>
                  <strong>{fmt(ind, row.value)}</strong>
                </td>
                <td className={classes.num}>
                  {row.target === null
                    ? '—'
                    : lowerIsBetter.has(ind)
                      ? t('dash.targets.atMost', { value: fmt(ind, row.target) })
                      : t('dash.targets.atLeast', { value: fmt(ind, row.target) })}
                </td>
                <td>
                  {row.meetsTarget === null ? (
                    <Badge variant="outline" color="gray.7" tt="none">
                      {row.target === null ? t('dash.targets.noTarget') : t('dash.targets.noData')}
                    </Badge>
                  ) : row.meetsTarget ? (
                    <Badge variant="outline" color="brand.8" tt="none">
                      {t('dash.targets.met')}
                    </Badge>
                  ) : (
                    <Badge variant="outline" color="red.9" tt="none">
                      {t('dash.targets.missed')}
                    </Badge>
                  )}
                </td>
                <td className={classes.num}>{fmt(ind, row.national)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
