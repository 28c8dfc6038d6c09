import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltInViewId } from '../../../../common/inbox-views.ts';
import { changeInboxView, deleteInboxView, inboxViewCounts, listInboxViews, orderInboxViews, saveInboxView, type InboxView } from '../../../api/inbox-views.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { builtInViews, isView, viewFiltersOf, type InboxFilters } from './inbox-query.ts';

function useBuiltInLabel(): (id: BuiltInViewId) => string {
  const { t } = useTranslation();
  return (id) => {
    switch (id) {
      case 'all':
        return t('inboxViews.builtIn.all');
      case 'mine':
        return t('inboxViews.builtIn.mine');
      case 'unassigned':
        return t('inboxViews.builtIn.unassigned');
      case 'atRisk':
        return t('inboxViews.builtIn.atRisk');
      case 'nearTarget':
        return t('inboxViews.builtIn.nearTarget');
      case 'awaiting':
        return t('inboxViews.builtIn.awaiting');
      case 'awaitingLong':
        return t('inboxViews.builtIn.awaitingLong');
      case 'escalated':
        return t('inboxViews.builtIn.escalated');
      case 'reportedByMany':
        return t('inboxViews.builtIn.reportedByMany');
    }
  };
}

const VIEWS = ['inbox-views'] as const;
const COUNTS = ['inbox-views', 'counts'] as const;

/** A view's button: pressed when the inbox shows exactly its filters, with the number of its cases. */
function ViewButton({ label, count, active, onClick, testId }: { label: string; count: number | null | undefined; active: boolean; onClick: () => void; testId: string }) {
  return (
    <Button
      size="compact-md"
      variant={active ? 'filled' : 'default'}
      aria-pressed={active}
      onClick={onClick}
      data-testid={testId}
      rightSection={
        count === undefined || count === null ? undefined : (
          <Badge size="sm" variant={active ? 'white' : 'light'} data-testid="view-count">
            {formatNumber(count, currentLanguage())}
          </Badge>
        )
      }
    >
      {label}
    </Button>
  );
}

/**
 * The inbox's views: the built-in ones and one's own and shared views, each with the number of its
 * cases (one request), saving the current filters as a view, and managing one's views — rename,
 * share, delete, and move up or down (buttons, so the keyboard and screen readers can reorder).
 */
export function InboxViews({ filters, apply }: { filters: InboxFilters; apply: (view: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const label = useBuiltInLabel();
  const client = useQueryClient();
  const views = useQuery({ queryKey: VIEWS, queryFn: ({ signal }) => listInboxViews(signal) });
  const counts = useQuery({ queryKey: COUNTS, queryFn: ({ signal }) => inboxViewCounts(signal) });
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: VIEWS });
  const change = useMutation({
    mutationFn: async (op: () => Promise<unknown>) => op(),
    onSettled: refresh,
  });
  const saved = views.data ?? [];
  const own = saved.filter((v) => v.mine);
  const move = (index: number, by: -1 | 1) => {
    const ids = own.map((v) => v.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    change.mutate(() => orderInboxViews(ids));
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-label={t('staff.inbox.viewsLabel')} data-testid="saved-views">
        {builtInViews.map((v) => (
          <ViewButton
            key={v.id}
            label={label(v.id)}
            count={counts.data?.[v.id]}
            active={isView(filters, v.filters)}
            onClick={() => apply({ ...v.filters })}
            testId={`view-${v.id}`}
          />
        ))}
        {saved.map((v) => (
          <ViewButton
            key={v.id}
            label={v.shared ? t('inboxViews.sharedName', { name: v.name }) : v.name}
            count={counts.data?.[String(v.id)]}
            active={isView(filters, v.filters)}
            onClick={() => apply(v.filters)}
            testId="view-saved"
          />
        ))}
        <Button size="compact-md" variant="subtle" onClick={() => setSaving((s) => !s)} aria-expanded={saving} data-testid="save-view">
          {t('inboxViews.save')}
        </Button>
        {saved.some((v) => v.editable) && (
          <Button size="compact-md" variant="subtle" onClick={() => setManaging((s) => !s)} aria-expanded={managing} data-testid="manage-views">
            {t('inboxViews.manage')}
          </Button>
        )}
      </Group>
      {saving && <SaveViewForm filters={filters} onDone={() => setSaving(false)} />}
      {managing && (
        <Paper withBorder p="sm" component="section" aria-label={t('inboxViews.manage')} data-testid="manage-views-panel">
          <Stack gap="xs">
            {saved
              .filter((v) => v.editable)
              .map((v) => (
                <ManageRow
                  key={v.id}
                  view={v}
                  index={own.indexOf(v)}
                  last={own.length - 1}
                  move={move}
                  run={(op) => change.mutate(op)}
                />
              ))}
            {change.isError && <ErrorAlert error={change.error} />}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** One view in the manage panel: its name (renamed on leaving the field), shared or not, up, down, delete. */
function ManageRow({ view, index, last, move, run }: { view: InboxView; index: number; last: number; move: (i: number, by: -1 | 1) => void; run: (op: () => Promise<unknown>) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(view.name);
  return (
    <Group gap="xs" wrap="wrap" data-testid="manage-view">
      <TextInput
        aria-label={t('inboxViews.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onBlur={() => name.trim() && name.trim() !== view.name && run(() => changeInboxView(view.id, { name: name.trim() }))}
        maxLength={80}
        style={{ flex: '1 1 12rem' }}
      />
      <Checkbox label={t('inboxViews.shared')} checked={view.shared} onChange={(e) => { const shared = e.currentTarget.checked; run(() => changeInboxView(view.id, { shared })); }} />
      {view.mine && (
        <>
          <ActionIcon variant="default" aria-label={t('inboxViews.moveUp', { name: view.name })} disabled={index <= 0} onClick={() => move(index, -1)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="default" aria-label={t('inboxViews.moveDown', { name: view.name })} disabled={index >= last} onClick={() => move(index, 1)}>
            ↓
          </ActionIcon>
        </>
      )}
      <Button size="compact-sm" variant="subtle" color="red.8" onClick={() => run(() => deleteInboxView(view.id))}>
        {t('inboxViews.delete', { name: view.name })}
      </Button>
    </Group>
  );
}

/** Saves the inbox's current filters as a named view, private or shared with one's entity. */
function SaveViewForm({ filters, onDone }: { filters: InboxFilters; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const save = useMutation({
    mutationFn: () => saveInboxView({ name: name.trim(), filters: viewFiltersOf(filters), shared }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: VIEWS });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) save.mutate();
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={t('inboxViews.save')} data-testid="save-view-form">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput label={t('inboxViews.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={80} style={{ flex: '1 1 14rem' }} name="viewName" />
        <Checkbox label={t('inboxViews.shareWithEntity')} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} name="viewShared" />
        <Button type="submit" loading={save.isPending}>
          {t('inboxViews.saveButton')}
        </Button>
      </Group>
      <Text fz="xs" c="dimmed" mt={4}>
        {t('inboxViews.saveHint')}
      </Text>
      {save.isError && <ErrorAlert error={save.error} />}
    </Paper>
  );
}
