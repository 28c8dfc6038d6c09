import { Alert, Button, Group, Input, List, Paper, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importBoundarySet, type BoundarySet } from '../../../api/places.api.ts';
import { useAdminMutation } from '../../../components/admin/useAdminMutation.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldErrorKey } from '../../../i18n/keys.ts';

/** The largest file the server takes (its body limit is 32 MB; the JSON around the file is small). */
const MAX_BYTES = 30 * 1024 * 1024;

/** A file read as JSON, or why it cannot be sent. */
async function readGeoJson(file: File): Promise<{ geojson: unknown } | { problem: 'tooLarge' | 'notJson' }> {
  if (file.size > MAX_BYTES) return { problem: 'tooLarge' };
  try {
    return { geojson: JSON.parse(await file.text()) as unknown };
  } catch {
    return { problem: 'notJson' };
  }
}

/**
 * Importing a boundary set from a GeoJSON file: its name, source and licence are recorded with it.
 * The server checks every feature and refuses the whole file on any problem; each problem is listed
 * with its place in the file.
 */
export function BoundaryImport({ onImported }: { onImported: (set: BoundarySet) => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [licence, setLicence] = useState('');
  const [description, setDescription] = useState('');
  const [activate, setActivate] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const send = useAdminMutation(
    async (geojson: unknown) => importBoundarySet({ name: name.trim(), source: source.trim(), licence: licence.trim(), description: description.trim() || undefined, activate, geojson }),
    (set) => {
      setName('');
      setSource('');
      setLicence('');
      setDescription('');
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      onImported(set);
    },
  );
  const typed = (setter: (v: string) => void, path: string) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setter(e.currentTarget.value);
    send.clear(path);
  };
  // The file's own problems (geojson.features[3].geometry…), as the server listed them.
  const fileErrors = Object.entries(send.errors).filter(([path]) => path === 'geojson' || path.startsWith('geojson.'));
  const fileError = fileProblem ?? (fileErrors.length ? t('admin.boundaries.fileRefused', { count: fileErrors.length }) : undefined);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    send.mutation.reset();
    const missing = Object.fromEntries(
      ([['name', name], ['source', source], ['licence', licence]] as const).filter(([, v]) => !v.trim()).map(([k]) => [k, 'required']),
    );
    setFileProblem(file ? null : t('admin.boundaries.chooseFile'));
    if (!send.check(missing) || !file) return;
    const read = await readGeoJson(file);
    if ('problem' in read) return setFileProblem(read.problem === 'tooLarge' ? t('admin.boundaries.tooLarge') : t('admin.boundaries.notJson'));
    send.mutation.mutate(read.geojson);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="boundary-import-title">
      <form ref={send.formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="boundary-import">
        <Stack gap="sm">
          <Title order={2} fz="h4" id="boundary-import-title">
            {t('admin.boundaries.importTitle')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('admin.boundaries.importHelp')}
          </Text>
          <Group grow align="flex-start">
            <TextInput label={t('admin.boundaries.name')} value={name} onChange={typed(setName, 'name')} required error={send.errorOf('name')} data-testid="boundary-name" />
            <TextInput label={t('admin.boundaries.source')} value={source} onChange={typed(setSource, 'source')} required error={send.errorOf('source')} data-testid="boundary-source" />
            <TextInput label={t('admin.boundaries.licence')} value={licence} onChange={typed(setLicence, 'licence')} required error={send.errorOf('licence')} data-testid="boundary-licence" />
          </Group>
          <Textarea label={t('admin.boundaries.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} error={send.errorOf('description')} />
          <Group align="flex-end" wrap="wrap">
            <Input.Wrapper label={t('admin.boundaries.file')} labelProps={{ htmlFor: fileId }} error={fileError} errorProps={{ id: `${fileId}-error` }} withAsterisk>
              <input
                ref={fileRef}
                id={fileId}
                type="file"
                accept=".geojson,.json,application/geo+json,application/json"
                aria-invalid={fileError ? true : undefined}
                aria-describedby={fileError ? `${fileId}-error` : undefined}
                onChange={(e) => {
                  setFile(e.currentTarget.files?.[0] ?? null);
                  setFileProblem(null);
                  send.clear('geojson');
                }}
                style={{ display: 'block', marginBlockStart: 4, maxInlineSize: '100%' }}
                data-testid="boundary-file"
              />
            </Input.Wrapper>
            <Switch label={t('admin.boundaries.activateOnImport')} checked={activate} onChange={(e) => setActivate(e.currentTarget.checked)} />
            <Button type="submit" loading={send.mutation.isPending} data-testid="boundary-import-submit">
              {t('admin.boundaries.import')}
            </Button>
          </Group>
          {fileErrors.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t('admin.boundaries.fileErrorsTitle')} data-testid="boundary-import-errors">
              <List size="sm" spacing={2}>
                {fileErrors.map(([path, code]) => (
                  <List.Item key={path} data-testid="boundary-import-error">
                    <Text span dir="ltr" ff="monospace" fz="xs">
                      {path}
                    </Text>{' '}
                    {t(fieldErrorKey(code))}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {send.generalError && <ErrorAlert error={send.generalError} />}
        </Stack>
      </form>
    </Paper>
  );
}
