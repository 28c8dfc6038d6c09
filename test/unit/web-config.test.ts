import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { tileOrigin, webRuntimeConfig } from '../../src/server/web/web.config.ts';

describe('web runtime settings', () => {
  const config = loadConfig({});

  it('draws no tiles unless a tile server is configured', () => {
    expect(webRuntimeConfig(config, {})).toMatchObject({ tileUrl: null, bounds: config.boundingBox, attachments: config.attachments });
  });

  it('takes a tile URL template and attribution from the environment', () => {
    const env = { TAWASUL_MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', TAWASUL_MAP_ATTRIBUTION: '© Example' };
    expect(webRuntimeConfig(config, env)).toMatchObject({ tileUrl: env.TAWASUL_MAP_TILE_URL, tileAttribution: '© Example' });
  });

  it('tells the browser the time zone, the phone country and the outline of the installation', () => {
    const runtime = webRuntimeConfig(loadConfig({ TAWASUL_TIME_ZONE: 'Asia/Riyadh', TAWASUL_COUNTRY: 'sa' }), {});
    expect(runtime).toMatchObject({ timeZone: 'Asia/Riyadh', country: 'SA' });
    // The default outline is the demo's sketch of Bahrain, read from its data file, as (lat, lng).
    expect(runtime.outline.length).toBe(2);
    for (const [lat, lng] of runtime.outline.flat()) {
      expect(lat).toBeGreaterThan(25.5);
      expect(lat).toBeLessThan(26.4);
      expect(lng).toBeGreaterThan(50.3);
      expect(lng).toBeLessThan(50.9);
    }
  });

  it('draws the outline given as a GeoJSON file, and stops on a bad one naming the variable', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tawasul-outline-'));
    const good = path.join(dir, 'qatar.geojson');
    writeFileSync(good, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[50.75, 24.5], [51.6, 24.6], [51.5, 26.1], [50.75, 24.5]]] } }] }));
    expect(webRuntimeConfig(config, { TAWASUL_MAP_OUTLINE: good }).outline).toEqual([[[24.5, 50.75], [24.6, 51.6], [26.1, 51.5], [24.5, 50.75]]]);
    const point = path.join(dir, 'point.geojson');
    writeFileSync(point, JSON.stringify({ type: 'Point', coordinates: [50.5, 26] }));
    expect(() => webRuntimeConfig(config, { TAWASUL_MAP_OUTLINE: point })).toThrow(/TAWASUL_MAP_OUTLINE.*Polygon/);
    expect(() => webRuntimeConfig(config, { TAWASUL_MAP_OUTLINE: path.join(dir, 'missing.geojson') })).toThrow(/TAWASUL_MAP_OUTLINE/);
    const swapped = path.join(dir, 'swapped.geojson');
    writeFileSync(swapped, JSON.stringify({ type: 'Polygon', coordinates: [[[26, 150.5], [26.1, 150.6], [26.2, 150.5], [26, 150.5]]] }));
    expect(() => webRuntimeConfig(config, { TAWASUL_MAP_OUTLINE: swapped })).toThrow(/TAWASUL_MAP_OUTLINE.*longitude, latitude/);
  });

  it('refuses a tile URL that is not http(s)', () => {
    expect(() => webRuntimeConfig(config, { TAWASUL_MAP_TILE_URL: 'javascript:alert(1)' })).toThrow(/TAWASUL_MAP_TILE_URL/);
  });

  it.each([
    ['https://{s}.tiles.example.org/{z}/{x}/{y}.png', 'https://*.tiles.example.org'],
    ['http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png', 'http://127.0.0.1:8080'],
    [null, null],
  ])('allows images from the tile server %j in the page policy as %j', (url, origin) => {
    expect(tileOrigin(url)).toBe(origin);
  });
});
