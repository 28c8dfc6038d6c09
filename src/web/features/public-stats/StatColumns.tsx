import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/enums.ts';
import classes from '../../components/charts/figures.module.css';
import { formatCount, formatHours, formatPercent, formatRating } from '../../components/charts/figures-format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

/** The published figures a public table can show, each a numeric column. */
export type Stat = 'received' | 'resolved' | 'open' | 'firstResponseCompliance' | 'resolutionCompliance' | 'medianResolutionMinutes' | 'meanRating' | 'satisfiedShare';

/** A published figure's column heading; each key is written out in full for the translation check. */
function statLabel(t: TFunction, stat: Stat): string {
  switch (stat) {
    case 'received':
      return t('stats.fig.received');
    case 'resolved':
      return t('stats.fig.resolved');
    case 'open':
      return t('stats.fig.open');
    case 'firstResponseCompliance':
      return t('stats.fig.firstResponseCompliance');
    case 'resolutionCompliance':
      return t('stats.fig.resolutionCompliance');
    case 'medianResolutionMinutes':
      return t('stats.fig.medianResolution');
    case 'meanRating':
      return t('stats.fig.meanRating');
    case 'satisfiedShare':
      return t('stats.fig.satisfiedShare');
  }
}

/** How each published figure reads: counts, percentages, working hours, ratings. */
const format: Record<Stat, (value: number | null, lng: Language) => string> = {
  received: (v, lng) => formatCount(v ?? 0, lng),
  resolved: (v, lng) => formatCount(v ?? 0, lng),
  open: (v, lng) => formatCount(v ?? 0, lng),
  firstResponseCompliance: formatPercent,
  resolutionCompliance: formatPercent,
  medianResolutionMinutes: formatHours,
  meanRating: formatRating,
  satisfiedShare: formatPercent,
};

/** The numeric column headings of a public table, in the order of `stats`. */
export function StatHeads({ stats }: { stats: readonly Stat[] }) {
  const { t } = useTranslation();
  return (
    <>
      {stats.map((s) => (
        <th scope="col" key={s} className={classes.num}>
          {statLabel(t, s)}
        </th>
      ))}
    </>
  );
}

/** A row's published figures, one numeric cell each, in the order of `stats`. */
export function StatCells<S extends Stat>({ values, stats }: { values: Record<S, number | null>; stats: readonly S[] }) {
  const lng = currentLanguage();
  return (
    <>
      {stats.map((s) => (
        <td key={s} className={classes.num}>
          {format[s](values[s], lng)}
        </td>
      ))}
    </>
  );
}
