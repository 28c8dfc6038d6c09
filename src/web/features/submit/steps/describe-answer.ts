import type { Bilingual, Language } from '../../../../common/enums.ts';
import type { ServiceAttribute } from '../../../api/catalogue.api.ts';
import { formatList } from '../../../i18n/format.ts';

/** An answer to an extra question as words: list keys become their names. Empty when unanswered. */
export function describeAnswer(
  question: ServiceAttribute,
  raw: string | string[] | undefined,
  local: (text: Bilingual) => string,
  lng: Language,
): string {
  if (raw === undefined) return '';
  const keys = Array.isArray(raw) ? raw : [raw];
  if (question.values.length) {
    const names = keys
      .map((k) => question.values.find((v) => v.key === k))
      .filter((v) => v !== undefined)
      .map((v) => local(v.name));
    return formatList(names, lng);
  }
  return keys.join(' ').trim();
}
