import { Button, Code, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../common/schemas/admin.schema.ts';
import { listAudit } from '../../../api/admin.api.ts';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';

/** What changed, as JSON, side by side: the trail is for reading, not for pretty forms. */
function Change({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation();
  const show = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v, null, 1));
  const before = show(entry.before);
  const after = show(entry.after);
  return (
    <details>
      <summary>{t('admin.audit.details')}</summary>
      {before && (
        <>
          <Text fz="xs" fw={600}>
            {t('admin.audit.before')}
          </Text>
          <Code block dir="ltr" fz="xs">
            {before}
          </Code>
        </>
      )}
      {after && (
        <>
          <Text fz="xs" fw={600}>
            {t('admin.audit.after')}
          </Text>
          <Code block dir="ltr" fz="xs">
            {after}
          </Code>
        </>
      )}
    </details>
  );
}

/** Every change to settings and accounts, newest first, filtered by who, what and when. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.audit.title'));
  const lng = currentLanguage();
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Typed filters settle before they are asked for; the dates apply at once.
  const [actorQ] = useDebouncedValue(actor.trim(), 300);
  const [actionQ] = useDebouncedValue(action.trim(), 300);
  const filters = { actor: actorQ, action: actionQ, from, to };
  const audit = useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ signal, pageParam }) =>
      listAudit({ actor: filters.actor || undefined, action: filters.action || undefined, from: filters.from || undefined, to: filters.to || undefined, cursor: pageParam, limit: 50 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rows = audit.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <AdminListPage title={t('admin.audit.title')}>
      <Group align="flex-end">
        <TextInput label={t('admin.audit.actor')} value={actor} onChange={(e) => setActor(e.currentTarget.value)} dir="ltr" data-testid="audit-actor" />
        <TextInput label={t('admin.audit.action')} description={t('admin.audit.actionHelp')} value={action} onChange={(e) => setAction(e.currentTarget.value)} dir="ltr" data-testid="audit-action" />
        <TextInput label={t('admin.audit.from')} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label={t('admin.audit.to')} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      <ListState query={audit} isEmpty={() => rows.length === 0} empty={t('admin.audit.empty')}>
        {() => (
          <AdminTable minWidth={760} verticalSpacing="xs" head={[t('admin.audit.at'), t('admin.audit.who'), t('admin.audit.action'), t('admin.audit.target'), t('admin.audit.change')]}>
            {rows.map((e) => (
              <Table.Tr key={e.id} data-testid="audit-row" data-action={e.action}>
                <Table.Td>{formatDateTime(e.at, lng)}</Table.Td>
                <Table.Td>
                  {e.actor ? (
                    <>
                      {e.actor.name}
                      <Text fz="xs" c="dimmed" dir="ltr">
                        {e.actor.email}
                      </Text>
                    </>
                  ) : (
                    (e.actorLabel ?? t('admin.audit.system'))
                  )}
                </Table.Td>
                <Table.Td>
                  <Code dir="ltr">{e.action}</Code>
                </Table.Td>
                <Table.Td dir="ltr">
                  {e.targetType}
                  {e.targetId ? ` ${e.targetId}` : ''}
                </Table.Td>
                <Table.Td>
                  <Change entry={e} />
                </Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        )}
      </ListState>
      {audit.hasNextPage && (
        <Button mt="md" variant="default" onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
          {t('admin.more')}
        </Button>
      )}
    </AdminListPage>
  );
}
