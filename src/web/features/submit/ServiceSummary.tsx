import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../api/catalogue.api.ts';
import { Loading } from '../../components/Loading.tsx';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** The chosen service in two lines, with "change" — instead of the whole catalogue again. */
export function ServiceSummary({ service, onChange }: { service: Service | undefined; onChange: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  if (!service) return <Loading label={t('catalogue.loading')} />;
  return (
    <Paper withBorder p="sm" data-testid="service-summary">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fz="sm" c="dimmed">
            {t('submit.service.label')}
          </Text>
          <Text fw={600} data-testid="chosen-service">
            {local(service.name)}
          </Text>
          <Text fz="sm">{t('submit.service.optionDescription', { group: local(service.group.name), entity: local(service.entity.name) })}</Text>
        </Stack>
        <Button variant="subtle" size="compact-sm" onClick={onChange} data-testid="change-service" aria-label={t('submit.service.changeLabel', { service: local(service.name) })}>
          {t('submit.service.change')}
        </Button>
      </Group>
    </Paper>
  );
}
