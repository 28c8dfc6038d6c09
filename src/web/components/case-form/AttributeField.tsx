import { Checkbox, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceAttribute } from '../../api/catalogue.api.ts';
import { useLocalized } from '../../i18n/useLocalized.ts';

interface Props {
  question: ServiceAttribute;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error: string | undefined;
}

/** One extra question of a service, drawn by its Open311 datatype. */
export function AttributeField({ question, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const local = useLocalized();
  const common = {
    label: local(question.name),
    description: local(question.description) || undefined,
    required: question.required,
    withAsterisk: question.required,
    error,
    name: `attributes.${question.code}`,
  };
  const text = typeof value === 'string' ? value : '';
  switch (question.datatype) {
    case 'string':
      return <TextInput {...common} value={text} maxLength={200} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'text':
      return <Textarea {...common} value={text} rows={3} maxLength={4000} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'number':
      // Text, not type=number: Arabic-Indic digits must be accepted as typed.
      return <TextInput {...common} value={text} inputMode="decimal" dir="ltr" onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'datetime':
      return <TextInput {...common} type="datetime-local" value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'singlevaluelist':
      return (
        <NativeSelect
          {...common}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          data={[
            { value: '', label: t('submit.details.choose') },
            ...question.values.map((v) => ({ value: v.key, label: local(v.name) })),
          ]}
        />
      );
    case 'multivaluelist':
      return (
        <Checkbox.Group
          label={common.label}
          description={common.description}
          withAsterisk={common.withAsterisk}
          error={error}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
        >
          <Stack gap={6} mt={6}>
            {question.values.map((v) => (
              <Checkbox key={v.key} value={v.key} label={local(v.name)} name={common.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
  }
}
