import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListItem } from '../../../api/cases.api.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { StaffStatusBadge } from '../StaffStatusBadge.tsx';

/** The caller's earlier cases (by phone and/or national ID), newest first. */
export function CallerHistory({ items, more }: { items: CaseListItem[]; more: boolean }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  if (!items.length) {
    return (
      <Text fz="sm" c="dimmed" data-testid="caller-history-empty">
        {t('staff.hotline.noHistory')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="caller-history">
      <Text fz="sm" fw={600}>
        {more ? t('staff.hotline.historyCountMore', { count: items.length }) : t('staff.hotline.historyCount', { count: items.length })}
      </Text>
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((c) => (
          <Paper key={c.reference} withBorder p="xs" component="li">
            <Group justify="space-between" gap="xs">
              <Anchor component={Link} to={`/staff/cases/${c.reference}`} className="ltr-code" fw={700} fz="sm">
                {c.reference}
              </Anchor>
              <StaffStatusBadge status={c.status} size="sm" />
            </Group>
            <Text fz="xs">
              {t(caseTypeKey(c.type))} · {local(c.service.name)} · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lng)}</time>
            </Text>
            <Text fz="xs" c="dimmed" lineClamp={1} dir="auto">
              {c.title ?? c.excerpt}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
