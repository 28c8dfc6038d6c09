import { FileInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { runtimeConfig } from '../../app/runtime-config.ts';

/** The types the server accepts (it checks each file's content again). */
const accept = 'image/jpeg,image/png,image/webp,image/heic,application/pdf';

/**
 * Files to send with an action (a reply, a request for information, a note, a resolution, the
 * citizen's answer): photos or PDFs, as many as one upload may carry. `internal` says they stay with staff.
 */
export function ActionFiles({ files, onChange, internal = false, error }: { files: File[]; onChange: (files: File[]) => void; internal?: boolean; error?: string | null }) {
  const { t } = useTranslation();
  const max = runtimeConfig.attachments.maxFiles;
  return (
    <FileInput
      label={t('caseFiles.label')}
      description={internal ? t('caseFiles.internalHint', { count: max }) : t('caseFiles.hint', { count: max })}
      placeholder={t('caseFiles.placeholder')}
      multiple
      clearable
      accept={accept}
      value={files}
      onChange={(chosen) => onChange(chosen.slice(0, max))}
      error={error ?? undefined}
      data-testid="action-files"
    />
  );
}
