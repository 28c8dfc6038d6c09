import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyFigures } from '../../api/survey.api.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import classes from './figures.module.css';
import { formatCount, formatPercent, formatRating } from './figures-format.ts';

/** A survey figure a table may show: counts, means per question (1–5), and shares. */
export type SurveyColumn = keyof SurveyFigures;

/** Counts and means: what the public figures show. */
export const publicSurveyColumns: readonly SurveyColumn[] = ['invited', 'answered', 'overall', 'speed', 'confidentiality', 'simplicity'];
/** Everything, for staff: with the response rate, the share solved and the reopened cases. */
export const staffSurveyColumns: readonly SurveyColumn[] = ['invited', 'answered', 'responseRate', 'overall', 'speed', 'confidentiality', 'simplicity', 'solvedShare', 'reopened', 'followerRatings', 'followerMean'];

const shares = new Set<SurveyColumn>(['responseRate', 'solvedShare']);
type T = ReturnType<typeof useTranslation>['t'];
const headOf = (t: T): Record<SurveyColumn, string> => ({
  invited: t('surveyFigures.col.invited'),
  answered: t('surveyFigures.col.answered'),
  responseRate: t('surveyFigures.col.responseRate'),
  overall: t('surveyFigures.col.overall'),
  speed: t('surveyFigures.col.speed'),
  confidentiality: t('surveyFigures.col.confidentiality'),
  simplicity: t('surveyFigures.col.simplicity'),
  solvedShare: t('surveyFigures.col.solvedShare'),
  reopened: t('surveyFigures.col.reopened'),
  followerRatings: t('surveyFigures.col.followerRatings'),
  followerMean: t('surveyFigures.col.followerMean'),
});
const means = new Set<SurveyColumn>(['overall', 'speed', 'confidentiality', 'simplicity', 'followerMean']);

/** One row: its naming cells (month, entity, service…) and its figures. */
export interface SurveyTableRow {
  key: string;
  cells: ReactNode[];
  figures: SurveyFigures;
}

/**
 * The satisfaction survey's figures as a table: the naming columns the caller gives, then the
 * chosen figures (counts, means to two decimals, shares as percentages). Empty: a sentence.
 */
export function SurveyTable(p: { caption: string; heads: string[]; columns: readonly SurveyColumn[]; rows: SurveyTableRow[]; testId: string }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  if (!p.rows.length) {
    return (
      <Text fz="sm" data-testid={`${p.testId}-empty`}>
        {t('surveyFigures.none')}
      </Text>
    );
  }
  const value = (c: SurveyColumn, f: SurveyFigures) => {
    const v = f[c];
    return shares.has(c) ? formatPercent(v, lng) : means.has(c) ? formatRating(v, lng) : formatCount(v ?? 0, lng);
  };
  return (
    <div className={classes.scroller}>
      <table className={classes.table} data-testid={p.testId}>
        <caption className="visually-hidden">{p.caption}</caption>
        <thead>
          <tr>
            {p.heads.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            {p.columns.map((c) => (
              <th key={c} scope="col" className={classes.num}>
                {headOf(t)[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
              {p.columns.map((c) => (
                <td key={c} className={classes.num} data-col={c}>
                  {value(c, r.figures)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
