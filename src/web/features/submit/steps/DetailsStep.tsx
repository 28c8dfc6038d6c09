import { Alert, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n/useLocalized.ts';
import type { StepProps } from '../step-props.ts';
import { useFieldError } from '../useFieldError.ts';
import { DESCRIPTION_MAX, TITLE_MAX } from '../validate.ts';
import { AttributeField } from './AttributeField.tsx';

/** What happened: an optional title, the description and the service's extra questions. */
export function DetailsStep({ draft, update, errors, service }: StepProps) {
  const { t } = useTranslation();
  const local = useLocalized();
  const errorOf = useFieldError(errors);
  const questions = [...(service?.attributes ?? [])].sort((a, b) => a.order - b.order);
  return (
    <Stack gap="md">
      {service && (
        <Alert variant="light" color="brand" title={local(service.name)}>
          {local(service.description)}
        </Alert>
      )}
      <TextInput
        label={t('submit.details.titleLabel')}
        description={t('submit.details.titleHint')}
        value={draft.title}
        maxLength={TITLE_MAX}
        onChange={(e) => update({ title: e.currentTarget.value })}
        error={errorOf('title')}
        name="title"
      />
      <Textarea
        label={t('submit.details.descriptionLabel')}
        description={t('submit.details.descriptionHint', { count: DESCRIPTION_MAX - draft.description.length })}
        value={draft.description}
        maxLength={DESCRIPTION_MAX}
        rows={6}
        required
        withAsterisk
        onChange={(e) => update({ description: e.currentTarget.value })}
        error={errorOf('description')}
        name="description"
        data-testid="description"
      />
      {questions.map((q) => (
        <AttributeField
          key={q.code}
          question={q}
          value={draft.attributes[q.code]}
          onChange={(value) => update({ attributes: { ...draft.attributes, [q.code]: value } })}
          error={errorOf(`attributes.${q.code}`)}
        />
      ))}
    </Stack>
  );
}
