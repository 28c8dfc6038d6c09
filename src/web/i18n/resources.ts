/**
 * The translation resources, one pair of files per part of the app (the citizen portal and staff
 * workspace, administration, dashboards and the public figures). Each part owns its top-level keys;
 * a key defined by two parts is an error caught when the resources are merged.
 */
import adminAr from './admin.ar.json' with { type: 'json' };
import adminEn from './admin.en.json' with { type: 'json' };
import adminSlaAr from './admin-sla.ar.json' with { type: 'json' };
import adminSlaEn from './admin-sla.en.json' with { type: 'json' };
import ar from './ar.json' with { type: 'json' };
import dashboardsAr from './dashboards.ar.json' with { type: 'json' };
import dashboardsEn from './dashboards.en.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export type Tree = { [key: string]: string | Tree };

function merge(parts: Tree[]): Tree {
  const out: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`translation key "${key}" is defined by two resource files`);
      out[key] = value;
    }
  }
  return out;
}

export const resources = {
  ar: merge([ar, adminAr, adminSlaAr, dashboardsAr] as Tree[]),
  en: merge([en, adminEn, adminSlaEn, dashboardsEn] as Tree[]),
} as const;
