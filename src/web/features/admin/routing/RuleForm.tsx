import { Button, Group, NativeSelect, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseTypes } from '../../../../common/enums.ts';
import { createRoutingRule, patchRoutingRule, type RoutingRule } from '../../../api/places.api.ts';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { checkRule, ruleInput, type RuleDraft } from './rule-form.ts';
import type { RuleChoices } from './rule-choices.ts';

const clockProps = { dir: 'ltr', inputMode: 'numeric', placeholder: 'HH:MM', maxLength: 5 } as const;

/**
 * Adds or changes one routing rule: what it matches (a service or a group, an area, a case type, a
 * time of day; each left empty matches anything) and where the case then goes.
 */
export function RuleForm({ initial, rule, choices, onDone, onCancel }: { initial: RuleDraft; rule: RoutingRule | null; choices: RuleChoices; onDone: (r: RoutingRule) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const [draft, setDraft] = useState(initial);
  const save = useAdminMutation((d: RuleDraft) => (rule ? patchRoutingRule(rule.id, ruleInput(d)) : createRoutingRule(ruleInput(d))), onDone);
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K], also: Partial<RuleDraft> = {}) => {
    save.clear(key, ...Object.keys(also));
    setDraft((d) => ({ ...d, [key]: value, ...also }));
  };
  const units = choices.entities.filter((e) => e.kind === 'unit' && e.parent === draft.entity && e.active);
  // An area of an earlier set stays choosable on the rule that names it.
  const areaOptions = choices.areas.some((a) => a.code === draft.areaCode) || !draft.areaCode ? choices.areas : [...choices.areas, { code: draft.areaCode, label: draft.areaCode }];
  const any = t('admin.routing.any');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rule-form-title">
      <form
        ref={save.formRef}
        noValidate
        data-testid="rule-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (save.check(checkRule(draft))) save.mutation.mutate(draft);
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="h4" id="rule-form-title">
            {rule ? t('admin.routing.editTitle', { name: rule.name }) : t('admin.routing.addTitle')}
          </Title>
          <Group grow align="flex-start">
            <TextInput label={t('admin.routing.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} required error={save.errorOf('name')} data-testid="rule-name" />
            <Switch label={t('admin.routing.activeSwitch')} checked={draft.active} onChange={(e) => set('active', e.currentTarget.checked)} mt={30} />
          </Group>
          <Text fw={600} fz="sm">
            {t('admin.routing.matches')}
          </Text>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('admin.routing.service')}
              value={draft.serviceCode}
              onChange={(e) => set('serviceCode', e.currentTarget.value, { groupCode: '' })}
              error={save.errorOf('serviceCode')}
              data-testid="rule-service"
              data={[{ value: '', label: any }, ...choices.services.map((s) => ({ value: s.code, label: local(s.name) }))]}
            />
            <NativeSelect
              label={t('admin.routing.group')}
              description={t('admin.routing.groupHelp')}
              value={draft.groupCode}
              disabled={draft.serviceCode !== ''}
              onChange={(e) => set('groupCode', e.currentTarget.value)}
              error={save.errorOf('groupCode')}
              data-testid="rule-group"
              data={[{ value: '', label: any }, ...choices.groups.map((g) => ({ value: g.code, label: local(g.name) }))]}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('admin.routing.area')}
              value={draft.areaCode}
              onChange={(e) => set('areaCode', e.currentTarget.value)}
              error={save.errorOf('areaCode')}
              data-testid="rule-area"
              data={[{ value: '', label: any }, ...areaOptions.map((a) => ({ value: a.code, label: a.label }))]}
            />
            <NativeSelect
              label={t('admin.routing.caseType')}
              value={draft.caseType}
              onChange={(e) => set('caseType', e.currentTarget.value as RuleDraft['caseType'])}
              error={save.errorOf('caseType')}
              data-testid="rule-type"
              data={[{ value: '', label: any }, ...caseTypes.map((c) => ({ value: c, label: t(caseTypeKey(c)) }))]}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('admin.routing.from')} description={t('admin.routing.windowHelp')} value={draft.from} onChange={(e) => set('from', e.currentTarget.value)} error={save.errorOf('from')} data-testid="rule-from" {...clockProps} />
            <TextInput label={t('admin.routing.to')} description={t('admin.routing.windowWrap')} value={draft.to} onChange={(e) => set('to', e.currentTarget.value)} error={save.errorOf('to')} data-testid="rule-to" {...clockProps} />
          </Group>
          <Text fw={600} fz="sm">
            {t('admin.routing.sendsTo')}
          </Text>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('admin.routing.entity')}
              value={draft.entity}
              onChange={(e) => set('entity', e.currentTarget.value, { unit: '' })}
              required
              error={save.errorOf('entity')}
              data-testid="rule-entity"
              data={[{ value: '', label: t('admin.choose') }, ...choices.entities.filter((e) => e.kind !== 'unit' && e.active).map((e) => ({ value: e.code, label: local(e.name) }))]}
            />
            <NativeSelect
              label={t('admin.routing.unit')}
              value={draft.unit}
              disabled={units.length === 0}
              onChange={(e) => set('unit', e.currentTarget.value)}
              error={save.errorOf('unit')}
              data-testid="rule-unit"
              data={[{ value: '', label: t('admin.services.noUnit') }, ...units.map((u) => ({ value: u.code, label: local(u.name) }))]}
            />
          </Group>
          {save.generalError && <ErrorAlert error={save.generalError} />}
          <Group>
            <Button type="submit" loading={save.mutation.isPending} data-testid="rule-save">
              {rule ? t('admin.save') : t('admin.routing.add')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('admin.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
