import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner with a spoken label, for any request in flight. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="lg" role="status" aria-live="polite">
      <Loader size="md" aria-hidden="true" />
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
    </Center>
  );
}
