/**
 * Installation settings the server writes into index.html (see src/server/web/web.config.ts):
 * map tiles, the area cases may be located in, the attachment limits, the time zone dates are shown
 * in and the country local phone numbers are dialled in.
 */
export interface RuntimeConfig {
  /** Leaflet tile URL template; null: the map is drawn without tiles (it still takes clicks). */
  tileUrl: string | null;
  tileAttribution: string;
  bounds: { minLat: number; maxLat: number; minLng: number; maxLng: number };
  attachments: { maxFiles: number; maxBytes: number };
  /** IANA time zone of the installation (TAWASUL_TIME_ZONE): every date and time is shown in it. */
  timeZone: string;
  /** ISO 3166-1 alpha-2 country local phone numbers are dialled in (TAWASUL_COUNTRY). */
  country: string;
  /** The country's outline as rings of (lat, lng), drawn on maps without tiles (TAWASUL_MAP_OUTLINE). */
  outline: [number, number][][];
  /** Staff single sign-on (TAWASUL_OIDC_*): the provider's name on the sign-in button; null: none. */
  sso?: { providerName: string } | null;
}
