import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { slaStates, type SlaState } from '../../../common/enums.ts';
import { formatDateTime, formatRelative } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { slaStateLabel } from '../../i18n/labels/staff.labels.ts';

/** Dark colours (white text on each passes WCAG AA) and a symbol each, so the state never rests on colour alone. */
const look: Record<SlaState, { color: string; symbol: string }> = {
  on_track: { color: '#23753a', symbol: '●' },
  at_risk: { color: '#b23c07', symbol: '▲' },
  breached: { color: 'red.9', symbol: '✕' },
  paused: { color: 'gray.7', symbol: '❚❚' },
  met: { color: 'blue.8', symbol: '✓' },
};

function isSlaState(value: string | null): value is SlaState {
  return value !== null && (slaStates as readonly string[]).includes(value);
}

/** The SLA state as a badge: colour, symbol and words. Nothing when the case has no clock. */
export function SlaBadge({ state, size = 'md' }: { state: string | null; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  if (!isSlaState(state)) return null;
  const { color, symbol } = look[state];
  return (
    <Badge
      color={color}
      variant="filled"
      size={size}
      tt="none"
      leftSection={<span aria-hidden="true">{symbol}</span>}
      data-testid="sla-badge"
      data-sla={state}
    >
      {slaStateLabel(t, state)}
    </Badge>
  );
}

/** When the answer is due: "due in 3 days" (or "due 2 hours ago" once passed), the exact time on hover and for screen readers. */
export function DueTime({ iso, state }: { iso: string | null; state: string | null }) {
  const { t } = useTranslation();
  if (!iso || state === 'met') return null;
  const lng = currentLanguage();
  const exact = formatDateTime(iso, lng);
  const text = state === 'paused' ? t('sla.duePaused') : t('sla.due', { when: formatRelative(iso, lng) });
  return (
    <Text component="span" fz="xs" c={state === 'breached' ? 'red.9' : 'dimmed'} data-testid="due-time">
      <time dateTime={iso} title={exact}>
        {text}
      </time>
      <span className="visually-hidden"> ({exact})</span>
    </Text>
  );
}
