import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatePeriod, KpiEntities } from '../../api/kpi.api.ts';
import { CasesMapSection } from '../../components/map/CasesMapSection.tsx';
import { BreachesSection } from './BreachesSection.tsx';
import { BreakdownSection, useBreakdown } from './BreakdownSection.tsx';
import { DashSection } from './DashSection.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { RankingTable } from './RankingTable.tsx';
import { SurveySection } from './SurveySection.tsx';
import { TrendsSection } from './TrendsSection.tsx';

const nationalDims = ['service', 'type', 'channel', 'governorate'] as const;

/** The whole country: headline figures, entities ranked, trends, breach drivers, breakdowns and the map. */
export function NationalView({ data, period, search }: { data: KpiEntities; period: DatePeriod; search: string }) {
  const { t } = useTranslation();
  const services = useBreakdown(period, 'service');
  const shown = { from: data.period.from, to: data.period.to };
  return (
    <Stack gap="lg">
      <DashSection title={t('dash.headline.title')} testId="section-headline">
        <HeadlineFigures figures={data.national} drill={data.drillDown} />
      </DashSection>
      <DashSection
        title={t('dash.ranking.title')}
        actions={<ExportLinks report="entities" params={{ ...period }} label={t('dash.ranking.title')} />}
        testId="section-ranking"
      >
        <Stack gap="sm">
          <RankingTable data={data} search={search} />
        </Stack>
      </DashSection>
      <DashSection title={t('dash.trends.title')} testId="section-trends">
        <TrendsSection period={period} />
      </DashSection>
      <DashSection title={t('dash.breaches.title')} testId="section-breaches">
        <BreachesSection period={period} />
      </DashSection>
      <DashSection title={t('dash.survey.title')} testId="section-survey">
        <SurveySection period={period} />
      </DashSection>
      <DashSection title={t('dash.breakdown.title')} testId="section-breakdown">
        <BreakdownSection period={period} dims={nationalDims} />
      </DashSection>
      <DashSection title={t('stats.map.title')} testId="section-map">
        <CasesMapSection
          period={{ from: shown.from.slice(0, 7), to: shown.to.slice(0, 7) }}
          services={(services.data?.items ?? []).flatMap((i) => (i.name ? [{ code: i.key, name: i.name }] : []))}
        />
      </DashSection>
    </Stack>
  );
}
