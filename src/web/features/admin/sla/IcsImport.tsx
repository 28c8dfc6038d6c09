import { Alert, Button, Checkbox, Group, Input, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importIcs, type WorkCalendar } from '../../../api/admin-sla.api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorsOfProblem } from '../../../components/form/field-errors.ts';
import { slaFieldErrorLabel } from '../../../i18n/labels/sla.labels.ts';

const MAX_BYTES = 1024 * 1024;

/** The year of the first dated event of an .ics file, to show what was imported. */
function firstYear(text: string): number | null {
  const m = /^DTSTART[^:\r\n]*:(\d{4})\d{4}/m.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * Importing holidays from an iCalendar (.ics) file: sent as it is (text/calendar); each all-day
 * event becomes a holiday. Optionally marked as expected lunar dates.
 */
export function IcsImport({ calendar, onImported }: { calendar: WorkCalendar; onImported: (year: number | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [lunar, setLunar] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async (f: File) => {
      const text = await f.text();
      return { ...(await importIcs(calendar.code, text, lunar)), year: firstYear(text) };
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'calendars'] });
      onImported(result.year);
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    },
  });
  const bodyError = mutation.isError ? fieldErrorsOfProblem(mutation.error).body : undefined;
  const error = localError ?? (bodyError ? slaFieldErrorLabel(t, bodyError) : undefined);

  const submit = () => {
    mutation.reset();
    if (!file) return setLocalError(t('slaAdmin.ics.chooseFile'));
    if (file.size > MAX_BYTES) return setLocalError(t('slaAdmin.ics.tooLarge'));
    setLocalError(null);
    mutation.mutate(file);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="ics-title">
      <Title order={3} fz="h4" id="ics-title">
        {t('slaAdmin.ics.title')}
      </Title>
      <Text fz="sm" c="dimmed">
        {t('slaAdmin.ics.intro')}
      </Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Input.Wrapper label={t('slaAdmin.ics.file')} labelProps={{ htmlFor: inputId }} error={error} errorProps={{ id: `${inputId}-error` }}>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept=".ics,text/calendar"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setLocalError(null);
              mutation.reset();
            }}
            style={{ display: 'block', marginBlockStart: 4, maxInlineSize: '100%' }}
            data-testid="ics-file"
          />
        </Input.Wrapper>
        <Checkbox label={t('slaAdmin.ics.lunar')} checked={lunar} onChange={(e) => setLunar(e.currentTarget.checked)} name="icsLunar" />
        <Button onClick={submit} loading={mutation.isPending} data-testid="ics-import">
          {t('slaAdmin.ics.import')}
        </Button>
      </Group>
      {mutation.isError && !bodyError && <ErrorAlert error={mutation.error} />}
      {mutation.isSuccess && (
        <Alert color="green" variant="light" role="status" data-testid="ics-result">
          {t('slaAdmin.ics.result', { count: mutation.data.imported })} {mutation.data.skipped > 0 && t('slaAdmin.ics.skipped', { count: mutation.data.skipped })}
        </Alert>
      )}
    </Stack>
  );
}
