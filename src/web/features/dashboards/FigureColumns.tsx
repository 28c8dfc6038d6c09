import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/enums.ts';
import classes from '../../components/charts/figures.module.css';
import { formatHours, formatPercent, formatRating } from '../../components/charts/figures-format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { indicatorLabel, type Indicator } from '../../i18n/labels/dashboards.labels.ts';

/** Indicators a dashboard table shows as measured values (not as links to cases), and how each reads. */
const measured = {
  firstResponseCompliance: formatPercent,
  resolutionCompliance: formatPercent,
  medianResolutionMinutes: formatHours,
  meanRating: formatRating,
  satisfiedShare: formatPercent,
} satisfies Record<string, (value: number | null, lng: Language) => string>;

export type MeasuredIndicator = keyof typeof measured;

/** The column headings of a table's figures, numeric columns named by indicator. */
export function FigureHeads({ indicators }: { indicators: readonly Indicator[] }) {
  const { t } = useTranslation();
  return (
    <>
      {indicators.map((ind) => (
        <th scope="col" key={ind} className={classes.num}>
          {indicatorLabel(t, ind)}
        </th>
      ))}
    </>
  );
}

/** A row's measured values, one numeric cell each, in the order of `indicators`. */
export function MeasuredCells({ figures, indicators }: { figures: Record<MeasuredIndicator, number | null>; indicators: readonly MeasuredIndicator[] }) {
  const lng = currentLanguage();
  return (
    <>
      {indicators.map((ind) => (
        <td key={ind} className={classes.num}>
          {measured[ind](figures[ind], lng)}
        </td>
      ))}
    </>
  );
}
