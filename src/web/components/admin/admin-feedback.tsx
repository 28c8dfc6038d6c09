import { Alert } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';

/**
 * A failed load of an administration page. Refused (403), where the page names a title for it: the problem's message under a title
 * that says the page is not the person's, without a retry that cannot help; else a retry.
 */
export function AdminLoadError({ error, onRetry, forbiddenTitle }: { error: unknown; onRetry: () => void; forbiddenTitle?: string }) {
  if (forbiddenTitle && error instanceof ApiError && error.status === 403) {
    return (
      <div data-testid="admin-forbidden">
        <ErrorAlert error={error} title={forbiddenTitle} />
      </div>
    );
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}

/**
 * A short confirmation after a change, spoken by screen readers and dismissable. It takes the
 * focus, as the form that had it has just closed.
 */
export function SavedNotice({ children, onClose }: { children: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [children]);
  return (
    <Alert ref={ref} tabIndex={-1} color="green" variant="light" role="status" withCloseButton onClose={onClose} closeButtonLabel={t('common.dismiss')} data-testid="admin-saved">
      {children}
    </Alert>
  );
}
