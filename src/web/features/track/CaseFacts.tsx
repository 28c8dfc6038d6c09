import { Anchor, Group, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, type TrackedCase } from '../../api/cases.api.ts';
import { DualDate } from '../../components/DualDate.tsx';
import { describeLocation } from '../../i18n/describe-location.ts';
import { formatBytes } from '../../i18n/format.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { caseTypeKey } from '../../i18n/keys.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';
import classes from './CaseFacts.module.css';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.fact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Type, service, entity, dates, place and files of a tracked case, as a definition list (files by token, or by session without one). */
export function CaseFacts({ item, token }: { item: TrackedCase; token: string | null }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const lng = currentLanguage();
  const where = item.location ? describeLocation(item.location, t) : '';
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm" className={classes.list}>
      <Fact label={t('track.facts.type')}>{t(caseTypeKey(item.type))}</Fact>
      <Fact label={t('track.facts.service')}>
        <span data-testid="service-name">{local(item.service.name)}</span>
      </Fact>
      <Fact label={t('track.facts.entity')}>{local(item.entity.name)}</Fact>
      <Fact label={t('track.facts.submitted')}>
        <DualDate iso={item.createdAt} />
      </Fact>
      <Fact label={t('track.facts.updated')}>
        <DualDate iso={item.updatedAt} />
      </Fact>
      {item.resolvedAt && (
        <Fact label={t('track.facts.resolved')}>
          <DualDate iso={item.resolvedAt} />
        </Fact>
      )}
      {item.closedAt && (
        <Fact label={t('track.facts.closed')}>
          <DualDate iso={item.closedAt} />
        </Fact>
      )}
      {where && <Fact label={t('track.facts.location')}>{where}</Fact>}
      {item.attachments.length > 0 && (
        <Fact label={t('track.facts.attachments')}>
          <Group gap="xs">
            {item.attachments.map((a, i) => (
              <Anchor key={a.id} href={attachmentUrl(a.url, token)} target="_blank" rel="noopener" fz="sm">
                {t('track.attachment', { n: i + 1, size: formatBytes(a.sizeBytes, lng) })}
              </Anchor>
            ))}
          </Group>
        </Fact>
      )}
    </SimpleGrid>
  );
}
