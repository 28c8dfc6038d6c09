import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffCase } from '../../../api/cases.api.ts';
import { formatDateTime, formatNumber } from '../../../i18n/format.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { caseChannelKey, casePriorityKey, caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import { DueTime, SlaBadge } from '../SlaBadge.tsx';
import classes from './facts.module.css';

/** A titled box of the case page. */
export function Panel({ title, id, children, testId }: { title: string; id: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} fz="h5" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, currentLanguage())}</time>;
}

/** The target times: state, share of the resolution target used, due dates, pauses and escalation. */
export function SlaPanel({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const used = item.slaPercentUsed;
  const usedText = used === null ? '' : t('staff.sla.used', { percent: formatNumber(used / 100, lng, { style: 'percent', maximumFractionDigits: 0 }) });
  const colour = item.slaState === 'breached' ? 'red.9' : item.slaState === 'at_risk' ? '#b23c07' : 'brand.7';
  return (
    <Panel title={t('staff.sla.title')} id="sla-heading" testId="sla-panel">
      <Stack gap="xs">
        <Group gap="xs">
          {item.slaState ? <SlaBadge state={item.slaState} size="lg" /> : <Text fz="sm">{t('staff.sla.none')}</Text>}
          <DueTime iso={item.resolutionDueAt} state={item.slaState} />
        </Group>
        {used !== null && (
          <div>
            <Text fz="sm" data-testid="sla-used">
              {usedText}
            </Text>
            <Progress value={Math.min(100, used)} color={colour} size="md" mt={4} aria-label={usedText} />
          </div>
        )}
        <dl className={`${classes.facts} ${classes.stacked}`}>
          {item.firstResponseDueAt && (
            <Fact label={t('staff.sla.firstResponseDue')}>
              <When iso={item.firstResponseDueAt} />
              {item.firstRespondedAt && (
                <Text component="span" fz="xs" c="dimmed">
                  {' '}
                  {t('staff.sla.respondedAt')} <When iso={item.firstRespondedAt} />
                </Text>
              )}
            </Fact>
          )}
          {item.resolutionDueAt && (
            <Fact label={t('staff.sla.resolutionDue')}>
              <When iso={item.resolutionDueAt} />
            </Fact>
          )}
          {item.slaPausedMinutes > 0 && <Fact label={t('staff.sla.paused')}>{t('staff.sla.minutes', { count: item.slaPausedMinutes })}</Fact>}
          {item.escalationLevel > 0 && <Fact label={t('staff.sla.escalation')}>{formatNumber(item.escalationLevel, lng)}</Fact>}
        </dl>
      </Stack>
    </Panel>
  );
}

/** The citizen's contact: only for staff of the entity holding the case; otherwise (or anonymous) said so. */
export function ContactPanel({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const c = item.contact;
  return (
    <Panel title={t('staff.contact.title')} id="contact-heading" testId="contact-panel">
      {c ? (
        <dl className={`${classes.facts} ${classes.stacked}`}>
          {c.name && (
            <Fact label={t('staff.contact.name')}>
              <span dir="auto">{c.name}</span>
            </Fact>
          )}
          {c.phone && (
            <Fact label={t('staff.contact.phone')}>
              <Anchor href={`tel:${c.phone}`} dir="ltr" className="ltr-code" fz="sm">
                {c.phone}
              </Anchor>
            </Fact>
          )}
          {c.email && (
            <Fact label={t('staff.contact.email')}>
              <Anchor href={`mailto:${c.email}`} dir="ltr" fz="sm">
                {c.email}
              </Anchor>
            </Fact>
          )}
          {c.nationalId && (
            <Fact label={t('staff.contact.nationalId')}>
              <span className="ltr-code">{c.nationalId}</span>
            </Fact>
          )}
        </dl>
      ) : (
        <Text fz="sm" c="dimmed">
          {item.anonymous ? t('staff.contact.anonymous') : t('staff.contact.hidden')}
        </Text>
      )}
    </Panel>
  );
}

/** Type, priority, channel, service, entity, assignee, dates, counts and the rating. */
export function DetailsPanel({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  return (
    <Panel title={t('staff.details.title')} id="details-heading">
      <dl className={classes.facts}>
        <Fact label={t('staff.details.type')}>{t(caseTypeKey(item.type))}</Fact>
        <Fact label={t('staff.details.priority')}>{t(casePriorityKey(item.priority))}</Fact>
        <Fact label={t('staff.details.channel')}>{t(caseChannelKey(item.channel))}</Fact>
        <Fact label={t('staff.details.service')}>{local(item.service.name)}</Fact>
        <Fact label={t('staff.details.entity')}>{local(item.entity.name)}</Fact>
        <Fact label={t('staff.details.assignee')}>{item.assignee?.name ?? t('staff.inbox.unassigned')}</Fact>
        <Fact label={t('staff.details.created')}>
          <When iso={item.createdAt} />
        </Fact>
        <Fact label={t('staff.details.updated')}>
          <When iso={item.updatedAt} />
        </Fact>
        {item.resolvedAt && (
          <Fact label={t('staff.details.resolved')}>
            <When iso={item.resolvedAt} />
          </Fact>
        )}
        {item.closedAt && (
          <Fact label={t('staff.details.closed')}>
            <When iso={item.closedAt} />
          </Fact>
        )}
        {item.reopenCount > 0 && <Fact label={t('staff.details.reopened')}>{formatNumber(item.reopenCount, lng)}</Fact>}
        {item.transferCount > 0 && <Fact label={t('staff.details.transferred')}>{formatNumber(item.transferCount, lng)}</Fact>}
        {item.duplicateOf && (
          <Fact label={t('staff.details.duplicateOf')}>
            <span className="ltr-code">{item.duplicateOf}</span>
          </Fact>
        )}
        {item.rating !== null && (
          <Fact label={t('staff.details.rating')}>
            {t('staff.timeline.rating', { score: item.rating })}
            {item.ratingComment && (
              <Text fz="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {item.ratingComment}
              </Text>
            )}
          </Fact>
        )}
      </dl>
    </Panel>
  );
}
