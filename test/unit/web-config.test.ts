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
