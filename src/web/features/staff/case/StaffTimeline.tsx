import { Anchor, Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Bilingual } from '../../../../common/enums.ts';
import type { TimelineEvent } from '../../../api/cases.api.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { actorLabel, staffEventLabel } from '../../../i18n/labels/staff.labels.ts';
import { changeText, eventChanges } from './timeline-changes.ts';
import { useEntities } from '../useStaffData.ts';
import classes from './StaffTimeline.module.css';

const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && 'ar' in v && 'en' in v;
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The facts an event's data adds, in words: what changed from → to, rating, reason. */
function EventDetail({ event, t, local, entityName }: { event: TimelineEvent; t: TFunction; local: (b: Bilingual) => string; entityName: (code: string) => string }) {
  const d = event.data;
  // What changed, from → to (status, assignee, priority, entity, service, due time, escalation level).
  const parts: string[] = eventChanges(event).map((c) => changeText(t, c, { entity: entityName, language: currentLanguage() }));
  if (isBilingual(d.reason)) parts.push(t('staff.timeline.reason', { reason: local(d.reason) }));
  if (event.kind === 'transferred' && str(d.reason)) parts.push(t('staff.timeline.reason', { reason: str(d.reason) }));
  if (event.kind === 'rated' && typeof d.rating === 'number') parts.push(t('staff.timeline.rating', { score: d.rating }));
  if (event.kind === 'sla_resumed' && typeof d.pausedWorkingMinutes === 'number') {
    parts.push(t('staff.timeline.pausedFor', { count: d.pausedWorkingMinutes }));
  }
  if (d.resolution === true) parts.push(t('staff.timeline.resolution'));
  const merged = event.kind === 'merged' ? (str(d.into) ?? str(d.duplicate)) : null;
  if (!parts.length && !merged) return null;
  return (
    <Text fz="sm" c="dimmed">
      {parts.join(' · ')}
      {merged && (
        <>
          {parts.length ? ' · ' : ''}
          {str(d.into) ? t('staff.timeline.mergedInto') : t('staff.timeline.duplicate')}{' '}
          <Anchor component={Link} to={`/staff/cases/${merged}`} className="ltr-code" fz="sm">
            {merged}
          </Anchor>
        </>
      )}
    </Text>
  );
}

/**
 * The full timeline, oldest first. Internal events — notes, assignments, SLA — are tinted, edged
 * differently and labelled "Internal", so what the citizen sees is never in doubt.
 */
export function StaffTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const entities = useEntities();
  const lng = currentLanguage();
  const entityName = (code: string) => {
    const e = entities.data?.find((x) => x.code === code);
    return e ? local(e.name) : code;
  };
  return (
    <ol className={classes.list} data-testid="staff-timeline">
      {events.map((e) => {
        const internal = e.visibility === 'internal';
        return (
          <li key={e.id} className={internal ? `${classes.item} ${classes.internal}` : classes.item} data-visibility={e.visibility} data-kind={e.kind}>
            <div className={classes.head}>
              <Text fw={600} fz="sm">
                {staffEventLabel(t, e.kind)}
              </Text>
              <Badge size="sm" variant={internal ? 'filled' : 'outline'} color={internal ? '#7a5200' : 'brand.8'} tt="none">
                {internal ? t('staff.timeline.internal') : t('staff.timeline.public')}
              </Badge>
            </div>
            <Text fz="xs" c="dimmed">
              <bdi>{actorLabel(t, e.actor)}</bdi> · <time dateTime={e.at}>{formatDateTime(e.at, lng)}</time>
            </Text>
            <EventDetail event={e} t={t} local={local} entityName={entityName} />
            {e.body && (
              <Text className={classes.body} fz="sm" dir="auto">
                {e.body}
              </Text>
            )}
          </li>
        );
      })}
    </ol>
  );
}
