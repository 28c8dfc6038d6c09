import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DatePeriod, KpiEntities } from '../../api/kpi.api.ts';
import { formatCount, formatScore } from '../../components/charts/figures-format.ts';
import { BackIcon } from '../../components/icons.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { BreachesSection } from './BreachesSection.tsx';
import { BreakdownSection, useBreakdown } from './BreakdownSection.tsx';
import { DashSection } from './DashSection.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { TargetsTable } from './TargetsTable.tsx';
import { SuggestionAnswersSection } from './SuggestionAnswersSection.tsx';
import { SurveySection } from './SurveySection.tsx';
import { TrendsSection } from './TrendsSection.tsx';

const entityDims = ['service', 'type', 'channel', 'unit'] as const;

interface Props {
  code: string;
  data: KpiEntities;
  period: DatePeriod;
  search: string;
  /** Whether the viewer sees more than this entity (then a way back to all of them). */
  national: boolean;
}

/** One entity: its rank and score, its figures against its targets and the country, and where they come from. */
export function EntityView({ code, data, period, search, national }: Props) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const item = data.items.find((i) => i.entity.code === code);
  // A unit (or an entity with no rank row) still has its figures: the breakdown's total.
  const total = useBreakdown(period, 'service', code);

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        {national && (
          <Anchor component={Link} to={`/staff/dashboard${search}`} fz="sm" data-testid="back-national">
            <Group gap={4} component="span">
              <BackIcon size={16} />
              {t('dash.backToNational')}
            </Group>
          </Anchor>
        )}
        {item && (
          <Text fz="sm" data-testid="entity-rank">
            {item.rank === null
              ? t('dash.entity.unranked')
              : t('dash.entity.rank', { rank: formatCount(item.rank, lng), total: formatCount(data.rankedEntities, lng), score: formatScore(item.score, lng) })}
          </Text>
        )}
      </Group>
      {item && (
        <DashSection
          title={t('dash.targets.title')}
          actions={<ExportLinks report="entities" params={{ ...period }} label={t('dash.targets.title')} />}
          testId="section-targets"
        >
          <TargetsTable item={item} />
        </DashSection>
      )}
      <DashSection title={t('dash.headline.title')} testId="section-headline">
        {item ? (
          <HeadlineFigures figures={item.figures} drill={data.drillDown} row={item.filter} national={data.national} />
        ) : total.isPending ? (
          <Loading />
        ) : total.isError ? (
          <ErrorAlert error={total.error} onRetry={() => void total.refetch()} />
        ) : (
          <HeadlineFigures figures={total.data.total} drill={total.data.drillDown} row={{ entity: code }} national={data.national} />
        )}
      </DashSection>
      <DashSection title={t('dash.breakdown.title')} testId="section-breakdown">
        <BreakdownSection period={period} entity={code} dims={entityDims} />
      </DashSection>
      <DashSection title={t('dash.trends.title')} testId="section-trends">
        <TrendsSection period={period} entity={code} />
      </DashSection>
      <DashSection title={t('dash.breaches.title')} testId="section-breaches">
        <BreachesSection period={period} entity={code} />
      </DashSection>
      <DashSection title={t('dash.survey.title')} testId="section-survey">
        <SurveySection period={period} entity={code} />
      </DashSection>
      <DashSection title={t('suggestions.kpi.title')} testId="section-suggestion-answers">
        <SuggestionAnswersSection entity={code} />
      </DashSection>
    </Stack>
  );
}
