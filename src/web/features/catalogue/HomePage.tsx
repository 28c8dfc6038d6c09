import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForwardIcon } from '../../components/icons.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CatalogueBrowser } from './CatalogueBrowser.tsx';

/** The citizen's start: what Tawasul is, the two main actions, and the searchable catalogue. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md">
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('home.heading')}
        </Title>
        <Text mt="sm">{t('home.intro')}</Text>
        <Group mt="md" gap="sm">
          <Button component={Link} to="/submit" rightSection={<ForwardIcon size={18} />}>
            {t('home.submitCta')}
          </Button>
          <Button component={Link} to="/track" variant="outline">
            {t('home.trackCta')}
          </Button>
          <Button component={Link} to="/suggestions" variant="subtle" data-testid="home-suggestions">
            {t('home.suggestionsCta')}
          </Button>
        </Group>
      </Paper>
      <CatalogueBrowser />
    </Stack>
  );
}
