import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchSuggestionKpi } from '../../api/public-suggestions.api.ts';
import { formatCount } from '../../components/charts/figures-format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/**
 * Public answers owed for suggestions that crossed their support threshold, per service of the
 * entity: owed, answered on time or late, overdue, not yet due (GET /api/v1/kpi/suggestions).
 */
export function SuggestionAnswersSection({ entity }: { entity: string }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const query = useQuery({ queryKey: ['kpi', 'suggestions', entity], queryFn: ({ signal }) => fetchSuggestionKpi(entity, signal) });
  if (query.isPending) return <Loading label={t('suggestions.kpi.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const rows = query.data.services.filter((s) => s.due > 0);
  const whole = query.data.entities.find((e) => e.entity.code === entity);
  if (!rows.length || !whole) return <Text data-testid="suggestion-answers-empty">{t('suggestions.kpi.empty')}</Text>;
  const n = (v: number) => formatCount(v, lng);
  const figures = (f: { due: number; answeredOnTime: number; answeredLate: number; overdue: number; pending: number }) => (
    <>
      <Table.Td>{n(f.due)}</Table.Td>
      <Table.Td>{n(f.answeredOnTime)}</Table.Td>
      <Table.Td>{n(f.answeredLate)}</Table.Td>
      <Table.Td data-testid="overdue" c={f.overdue > 0 ? 'red.8' : undefined} fw={f.overdue > 0 ? 700 : undefined}>
        {n(f.overdue)}
      </Table.Td>
      <Table.Td>{n(f.pending)}</Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table data-testid="suggestion-answers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('suggestions.board.service')}</Table.Th>
            <Table.Th scope="col">{t('suggestions.kpi.due')}</Table.Th>
            <Table.Th scope="col">{t('suggestions.kpi.answeredOnTime')}</Table.Th>
            <Table.Th scope="col">{t('suggestions.kpi.answeredLate')}</Table.Th>
            <Table.Th scope="col">{t('suggestions.kpi.overdue')}</Table.Th>
            <Table.Th scope="col">{t('suggestions.kpi.pending')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.service.code}>
              <Table.Th scope="row">{local(r.service.name)}</Table.Th>
              {figures(r)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="suggestion-answers-total">
            <Table.Th scope="row">{t('suggestions.kpi.entity')}</Table.Th>
            {figures(whole)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
