import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Under an action form: the version-conflict notice (the case was reloaded), or a general failure. */
export function ActionFeedback({ conflict, error }: { conflict: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (conflict) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t('caseActions.conflictTitle')} data-testid="version-conflict">
        {t('caseActions.conflictBody')}
      </Alert>
    );
  }
  return error ? <ErrorAlert error={error} /> : null;
}
