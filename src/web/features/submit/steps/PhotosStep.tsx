import { Button, FileButton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runtimeConfig } from '../../../app/runtime-config.ts';
import { formatBytes } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { ACCEPTED_TYPES, addFiles, type FileRejection } from '../../../components/files/file-checks.ts';
import { FileRejections } from '../../../components/files/FileRejections.tsx';
import type { CaseFormProps } from '../../../components/case-form/case-form-props.ts';
import { useFieldError } from '../../../components/form/useFieldError.ts';
import { PhotoPreview } from './PhotoPreview.tsx';

/** Photos or a PDF, checked for type and size before anything is uploaded. Optional. */
export function PhotosStep({ draft, update, errors }: CaseFormProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(errors);
  const [rejected, setRejected] = useState<FileRejection[]>([]);
  const limits = runtimeConfig.attachments;
  const full = draft.files.length >= limits.maxFiles;
  const pick = (picked: File[]) => {
    const result = addFiles(draft.files, picked, limits);
    setRejected(result.rejected);
    update({ files: result.files });
  };
  return (
    <Stack gap="md">
      <Text>
        {t('submit.photos.intro', { count: limits.maxFiles, size: formatBytes(limits.maxBytes, currentLanguage()) })}
      </Text>
      <FileButton onChange={pick} accept={ACCEPTED_TYPES.join(',')} multiple disabled={full} inputProps={{ 'aria-label': t('submit.photos.add') }}>
        {(props) => (
          <Button {...props} variant="outline" disabled={full}>
            {t('submit.photos.add')}
          </Button>
        )}
      </FileButton>
      <div aria-live="polite">
        <FileRejections rejected={rejected} />
        {errorOf('files') && (
          <Text c="var(--mantine-color-error)" fz="sm" role="alert">
            {errorOf('files')}
          </Text>
        )}
      </div>
      <Stack gap="xs">
        {draft.files.map((file, i) => (
          <PhotoPreview
            key={`${file.name}-${file.size}-${file.lastModified}`}
            file={file}
            onRemove={() => update({ files: draft.files.filter((_, j) => j !== i) })}
          />
        ))}
      </Stack>
      <Text fz="sm" c="dimmed">
        {t('submit.photos.count', { n: draft.files.length, max: limits.maxFiles })}
      </Text>
    </Stack>
  );
}
