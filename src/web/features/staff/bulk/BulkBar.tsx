import { Button, Group, NativeSelect, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { casePriorities } from '../../../../common/enums.ts';
import { bulkActions } from '../../../../common/schemas/reply.schema.ts';
import type { BulkInput } from '../../../api/replies.api.ts';
import { casePriorityKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { replyFilter, replyOptions, useCaseReplyTemplates } from '../case/TemplatePicker.tsx';
import { useAssignableStaff, useEntities } from '../useStaffData.ts';
import classes from './BulkBar.module.css';
import type { BulkSelection } from './useBulkSelection.ts';

type BulkAction = (typeof bulkActions)[number];
const BODY_MAX = 4000;

/** The fields each action needs before it is sent (the server checks them again). */
const needs: Record<BulkAction, string[]> = {
  assign: ['assigneeId'],
  note: ['body'],
  priority: ['priority'],
  transfer: ['entityCode', 'reason'],
  resolve: ['templateId'],
};

/** The request from the bar's values: every selected case with the version the list showed. */
function inputOf(action: BulkAction, v: Record<string, string>, selection: BulkSelection): BulkInput {
  const references = selection.items.map((c) => c.reference);
  const versions = Object.fromEntries(selection.items.map((c) => [c.reference, c.version]));
  const base = { references, versions, action };
  switch (action) {
    case 'assign':
      return { ...base, assigneeId: Number(v.assigneeId) };
    case 'note':
      return { ...base, body: v.body!.trim() };
    case 'priority':
      return { ...base, priority: v.priority as BulkInput['priority'] };
    case 'transfer':
      return { ...base, entityCode: v.entityCode!, reason: v.reason!.trim() };
    case 'resolve':
      return { ...base, templateId: Number(v.templateId) };
  }
}

interface Props {
  selection: BulkSelection;
  sending: boolean;
  onSend: (input: BulkInput) => void;
}

/**
 * The bar over the inbox while cases are selected: how many, and one action for all of them —
 * assign, an internal note, a priority, a transfer, or a resolution with a reply text filled in for
 * each case in its own language.
 */
export function BulkBar({ selection, sending, onSend }: Props) {
  const { t } = useTranslation();
  const local = useLocalized();
  const [action, setAction] = useState<BulkAction>('assign');
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const staff = useAssignableStaff(action === 'assign');
  const entities = useEntities();
  // The texts are those of the first selected case, the preview filled in for it; each case gets its own.
  const first = selection.items[0]?.reference ?? '';
  const templates = useCaseReplyTemplates(first, action === 'resolve' && first !== '');
  const picked = templates.data?.find((x) => String(x.id) === values.templateId);
  const count = selection.items.length;
  const set = (key: string) => (value: string | null) => {
    setValues((v) => ({ ...v, [key]: value ?? '' }));
    setMissing((m) => m.filter((k) => k !== key));
  };
  const errorOf = (key: string) => (missing.includes(key) ? t('error.field.required') : undefined);
  const choose = { value: '', label: t('staff.action.choose') };
  const actionName = (a: BulkAction) =>
    ({ assign: t('bulk.action.assign'), note: t('bulk.action.note'), priority: t('bulk.action.priority'), transfer: t('bulk.action.transfer'), resolve: t('bulk.action.resolve') })[a];

  const send = () => {
    const lacking = needs[action].filter((k) => !values[k]?.trim());
    setMissing(lacking);
    if (!lacking.length) onSend(inputOf(action, values, selection));
  };

  const fields = (() => {
    switch (action) {
      case 'assign':
        return (
          <NativeSelect
            label={t('bulk.assignee')}
            value={values.assigneeId ?? ''}
            onChange={(e) => set('assigneeId')(e.currentTarget.value)}
            data={[choose, ...(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))]}
            error={errorOf('assigneeId')}
            required
            withAsterisk
            data-testid="bulk-assignee"
          />
        );
      case 'note':
        return (
          <Textarea
            label={t('bulk.note')}
            description={t('staff.action.internalHint')}
            value={values.body ?? ''}
            onChange={(e) => set('body')(e.currentTarget.value)}
            error={errorOf('body')}
            maxLength={BODY_MAX}
            rows={3}
            required
            withAsterisk
            data-testid="bulk-body"
          />
        );
      case 'priority':
        return (
          <NativeSelect
            label={t('bulk.priority')}
            value={values.priority ?? ''}
            onChange={(e) => set('priority')(e.currentTarget.value)}
            data={[choose, ...casePriorities.map((p) => ({ value: p, label: t(casePriorityKey(p)) }))]}
            error={errorOf('priority')}
            required
            withAsterisk
            data-testid="bulk-priority"
          />
        );
      case 'transfer':
        return (
          <>
            <NativeSelect
              label={t('staff.action.transfer.label')}
              value={values.entityCode ?? ''}
              onChange={(e) => set('entityCode')(e.currentTarget.value)}
              data={[choose, ...(entities.data ?? []).map((e) => ({ value: e.code, label: local(e.name) }))]}
              error={errorOf('entityCode')}
              required
              withAsterisk
              data-testid="bulk-entity"
            />
            <Textarea
              label={t('staff.action.transfer.reason')}
              description={t('staff.action.transfer.hint')}
              value={values.reason ?? ''}
              onChange={(e) => set('reason')(e.currentTarget.value)}
              error={errorOf('reason')}
              maxLength={BODY_MAX}
              rows={2}
              required
              withAsterisk
              data-testid="bulk-reason"
            />
          </>
        );
      case 'resolve':
        return (
          <>
            <Select
              label={t('bulk.template')}
              description={t('bulk.templateHint')}
              placeholder={t('replyTemplates.placeholder')}
              data={replyOptions(templates.data ?? [], { own: t('replyTemplates.own'), national: t('replyTemplates.national') })}
              filter={replyFilter(templates.data ?? [])}
              searchable
              nothingFoundMessage={t('replyTemplates.none')}
              value={values.templateId || null}
              onChange={set('templateId')}
              error={errorOf('templateId')}
              required
              withAsterisk
              data-testid="bulk-template"
            />
            {picked && (
              <Stack gap={2}>
                <Text fz="xs" c="dimmed">
                  {t('bulk.preview', { reference: first })}
                </Text>
                <Text fz="sm" className={classes.preview} dir="auto" data-testid="bulk-preview">
                  {picked.body}
                </Text>
              </Stack>
            )}
          </>
        );
    }
  })();

  return (
    <Paper withBorder p="sm" className={classes.bar} component="section" aria-label={t('bulk.label')} data-testid="bulk-bar">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Text fw={700} role="status" aria-live="polite" data-testid="bulk-count">
              {t('bulk.selected', { count })}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={selection.clear} disabled={sending}>
              {t('bulk.clear')}
            </Button>
          </Group>
          <Group gap="xs" role="group" aria-label={t('bulk.actionsLabel')}>
            {bulkActions.map((a) => (
              <Button
                key={a}
                size="compact-md"
                variant={action === a ? 'filled' : 'default'}
                aria-pressed={action === a}
                onClick={() => {
                  setAction(a);
                  setMissing([]);
                }}
                data-testid={`bulk-action-${a}`}
              >
                {actionName(a)}
              </Button>
            ))}
          </Group>
          {fields}
          <Group>
            <Button type="submit" loading={sending} data-testid="bulk-submit">
              {t('bulk.apply', { count })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
