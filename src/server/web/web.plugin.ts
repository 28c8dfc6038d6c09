import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config.ts';
import { tileOrigin, webRuntimeConfig, type WebRuntimeConfig } from './web.config.ts';

/** dist/web, where `npm run build` puts the app. */
export const defaultWebDistDir = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** Paths the SPA never answers: the APIs keep their own 404s (problem+json, Open311 errors). */
const NOT_SPA = /^\/(?:api|open311|assets)(?:\/|$)|^\/(?:healthz|readyz)$/;
const CONFIG_META = /<meta name="tawasul-config" content="[^"]*"\s*\/?>/;

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** index.html with this installation's settings written into its config meta tag. */
function renderIndex(template: string, runtime: WebRuntimeConfig): string {
  const meta = `<meta name="tawasul-config" content="${escapeAttribute(JSON.stringify(runtime))}">`;
  if (!CONFIG_META.test(template)) throw new Error('dist/web/index.html lacks the tawasul-config meta tag');
  return template.replace(CONFIG_META, meta);
}

/** A strict policy for the app's pages: own scripts only; map tiles from the configured server. */
function contentSecurityPolicy(runtime: WebRuntimeConfig): string {
  const tiles = tileOrigin(runtime.tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine writes its CSS variables in <style> tags and Leaflet positions with style attributes.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The API documentation (Swagger UI): its own scripts and styles from /api/docs/static, inline
 * style attributes (the UI sets them), the OpenAPI document from this origin, nothing framed.
 */
export const docsContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** HSTS for a year: sent only when the session cookie is Secure, i.e. the site is served over HTTPS. */
export const hstsHeader = 'max-age=31536000';

/**
 * Headers every answer carries: no MIME sniffing; HSTS when the deployment is HTTPS (the session
 * cookie is Secure); and on every HTML answer — the app, the API docs, the not-built page, any
 * static page — `X-Frame-Options: DENY`, so no page of this site can be framed by another (clickjacking).
 */
export function setSecurityHeaders(reply: FastifyReply, options: { cookieSecure: boolean }): void {
  void reply.header('x-content-type-options', 'nosniff');
  if (options.cookieSecure) void reply.header('strict-transport-security', hstsHeader);
  if (/^text\/html/i.test(String(reply.getHeader('content-type') ?? ''))) void reply.header('x-frame-options', 'DENY');
}

function sendHtml(reply: FastifyReply, html: string, csp: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', csp)
    // Tracking links carry a token in the query string: never leak it to another site.
    .header('referrer-policy', 'same-origin')
    .send(html);
}

const notBuiltPage = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>تواصل — Tawasul</title></head><body style="font-family:system-ui;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>تواصل</h1><p>لم يُبنَ تطبيق الويب بعد. شغّل <code>npm run build</code>.</p>
<p lang="en" dir="ltr">The web app has not been built yet: run <code>npm run build</code>. API: <a href="/api/docs">/api/docs</a></p>
</body></html>`;

/**
 * Serves the built web app: hashed assets from dist/web (precompressed .br/.gz when the client
 * accepts them, cached for a year), and index.html for every other GET that is not an API path,
 * so deep links such as /track/26-0000042-5 work. Without a build it serves a short notice.
 */
export function webApp(config: Config, options: { distDir?: string } = {}) {
  const distDir = options.distDir ?? defaultWebDistDir;
  return async (app: FastifyInstance) => {
    const runtime = webRuntimeConfig(config);
    const csp = contentSecurityPolicy(runtime);
    const indexFile = path.join(distDir, 'index.html');
    const built = fs.existsSync(indexFile);
    const html = built ? renderIndex(fs.readFileSync(indexFile, 'utf8'), runtime) : notBuiltPage;

    if (built) {
      await app.register(fastifyStatic, {
        root: distDir,
        wildcard: false,
        index: false,
        preCompressed: true,
        globIgnore: ['index.html', '**/*.gz', '**/*.br'],
        schemaHide: true,
        cacheControl: false,
        setHeaders: (reply, file) => {
          // File names under assets/ carry a content hash: they never change.
          const immutable = file.includes(`${path.sep}assets${path.sep}`);
          void reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
        },
      });
    }

    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const pathname = request.url.split('?')[0] ?? '/';
      if (NOT_SPA.test(pathname)) return reply.callNotFound();
      return sendHtml(reply, html, csp);
    });
    app.get('/', { schema: { hide: true } }, async (_request, reply) => sendHtml(reply, html, csp));
  };
}
