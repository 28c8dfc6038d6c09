import type { Language } from '../../common/enums.ts';

/** What a reply text's placeholders are filled with for one case, in its language. */
export interface PlaceholderValues {
  reference: string;
  service: string;
  dueDate: string;
  firstName: string;
  staffName: string;
}

/**
 * Fills `{reference}`, `{service}`, `{dueDate}`, `{firstName}` and `{staffName}`; any other brace
 * is left as written, so staff see and fix a mistyped placeholder before sending.
 */
export function renderReply(body: string, values: PlaceholderValues): string {
  return body.replace(/\{(reference|service|dueDate|firstName|staffName)\}/g, (_m, key: keyof PlaceholderValues) => values[key]);
}

/** The first word of a name, or empty when there is none. */
export function firstNameOf(name: string | null | undefined): string {
  return name?.trim().split(/\s+/)[0] ?? '';
}

/** The text of a template in a language. */
export function bodyIn(t: { body_ar: string; body_en: string }, language: Language): string {
  return language === 'en' ? t.body_en : t.body_ar;
}
