import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorKey } from '../../i18n/keys.ts';
import type { FileRejection } from './file-checks.ts';

/** The files just refused before upload (wrong type, too large, one too many), each with its reason. */
export function FileRejections({ rejected }: { rejected: FileRejection[] }) {
  const { t } = useTranslation();
  if (!rejected.length) return null;
  return (
    <Alert color="red" variant="light" title={t('submit.photos.rejectedTitle')} data-testid="file-rejections">
      <List size="sm">
        {rejected.map((r) => (
          <List.Item key={r.name}>{t('submit.photos.rejected', { name: r.name, reason: t(fieldErrorKey(r.reason)) })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
