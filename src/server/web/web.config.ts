import type { Config } from '../config.ts';
import { readMapOutline, type OutlineRings } from './map-outline.ts';

/**
 * What the browser app needs to know about this installation, read at start and written into
 * index.html as JSON (`<meta name="tawasul-config">`), so one build serves every deployment.
 * The shape is mirrored by src/web/app/runtime-config.ts.
 */
export interface WebRuntimeConfig {
  /** Leaflet tile URL template, e.g. `https://tile.example/{z}/{x}/{y}.png`; null: a map without tiles. */
  tileUrl: string | null;
  /** Attribution HTML-free text shown on the map when tiles are used. */
  tileAttribution: string;
  /** Submitted coordinates must fall inside this box (the server checks it too). */
  bounds: { minLat: number; maxLat: number; minLng: number; maxLng: number };
  attachments: { maxFiles: number; maxBytes: number };
  /** The installation's time zone (TAWASUL_TIME_ZONE): the browser shows every date in it. */
  timeZone: string;
  /** The country local phone numbers are dialled in (TAWASUL_COUNTRY), for the forms' own check. */
  country: string;
  /** The country's outline, drawn on maps without tiles (TAWASUL_MAP_OUTLINE). */
  outline: OutlineRings;
  /** Staff single sign-on: the provider's name on the sign-in button; null when none is configured. */
  sso: { providerName: string } | null;
}

/** Reads the web settings: `TAWASUL_MAP_TILE_URL`, `TAWASUL_MAP_ATTRIBUTION`, `TAWASUL_MAP_OUTLINE`, plus the server's own limits. */
export function webRuntimeConfig(config: Config, env: NodeJS.ProcessEnv = process.env): WebRuntimeConfig {
  const tileUrl = env.TAWASUL_MAP_TILE_URL?.trim() || null;
  if (tileUrl && !/^https?:\/\/[^\s"'<>]+$/.test(tileUrl)) {
    throw new Error('TAWASUL_MAP_TILE_URL must be an http(s) URL template such as https://tiles.example/{z}/{x}/{y}.png');
  }
  return {
    tileUrl,
    tileAttribution: env.TAWASUL_MAP_ATTRIBUTION?.trim() ?? '',
    bounds: { ...config.boundingBox },
    attachments: { ...config.attachments },
    timeZone: config.timeZone,
    country: config.country,
    outline: readMapOutline(env.TAWASUL_MAP_OUTLINE?.trim() || undefined),
    sso: config.oidc ? { providerName: config.oidc.providerName } : null,
  };
}

/** The origin images may come from for the map, as a CSP source (`{s}` sub-domains become `*`). */
export function tileOrigin(tileUrl: string | null): string | null {
  if (!tileUrl) return null;
  try {
    const url = new URL(tileUrl.replace(/\{s\}/g, 'tile-subdomain'));
    return `${url.protocol}//${url.host.replace('tile-subdomain', '*')}`;
  } catch {
    return null;
  }
}
