import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/common/error-codes.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/** How the server serves the built app next to the APIs (no browser needed for these). */
describe('serving the web app', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers index.html for deep links, with the installation settings and a strict policy', async () => {
    for (const path of ['/', '/submit?service=pothole', '/track/26-0000042-5?token=abc', '/no/such/page']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      expect(html).toContain('<div id="root">');
      const meta = /<meta name="tawasul-config" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const config = JSON.parse(meta.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      expect(config).toMatchObject({ tileUrl: null, bounds: { minLat: 25.5 }, attachments: { maxFiles: 5 } });
    }
  });

  it('never answers index.html for API paths: they keep their own 404s', async () => {
    for (const path of ['/api/v1/nothing-here', '/api/nothing', '/open311/v2/nothing-here.json', '/assets/missing-chunk.js']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).not.toMatch(/text\/html/);
    }
    const docs = await fetch(`${server.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).not.toContain('tawasul-config');
    const problem = (await (await fetch(`${server.url}/api/v1/nothing-here`)).json()) as Problem;
    expect(problem.code).toBe('route_not_found');
  });

  it('sends hashed assets precompressed and cacheable for a year', async () => {
    const html = await (await fetch(server.url)).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/.+\.js$/);
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await res.text()).length).toBeGreaterThan(1000); // fetch decodes it
    }
  });
});
