import { Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { benchmarkFigureNames, fetchBenchmarks, type BenchmarkRow, type Benchmarks } from '../../api/practice.api.ts';
import { AdminListPage, AdminTable, ListState } from '../../components/admin/AdminListPage.tsx';
import { formatCount, formatDay, NO_VALUE } from '../../components/charts/figures-format.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import classes from './practice.module.css';
import { figureLabel, formatFigure, formatGap, formatRatio } from './practice-format.ts';

type Item = Benchmarks['items'][number];

/**
 * Benchmarks against the best: pick a service; each entity in reach with its figures beside the
 * best entity's (by the ranking's composite score), the gap per figure, volume and per 10,000
 * residents, and how comparable the two are. An entity's own staff see themselves beside the best.
 */
export function BenchmarksPage() {
  const { t } = useTranslation();
  usePageTitle(t('practice.benchmarks.title'));
  const [params, setParams] = useSearchParams();
  const chosen = params.get('service') ?? undefined;
  // Every service of the period once (for the choice), then the chosen one.
  const all = useQuery({ queryKey: ['practice', 'benchmarks'], queryFn: ({ signal }) => fetchBenchmarks(undefined, signal) });
  const code = chosen ?? all.data?.items[0]?.service.code;
  const one = useQuery({
    queryKey: ['practice', 'benchmarks', code],
    queryFn: ({ signal }) => fetchBenchmarks(code, signal),
    enabled: code !== undefined,
    placeholderData: keepPreviousData,
  });
  const local = useLocalized();
  const lng = currentLanguage();

  return (
    <AdminListPage title={t('practice.benchmarks.title')} intro={t('practice.benchmarks.intro')}>
      <ListState query={all} isEmpty={(d) => d.items.length === 0} empty={t('practice.benchmarks.empty')} emptyTestId="benchmarks-empty" loadingLabel={t('practice.loading')}>
        {(data) => (
          <Stack gap="md">
            <NativeSelect
              label={t('practice.service')}
              value={code}
              onChange={(e) => setParams({ service: e.currentTarget.value }, { replace: true })}
              data={data.items.map((i) => ({ value: i.service.code, label: local(i.service.name) }))}
              maw={420}
              data-testid="benchmark-service"
            />
            <Text fz="sm" c="dimmed">
              {t('practice.benchmarks.period', { from: formatDay(data.period.from, lng), to: formatDay(data.period.to, lng) })}
            </Text>
            <ListState query={one} loadingLabel={t('practice.loading')}>
              {(d) => {
                const item = d.items.find((i) => i.service.code === code);
                return item ? <BenchmarkTable item={item} /> : <Text c="dimmed">{t('practice.benchmarks.empty')}</Text>;
              }}
            </ListState>
          </Stack>
        )}
      </ListState>
    </AdminListPage>
  );
}

function BenchmarkTable({ item }: { item: Item }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const head = [
    t('practice.entity'),
    t('practice.benchmarks.received'),
    t('practice.benchmarks.per10k'),
    ...benchmarkFigureNames.map((f) => figureLabel(t, f)),
    t('practice.benchmarks.comparability'),
  ];
  const cells = (r: BenchmarkRow) => [
    <Table.Td key="received">{formatCount(r.received, lng)}</Table.Td>,
    <Table.Td key="per10k">{r.receivedPer10k === null ? NO_VALUE : formatCount(r.receivedPer10k, lng)}</Table.Td>,
  ];
  const others = item.items.filter((r) => r.entity.code !== item.best.entity.code);
  return (
    <Stack gap="xs" data-testid="benchmark-table">
      <Text fz="sm">{t('practice.benchmarks.bestIs', { entity: local(item.best.entity.name), n: formatCount(item.entities, lng) })}</Text>
      <AdminTable minWidth={900} head={head}>
        <Table.Tr className={classes.best} data-testid="benchmark-best" data-code={item.best.entity.code}>
          <Table.Td>
            {local(item.best.entity.name)}{' '}
            <Badge color="green" variant="light">
              {t('practice.benchmarks.best')}
            </Badge>
          </Table.Td>
          {cells(item.best)}
          {benchmarkFigureNames.map((f) => (
            <Table.Td key={f}>{formatFigure(f, item.best.figures[f], lng)}</Table.Td>
          ))}
          <Table.Td>{NO_VALUE}</Table.Td>
        </Table.Tr>
        {others.map((r) => (
          <Table.Tr key={r.entity.code} data-testid="benchmark-row" data-code={r.entity.code}>
            <Table.Td>{local(r.entity.name)}</Table.Td>
            {cells(r)}
            {benchmarkFigureNames.map((f) => (
              <Table.Td key={f}>
                {formatFigure(f, r.figures[f], lng)}
                <Text fz="xs" c="dimmed">
                  {t('practice.benchmarks.gap', { gap: formatGap(t, f, r.gap[f], lng) })}
                </Text>
              </Table.Td>
            ))}
            <Table.Td>
              <Text fz="xs">{t('practice.benchmarks.volumeRatio', { ratio: formatRatio(r.comparability.volumeRatio, lng) })}</Text>
              <Text fz="xs">{t('practice.benchmarks.populationRatio', { ratio: formatRatio(r.comparability.populationRatio, lng) })}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </AdminTable>
      <Text fz="xs" c="dimmed">
        {t('practice.benchmarks.note')}
      </Text>
    </Stack>
  );
}
