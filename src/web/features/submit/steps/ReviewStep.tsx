import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeLocation } from '../../../i18n/describe-location.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { caseTypeKey } from '../../../i18n/keys.ts';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import type { StepId } from '../../../components/case-form/draft.ts';
import type { CaseFormProps } from '../../../components/case-form/case-form-props.ts';
import { describeAnswer } from './describe-answer.ts';

function Section({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Stack gap={4}>
        <Title order={3} fz="md">
          {title}
        </Title>
        {children}
        <Anchor component="button" type="button" fz="sm" onClick={onEdit} aria-label={t('submit.review.editSection', { section: title })}>
          {t('submit.review.edit')}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** Everything entered, section by section, each with a way back to change it. */
export function ReviewStep({ draft, service, goTo }: CaseFormProps & { goTo: (step: StepId) => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const loc = draft.location;
  const where = describeLocation(loc, t);
  return (
    <Stack gap="sm" data-testid="review">
      <Section title={t('submit.steps.type')} onEdit={() => goTo('type')}>
        <Text>{draft.type ? t(caseTypeKey(draft.type)) : '—'}</Text>
      </Section>
      <Section title={t('submit.steps.service')} onEdit={() => goTo('service')}>
        <Text>{service ? local(service.name) : '—'}</Text>
      </Section>
      <Section title={t('submit.steps.details')} onEdit={() => goTo('details')}>
        {draft.title.trim() && <Text fw={600}>{draft.title}</Text>}
        <Text style={{ whiteSpace: 'pre-wrap' }}>{draft.description}</Text>
        {service?.attributes.map((q) => {
          const answer = describeAnswer(q, draft.attributes[q.code], local, currentLanguage());
          return answer ? (
            <Text key={q.code} fz="sm">
              {t('submit.review.answer', { question: local(q.name), answer })}
            </Text>
          ) : null;
        })}
      </Section>
      <Section title={t('submit.steps.location')} onEdit={() => goTo('location')}>
        <Text>{where || t('submit.review.noLocation')}</Text>
        {loc.lat !== undefined && <Text fz="sm">{t('submit.review.pinSet')}</Text>}
      </Section>
      <Section title={t('submit.steps.photos')} onEdit={() => goTo('photos')}>
        <Text>{t('submit.photos.attached', { count: draft.files.length })}</Text>
      </Section>
      <Section title={t('submit.steps.contact')} onEdit={() => goTo('contact')}>
        {draft.anonymous ? (
          <Text>{t('submit.review.anonymous')}</Text>
        ) : (
          [draft.contact.name, draft.contact.phone, draft.contact.email]
            .filter((v) => v.trim())
            .map((v) => (
              <Text key={v} dir="auto">
                {v}
              </Text>
            ))
        )}
      </Section>
    </Stack>
  );
}
