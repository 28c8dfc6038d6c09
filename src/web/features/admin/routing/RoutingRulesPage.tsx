import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRoutingRule, listRoutingRules, reorderRoutingRules, type RoutingRule } from '../../../api/places.api.ts';
import { ActiveBadge } from '../../../components/admin/ActiveBadge.tsx';
import { SavedNotice } from '../../../components/admin/admin-feedback.tsx';
import { AdminListPage, AdminTable, ListState } from '../../../components/admin/AdminListPage.tsx';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useRuleChoices, type RuleChoices } from './rule-choices.ts';
import { draftOfRule, emptyRule } from './rule-form.ts';
import { RuleForm } from './RuleForm.tsx';
import { RuleTester } from './RuleTester.tsx';

/** The form on screen: none, a new rule, or the rule being changed. */
type Editing = null | 'new' | RoutingRule;

/**
 * The routing rules, in the order they are tried (the first that matches a case decides where it
 * goes): moved up and down, added, changed, deleted; and the tester beside them.
 */
export function RoutingRulesPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.routing.title'));
  const rules = useQuery({ queryKey: ['admin', 'routing-rules'], queryFn: ({ signal }) => listRoutingRules(signal) });
  const choices = useRuleChoices();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const reorder = useAdminMutation((ids: number[]) => reorderRoutingRules(ids));
  const move = (list: RoutingRule[], from: number, to: number) => {
    const ids = list.map((r) => r.id);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    reorder.mutation.mutate(ids);
  };
  const loaded = { data: rules.data && choices.data ? { rules: rules.data, choices: choices.data } : undefined, error: rules.error ?? choices.error, refetch: () => {
      void rules.refetch();
      choices.refetch();
    },
  };

  return (
    <AdminListPage
      title={t('admin.routing.title')}
      intro={t('admin.routing.intro')}
      action={
        editing === null && (
          <Button onClick={() => setEditing('new')} data-testid="rule-add">
            {t('admin.routing.add')}
          </Button>
        )
      }
    >
      {saved && <SavedNotice onClose={() => setSaved(null)}>{saved}</SavedNotice>}
      <ListState query={loaded} forbiddenTitle={t('admin.notAllowedTitle')}>
        {({ rules: list, choices: c }) => (
          <Stack gap="md">
            {editing !== null && (
              <RuleForm
                key={editing === 'new' ? 'new' : editing.id}
                initial={editing === 'new' ? emptyRule() : draftOfRule(editing)}
                rule={editing === 'new' ? null : editing}
                choices={c}
                onCancel={() => setEditing(null)}
                onDone={(r) => {
                  setEditing(null);
                  setSaved(t('admin.routing.saved', { name: r.name }));
                }}
              />
            )}
            {reorder.generalError && <ErrorAlert error={reorder.generalError} />}
            {list.length === 0 ? (
              <Text c="dimmed" data-testid="rules-empty">
                {t('admin.routing.empty')}
              </Text>
            ) : (
              <AdminTable minWidth={820} head={[t('admin.routing.order'), t('admin.routing.name'), t('admin.routing.matches'), t('admin.routing.sendsTo'), t('admin.status'), '']}>
                {list.map((r, i) => (
                  <RuleRow
                    key={r.id}
                    rule={r}
                    choices={c}
                    first={i === 0}
                    last={i === list.length - 1}
                    moving={reorder.mutation.isPending}
                    onMove={(by) => move(list, i, i + by)}
                    onEdit={() => setEditing(r)}
                    onDeleted={() => setSaved(t('admin.routing.deleted', { name: r.name }))}
                  />
                ))}
              </AdminTable>
            )}
            <RuleTester choices={c} />
          </Stack>
        )}
      </ListState>
    </AdminListPage>
  );
}

interface RowProps {
  rule: RoutingRule;
  choices: RuleChoices;
  first: boolean;
  last: boolean;
  moving: boolean;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onDeleted: () => void;
}

function RuleRow({ rule, choices, first, last, moving, onMove, onEdit, onDeleted }: RowProps) {
  const { t } = useTranslation();
  const local = useLocalized();
  const [confirming, setConfirming] = useState(false);
  const remove = useAdminMutation(() => deleteRoutingRule(rule.id), onDeleted);
  const service = choices.services.find((s) => s.code === rule.serviceCode);
  const group = choices.groups.find((g) => g.code === rule.groupCode);
  const area = choices.areas.find((a) => a.code === rule.areaCode);
  const unit = choices.entities.find((e) => e.code === rule.unit);
  const conditions = [
    rule.serviceCode && t('admin.routing.cond.service', { name: service ? local(service.name) : rule.serviceCode }),
    rule.groupCode && t('admin.routing.cond.group', { name: group ? local(group.name) : rule.groupCode }),
    rule.areaCode && t('admin.routing.cond.area', { name: area?.label ?? rule.areaCode }),
    rule.caseType && t('admin.routing.cond.type', { type: t(caseTypeKey(rule.caseType)) }),
    rule.from && rule.to && t('admin.routing.cond.window', { from: rule.from, to: rule.to }),
  ].filter((c): c is string => Boolean(c));
  return (
    <Table.Tr data-testid="rule-row" data-name={rule.name}>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Text w="2ch">{rule.position}</Text>
          <ActionIcon variant="default" disabled={first || moving} onClick={() => onMove(-1)} aria-label={t('admin.routing.moveUp', { name: rule.name })} data-testid="rule-up">
            ↑
          </ActionIcon>
          <ActionIcon variant="default" disabled={last || moving} onClick={() => onMove(1)} aria-label={t('admin.routing.moveDown', { name: rule.name })} data-testid="rule-down">
            ↓
          </ActionIcon>
        </Group>
      </Table.Td>
      <Table.Td fw={600}>{rule.name}</Table.Td>
      <Table.Td>
        <Stack gap={0}>
          {conditions.length ? conditions.map((c) => <Text key={c} fz="sm">{c}</Text>) : <Text fz="sm" c="dimmed">{t('admin.routing.anyCase')}</Text>}
        </Stack>
      </Table.Td>
      <Table.Td>
        {local(rule.entity.name)}
        {rule.unit && (
          <Text fz="sm" c="dimmed">
            {unit ? local(unit.name) : rule.unit}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ActiveBadge active={rule.active} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={onEdit} data-testid="rule-edit">
            {t('admin.edit')}
          </Button>
          {confirming ? (
            <>
              <Button size="compact-sm" color="red" loading={remove.mutation.isPending} onClick={() => remove.mutation.mutate(undefined)} data-testid="rule-delete-confirm">
                {t('admin.routing.deleteConfirm')}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setConfirming(false)}>
                {t('admin.cancel')}
              </Button>
            </>
          ) : (
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirming(true)} data-testid="rule-delete">
              {t('admin.routing.delete')}
            </Button>
          )}
        </Group>
        {remove.generalError && <ErrorAlert error={remove.generalError} />}
      </Table.Td>
    </Table.Tr>
  );
}
