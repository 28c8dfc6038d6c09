import { useTranslation } from 'react-i18next';
import { fieldErrorKey } from '../../i18n/keys.ts';
import type { FieldErrors } from './field-errors.ts';

/** The translated message of a field's error, if it has one. */
export function useFieldError(errors: FieldErrors): (path: string) => string | undefined {
  const { t } = useTranslation();
  return (path) => {
    const code = errors[path];
    return code ? t(fieldErrorKey(code)) : undefined;
  };
}
