import { Anchor, Group, Image, Text, Timeline } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, type PublicEvent, type TrackedCase } from '../../api/cases.api.ts';
import { DualDate } from '../../components/DualDate.tsx';
import { FileIcon } from '../../components/icons.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { eventActorKey, eventKindKey } from '../../i18n/keys.ts';

type Attachment = TrackedCase['attachments'][number];

/** Browsers draw these inline; HEIC and PDF are offered as links. */
const drawable = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The files that came with one step of the conversation: photos as thumbnails, others as links (by token, or by session without one). */
function EventFiles({ files, token }: { files: Attachment[]; token: string | null }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  return (
    <Group gap="xs" mt={6} data-testid="event-files">
      {files.map((f, i) => {
        const name = f.fileName ?? t('track.attachment', { n: i + 1, size: formatBytes(f.sizeBytes, lng) });
        const url = attachmentUrl(f.url, token);
        return drawable.has(f.mediaType) ? (
          <Anchor key={f.id} href={url} target="_blank" rel="noopener" aria-label={t('track.openFile', { name })}>
            <Image src={url} alt={name} w={96} h={72} radius="sm" fit="cover" data-testid="event-image" />
          </Anchor>
        ) : (
          <Group key={f.id} gap={4} wrap="nowrap">
            <FileIcon size={18} />
            <Anchor href={url} target="_blank" rel="noopener" fz="sm" dir="auto" data-testid="event-file">
              {name}
            </Anchor>
          </Group>
        );
      })}
    </Group>
  );
}

/**
 * The public timeline, oldest first, each step with the files it carried. `focusId` names a step
 * to move the keyboard (and a screen reader) to, e.g. the citizen's reply just sent.
 */
export function CaseTimeline({ events, attachments = [], token = null, focusId = null }: { events: PublicEvent[]; attachments?: Attachment[]; token?: string | null; focusId?: number | null }) {
  const { t } = useTranslation();
  const focusRef = useRef<HTMLDivElement>(null);
  const hasFocusTarget = focusId !== null && events.some((e) => e.id === focusId);
  useEffect(() => {
    if (hasFocusTarget) focusRef.current?.focus();
  }, [focusId, hasFocusTarget]);
  if (!events.length) return <Text c="dimmed">{t('track.noEvents')}</Text>;
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="timeline">
      {events.map((e) => {
        const files = attachments.filter((a) => a.eventId === e.id);
        const focused = e.id === focusId;
        return (
          <Timeline.Item
            key={e.id}
            title={t(eventKindKey(e.kind))}
            ref={focused ? focusRef : undefined}
            tabIndex={focused ? -1 : undefined}
            data-testid={`event-${e.id}`}
            data-kind={e.kind}
          >
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
            {files.length > 0 && <EventFiles files={files} token={token} />}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
