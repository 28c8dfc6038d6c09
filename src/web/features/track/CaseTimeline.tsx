import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicEvent } from '../../api/cases.api.ts';
import { DualDate } from '../../components/DualDate.tsx';
import { eventActorKey, eventKindKey } from '../../i18n/keys.ts';

/** The public timeline, oldest first. */
export function CaseTimeline({ events }: { events: PublicEvent[] }) {
  const { t } = useTranslation();
  if (!events.length) return <Text c="dimmed">{t('track.noEvents')}</Text>;
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="timeline">
      {events.map((e) => (
        <Timeline.Item key={e.id} title={t(eventKindKey(e.kind))}>
          <Text fz="sm" c="dimmed">
            {t(eventActorKey(e.by))}
          </Text>
          <Text fz="sm">
            <DualDate iso={e.at} />
          </Text>
          {e.body && (
            <Text mt={4} style={{ whiteSpace: 'pre-wrap' }} dir="auto">
              {e.body}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
