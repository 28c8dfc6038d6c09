import { Alert, Button, Group, Kbd, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { Bilingual } from '../../../../common/enums.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { listCases } from '../../../api/cases.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorsOfProblem } from '../../../components/form/field-errors.ts';
import { SearchIcon } from '../../../components/icons.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useStaffUser } from '../../../auth/useStaffUser.tsx';
import { CaseTable } from './CaseTable.tsx';
import {
  activeView,
  apiQuery,
  countFilters,
  filtersFromParams,
  paramsFromFilters,
  rememberInbox,
  type FilterKey,
  type InboxFilters as Filters,
} from './inbox-query.ts';
import { InboxViews } from './InboxViews.tsx';
import { InboxFilters } from './InboxFilters.tsx';
import { ActiveFilterChips } from './ActiveFilterChips.tsx';
import { BulkWork } from '../bulk/BulkWork.tsx';
import { useBulkSelection } from '../bulk/useBulkSelection.ts';
import { CaseExport } from '../exports/CaseExport.tsx';

/**
 * The staff inbox: saved views, search, every filter of the list API (all in the URL), the cases
 * with their SLA state and due time, a page at a time (cursor), and keyboard navigation.
 */
export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.inbox.title'));
  const user = useStaffUser();
  const local = useLocalized();
  // Set by the case page when a transfer took the case out of this inbox.
  const moved = (useLocation().state as { moved?: string; to?: { name: Bilingual } } | null) ?? null;
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const view = activeView(filters);
  const [showFilters, setShowFilters] = useState(() => view === null && countFilters(filters) > 0);
  const [text, setText] = useState(filters.q ?? '');
  const [q] = useDebouncedValue(text.trim(), 300);

  const search = params.toString();
  useEffect(() => rememberInbox(search ? `?${search}` : ''), [search]);

  const update = (change: (f: Filters) => Filters, replace = true) =>
    setParams((prev) => paramsFromFilters(change(filtersFromParams(prev))), { replace });
  const set = (key: FilterKey, value: string | undefined) => update((f) => ({ ...f, [key]: value }));
  // The typed search reaches the URL once typing pauses. Only a real change navigates: a
  // navigation would also drop the page's state (the notice of a transfer).
  const urlQ = filters.q ?? '';
  useEffect(() => {
    if (urlQ === q) return;
    setParams((prev) => paramsFromFilters({ ...filtersFromParams(prev), q: q || undefined }), { replace: true });
    // Runs when the typed text settles, not when the URL changes under it (back, saved views).
  }, [q]);

  const api = apiQuery(filters);
  const query = useInfiniteQuery({
    queryKey: ['cases', 'inbox', api],
    queryFn: ({ pageParam, signal }) => listCases({ ...api, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  // Bulk work for those who act on cases (an analyst only reads).
  const selection = useBulkSelection(items);
  const bulk = user.role !== 'analyst';
  const fieldErrors = query.isError ? fieldErrorsOfProblem(query.error) : {};
  const filterCount = countFilters(filters);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Title order={1} fz="h2">
          {t('staff.inbox.title')}
        </Title>
        <CaseExport query={api} />
      </Group>
      {moved?.moved && moved.to && (
        <Alert color="brand" variant="light" role="status" data-testid="moved-notice">
          {t('staff.inbox.moved', { reference: moved.moved, entity: local(moved.to.name) })}
        </Alert>
      )}
      <InboxViews filters={filters} apply={(v) => update((f) => ({ ...v, q: v.q ?? f.q, sort: v.sort ?? f.sort }), false)} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('staff.inbox.searchLabel')}
          description={t('staff.inbox.searchHint')}
          leftSection={<SearchIcon size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldErrors.q && t('error.field.invalid_value')}
          style={{ flex: '1 1 18rem' }}
          data-testid="inbox-search"
        />
        <NativeSelect
          label={t('staff.inbox.sortLabel')}
          value={filters.sort ?? '-createdAt'}
          onChange={(e) => set('sort', e.currentTarget.value === '-createdAt' ? undefined : e.currentTarget.value)}
          data={[
            { value: '-createdAt', label: t('staff.inbox.sort.newest') },
            { value: 'createdAt', label: t('staff.inbox.sort.oldest') },
            { value: '-updatedAt', label: t('staff.inbox.sort.updated') },
            { value: 'updatedAt', label: t('staff.inbox.sort.stale') },
          ]}
          name="sort"
        />
        <Button variant="outline" onClick={() => setShowFilters((s) => !s)} aria-expanded={showFilters} aria-controls="inbox-filters">
          {filterCount ? t('staff.inbox.filtersCount', { count: filterCount }) : t('staff.inbox.filters')}
        </Button>
      </Group>
      {showFilters && (
        <Paper withBorder p="md" id="inbox-filters" component="section" aria-label={t('staff.inbox.filters')}>
          <InboxFilters filters={filters} set={set} clear={() => update((f) => ({ q: f.q, sort: f.sort }))} errors={fieldErrors} user={user} />
        </Paper>
      )}
      <ActiveFilterChips filters={filters} onRemove={(key) => set(key, undefined)} />
      <Text fz="xs" c="dimmed">
        {t('staff.inbox.keysHint')} <Kbd>J</Kbd> <Kbd>K</Kbd> · <Kbd>↓</Kbd> <Kbd>↑</Kbd> · <Kbd>Enter</Kbd>
      </Text>
      {query.isPending ? (
        <Loading label={t('staff.inbox.loading')} />
      ) : query.isError && !items.length ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Text role="status" aria-live="polite" fz="sm" c="dimmed" data-testid="inbox-count">
            {items.length === 0
              ? t('staff.inbox.empty')
              : query.hasNextPage
                ? t('staff.inbox.countMore', { count: items.length })
                : t('staff.inbox.count', { count: items.length })}
          </Text>
          {bulk && <BulkWork selection={selection} />}
          {items.length > 0 && (
            <div aria-busy={query.isFetching}>
              <CaseTable items={items} selection={bulk ? selection : undefined} />
            </div>
          )}
          {query.isFetchNextPageError && <ErrorAlert error={query.error} onRetry={() => void query.fetchNextPage()} />}
          {query.hasNextPage && (
            <Button variant="outline" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} w="fit-content" data-testid="show-more">
              {t('common.showMore')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
