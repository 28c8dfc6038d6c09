import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { benchmarkFigureNames, fetchAdoptionEffect, type AdoptionEffect, type EffectFigures } from '../../api/practice.api.ts';
import { AdminListPage, AdminTable, ListState } from '../../components/admin/AdminListPage.tsx';
import { formatCount, formatDay } from '../../components/charts/figures-format.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatNumber } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { figureLabel, formatFigure } from './practice-format.ts';

const lengths = [30, 60, 90] as const;

/**
 * Did it work: the adopting entity's figures for the service in the days before its adoption and
 * the days from it on, beside the source entity's over the same days.
 */
export function AdoptionEffectPage() {
  const { t } = useTranslation();
  usePageTitle(t('practice.effect.title'));
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const days = lengths.find((d) => String(d) === params.get('days')) ?? 30;
  const effect = useQuery({
    queryKey: ['practice', 'adoption', id, days],
    queryFn: ({ signal }) => fetchAdoptionEffect(Number(id), days, signal),
    placeholderData: keepPreviousData,
  });
  const local = useLocalized();
  const lng = currentLanguage();
  return (
    <AdminListPage title={t('practice.effect.title')} intro={effect.data ? t('practice.effect.intro', { title: local(effect.data.adoption.card.title), service: local(effect.data.adoption.service.name) }) : undefined}>
      <SegmentedControl
        w="fit-content"
        value={String(days)}
        onChange={(v) => setParams({ days: v }, { replace: true })}
        data={lengths.map((d) => ({ value: String(d), label: t('practice.effect.days', { n: formatNumber(d, lng) }) }))}
        aria-label={t('practice.effect.length')}
        data-testid="effect-days"
      />
      <ListState query={effect} loadingLabel={t('practice.loading')}>
        {(e) => <EffectTable effect={e} />}
      </ListState>
    </AdminListPage>
  );
}

function EffectTable({ effect }: { effect: AdoptionEffect }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const { before, after } = effect.periods;
  const rows = ['received', 'resolved', ...benchmarkFigureNames] as const;
  const value = (f: EffectFigures, k: (typeof rows)[number]) => (k === 'received' || k === 'resolved' ? formatCount(f[k], lng) : formatFigure(k, f[k], lng));
  return (
    <Stack gap="xs">
      <Text fz="sm">
        {t('practice.effect.periods', { beforeFrom: formatDay(before.from, lng), beforeTo: formatDay(before.to, lng), afterFrom: formatDay(after.from, lng), afterTo: formatDay(after.to, lng) })}
      </Text>
      <AdminTable
        minWidth={700}
        head={[
          t('practice.effect.figure'),
          t('practice.effect.entityBefore', { entity: local(effect.adoption.entity.name) }),
          t('practice.effect.entityAfter', { entity: local(effect.adoption.entity.name) }),
          t('practice.effect.sourceBefore', { entity: local(effect.adoption.source.name) }),
          t('practice.effect.sourceAfter', { entity: local(effect.adoption.source.name) }),
        ]}
      >
        {rows.map((k) => (
          <Table.Tr key={k} data-testid="effect-row" data-figure={k}>
            <Table.Td>{figureLabel(t, k)}</Table.Td>
            <Table.Td data-testid="effect-entity-before">{value(effect.entity.before, k)}</Table.Td>
            <Table.Td data-testid="effect-entity-after">{value(effect.entity.after, k)}</Table.Td>
            <Table.Td data-testid="effect-source-before">{value(effect.source.before, k)}</Table.Td>
            <Table.Td data-testid="effect-source-after">{value(effect.source.after, k)}</Table.Td>
          </Table.Tr>
        ))}
      </AdminTable>
      <Text fz="xs" c="dimmed">
        {t('practice.effect.note')}
      </Text>
    </Stack>
  );
}
