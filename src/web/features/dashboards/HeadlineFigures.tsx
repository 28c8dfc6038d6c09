import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DrillDown, KpiFigures } from '../../api/kpi.api.ts';
import { FigureCard, FigureCards } from '../../components/charts/FigureCard.tsx';
import { formatCount, formatHours, formatPercent, formatRating } from '../../components/charts/figures-format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { denominatorLink, figureLink } from './drill.ts';
import { FigureLink } from './FigureLink.tsx';
import { ageBuckets, ageLabel, indicatorLabel, type Indicator } from '../../i18n/labels/dashboards.labels.ts';

interface Props {
  figures: KpiFigures;
  drill: DrillDown;
  /** The filter of the row the figures are of (an entity), added to every drill-down. */
  row?: Record<string, string>;
  /** The national figures, to compare against (the entity view). */
  national?: KpiFigures;
  testId?: string;
}

type Rate = Extract<
  Indicator,
  | 'resolvedShare'
  | 'firstResponseCompliance'
  | 'resolutionCompliance'
  | 'satisfiedShare'
  | 'surveyResponseRate'
  | 'reopenRate'
  | 'transferRate'
  | 'rejectionRate'
>;

/**
 * The headline indicators: volumes (each a link to its cases), the backlog by age, compliance with
 * the response targets, time to resolve, satisfaction and the reopen, transfer and rejection rates.
 */
export function HeadlineFigures({ figures: f, drill, row = {}, national, testId = 'headline' }: Props) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const n = (v: number) => formatCount(v, lng);
  const count = (indicator: string, value: number, label: string, id: string) => (
    <FigureLink link={figureLink(drill, row, indicator)} text={n(value)} figure={label} testId={id} />
  );
  const card = (indicator: Indicator, value: number) => {
    const label = indicatorLabel(t, indicator);
    return <FigureCard key={indicator} label={label} value={count(indicator, value, label, `fig-${indicator}`)} testId={`card-${indicator}`} />;
  };
  const vsNational = (text: string) => (national ? t('dash.headline.national', { value: text }) : null);
  // "292 of 354": the cases a rate counts, and the cases it is a share of, each a link where the inbox can list them.
  const of = (indicator: Rate, part: number, whole: number) => {
    const label = indicatorLabel(t, indicator);
    return (
      <>
        <FigureLink link={figureLink(drill, row, indicator)} text={n(part)} figure={`${label} — ${t('dash.headline.part')}`} testId={`part-${indicator}`} />
        {` ${t('dash.headline.of')} `}
        <FigureLink link={denominatorLink(drill, row, indicator)} text={n(whole)} figure={`${label} — ${t('dash.headline.whole')}`} testId={`whole-${indicator}`} />
      </>
    );
  };
  const rate = (indicator: Rate, part: number, whole: number) => (
    <FigureCard
      key={indicator}
      label={indicatorLabel(t, indicator)}
      value={<span data-testid={`fig-${indicator}`}>{formatPercent(f[indicator], lng)}</span>}
      sub={
        <>
          {of(indicator, part, whole)}
          {national && (
            <>
              <br />
              {vsNational(formatPercent(national[indicator], lng))}
            </>
          )}
        </>
      }
      testId={`card-${indicator}`}
    />
  );
  const c = f.counts;

  return (
    <Stack gap="md" data-testid={testId}>
      <FigureCards label={t('dash.headline.volumes')}>
        {card('received', f.received)}
        {card('resolved', f.resolved)}
        {card('open', f.open)}
        {card('openBreached', f.openBreached)}
        {card('rejected', f.rejected)}
      </FigureCards>
      <section aria-labelledby="backlog-title">
        <Title order={3} fz="h5" id="backlog-title" mb="xs">
          {t('dash.backlog.title')}
        </Title>
        <FigureCards testId="backlog">
          {ageBuckets.map((b) => {
            const label = ageLabel(t, b);
            return (
              <FigureCard key={b} label={label} value={count(`backlogAge.${b}`, f.backlogAge[b], label, `fig-age-${b}`)} testId={`card-age-${b}`} />
            );
          })}
          <FigureCard
            label={indicatorLabel(t, 'firstResponseOverdue')}
            value={count('firstResponseOverdue', f.firstResponseOverdue, indicatorLabel(t, 'firstResponseOverdue'), 'fig-firstResponseOverdue')}
          />
        </FigureCards>
      </section>
      <section aria-labelledby="quality-title">
        <Title order={3} fz="h5" id="quality-title" mb="xs">
          {t('dash.headline.quality')}
        </Title>
        <FigureCards>
          {rate('firstResponseCompliance', c.firstResponseMet, c.firstResponseMet + c.firstResponseLate)}
          {rate('resolutionCompliance', c.resolutionMet, c.resolutionMet + c.resolutionLate)}
          {rate('resolvedShare', f.resolved, f.received)}
          <FigureCard
            label={indicatorLabel(t, 'medianResolutionMinutes')}
            value={<span data-testid="fig-medianResolutionMinutes">{formatHours(f.medianResolutionMinutes, lng)}</span>}
            sub={
              <>
                {t('dash.headline.p90', { value: formatHours(f.p90ResolutionMinutes, lng) })}
                {national && (
                  <>
                    <br />
                    {vsNational(formatHours(national.medianResolutionMinutes, lng))}
                  </>
                )}
              </>
            }
          />
          <FigureCard
            label={indicatorLabel(t, 'meanRating')}
            value={<span data-testid="fig-meanRating">{formatRating(f.meanRating, lng)}</span>}
            sub={
              <>
                {t('dash.headline.ratedCount', { value: n(c.rated) })}
                {national && (
                  <>
                    <br />
                    {vsNational(formatRating(national.meanRating, lng))}
                  </>
                )}
              </>
            }
          />
          {rate('satisfiedShare', c.ratedSatisfied, c.rated)}
          {rate('surveyResponseRate', c.rated, f.resolved)}
          {rate('reopenRate', c.reopened, c.everResolved)}
          {rate('transferRate', c.transferred, f.received)}
          {rate('rejectionRate', f.rejected, f.received)}
        </FigureCards>
        <Text fz="xs" c="dimmed" mt="xs">
          {t('dash.headline.workingTime')}
        </Text>
      </section>
    </Stack>
  );
}
