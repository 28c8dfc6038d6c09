import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchModerationList } from '../../api/public-suggestions.api.ts';
import { DualDate } from '../../components/DualDate.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { publicationStateLabel } from '../../i18n/labels/suggestions.labels.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** Requests to publish suggestions, pending review, of the entities in the staff member's scope. */
export function ModerationListPage() {
  const { t } = useTranslation();
  const local = useLocalized();
  usePageTitle(t('suggestions.moderation.title'));
  const list = useQuery({ queryKey: ['moderation', 'suggestions'], queryFn: ({ signal }) => fetchModerationList(signal) });
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} fz="h2">
          {t('suggestions.moderation.title')}
        </Title>
        <Text>{t('suggestions.moderation.intro')}</Text>
      </Stack>
      {list.isPending ? (
        <Loading label={t('suggestions.moderation.loading')} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text data-testid="moderation-empty">{t('suggestions.moderation.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="moderation-list">
          {list.data.items.map((item) => (
            <Card key={item.id} component="li" withBorder padding="md">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Anchor component={Link} to={`/staff/suggestions/${item.id}`} fw={700} aria-label={t('suggestions.moderation.open', { reference: item.reference })}>
                  <span className="ltr-code">{item.reference}</span>
                </Anchor>
                <Badge variant="light">{publicationStateLabel(t, item.state)}</Badge>
              </Group>
              <Text fz="sm" mt="xs" lineClamp={2} dir="auto">
                {item.originalText}
              </Text>
              <Text fz="sm" c="dimmed">
                {local(item.entity.name)} · {local(item.service.name)} · {t('suggestions.moderation.requested')} <DualDate iso={item.requestedAt} withTime={false} />
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
