import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, type Language } from '../../common/enums.ts';
import { coreResources, lazyParts, type LazyPart } from './resources.ts';

/** Where the chosen language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'tawasul.lang';

/** Keys that were asked for but exist in no resource, collected for the browser tests. */
export const missingKeys: string[] = [];

declare global {
  interface Window {
    __tawasulMissingKeys?: string[];
  }
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled; Arabic it is.
  }
  return 'ar';
}

/** The language now shown; Arabic unless the visitor chose English. */
export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'ar';
}

/** `<html lang dir>` and the page title follow the language. */
function applyToDocument(lng: Language): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18next.dir(lng);
}

/** Switches the language and remembers the choice. */
export async function changeLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // The switch still works for this visit.
  }
  await i18next.changeLanguage(lng);
}

/**
 * Starts i18next with the translations every page needs (both languages: they are small) and
 * Arabic as the default; administration and indicator pages add theirs when they load.
 * There is no fallback language on purpose: a key missing in one language is a bug that the unit
 * test test/unit/web-i18n.test.ts catches, and the handler below reports at run time.
 */
export async function initI18n(): Promise<typeof i18next> {
  window.__tawasulMissingKeys = missingKeys;
  i18next.on('languageChanged', (lng) => {
    if (isLanguage(lng)) applyToDocument(lng);
  });
  await i18next.use(initReactI18next).init({
    resources: { ar: { translation: coreResources.ar }, en: { translation: coreResources.en } },
    lng: storedLanguage(),
    supportedLngs: [...languages],
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _ns, key) => {
      const entry = `${lngs.join(',')}:${key}`;
      if (!missingKeys.includes(entry)) missingKeys.push(entry);
      console.warn(`missing translation ${entry}`);
    },
  });
  return i18next;
}

const loaded = new Map<LazyPart, Promise<void>>();

/** Adds a part's translations (once), before the pages that use them render. */
export function loadTranslations(part: LazyPart): Promise<void> {
  let done = loaded.get(part);
  if (!done) {
    done = lazyParts[part]().then((pair) => {
      for (const lng of languages) i18next.addResourceBundle(lng, 'translation', pair[lng], true, false);
    });
    done.catch(() => loaded.delete(part));
    loaded.set(part, done);
  }
  return done;
}
