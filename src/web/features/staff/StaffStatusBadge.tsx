import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../common/enums.ts';
import { statusColours } from '../track/StatusBadge.tsx';
import { staffStatusLabel } from '../../i18n/labels/staff.labels.ts';

/** A case's status in staff words, in the same colours as the citizen sees. */
export function StaffStatusBadge({ status, size = 'md' }: { status: CaseStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} variant="filled" size={size} tt="none" data-testid="status">
      {staffStatusLabel(t, status)}
    </Badge>
  );
}
