import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeLabel } from '../../i18n/labels/admin.labels.ts';

/** "Active" or "Inactive", dark enough on its light ground to read at badge size. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'brand.9' : 'gray.7'} variant="outline">
      {activeLabel(t, active)}
    </Badge>
  );
}
