/**
 * The translation resources, one pair of files per part of the app: the citizen portal and staff
 * workspace (loaded at start), administration, the indicator pages and the practice pages (loaded with their pages, so
 * a citizen's first visit does not carry them). Each part owns its top-level keys; a key defined by
 * two parts is an error, caught by `allResources()` in the translation test.
 */
import type { Language } from '../../common/enums.ts';
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import staffWorkAr from './staff-work.ar.json' with { type: 'json' };
import staffWorkEn from './staff-work.en.json' with { type: 'json' };
import staffViewsAr from './staff-views.ar.json' with { type: 'json' };
import staffViewsEn from './staff-views.en.json' with { type: 'json' };
import staffExportsAr from './staff-exports.ar.json' with { type: 'json' };
import staffExportsEn from './staff-exports.en.json' with { type: 'json' };

export type Tree = { [key: string]: string | Tree };
type Pair = Record<Language, Tree>;

/** The translations every page needs (the staff workspace's reply texts and bulk work, its views and timeline changes, and its background exports, in pairs of their own). */
export const coreResources: Pair = { ar: merge([ar, staffWorkAr, staffViewsAr, staffExportsAr]), en: merge([en, staffWorkEn, staffViewsEn, staffExportsEn]) };

/** The parts loaded later, each with the pages that use it. */
export const lazyParts = {
  admin: async (): Promise<Pair> => {
    const [a, b, c, d] = await Promise.all([import('./admin.ar.json'), import('./admin.en.json'), import('./admin-sla.ar.json'), import('./admin-sla.en.json')]);
    return { ar: merge([a.default, c.default]), en: merge([b.default, d.default]) };
  },
  dashboards: async (): Promise<Pair> => {
    const [a, b] = await Promise.all([import('./dashboards.ar.json'), import('./dashboards.en.json')]);
    return { ar: a.default, en: b.default };
  },
  practice: async (): Promise<Pair> => {
    const [a, b] = await Promise.all([import('./practice.ar.json'), import('./practice.en.json')]);
    return { ar: a.default, en: b.default };
  },
  suggestions: async (): Promise<Pair> => {
    const [a, b] = await Promise.all([import('./suggestions.ar.json'), import('./suggestions.en.json')]);
    return { ar: a.default, en: b.default };
  },
} satisfies Record<string, () => Promise<Pair>>;
export type LazyPart = keyof typeof lazyParts;

export function merge(parts: Tree[]): Tree {
  const out: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`translation key "${key}" is defined by two resource files`);
      out[key] = value;
    }
  }
  return out;
}

/** Every translation of every part, merged (the translation test checks them as one). */
export async function allResources(): Promise<Pair> {
  const parts = await Promise.all(Object.values(lazyParts).map((load) => load()));
  return {
    ar: merge([coreResources.ar, ...parts.map((p) => p.ar)]),
    en: merge([coreResources.en, ...parts.map((p) => p.en)]),
  };
}
