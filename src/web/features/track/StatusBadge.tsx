import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../common/enums.ts';
import { caseStatusKey } from '../../i18n/keys.ts';

/** Dark shades only: white text on each passes WCAG AA (Mantine's orange.9 and green.9 fall just short: 4.3:1). */
export const statusColours: Record<CaseStatus, string> = {
  new: 'blue.8',
  assigned: 'indigo.8',
  in_progress: 'violet.8',
  awaiting_citizen: '#b23c07',
  resolved: '#23753a',
  closed: 'gray.8',
  rejected: 'red.9',
  merged: 'gray.7',
  under_study: 'cyan.9',
  accepted: 'teal.9',
  implemented: '#23753a',
  declined: 'red.9',
};

export function StatusBadge({ status, size = 'lg' }: { status: CaseStatus; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} variant="filled" size={size} tt="none" data-testid="status">
      {t(caseStatusKey(status))}
    </Badge>
  );
}
