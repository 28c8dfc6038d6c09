import { Chip, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SearchIcon } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useLocalized } from '../../i18n/useLocalized.ts';
import { ServiceList } from './ServiceList.tsx';
import { groupsOf, useServices } from './useServices.ts';

/**
 * Search over the catalogue (the server's search is Arabic-aware: spelling variants, the article
 * and Arabic-Indic digits match) and, with no search, the catalogue by group. The search and the
 * chosen group live in the URL, so the back button and shared links keep them.
 */
export function CatalogueBrowser() {
  const { t } = useTranslation();
  const local = useLocalized();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const group = params.get('group') ?? undefined;

  useEffect(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  const all = useServices({});
  const searched = useServices({ q: debounced }, debounced.length > 0);
  const groups = all.data ? groupsOf(all.data) : [];
  const selectGroup = (code: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (code) next.set('group', code);
      else next.delete('group');
      return next;
    });

  const active = debounced ? searched : all;
  const shown = (active.data ?? []).filter((s) => debounced || group === 'all' || s.group.code === group);
  const browsing = Boolean(debounced || group);

  return (
    <Stack gap="md" component="section" aria-labelledby="catalogue-heading">
      <Title order={2} id="catalogue-heading" fz="h3">
        {t('catalogue.heading')}
      </Title>
      <TextInput
        type="search"
        label={t('catalogue.searchLabel')}
        description={t('catalogue.searchHint')}
        placeholder={t('catalogue.searchPlaceholder')}
        leftSection={<SearchIcon size={18} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="catalogue-search"
        size="md"
      />
      {!debounced && groups.length > 0 && (
        <Stack gap={6}>
          <Text fw={600} id="groups-label" fz="sm">
            {t('catalogue.groupsLabel')}
          </Text>
          <Chip.Group multiple={false} value={group ?? ''} onChange={selectGroup}>
            <Group gap={6} role="group" aria-labelledby="groups-label">
              <Chip value="all" size="sm">
                {t('catalogue.allGroups')}
              </Chip>
              {groups.map((g) => (
                <Chip key={g.code} value={g.code} size="sm">
                  {t('catalogue.groupWithCount', { name: local(g.name), n: g.count })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
      )}
      {active.isPending && active.fetchStatus !== 'idle' ? (
        <Loading label={t('catalogue.loading')} />
      ) : active.isError ? (
        <ErrorAlert error={active.error} onRetry={() => void active.refetch()} />
      ) : browsing ? (
        <ServiceList services={shown} searching={Boolean(debounced)} busy={active.isFetching} />
      ) : (
        <Text c="dimmed">{t('catalogue.pickPrompt')}</Text>
      )}
    </Stack>
  );
}
