import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { TrackLookupForm } from './TrackLookupForm.tsx';

/** Find a case by its reference and tracking code. (Signed-in citizens will list their cases here too.) */
export function TrackLookupPage() {
  const { t } = useTranslation();
  usePageTitle(t('track.title'));
  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('track.title')}
      </Title>
      <Text>{t('track.intro')}</Text>
      <Paper withBorder p="lg">
        <TrackLookupForm />
      </Paper>
    </Stack>
  );
}
