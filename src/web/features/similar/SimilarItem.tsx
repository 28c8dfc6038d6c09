import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/enums.ts';
import type { SimilarList } from '../../api/similar.api.ts';
import { formatRelative } from '../../i18n/format.ts';
import { caseStatusKey, governorateKey } from '../../i18n/keys.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

/** One likely duplicate: service, status, age, distance, how many reported it; no personal data. */
export function SimilarItem({ item, children }: { item: SimilarList['items'][number]; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const local = useLocalized();
  return (
    <Stack gap={4} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }} data-testid="similar-item">
      <Group gap="xs" justify="space-between">
        <Text fw={600}>{local(item.service.name)}</Text>
        <Badge variant="light" tt="none">
          {t(caseStatusKey(item.status))}
        </Badge>
      </Group>
      {item.photoUrl && <img src={item.photoUrl} alt="" style={{ maxWidth: 96, maxHeight: 96, borderRadius: 4 }} loading="lazy" />}
      {(item.excerpt ?? item.summary) && (
        <Text fz="sm" dir="auto">
          {item.excerpt ?? item.summary}
        </Text>
      )}
      <Text fz="xs" c="dimmed">
        {[
          t('similar.reported', { when: formatRelative(item.createdAt, i18n.language as Language) }),
          item.distanceM !== null ? t('similar.distance', { metres: item.distanceM }) : null,
          item.governorate ? t(governorateKey(item.governorate)) : null,
          t('similar.reportedBy', { count: item.reportedBy }),
        ]
          .filter(Boolean)
          .join(' · ')}
        {' · '}
        <span className="ltr-code">{item.reference}</span>
      </Text>
      {children}
    </Stack>
  );
}
