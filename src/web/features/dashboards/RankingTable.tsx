import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiEntities, KpiEntityItem } from '../../api/kpi.api.ts';
import classes from '../../components/charts/figures.module.css';
import { formatCount, formatPercent, formatScore, formatWeight } from '../../components/charts/figures-format.ts';
import { formatList } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { figureLink } from './drill.ts';
import { FigureLink } from './FigureLink.tsx';
import { indicatorLabel, scorePartLabel } from '../../i18n/labels/dashboards.labels.ts';

/** The parts of the composite score in the order the README gives them. */
const parts = ['resolutionCompliance', 'firstResponseCompliance', 'satisfiedShare', 'resolvedShare', 'reopenRate'] as const;
type Part = (typeof parts)[number];

function partValue(item: KpiEntityItem, part: Part): number | null {
  const v = item.figures[part];
  if (v === null) return null;
  return part === 'reopenRate' ? Math.round((100 - v) * 100) / 100 : v;
}

/** The column heads of the score's parts, each with its weight (the ranking and the excellence table). */
export function ScorePartHeads({ weights }: { weights: Record<string, number> }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  return parts.map((p) => (
    <th scope="col" key={p} className={classes.num}>
      {scorePartLabel(t, p)}
      <Text component="span" display="block" fz="xs" c="dimmed" fw={400}>
        {t('dash.ranking.weight', { weight: formatWeight(weights[p] ?? 0, lng) })}
      </Text>
    </th>
  ));
}

/** Which rows stand out: the server marks the first and last three ranks, only among at least seven ranked entities. */
export function standing(items: KpiEntityItem[]): Map<string, 'top' | 'bottom'> {
  return new Map(items.flatMap((i) => (i.standing ? [[i.entity.code, i.standing] as const] : [])));
}

/**
 * Entities ranked by composite score, every part of the score shown with its weight, so a rank can
 * be checked by hand. The top three and the bottom three rows are marked (in words, not only colour).
 */
export function RankingTable({ data, search }: { data: KpiEntities; search: string }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const marks = standing(data.items);
  const weights = data.weights;
  const formula = formatList(
    parts.map((p) => t('dash.ranking.term', { weight: formatWeight(weights[p] ?? 0, lng), part: scorePartLabel(t, p) })),
    lng,
    'unit',
  );
  const received = indicatorLabel(t, 'received');
  const open = indicatorLabel(t, 'open');

  return (
    <>
      <Text fz="sm" data-testid="ranking-formula">
        {t('dash.ranking.formula', { terms: formula })}
      </Text>
      <div className={classes.scroller}>
        <table className={classes.table} data-testid="ranking-table">
          <caption className="visually-hidden">{t('dash.ranking.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={classes.num}>
                {t('dash.ranking.col.rank')}
              </th>
              <th scope="col">{t('dash.ranking.col.entity')}</th>
              <th scope="col" className={classes.num}>
                {t('dash.ranking.col.score')}
              </th>
              <ScorePartHeads weights={weights} />
              <th scope="col" className={classes.num}>
                {received}
              </th>
              <th scope="col" className={classes.num}>
                {open}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => {
              const mark = marks.get(item.entity.code);
              const name = local(item.entity.name);
              return (
                <tr key={item.entity.code} className={mark ? classes[mark] : undefined} data-testid="ranking-row" data-entity={item.entity.code} data-standing={mark}>
                  <td className={classes.num}>{item.rank === null ? '—' : formatCount(item.rank, lng)}</td>
                  <th scope="row">
                    <Link to={`/staff/dashboard/${item.entity.code}${search}`} className={classes.link}>
                      {name}
                    </Link>
                    {mark && (
                      <Badge ms="xs" size="sm" variant="outline" color={mark === 'top' ? 'brand.8' : 'red.9'} tt="none">
                        {mark === 'top' ? t('dash.ranking.top') : t('dash.ranking.bottom')}
                      </Badge>
                    )}
                  </th>
                  <td className={classes.num} data-testid="ranking-score">
                    <strong>{formatScore(item.score, lng)}</strong>
                  </td>
                  {parts.map((p) => (
                    <td key={p} className={classes.num}>
                      {formatPercent(partValue(item, p), lng)}
                    </td>
                  ))}
                  <td className={classes.num}>
                    <FigureLink link={figureLink(data.drillDown, item.filter, 'received')} text={formatCount(item.figures.received, lng)} figure={`${received} — ${name}`} testId="ranking-received" />
                  </td>
                  <td className={classes.num}>
                    <FigureLink link={figureLink(data.drillDown, item.filter, 'open')} text={formatCount(item.figures.open, lng)} figure={`${open} — ${name}`} testId="ranking-open" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Text fz="xs" c="dimmed">
        {t('dash.ranking.note', { ranked: formatCount(data.rankedEntities, lng) })}
      </Text>
    </>
  );
}
