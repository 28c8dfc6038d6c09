import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { makePdf, makePng, multipart } from '../support/files.ts';
import { base, expectAllRefused, hostileLimits, postRaw, SEED, validJson, type Hostile } from '../support/hostile.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Hostile multipart submissions: files that are not what they claim, too many or too large files, bad case fields, unknown parts, broken envelopes and truncated bodies. Every one must be refused with a 4xx problem+json answer (never a 5xx, never a stack
 * trace), and none may write anything. The contract check and the shared payloads are in
 * test/support/hostile.ts.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ attachments: hostileLimits });
});
afterAll(() => t?.close());

function multipartRequests(): Hostile[] {
  const out: Hostile[] = [];
  const caseField = { name: 'case', value: validJson() };
  const send = (form: { payload: Buffer; headers: Record<string, string> }, extra: Record<string, string> = {}) => ({
    method: 'POST' as const,
    url: '/api/v1/cases',
    payload: form.payload,
    headers: { ...form.headers, ...extra },
  });
  const notImages: [string, string, Buffer][] = [
    ['text named photo.jpg', 'image/jpeg', Buffer.from('<script>alert(1)</script>'.repeat(20))],
    ['HTML named photo.png', 'image/png', Buffer.from('<!doctype html><html><body onload="alert(1)"></body></html>')],
    ['SVG with script', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['GIF', 'image/gif', Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(200, 1)])],
    ['BMP', 'image/bmp', Buffer.concat([Buffer.from('BM'), Buffer.alloc(200, 1)])],
    ['Windows executable', 'image/jpeg', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0x90)])],
    ['ELF binary', 'image/png', Buffer.concat([Buffer.from('\x7fELF'), Buffer.alloc(300, 0)])],
    ['ZIP archive', 'application/pdf', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)])],
    ['JPEG magic on a 50-byte file', 'image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(47, 1)])],
    ['PNG signature without IHDR', 'image/png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('garbage garbage garbage')])],
    ['RIFF WAVE', 'image/webp', Buffer.concat([Buffer.from('RIFF\x00\x00\x00\x00WAVEfmt '), Buffer.alloc(100, 2)])],
    ['MP4 video', 'image/heic', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(100, 3)])],
    ['almost a PDF', 'application/pdf', Buffer.from('%PDX-1.4 not really')],
    ['UTF-16 text', 'text/plain', Buffer.from('\ufeffhello', 'utf16le')],
    ['one byte', 'image/jpeg', Buffer.from([0xff])],
  ];
  for (const [name, type, content] of notImages) {
    out.push({ category: 'multipart', label: `file: ${name}`, request: send(multipart([caseField, { name: 'photo', file: { filename: 'photo.jpg', type, content } }])), status: 415, code: 'attachment_type_not_allowed' });
    out.push({ category: 'multipart', label: `file: ${name}, after a good PNG`, request: send(multipart([caseField, { name: 'a', file: { filename: 'a.png', type: 'image/png', content: makePng(2, 2) } }, { name: 'b', file: { filename: '../../etc/passwd', type, content } }])), status: 415 });
  }
  out.push({ category: 'multipart', label: 'no case field, a good PNG', request: send(multipart([{ name: 'photo', file: { filename: 'a.png', type: 'image/png', content: makePng(2, 2) } }])), status: 400 });
  out.push({ category: 'multipart', label: 'no parts at all', request: send(multipart([])), status: 400 });
  out.push({ category: 'multipart', label: 'case sent as a file', request: send(multipart([{ name: 'case', file: { filename: 'case.json', type: 'application/json', content: Buffer.from(validJson()) } }])), status: [400, 415] });
  for (const bad of ['', '{', "{'type':'complaint'}", 'null', '42', '[]', '{"__proto__":{"x":1}}', validJson().slice(0, 40), JSON.stringify({ ...base(), type: undefined }), JSON.stringify({ ...base(), extra: 1 }), JSON.stringify({ ...base(), description: 'نص\u0000' })]) {
    out.push({ category: 'multipart', label: `case field ${JSON.stringify(bad).slice(0, 50)}`, request: send(multipart([{ name: 'case', value: bad }])), status: 400 });
  }
  for (const name of ['comment', 'Case', 'case ', 'cases', '', '__proto__']) {
    out.push({ category: 'multipart', label: `unknown field ${JSON.stringify(name)}`, request: send(multipart([caseField, { name, value: 'x' }])), status: [400, 413] });
  }
  out.push({ category: 'multipart', label: 'six text fields', request: send(multipart([caseField, ...Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, value: 'x' }))])), status: [400, 413] });
  out.push({ category: 'multipart', label: `${hostileLimits.maxFiles + 1} files`, request: send(multipart([caseField, ...Array.from({ length: hostileLimits.maxFiles + 1 }, (_, i) => ({ name: `f${i}`, file: { filename: `${i}.png`, type: 'image/png', content: makePng(2, 2, [i, 0, 0]) } }))])), status: 413 });
  out.push({ category: 'multipart', label: `${hostileLimits.maxFiles * 3} PDFs`, request: send(multipart([caseField, ...Array.from({ length: hostileLimits.maxFiles * 3 }, (_, i) => ({ name: 'f', file: { filename: `${i}.pdf`, type: 'application/pdf', content: makePdf() } }))])), status: 413 });
  const bigPng = Buffer.concat([makePng(2, 2), Buffer.alloc(hostileLimits.maxBytes + 1, 0x42)]);
  out.push({ category: 'multipart', label: 'file over the size limit', request: send(multipart([caseField, { name: 'photo', file: { filename: 'big.png', type: 'image/png', content: bigPng } }])), status: 413 });
  out.push({ category: 'multipart', label: 'file over the size limit before the case', request: send(multipart([{ name: 'photo', file: { filename: 'big.png', type: 'image/png', content: bigPng } }, caseField])), status: 413 });
  out.push({ category: 'multipart', label: 'case field over the field size limit', request: send(multipart([{ name: 'case', value: JSON.stringify({ ...base(), description: 'x'.repeat(70 * 1024) }) }])), status: [400, 413] });
  out.push({ category: 'multipart', label: 'bad Idempotency-Key with a good form', request: send(multipart([caseField]), { 'idempotency-key': 'bad key with spaces' }), status: 400 });
  // Broken envelopes.
  const good = multipart([caseField, { name: 'photo', file: { filename: 'a.png', type: 'image/png', content: makePng(2, 2) } }]);
  const boundary = good.headers['content-type'].split('boundary=')[1]!;
  const envelopes: [string, Buffer, string][] = [
    ['no boundary parameter', good.payload, 'multipart/form-data'],
    ['empty boundary', good.payload, 'multipart/form-data; boundary='],
    ['boundary that does not match', good.payload, 'multipart/form-data; boundary=somethingelse'],
    ['body is plain JSON', Buffer.from(validJson()), good.headers['content-type']],
    ['body is empty', Buffer.alloc(0), good.headers['content-type']],
    ['no closing boundary', good.payload.subarray(0, good.payload.length - `--${boundary}--\r\n`.length), good.headers['content-type']],
    ['part without headers', Buffer.from(`--${boundary}\r\n\r\nhello\r\n--${boundary}--\r\n`), good.headers['content-type']],
    ['part without a name', Buffer.from(`--${boundary}\r\nContent-Disposition: form-data\r\n\r\n${validJson()}\r\n--${boundary}--\r\n`), good.headers['content-type']],
    ['part with garbage headers', Buffer.from(`--${boundary}\r\nX: \u0000\u0001\r\nContent-Disposition: garbage\r\n\r\nx\r\n--${boundary}--\r\n`), good.headers['content-type']],
    ['broken UTF-8 in the case field', Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="case"\r\n\r\n`), Buffer.from(validJson().replace('عمود', 'X')).subarray(0, 60), Buffer.from([0xc3, 0x28]), Buffer.from(validJson().replace('عمود', 'X')).subarray(60), Buffer.from(`\r\n--${boundary}--\r\n`)]), good.headers['content-type']],
    ['multipart/mixed', good.payload, `multipart/mixed; boundary=${boundary}`],
    ['300-character boundary', Buffer.from(`--${'b'.repeat(300)}\r\nContent-Disposition: form-data; name="case"\r\n\r\n${validJson()}\r\n--${'b'.repeat(300)}--\r\n`), `multipart/form-data; boundary=${'b'.repeat(300)}`],
    ['broken UTF-8 inside the description of the case field', Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="case"\r\n\r\n`), Buffer.from(validJson().slice(0, validJson().indexOf('عمود'))), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(validJson().slice(validJson().indexOf('عمود'))), Buffer.from(`\r\n--${boundary}--\r\n`)]), good.headers['content-type']],
  ];
  for (const [label, body, ct] of envelopes) {
    out.push({ category: 'multipart envelope', label, request: postRaw(body, ct), status: [400, 413, 415] });
  }
  // Every cut of a valid multipart submission, at a sample of byte offsets.
  const cuts = fc.sample(fc.integer({ min: 1, max: good.payload.length - 10 }), { seed: SEED, numRuns: 40 });
  for (const cut of cuts) {
    out.push({ category: 'multipart truncated', label: `first ${cut} of ${good.payload.length} bytes`, request: postRaw(good.payload.subarray(0, cut), good.headers['content-type']), status: [400, 413, 415] });
  }
  return out;
}

describe('hostile requests: multipart submissions', () => {
  it('every malformed or hostile request gets a 4xx problem+json answer and writes nothing', async () => {
    await expectAllRefused(t, multipartRequests());
  });
});
