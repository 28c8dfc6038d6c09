import { Button, Chip, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { toAsciiDigits } from '../../../../common/digits.ts';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseChannels,
  casePriorities,
  caseStatuses,
  caseTypes,
  governorates,
  slaStates,
} from '../../../../common/enums.ts';
import type { StaffUser } from '../../../api/auth.api.ts';
import { type FieldErrors } from '../../../components/form/field-errors.ts';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { caseChannelKey, casePriorityKey, caseTypeKey, governorateKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { useServices } from '../../catalogue/useServices.ts';
import { slaStateLabel, staffStatusLabel } from '../../../i18n/labels/staff.labels.ts';
import { useAssignableStaff, useEntities } from '../useStaffData.ts';
import type { FilterKey, InboxFilters } from './inbox-query.ts';

interface Props {
  filters: InboxFilters;
  set: (key: FilterKey, value: string | undefined) => void;
  clear: () => void;
  errors: FieldErrors;
  user: StaffUser;
}

/** A text filter that applies itself a moment after typing stops. */
function TextFilter({ label, value, onCommit, error, name }: { label: string; value: string | undefined; onCommit: (v: string | undefined) => void; error?: string; name: string }) {
  const [text, setText] = useState(value ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 400);
  useEffect(() => setText(value ?? ''), [value]);
  useEffect(() => {
    if (debounced !== (value ?? '')) onCommit(debounced || undefined);
    // Only a change of the typed text commits; the value prop follows from it.
  }, [debounced]);
  return <TextInput label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} dir="ltr" name={name} />;
}

/** Every filter of the case list API: status, type, service, entity, assignee, channel, priority, place, dates, SLA, caller. */
export function InboxFilters({ filters, set, clear, errors, user }: Props) {
  const { t } = useTranslation();
  const local = useLocalized();
  const errorOf = useFieldError(errors);
  const services = useServices({});
  const entities = useEntities();
  const staff = useAssignableStaff();
  const any = { value: '', label: t('staff.filters.any') };
  const select = (key: FilterKey, label: string, data: { value: string; label: string }[]) => (
    <NativeSelect
      label={label}
      value={filters[key] ?? ''}
      onChange={(e) => set(key, e.currentTarget.value || undefined)}
      data={[any, ...data]}
      error={errorOf(key)}
      name={key}
    />
  );
  const statuses = filters.status ? filters.status.split(',') : [];
  // The entity filter matters only to those who see more than their own entity.
  const below = (entities.data ?? []).filter((e) => e.code !== user.entity.code);
  const wideScope = user.role === 'coordinator' || user.role === 'analyst' || below.some((e) => e.parent === user.entity.code);

  return (
    <Stack gap="md" data-testid="inbox-filters">
      <div>
        <Text fw={600} fz="sm" id="status-filter-label">
          {t('staff.filters.status')}
        </Text>
        <Chip.Group multiple value={statuses} onChange={(v) => set('status', v.length ? v.join(',') : undefined)}>
          <Group gap={6} mt={4} role="group" aria-labelledby="status-filter-label">
            {caseStatuses.map((s) => (
              <Chip key={s} value={s} size="xs">
                {staffStatusLabel(t, s)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {errorOf('status') && (
          <Text c="var(--mantine-color-error)" fz="sm" role="alert">
            {errorOf('status')}
          </Text>
        )}
      </div>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {select('type', t('staff.filters.type'), caseTypes.map((v) => ({ value: v, label: t(caseTypeKey(v)) })))}
        {select(
          'service',
          t('staff.filters.service'),
          [...(services.data ?? [])]
            .sort((a, b) => local(a.name).localeCompare(local(b.name)))
            .map((s) => ({ value: s.code, label: local(s.name) })),
        )}
        {wideScope && select('entity', t('staff.filters.entity'), (entities.data ?? []).map((e) => ({ value: e.code, label: local(e.name) })))}
        {select('assignee', t('staff.filters.assignee'), [
          { value: 'me', label: t('staff.filters.assigneeMe') },
          { value: 'unassigned', label: t('staff.filters.assigneeNone') },
          ...(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name })),
        ])}
        {select('slaState', t('staff.filters.sla'), slaStates.map((v) => ({ value: v, label: slaStateLabel(t, v) })))}
        {select('priority', t('staff.filters.priority'), casePriorities.map((v) => ({ value: v, label: t(casePriorityKey(v)) })))}
        {select('channel', t('staff.filters.channel'), caseChannels.map((v) => ({ value: v, label: t(caseChannelKey(v)) })))}
        {select('governorate', t('staff.filters.governorate'), governorates.map((v) => ({ value: v, label: t(governorateKey(v)) })))}
        <TextInput
          type="date"
          label={t('staff.filters.createdFrom')}
          value={filters.createdFrom ?? ''}
          onChange={(e) => set('createdFrom', e.currentTarget.value || undefined)}
          error={errorOf('createdFrom')}
          name="createdFrom"
        />
        <TextInput
          type="date"
          label={t('staff.filters.createdTo')}
          value={filters.createdTo ?? ''}
          onChange={(e) => set('createdTo', e.currentTarget.value || undefined)}
          error={errorOf('createdTo')}
          name="createdTo"
        />
        <TextFilter label={t('staff.filters.phone')} value={filters.phone} onCommit={(v) => set('phone', v)} error={errorOf('phone')} name="phone" />
        <TextFilter
          label={t('staff.filters.nationalId')}
          value={filters.nationalId}
          onCommit={(v) => set('nationalId', v)}
          error={errorOf('nationalId')}
          name="nationalId"
        />
        <TextFilter
          label={t('inboxViews.filter.awaitingDays')}
          value={filters.awaitingDays}
          onCommit={(v) => set('awaitingDays', v && toAsciiDigits(v))}
          error={errorOf('awaitingDays')}
          name="awaitingDays"
        />
      </SimpleGrid>
      <Button variant="subtle" onClick={clear} w="fit-content" size="compact-sm">
        {t('staff.filters.clear')}
      </Button>
    </Stack>
  );
}
