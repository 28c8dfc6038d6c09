import { FileInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runtimeConfig } from '../../app/runtime-config.ts';
import { ACCEPTED_TYPES, addFiles, type FileRejection } from '../../components/files/file-checks.ts';
import { FileRejections } from '../../components/files/FileRejections.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

/**
 * Files to send with an action (a reply, a request for information, a note, a resolution, the
 * citizen's answer): photos or PDFs, checked as the submission form checks them (type, size, how
 * many one upload carries) before anything is sent; a refused file is named with its reason. The
 * server checks each file's content again. `internal` says they stay with staff.
 */
export function ActionFiles({ files, onChange, internal = false, error }: { files: File[]; onChange: (files: File[]) => void; internal?: boolean; error?: string | null }) {
  const { t } = useTranslation();
  const [rejected, setRejected] = useState<FileRejection[]>([]);
  const limits = runtimeConfig.attachments;
  const hint = { count: limits.maxFiles, size: formatBytes(limits.maxBytes, currentLanguage()) };
  return (
    <Stack gap="xs">
      <FileInput
        label={t('caseFiles.label')}
        description={internal ? t('caseFiles.internalHint', hint) : t('caseFiles.hint', hint)}
        placeholder={t('caseFiles.placeholder')}
        multiple
        clearable
        clearButtonProps={{ 'aria-label': t('caseFiles.clear') }}
        accept={ACCEPTED_TYPES.join(',')}
        value={files}
        onChange={(chosen) => {
          const checked = addFiles([], chosen, limits);
          setRejected(checked.rejected);
          onChange(checked.files);
        }}
        error={error ?? undefined}
        data-testid="action-files"
      />
      <div aria-live="polite">
        <FileRejections rejected={rejected} />
      </div>
    </Stack>
  );
}
