import { TextInput } from '@mantine/core';
import type { Language } from '../../../common/enums.ts';

interface Props {
  /** The two labels, e.g. "Name in Arabic" and "Name in English". */
  labels: Record<Language, string>;
  values: Record<Language, string>;
  onChange: (lng: Language, value: string) => void;
  errors?: Partial<Record<Language, string | undefined>>;
  /** `name` attributes are `${name}.ar` and `${name}.en` (the API's field paths). */
  name?: string;
  /** Test ids are `${testId}-ar` and `${testId}-en`. */
  testId?: string;
  /** Flex of each field inside the caller's row. */
  flex?: string;
  maxLength?: number;
}

/**
 * The Arabic and English fields of one bilingual text (a name, a question), each written in its own
 * direction and language; both required. Rendered as two siblings, for the caller's row.
 */
export function BilingualTextInputs({ labels, values, onChange, errors = {}, name, testId, flex = '1 1 14rem', maxLength = 200 }: Props) {
  return (
    <>
      {(['ar', 'en'] as const).map((lng) => (
        <TextInput
          key={lng}
          label={labels[lng]}
          value={values[lng]}
          onChange={(e) => onChange(lng, e.currentTarget.value)}
          error={errors[lng]}
          required
          withAsterisk
          maxLength={maxLength}
          dir={lng === 'ar' ? 'rtl' : 'ltr'}
          lang={lng}
          name={name ? `${name}.${lng}` : undefined}
          style={{ flex }}
          data-testid={testId ? `${testId}-${lng}` : undefined}
        />
      ))}
    </>
  );
}
