/**
 * Installation settings the server writes into index.html (see src/server/web/web.config.ts):
 * map tiles, the area cases may be located in and the attachment limits.
 */
export interface RuntimeConfig {
  /** Leaflet tile URL template; null: the map is drawn without tiles (it still takes clicks). */
  tileUrl: string | null;
  tileAttribution: string;
  bounds: { minLat: number; maxLat: number; minLng: number; maxLng: number };
  attachments: { maxFiles: number; maxBytes: number };
}
