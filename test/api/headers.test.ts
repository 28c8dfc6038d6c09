import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition, safeFileName } from '../../src/server/attachments/attachment-download.ts';
import { crc32 } from 'node:zlib';
import { caseInput } from '../support/factories.ts';
import { makeHeic, makeJpeg, makePdf, makePng, makeWebp, multipart } from '../support/files.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** Submits a case with one file; answers the response. */
function submit(filename: string, type: string, content: Buffer) {
  const { payload, headers } = multipart([
    { name: 'case', value: JSON.stringify(caseInput()) },
    { name: 'file', file: { filename, type, content } },
  ]);
  return t.app.inject({ method: 'POST', url: '/api/v1/cases', payload, headers });
}

/** Submits a file and downloads it back as the citizen (tracking token). */
async function roundTrip(filename: string, type: string, content: Buffer) {
  const created = await submit(filename, type, content);
  expect(created.statusCode, created.body).toBe(201);
  const { reference, trackingToken } = created.json();
  const view = await t.app.inject({ url: `/api/v1/cases/${reference}`, headers: { 'x-tracking-token': trackingToken } });
  const [file] = view.json().attachments as { url: string }[];
  return t.app.inject({ url: file!.url, headers: { 'x-tracking-token': trackingToken } });
}

/** A PNG chunk with its length and CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
  return Buffer.concat([len, Buffer.from(type), data, crc]);
}

/** A PNG whose IHDR declares the given size (the pixel data is a good 1×1 image's). */
function pngDeclaring(width: number, height: number): Buffer {
  const good = makePng(1, 1);
  const ihdr = Buffer.from(good.subarray(16, 29));
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  return Buffer.concat([good.subarray(0, 8), pngChunk('IHDR', ihdr), good.subarray(33)]);
}

/** A good 16×16 JPEG whose frame header declares another size. */
function jpegDeclaring(width: number, height: number): Buffer {
  const jpeg = makeJpeg(16, 16);
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  jpeg.writeUInt16BE(height, sof + 5);
  jpeg.writeUInt16BE(width, sof + 7);
  return jpeg;
}

describe(`stored attachments are served so that nothing in them runs (${testDbKind})`, () => {
  it('serves a photo inline (the web app shows it) in a sandbox, under a safe name with the right extension', async () => {
    const res = await roundTrip('صورة الشارع.png', 'image/png', makePng(8, 8));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-security-policy']).toMatch(/(^|; )sandbox(;|$)/);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="____ ______.png"; filename*=UTF-8''${encodeURIComponent('صورة الشارع.png')}`,
    );
  });

  it('serves a PDF as a download, renamed to .pdf whatever the name claimed', async () => {
    const res = await roundTrip('../../report.html', 'text/html', makePdf());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(res.headers['content-security-policy']).toMatch(/(^|; )sandbox(;|$)/);
  });

  it('serves a HEIC photo (browsers cannot draw it) as a download', async () => {
    const res = await roundTrip('IMG_0001.HEIC', 'image/heic', makeHeic(4032, 3024));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="IMG_0001.HEIC"/);
  });

  it('makes any stored name safe for a header and for a file system', () => {
    expect(safeFileName('\u202egnp.exe', 'image/png', 3)).toBe('_gnp.png');
    expect(safeFileName('a"b\\c/d\r\n.jpeg', 'image/jpeg', 3)).toBe('a_b_c_d__.jpeg');
    expect(safeFileName(null, 'application/pdf', 42)).toBe('attachment-42.pdf');
    expect(safeFileName('...', 'image/webp', 7)).toBe('attachment-7.webp');
    expect(safeFileName('x\ud800y.png', 'image/png', 1)).toBe('x\ufffdy.png');
    expect(contentDisposition('attachment', "it's (1) 100%*.pdf")).toBe(`attachment; filename="it's (1) 100_*.pdf"; filename*=UTF-8''it%27s%20%281%29%20100%25%2A.pdf`);
  });
});

