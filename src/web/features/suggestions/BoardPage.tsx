import { Anchor, Group, NativeSelect, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { governorates, type Governorate } from '../../../common/enums.ts';
import { publicSuggestionStates, type BoardQuery, type PublicSuggestionState } from '../../../common/schemas/public-suggestion.schema.ts';
import { listEntities, listServices } from '../../api/catalogue.api.ts';
import { fetchBoard } from '../../api/public-suggestions.api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { governorateKey } from '../../i18n/keys.ts';
import { suggestionStateLabel } from '../../i18n/labels/suggestions.labels.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { SuggestionCard } from './SuggestionCard.tsx';

const PAGE_SIZE = 20;

/** The board's filters, read from the address so a filtered board can be linked to. */
function queryOf(params: URLSearchParams): BoardQuery {
  const state = params.get('state');
  const governorate = params.get('governorate');
  return {
    entity: params.get('entity') || undefined,
    service: params.get('service') || undefined,
    governorate: governorates.includes(governorate as Governorate) ? (governorate as Governorate) : undefined,
    state: publicSuggestionStates.includes(state as PublicSuggestionState) ? (state as PublicSuggestionState) : undefined,
    q: params.get('q') || undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** The public board: published suggestions, filtered by entity, service, governorate and state, searched, paged. */
export function BoardPage() {
  const { t } = useTranslation();
  const local = useLocalized();
  usePageTitle(t('suggestions.board.title'));
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const [words, setWords] = useState(query.q ?? '');
  const [debounced] = useDebouncedValue(words.trim(), 350);
  const entities = useQuery({ queryKey: ['entities'], queryFn: ({ signal }) => listEntities(signal), staleTime: 10 * 60_000 });
  const services = useQuery({ queryKey: ['services', 'suggestion'], queryFn: ({ signal }) => listServices({ type: 'suggestion' }, signal), staleTime: 10 * 60_000 });
  const board = useQuery({ queryKey: ['public-suggestions', query], queryFn: ({ signal }) => fetchBoard(query, signal), placeholderData: keepPreviousData });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (debounced !== (params.get('q') ?? '')) set('q', debounced);
    // Only the debounced words move the address.
  }, [debounced]);

  const any = { value: '', label: t('suggestions.board.any') };
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} fz="h2">
          {t('suggestions.board.title')}
        </Title>
        <Text>{t('suggestions.board.intro')}</Text>
      </Stack>
      <Stack gap="sm" component="section" aria-label={t('suggestions.board.filters')}>
        <TextInput label={t('suggestions.board.search')} description={t('suggestions.board.searchHint')} value={words} onChange={(e) => setWords(e.currentTarget.value)} type="search" data-testid="board-search" />
        <Group gap="sm" grow align="flex-end">
          <NativeSelect label={t('suggestions.board.entity')} value={query.entity ?? ''} onChange={(e) => set('entity', e.currentTarget.value)} data={[any, ...(entities.data ?? []).map((e) => ({ value: e.code, label: local(e.name) }))]} data-testid="board-entity" />
          <NativeSelect label={t('suggestions.board.service')} value={query.service ?? ''} onChange={(e) => set('service', e.currentTarget.value)} data={[any, ...(services.data ?? []).map((s) => ({ value: s.code, label: local(s.name) }))]} data-testid="board-service" />
          <NativeSelect label={t('suggestions.board.governorate')} value={query.governorate ?? ''} onChange={(e) => set('governorate', e.currentTarget.value)} data={[any, ...governorates.map((g) => ({ value: g, label: t(governorateKey(g)) }))]} />
          <NativeSelect label={t('suggestions.board.state')} value={query.state ?? ''} onChange={(e) => set('state', e.currentTarget.value)} data={[any, ...publicSuggestionStates.map((s) => ({ value: s, label: suggestionStateLabel(t, s) }))]} data-testid="board-state-filter" />
        </Group>
      </Stack>
      {board.isPending ? (
        <Loading label={t('suggestions.board.loading')} />
      ) : board.isError ? (
        <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text role="status" aria-live="polite" fz="sm" c="dimmed">
            {t('suggestions.board.count', { count: board.data.total })}
          </Text>
          {board.data.items.length === 0 ? (
            <Text data-testid="board-empty">{t('suggestions.board.empty')}</Text>
          ) : (
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="board">
              {board.data.items.map((item) => (
                <SuggestionCard key={item.id} item={item} />
              ))}
            </Stack>
          )}
          {board.data.total > PAGE_SIZE && (
            <nav aria-label={t('suggestions.board.pages')}>
              <Pagination total={Math.ceil(board.data.total / PAGE_SIZE)} value={query.page ?? 1} onChange={(page) => set('page', String(page))} />
            </nav>
          )}
        </Stack>
      )}
      <Anchor href="/api/v1/public/suggestions.csv" fz="sm">
        {t('suggestions.board.openData')}
      </Anchor>
    </Stack>
  );
}
