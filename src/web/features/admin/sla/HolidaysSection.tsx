import { Badge, Button, Checkbox, Group, NativeSelect, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addHoliday, removeHoliday, type Holiday, type HolidayInput, type WorkCalendar } from '../../../api/admin-sla.api.ts';
import { DualDate } from '../../../components/DualDate.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import type { FieldErrors } from '../../../components/form/field-errors.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { SavedNotice } from '../../../components/admin/admin-feedback.tsx';
import { DataTable, dataTableClasses } from '../../../components/table/DataTable.tsx';
import { intervalsText, parseClockTime } from './sla-format.ts';
import { BilingualTextInputs } from '../../../components/form/BilingualTextInputs.tsx';
import { useCalendarForm } from './useCalendarForm.ts';
import { CalendarFormFrame } from './CalendarFormFrame.tsx';
import { useAddToggle } from './useAddToggle.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface HolidayValues {
  date: string;
  nameAr: string;
  nameEn: string;
  lunar: boolean;
  partDay: boolean;
  from: string;
  to: string;
}

const emptyHoliday: HolidayValues = { date: '', nameAr: '', nameEn: '', lunar: false, partDay: false, from: '07:00', to: '11:00' };

function toHolidayInput(v: HolidayValues): { input?: HolidayInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!v.date) errors.date = 'required';
  else if (!ISO_DATE.test(v.date)) errors.date = 'invalid_format';
  if (!v.nameAr.trim()) errors['name.ar'] = 'required';
  if (!v.nameEn.trim()) errors['name.en'] = 'required';
  const start = parseClockTime(v.from);
  const end = parseClockTime(v.to);
  if (v.partDay) {
    if (start === null) errors['offIntervals.0.start'] = 'required';
    if (end === null) errors['offIntervals.0.end'] = 'required';
    else if (start !== null && end <= start) errors['offIntervals.0.end'] = 'end_before_start';
  }
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: {
      date: v.date,
      name: { ar: v.nameAr.trim(), en: v.nameEn.trim() },
      ...(v.lunar ? { lunar: true } : {}),
      ...(v.partDay ? { offIntervals: [{ start: start!, end: end! }] } : {}),
    },
  };
}

/** Adding a holiday: a date, its names, whether it is an expected lunar date, whole or part day. */
function HolidayForm({ calendar, onAdded, onCancel }: { calendar: WorkCalendar; onAdded: (date: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { formRef, values, setValues, set, setValue, errorOf, mutation, submit } = useCalendarForm({
    initial: emptyHoliday,
    check: toHolidayInput,
    send: (input: HolidayInput) => addHoliday(calendar.code, input),
    onAdded: (input) => onAdded(input.date),
  });

  return (
    <CalendarFormFrame formRef={formRef} label={t('slaAdmin.holiday.formLabel')} testId="holiday" request={mutation} save={t('slaAdmin.holiday.save')} onSubmit={submit} onCancel={onCancel}>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('slaAdmin.holiday.date')}
              value={values.date}
              onChange={set('date', 'date')}
              error={errorOf('date')}
              required
              withAsterisk
              name="date"
              style={{ flex: '0 1 12rem' }}
              data-testid="holiday-date"
            />
            <BilingualTextInputs
              labels={{ ar: t('slaAdmin.holiday.nameAr'), en: t('slaAdmin.holiday.nameEn') }}
              values={{ ar: values.nameAr, en: values.nameEn }}
              onChange={(lng, v) => setValue(lng === 'ar' ? 'nameAr' : 'nameEn', `name.${lng}`, v)}
              errors={{ ar: errorOf('name.ar'), en: errorOf('name.en') }}
              name="name"
              testId="holiday-name"
              flex="1 1 12rem"
            />
          </Group>
          <Checkbox
            label={t('slaAdmin.holiday.lunar')}
            description={t('slaAdmin.holiday.lunarHint')}
            checked={values.lunar}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setValues((v) => ({ ...v, lunar: checked }));
            }}
            name="lunar"
          />
          <Radio.Group
            label={t('slaAdmin.holiday.extent')}
            value={values.partDay ? 'part' : 'whole'}
            onChange={(v) => setValues((s) => ({ ...s, partDay: v === 'part' }))}
            name="extent"
          >
            <Group gap="md" mt={6}>
              <Radio value="whole" label={t('slaAdmin.holiday.wholeDay')} />
              <Radio value="part" label={t('slaAdmin.holiday.partDay')} />
            </Group>
          </Radio.Group>
          {values.partDay && (
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                type="time"
                label={t('slaAdmin.holiday.offFrom')}
                value={values.from}
                onChange={set('from', 'offIntervals.0.start')}
                error={errorOf('offIntervals.0.start')}
                required
                withAsterisk
                style={{ flex: '0 1 10rem' }}
              />
              <TextInput
                type="time"
                label={t('slaAdmin.holiday.offTo')}
                value={values.to}
                onChange={set('to', 'offIntervals.0.end')}
                error={errorOf('offIntervals.0.end') ?? errorOf('offIntervals.0')}
                required
                withAsterisk
                style={{ flex: '0 1 10rem' }}
              />
            </Group>
          )}
    </CalendarFormFrame>
  );
}

