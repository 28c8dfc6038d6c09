import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseTypes, type CaseType } from '../../../../common/enums.ts';
import { caseTypeHelpKey, caseTypeKey } from '../../../i18n/keys.ts';
import type { StepProps } from '../step-props.ts';
import { useFieldError } from '../useFieldError.ts';

/** Complaint, suggestion, inquiry or compliment — only those the chosen service accepts. */
export function TypeStep({ draft, update, errors, service }: StepProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(errors);
  const offered = service ? caseTypes.filter((type) => service.types.includes(type)) : caseTypes;
  return (
    <Radio.Group
      value={draft.type ?? null}
      onChange={(value) => update({ type: value as CaseType })}
      label={t('submit.type.label')}
      error={errorOf('type')}
      withAsterisk
      name="type"
    >
      <Stack gap="sm" mt="xs">
        {offered.map((type) => (
          <Radio key={type} value={type} label={t(caseTypeKey(type))} description={t(caseTypeHelpKey(type))} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
