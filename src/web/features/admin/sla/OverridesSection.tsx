import { Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addOverride, type OverrideInput, type WorkCalendar } from '../../../api/admin-sla.api.ts';
import type { FieldErrors } from '../../../components/form/field-errors.ts';
import { formatDualDate } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { SavedNotice } from '../../../components/admin/admin-feedback.tsx';
import { DataTable, dataTableClasses } from '../../../components/table/DataTable.tsx';
import { parseClockTime, weekdayNames, weekSummary } from './sla-format.ts';
import { BilingualTextInputs } from '../../../components/form/BilingualTextInputs.tsx';
import { useCalendarForm } from './useCalendarForm.ts';
import { CalendarFormFrame } from './CalendarFormFrame.tsx';
import { useAddToggle } from './useAddToggle.ts';

interface OverrideValues {
  from: string;
  to: string;
  nameAr: string;
  nameEn: string;
  days: string[];
  start: string;
  end: string;
}

const emptyOverride: OverrideValues = { from: '', to: '', nameAr: '', nameEn: '', days: ['0', '1', '2', '3', '4'], start: '08:00', end: '14:00' };

function toOverrideInput(v: OverrideValues): { input?: OverrideInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!v.from) errors.from = 'required';
  if (!v.to) errors.to = 'required';
  else if (v.from && v.to < v.from) errors.to = 'end_before_start';
  if (!v.nameAr.trim()) errors['name.ar'] = 'required';
  if (!v.nameEn.trim()) errors['name.en'] = 'required';
  const start = parseClockTime(v.start);
  const end = parseClockTime(v.end);
  if (start === null) errors.start = 'required';
  if (end === null) errors.end = 'required';
  else if (start !== null && end <= start) errors.end = 'end_before_start';
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: {
      from: v.from,
      to: v.to,
      name: { ar: v.nameAr.trim(), en: v.nameEn.trim() },
      week: [0, 1, 2, 3, 4, 5, 6].map((d) => (v.days.includes(String(d)) ? [{ start: start!, end: end! }] : [])),
    },
  };
}

/** Adding dated hours (Ramadan): the dates, a name, the days worked and their hours. */
function OverrideForm({ calendar, onAdded, onCancel }: { calendar: WorkCalendar; onAdded: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { formRef, values, setValues, set, setValue, errorOf, mutation, submit } = useCalendarForm({
    initial: emptyOverride,
    check: toOverrideInput,
    send: (input: OverrideInput) => addOverride(calendar.code, input),
    onAdded: () => onAdded(),
  });
  const names = weekdayNames(currentLanguage(), 'long');

  return (
    <CalendarFormFrame formRef={formRef} label={t('slaAdmin.override.formLabel')} testId="override" request={mutation} save={t('slaAdmin.override.save')} onSubmit={submit} onCancel={onCancel}>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput type="date" label={t('slaAdmin.override.from')} value={values.from} onChange={set('from', 'from')} error={errorOf('from')} required withAsterisk style={{ flex: '0 1 12rem' }} data-testid="override-from" />
            <TextInput type="date" label={t('slaAdmin.override.to')} value={values.to} onChange={set('to', 'to')} error={errorOf('to')} required withAsterisk style={{ flex: '0 1 12rem' }} data-testid="override-to" />
          </Group>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <BilingualTextInputs
              labels={{ ar: t('slaAdmin.override.nameAr'), en: t('slaAdmin.override.nameEn') }}
              values={{ ar: values.nameAr, en: values.nameEn }}
              onChange={(lng, v) => setValue(lng === 'ar' ? 'nameAr' : 'nameEn', `name.${lng}`, v)}
              errors={{ ar: errorOf('name.ar'), en: errorOf('name.en') }}
              testId="override-name"
            />
          </Group>
          <Checkbox.Group label={t('slaAdmin.override.days')} value={values.days} onChange={(days) => setValues((v) => ({ ...v, days }))}>
            <Group gap="md" mt={6}>
              {names.map((name, d) => (
                <Checkbox key={name} value={String(d)} label={name} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput type="time" label={t('slaAdmin.override.start')} value={values.start} onChange={set('start', 'start')} error={errorOf('start')} required withAsterisk style={{ flex: '0 1 10rem' }} />
            <TextInput type="time" label={t('slaAdmin.override.end')} value={values.end} onChange={set('end', 'end')} error={errorOf('end')} required withAsterisk style={{ flex: '0 1 10rem' }} />
          </Group>
    </CalendarFormFrame>
  );
}

/** Dated hours that replace the usual week (Ramadan), and adding them. */
export function OverridesSection({ calendar }: { calendar: WorkCalendar }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const [added, setAdded] = useState(false);
  const add = useAddToggle(() => setAdded(false));
  return (
    <Stack gap="sm" component="section" aria-labelledby="overrides-title">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3} fz="h4" id="overrides-title">
            {t('slaAdmin.override.title')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('slaAdmin.override.intro')}
          </Text>
        </div>
        <Button {...add.buttonProps} data-testid="override-add">
          {t('slaAdmin.override.add')}
        </Button>
      </Group>
      {added && <SavedNotice onClose={() => setAdded(false)}>{t('slaAdmin.override.added')}</SavedNotice>}
      {add.adding && (
        <OverrideForm
          calendar={calendar}
          onAdded={() => {
            add.done();
            setAdded(true);
          }}
          onCancel={add.cancel}
        />
      )}
      {calendar.overrides.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('slaAdmin.override.empty')}
        </Text>
      ) : (
        <DataTable
          caption={t('slaAdmin.override.caption', { calendar: local(calendar.name) })}
          testId="override-table"
          columns={[t('slaAdmin.override.dates'), t('slaAdmin.override.name'), t('slaAdmin.override.hours')]}
        >
          <tbody>
            {calendar.overrides.map((o) => (
              <tr key={`${o.from}/${o.to}/${o.name.en}`} data-testid="override-row">
                <td className={dataTableClasses.nowrap}>
                  <time dateTime={o.from}>{formatDualDate(`${o.from}T12:00:00Z`, lng, false).gregorian}</time> –{' '}
                  <time dateTime={o.to}>{formatDualDate(`${o.to}T12:00:00Z`, lng, false).gregorian}</time>
                </td>
                <td>{local(o.name)}</td>
                <td>{weekSummary(o.week, lng) || t('slaAdmin.calendar.noHours')}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Stack>
  );
}