function HolidayRow({ calendar, holiday, onRemoved }: { calendar: WorkCalendar; holiday: Holiday; onRemoved: (h: Holiday) => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removeHoliday(calendar.code, holiday.date),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'calendars'] });
      onRemoved(holiday);
    },
  });
  return (
    <tr data-testid="holiday-row" data-date={holiday.date}>
      <td className={dataTableClasses.nowrap}>
        <DualDate iso={`${holiday.date}T12:00:00Z`} withTime={false} />
      </td>
      <td>
        <Text fz="sm">{local(holiday.name)}</Text>
        {holiday.lunar && (
          <Badge size="sm" variant="outline" color="grape.9" tt="none" mt={4} data-testid="holiday-lunar">
            {t('slaAdmin.holiday.lunarBadge')}
          </Badge>
        )}
      </td>
      <td>{holiday.offIntervals?.length ? t('slaAdmin.holiday.offHours', { hours: intervalsText(holiday.offIntervals) }) : t('slaAdmin.holiday.wholeDay')}</td>
      <td className={dataTableClasses.nowrap}>
        <Button
          variant="outline"
          color="red.9"
          size="compact-sm"
          loading={remove.isPending}
          onClick={() => remove.mutate()}
          aria-label={t('slaAdmin.holiday.removeLabel', { name: local(holiday.name), date: holiday.date })}
          data-testid="holiday-remove"
        >
          {t('slaAdmin.holiday.remove')}
        </Button>
        {remove.isError && <ErrorAlert error={remove.error} />}
      </td>
    </tr>
  );
}

/** The holidays of a calendar, a year at a time, with adding and removing. */
export function HolidaysSection({ calendar, year, onYear }: { calendar: WorkCalendar; year: number; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const [notice, setNotice] = useState<string | null>(null);
  const add = useAddToggle(() => setNotice(null));
  const years = [...new Set([...calendar.holidays.map((h) => Number(h.date.slice(0, 4))), new Date().getFullYear(), year])].sort((a, b) => a - b);
  const shown = calendar.holidays.filter((h) => h.date.startsWith(`${year}-`));

  return (
    <Stack gap="sm" component="section" aria-labelledby="holidays-title">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={3} fz="h4" id="holidays-title">
          {t('slaAdmin.holiday.title')}
        </Title>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('slaAdmin.holiday.year')}
            value={String(year)}
            onChange={(e) => onYear(Number(e.currentTarget.value))}
            data={years.map((y) => String(y))}
            data-testid="holiday-year"
          />
          <Button {...add.buttonProps} data-testid="holiday-add">
            {t('slaAdmin.holiday.add')}
          </Button>
        </Group>
      </Group>
      {notice && <SavedNotice onClose={() => setNotice(null)}>{notice}</SavedNotice>}
      {add.adding && (
        <HolidayForm
          calendar={calendar}
          onAdded={(date) => {
            add.done();
            onYear(Number(date.slice(0, 4)));
            setNotice(t('slaAdmin.holiday.added', { date }));
          }}
          onCancel={add.cancel}
        />
      )}
      {shown.length === 0 ? (
        <Text c="dimmed" fz="sm" data-testid="holiday-empty">
          {t('slaAdmin.holiday.empty', { year })}
        </Text>
      ) : (
        <DataTable
          caption={t('slaAdmin.holiday.caption', { calendar: local(calendar.name), year })}
          testId="holiday-table"
          columns={[t('slaAdmin.holiday.date'), t('slaAdmin.holiday.name'), t('slaAdmin.holiday.extent')]}
          actions={t('slaAdmin.list.actions')}
        >
          <tbody>
            {shown.map((h) => (
              <HolidayRow
                key={h.date}
                calendar={calendar}
                holiday={h}
                onRemoved={(removed) => setNotice(t('slaAdmin.holiday.removed', { name: local(removed.name), date: removed.date }))}
              />
            ))}
          </tbody>
        </DataTable>
      )}
    </Stack>
  );
}
