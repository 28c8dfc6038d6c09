import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicSuggestion } from '../../api/public-suggestions.api.ts';
import { suggestionStateLabel } from '../../i18n/labels/suggestions.labels.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** One published suggestion on the board: its text, entity and service, state and supporters. */
export function SuggestionCard({ item }: { item: PublicSuggestion }) {
  const { t } = useTranslation();
  const local = useLocalized();
  return (
    <Card component="li" withBorder padding="md" data-testid="board-item">
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Anchor component={Link} to={`/suggestions/${item.id}`} fw={700} dir="auto" lineClamp={3}>
          {item.text}
        </Anchor>
        <Badge variant="light" data-testid="board-state" style={{ flexShrink: 0 }}>
          {suggestionStateLabel(t, item.state)}
        </Badge>
      </Group>
      <Text fz="sm" mt="xs">
        {local(item.entity.name)} · {local(item.service.name)}
      </Text>
      <Text fz="sm" c="dimmed">
        {t('suggestions.supporters', { count: item.supportCount })}
      </Text>
    </Card>
  );
}
