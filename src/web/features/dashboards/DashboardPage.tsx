import { Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { fetchKpiEntities } from '../../api/kpi.api.ts';
import { formatDay } from '../../components/charts/figures-format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { useStaffUser } from '../../auth/useStaffUser.tsx';
import { EntityView } from './EntityView.tsx';
import { APPROX_NOTE_ID } from './FigureLink.tsx';
import { NationalView } from './NationalView.tsx';
import { choiceFromParams, choiceToParams, periodOf } from './period.ts';
import { PeriodPicker } from './PeriodPicker.tsx';

/**
 * The indicator dashboards. Whoever sees several entities (the ministry's coordinators and
 * analysts) gets the national view at /staff/dashboard and any entity at /staff/dashboard/:entity;
 * everyone else gets their own entity. The period sits in the URL, so a view can be shared.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const local = useLocalized();
  const user = useStaffUser();
  const { entity } = useParams();
  const [params, setParams] = useSearchParams();
  const choice = choiceFromParams(params);
  const period = periodOf(choice);
  const search = params.toString() ? `?${params.toString()}` : '';

  const entities = useQuery({
    queryKey: ['kpi', 'entities', period],
    queryFn: ({ signal }) => fetchKpiEntities(period, signal),
    placeholderData: keepPreviousData,
  });
  const data = entities.data;
  const seesSeveral = (data?.items.length ?? 0) > 1;
  const national = !entity && seesSeveral;
  const code = entity ?? (data?.items.length === 1 ? data.items[0]!.entity.code : user.entity.code);
  const item = data?.items.find((i) => i.entity.code === code);
  const shownEntity = item?.entity.name ?? (code === user.entity.code ? user.entity.name : null);
  const title = national ? t('dash.nationalTitle') : shownEntity ? t('dash.entityTitle', { entity: local(shownEntity) }) : t('dash.title');
  usePageTitle(title);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz="h2" data-testid="dashboard-title">
          {title}
        </Title>
        {data && (
          <Text fz="sm" c="dimmed" data-testid="dashboard-period">
            {t('dash.period.shown', { from: formatDay(data.period.from, lng), to: formatDay(data.period.to, lng), asOf: formatDateTime(data.asOf, lng) })}
          </Text>
        )}
      </Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <PeriodPicker
          key={params.get('period') ?? 'last12'}
          value={choice}
          onChange={(next) => setParams((prev) => choiceToParams(next, prev), { replace: true })}
        />
      </Group>
      {entities.isPending ? (
        <Loading label={t('dash.loading')} />
      ) : entities.isError ? (
        <ErrorAlert error={entities.error} onRetry={() => void entities.refetch()} />
      ) : (
        <div aria-busy={entities.isFetching} data-testid={national ? 'dashboard-national' : 'dashboard-entity'}>
          {(national ? entities.data.national.received === 0 : item?.figures.received === 0) && (
            <Text fz="sm" mb="md" role="status" data-testid="dashboard-empty">
              {t('dash.empty')}
            </Text>
          )}
          {national ? (
            <NationalView data={entities.data} period={period} search={search} />
          ) : (
            <EntityView code={code} data={entities.data} period={period} search={search} national={seesSeveral} />
          )}
        </div>
      )}
      <Text fz="xs" c="dimmed" id={APPROX_NOTE_ID}>
        {t('dash.drill.approx')}
      </Text>
    </Stack>
  );
}
