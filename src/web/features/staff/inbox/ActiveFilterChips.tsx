import { Group, Pill, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { slaStates, type SlaState } from '../../../../common/enums.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { slaStateLabel } from '../../../i18n/labels/staff.labels.ts';
import { useEntities } from '../useStaffData.ts';
import { chipFilters, type ChipKey, type InboxFilters } from './inbox-query.ts';

/** One first-response or resolution state, in words. */
function stateLabel(t: TFunction, state: string): string {
  switch (state) {
    case 'met':
      return t('staff.drill.met');
    case 'late':
      return t('staff.drill.late');
    case 'overdue':
      return t('staff.drill.overdue');
    case 'pending':
      return t('staff.drill.pending');
    default:
      return state;
  }
}

const words = (t: TFunction, value: string) =>
  value
    .split(',')
    .map((s) => stateLabel(t, s))
    .join(t('staff.drill.or'));

/**
 * The filters that came from a dashboard's drill-down (or that the panel cannot show), as chips
 * that say what they keep and take the filter away when removed.
 */
export function ActiveFilterChips({ filters, onRemove }: { filters: InboxFilters; onRemove: (key: ChipKey) => void }) {
  const { t, i18n } = useTranslation();
  const local = useLocalized();
  const entities = useEntities();
  const chips = chipFilters(filters);
  if (!chips.length) return null;
  const when = (v: string) => {
    const at = new Date(v);
    return Number.isNaN(at.getTime()) ? v : at.toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  };
  const label = (key: ChipKey, value: string): string => {
    switch (key) {
      case 'firstResponse':
        return t('staff.drill.firstResponse', { values: words(t, value) });
      case 'resolution':
        return t('staff.drill.resolution', { values: words(t, value) });
      case 'rated':
        return value === 'true' ? t('staff.drill.rated') : t('staff.drill.notRated');
      case 'rating':
        return t('staff.drill.rating', { values: value.split(',').join(t('staff.drill.or')) });
      case 'ratingMin':
        return t('staff.drill.ratingMin', { value });
      case 'reopened':
        return value === 'true' ? t('staff.drill.reopened') : t('staff.drill.notReopened');
      case 'transferred':
        return value === 'true' ? t('staff.drill.transferred') : t('staff.drill.notTransferred');
      case 'escalationMin':
        return t('inboxViews.chip.escalationMin', { value });
      case 'followersMin':
        return t('inboxViews.chip.followersMin', { value });
      case 'awaitingDays':
        return t('inboxViews.chip.awaitingDays', { value });
      case 'slaState':
        return t('staff.drill.sla', {
          values: value
            .split(',')
            .map((s) => ((slaStates as readonly string[]).includes(s) ? slaStateLabel(t, s as SlaState) : s))
            .join(t('staff.drill.or')),
        });
      case 'unit': {
        if (value === 'none') return t('staff.drill.unitNone');
        const unit = entities.data?.find((e) => e.code === value);
        return t('staff.drill.unit', { value: unit ? local(unit.name) : value });
      }
      case 'governorate':
        return t('staff.drill.governorateNone');
      case 'createdFrom':
        return t('staff.drill.createdFrom', { value: when(value) });
      case 'createdTo':
        return t('staff.drill.createdTo', { value: when(value) });
    }
  };
  return (
    <Group gap={6} role="group" aria-labelledby="drill-filters-label" data-testid="drill-filters">
      <Text fz="sm" c="dimmed" id="drill-filters-label">
        {t('staff.drill.label')}
      </Text>
      {chips.map(({ key, value }) => {
        const text = label(key, value);
        return (
          <Pill
            key={key}
            size="md"
            withRemoveButton
            onRemove={() => onRemove(key)}
            removeButtonProps={{ 'aria-label': t('staff.drill.remove', { filter: text }) }}
            data-filter={key}
          >
            {text}
          </Pill>
        );
      })}
    </Group>
  );
}
