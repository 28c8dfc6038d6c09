import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Service } from '../../api/catalogue.api.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** One catalogue entry; its name links to the submission form with the service chosen. */
export function ServiceCard({ service, headingLevel = 3 }: { service: Service; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const local = useLocalized();
  return (
    <Card withBorder padding="md" component="article" data-testid="service-card">
      <Title order={headingLevel} fz="md">
        <Anchor component={Link} to={`/submit?service=${encodeURIComponent(service.code)}`}>
          {local(service.name)}
        </Anchor>
      </Title>
      <Text fz="sm" mt={4} lineClamp={2}>
        {local(service.description)}
      </Text>
      <Group gap="xs" mt="xs">
        <Badge variant="default" tt="none">
          {local(service.group.name)}
        </Badge>
        <Text fz="xs" c="dimmed">
          {t('catalogue.handledBy', { entity: local(service.entity.name) })}
        </Text>
      </Group>
    </Card>
  );
}
