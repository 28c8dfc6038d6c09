import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/problem.ts';
import { problemKey } from '../i18n/keys.ts';

/** A failed request, in words: the problem's code translated, and a retry when one may help. */
export function ErrorAlert({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const apiError = asApiError(error);
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      {t(problemKey(apiError.code))}
      {onRetry && (
        <Button display="block" mt="sm" size="xs" variant="outline" color="red.9" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
