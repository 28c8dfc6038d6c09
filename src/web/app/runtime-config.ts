import type { RuntimeConfig } from './runtime-config.types.ts';

export type { RuntimeConfig };

/** Used when the page was not served by Tawasul (e.g. the Vite dev server). */
const defaults: RuntimeConfig = {
  tileUrl: null,
  tileAttribution: '',
  bounds: { minLat: 25.5, maxLat: 26.4, minLng: 50.3, maxLng: 50.9 },
  attachments: { maxFiles: 5, maxBytes: 10 * 1024 * 1024 },
  timeZone: 'Asia/Bahrain',
  country: 'BH',
  outline: [],
  sso: null,
};

function read(): RuntimeConfig {
  // Outside a browser (the formatters' unit tests) there is no page to read: the defaults.
  const page = (globalThis as { document?: { querySelector(selector: string): { content?: string } | null } }).document;
  const content = page?.querySelector('meta[name="tawasul-config"]')?.content;
  try {
    const given = content ? (JSON.parse(content) as Partial<RuntimeConfig>) : {};
    return { ...defaults, ...given };
  } catch {
    return { ...defaults };
  }
}

/** The settings of this installation, read once. */
export const runtimeConfig: RuntimeConfig = read();