describe(`images are checked beyond their first bytes at intake (${testDbKind})`, () => {
  const good: [string, string, Buffer][] = [
    ['a PNG', 'image/png', makePng(32, 24)],
    ['a baseline JPEG', 'image/jpeg', makeJpeg(40, 30)],
    ['a lossless WebP', 'image/webp', makeWebp(20, 10)],
    ['a HEIC photo', 'image/heic', makeHeic(4032, 3024)],
  ];
  it.each(good)('accepts %s', async (_label, type, content) => {
    expect((await submit('f', type, content)).statusCode).toBe(201);
  });

  const png = makePng(16, 16);
  const jpeg = makeJpeg(16, 16);
  const webp = makeWebp(16, 16);
  const heic = makeHeic(16, 16);
  const flipped = (buf: Buffer, at: number) => Buffer.from(buf).fill(buf[at]! ^ 0xff, at, at + 1);
  const bad: [string, string, Buffer][] = [
    ['a PNG cut short', 'image/png', png.subarray(0, png.length - 20)],
    ['a PNG with a broken CRC', 'image/png', flipped(png, 40)],
    ['a PNG of 0×16', 'image/png', pngDeclaring(0, 16)],
    ['a PNG of 100000×100000', 'image/png', pngDeclaring(100_000, 100_000)],
    ['a PNG with a page after IEND', 'image/png', Buffer.concat([png, Buffer.from('<html><script>alert(1)</script>')])],
    ['a PNG signature and IHDR alone', 'image/png', png.subarray(0, 33)],
    ['a JPEG without EOI', 'image/jpeg', jpeg.subarray(0, jpeg.length - 2)],
    ['a JPEG cut in its header', 'image/jpeg', jpeg.subarray(0, 120)],
    ['a JPEG of height 0', 'image/jpeg', makeJpeg(16, 0)],
    ['a JPEG of 65535×65535', 'image/jpeg', jpegDeclaring(65535, 65535)],
    ['JPEG magic then a web page', 'image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html>'.padEnd(200, ' '))])],
    ['a WebP cut short', 'image/webp', webp.subarray(0, webp.length - 4)],
    ['a WebP without its VP8L signature', 'image/webp', flipped(webp, 20)],
    ['a HEIC with a box past the end', 'image/heic', heic.subarray(0, heic.length - 10)],
    ['a HEIC of 0×0', 'image/heic', makeHeic(0, 0)],
  ];
  it.each(bad)('refuses %s with 415 and nothing stored', async (_label, type, content) => {
    const res = await submit('f', type, content);
    expect(res.statusCode, res.body).toBe(415);
    expect(res.json()).toMatchObject({ code: 'attachment_type_not_allowed', detail: expect.stringMatching(/not a readable image|not a JPEG/) });
  });
});

describe(`security headers (${testDbKind})`, () => {
  it('sends HSTS on every answer when the session cookie is Secure', async () => {
    expect(t.config.cookieSecure).toBe(true);
    for (const url of ['/healthz', '/api/v1/services', '/api/v1/nothing-here', '/']) {
      expect((await t.app.inject({ url })).headers['strict-transport-security'], url).toBe('max-age=31536000');
    }
  });

  it('sends no HSTS when the cookie is not Secure (plain HTTP deployments)', async () => {
    const plain = await createTestApp({ cookieSecure: false });
    try {
      expect((await plain.app.inject({ url: '/api/v1/services' })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });

  it('gives the API documentation its own CSP: own scripts only, no framing', async () => {
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/static/swagger-initializer.js']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp.match(/script-src [^;]*/)![0], url).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    // The page loads no inline script, so the policy does not break it.
    const page = await t.app.inject({ url: '/api/docs/' });
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
  });

  it('forbids framing on every HTML answer', async () => {
    for (const url of ['/', '/track/26-0000042-5', '/api/docs', '/api/docs/static/oauth2-redirect.html']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(String(res.headers['content-type']), url).toMatch(/^text\/html/);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
    expect(String((await t.app.inject({ url: '/' })).headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});
