import { useTranslation } from 'react-i18next';
import type { Bilingual, Language } from '../../common/enums.ts';

/** Picks the current language's side of a bilingual text from the API. */
export function useLocalized(): (text: Bilingual) => string {
  const { i18n } = useTranslation();
  const lng: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'ar';
  return (text) => text[lng] || text.ar || text.en;
}
