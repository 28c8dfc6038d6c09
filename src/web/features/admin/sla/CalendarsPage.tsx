import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listCalendars, type WorkCalendar } from '../../../api/admin-sla.api.ts';
import { AdminListPage, ListState } from '../../../components/admin/AdminListPage.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { DataTable, dataTableClasses } from '../../../components/table/DataTable.tsx';
import { HolidaysSection } from './HolidaysSection.tsx';
import { IcsImport } from './IcsImport.tsx';
import { OverridesSection } from './OverridesSection.tsx';
import { durationText, intervalsText, weekdayNames, weekSummary, workingDayLength } from './sla-format.ts';

function CalendarTable({ calendars, selected, onSelect }: { calendars: WorkCalendar[]; selected: string; onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  return (
    <DataTable
      caption={t('slaAdmin.calendar.caption')}
      testId="calendar-table"
      columns={[t('slaAdmin.calendar.name'), t('slaAdmin.calendar.hours'), t('slaAdmin.calendar.timeZone'), t('slaAdmin.calendar.holidays')]}
      actions={t('slaAdmin.list.actions')}
    >
      <tbody>
        {calendars.map((c) => {
          const dayLength = workingDayLength(c.week);
          return (
            <tr key={c.code} data-testid="calendar-row" data-code={c.code}>
              <td>
                <Text fw={700} fz="sm">
                  {local(c.name)}
                </Text>
                <Text fz="xs" c="dimmed" className="ltr-code">
                  {c.code}
                </Text>
              </td>
              <td>
                <Text fz="sm" data-testid="calendar-hours">
                  {weekSummary(c.week, lng) || t('slaAdmin.calendar.noHours')}
                </Text>
                {dayLength && (
                  <Text fz="xs" c="dimmed">
                    {t('slaAdmin.calendar.dayLength', { length: durationText(t, dayLength, 'working_minutes', null) })}
                  </Text>
                )}
              </td>
              <td className={`${dataTableClasses.nowrap} ltr-code`}>{c.timeZone}</td>
              <td>{t('slaAdmin.calendar.holidayCount', { count: c.holidays.length })}</td>
              <td className={dataTableClasses.nowrap}>
                <Button
                  variant={c.code === selected ? 'filled' : 'outline'}
                  size="compact-sm"
                  aria-pressed={c.code === selected}
                  onClick={() => onSelect(c.code)}
                  aria-label={t('slaAdmin.calendar.manageLabel', { name: local(c.name) })}
                >
                  {t('slaAdmin.calendar.manage')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/** The usual week of a calendar, a line a day. */
function WeekTable({ calendar }: { calendar: WorkCalendar }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const names = weekdayNames(currentLanguage(), 'long');
  return (
    <Stack gap="sm" component="section" aria-labelledby="week-title">
      <Title order={3} fz="h4" id="week-title">
        {t('slaAdmin.calendar.weekTitle')}
      </Title>
      <DataTable caption={t('slaAdmin.calendar.weekCaption', { calendar: local(calendar.name) })} columns={[t('slaAdmin.calendar.day'), t('slaAdmin.calendar.hours')]}>
        <tbody>
          {calendar.week.map((day, d) => (
            <tr key={names[d]}>
              <th scope="row">{names[d]}</th>
              <td>{day.length ? intervalsText(day) : t('slaAdmin.calendar.dayOff')}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Stack>
  );
}

/**
 * Working calendars for the national coordinator: the weekly hours, public holidays a year at a
 * time (with the lunar ones marked as expected), dated hours such as Ramadan, and .ics import.
 */
export function CalendarsPage() {
  const { t } = useTranslation();
  usePageTitle(t('slaAdmin.calendars.title'));
  const local = useLocalized();
  const calendars = useQuery({ queryKey: ['admin', 'calendars'], queryFn: ({ signal }) => listCalendars(signal) });
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const selected = calendars.data?.find((c) => c.code === params.get('calendar')) ?? calendars.data?.[0];

  return (
    <AdminListPage title={t('slaAdmin.calendars.title')} intro={t('slaAdmin.calendars.intro')}>
      <ListState
        query={calendars}
        isEmpty={() => !selected}
        empty={t('slaAdmin.calendars.empty')}
        loadingLabel={t('slaAdmin.calendars.loading')}
        forbiddenTitle={t('slaAdmin.notAllowed')}
      >
        {(list) =>
          selected && (
            <>
              <CalendarTable calendars={list} selected={selected.code} onSelect={(code) => setParams({ calendar: code }, { replace: true })} />
              <Paper withBorder p="md" component="section" aria-label={local(selected.name)} data-testid="calendar-detail">
                <Stack gap="xl">
                  <Title order={2} fz="h3" c="brand.8">
                    {local(selected.name)}
                  </Title>
                  <WeekTable calendar={selected} />
                  <HolidaysSection calendar={selected} year={year} onYear={setYear} />
                  <IcsImport calendar={selected} onImported={(y) => y && setYear(y)} />
                  <OverridesSection calendar={selected} />
                </Stack>
              </Paper>
            </>
          )
        }
      </ListState>
    </AdminListPage>
  );
}
