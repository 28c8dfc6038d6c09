import { Button, Group, NativeSelect, SegmentedControl, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../components/charts/figures-format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { periodKindLabel } from '../../i18n/labels/dashboards.labels.ts';
import { defaultChoice, periodKinds, recentMonths, recentQuarters, recentYears, todayLocal, type PeriodChoice, type PeriodKind } from './period.ts';

/** Picks the period: the last twelve months, a month, a quarter, a year, or any range of days. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (choice: PeriodChoice) => void }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const today = todayLocal();
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const rangeError = from && to && from > to ? t('dash.period.rangeError') : null;

  const options = (() => {
    switch (value.kind) {
      case 'month':
        return recentMonths(today).map((m) => ({ value: m, label: formatMonth(m, lng, 'long') }));
      case 'quarter':
        return recentQuarters(today).map((q) => ({ value: q, label: t('dash.period.quarterName', { quarter: q.slice(6), year: q.slice(0, 4) }) }));
      case 'year':
        return recentYears(today).map((y) => ({ value: y, label: y }));
      default:
        return null;
    }
  })();

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('dash.period.label')} data-testid="period-picker">
      <SegmentedControl
        value={value.kind}
        onChange={(v) => {
          const next = defaultChoice(v as PeriodKind, today);
          setFrom(next.from ?? '');
          setTo(next.to ?? '');
          onChange(next);
        }}
        data={periodKinds.map((k) => ({ value: k, label: periodKindLabel(t, k) }))}
        aria-label={t('dash.period.kindLabel')}
        data-testid="period-kind"
      />
      {options && (
        <NativeSelect
          label={t('dash.period.which')}
          value={value.at}
          onChange={(e) => onChange({ kind: value.kind, at: e.currentTarget.value })}
          data={options}
          data-testid="period-at"
        />
      )}
      {value.kind === 'custom' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (from && to && !rangeError) onChange({ kind: 'custom', from, to });
          }}
        >
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput type="date" label={t('dash.period.from')} value={from} max={today} onChange={(e) => setFrom(e.currentTarget.value)} required data-testid="period-from" />
            <TextInput
              type="date"
              label={t('dash.period.to')}
              value={to}
              max={today}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={rangeError}
              required
              data-testid="period-to"
            />
            <Button type="submit" mt={25} variant="outline" data-testid="period-apply">
              {t('dash.period.apply')}
            </Button>
          </Group>
        </form>
      )}
    </Group>
  );
}
