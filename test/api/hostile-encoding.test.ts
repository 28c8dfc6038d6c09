import { afterAll, beforeAll, describe, it } from 'vitest';
import { makePng } from '../support/files.ts';
import { base, expectAllRefused, hostileLimits, postJson, postRaw, validJson, type Hostile } from '../support/hostile.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Hostile envelopes around a submission: malformed, truncated, deeply nested or prototype-polluting JSON, broken UTF-8 and other encodings, wrong content types, bodies over the limit, lying content lengths and bad idempotency keys. Every one must be refused with a 4xx problem+json answer (never a 5xx, never a stack
 * trace), and none may write anything. The contract check and the shared payloads are in
 * test/support/hostile.ts.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ attachments: hostileLimits });
});
afterAll(() => t?.close());

/** Broken UTF-8: invalid bytes, overlong forms, encoded surrogates, out-of-range, truncated. */
const brokenUtf8: Record<string, number[]> = {
  'C3 28': [0xc3, 0x28],
  FF: [0xff],
  FE: [0xfe],
  'overlong / (C0 AF)': [0xc0, 0xaf],
  'overlong / (E0 80 AF)': [0xe0, 0x80, 0xaf],
  'overlong / (F0 80 80 AF)': [0xf0, 0x80, 0x80, 0xaf],
  'overlong NUL (C0 80)': [0xc0, 0x80],
  '5-byte form': [0xf8, 0x88, 0x80, 0x80, 0x80],
  'surrogate D800 (ED A0 80)': [0xed, 0xa0, 0x80],
  'surrogate DFFF (ED BF BF)': [0xed, 0xbf, 0xbf],
  'above U+10FFFF (F4 90 80 80)': [0xf4, 0x90, 0x80, 0x80],
  'lone continuation 80': [0x80],
  'lone continuation BF': [0xbf],
  'truncated E2 82': [0xe2, 0x82],
  'truncated emoji F0 9F 98': [0xf0, 0x9f, 0x98],
};

function badJson(): Hostile[] {
  const out: Hostile[] = [];
  const malformed = [
    '{', '}', '[', '{"type":', '{"type":"complaint"', '{"type":"complaint",}', '{"type":"complaint",,"x":1}', "{'type':'complaint'}", '{type:"complaint"}',
    'complaint', 'undefined', 'NaN', 'Infinity', '-', '{"a":1}{"b":2}', '{} []', '{"type":"complaint"} x', '/* c */ {}', '{"a":1 // c\n}', '{"a":0x10}',
    '{"a":01}', '{"a":.5}', '{"a":+1}', '{"a":"\\x41"}', '{"a":"\\u12"}', '{"a":"line\nbreak"}', '{"a":"tab\there"}', '\u0000', '{"a":\u0000}', '"unterminated',
    '[1,2,', '{"a":[1,2}', '{"a" 1}', '{"a"::1}', '{,}', '{"":}', 'nul', 'tru', '\ufeff{', '{"a":1,"b":2,}', '[1,2,]', '{"a":[,1]}', '{"a":"\\"}', "{'a':'\\''}",
    validJson().replace(/}$/, ',}'), validJson().replace(/"/g, "'"), validJson().slice(1), `${validJson()},`, `${validJson()}}`, `x${validJson()}`,
  ];
  for (const body of malformed) {
    out.push({ category: 'malformed JSON', label: JSON.stringify(body).slice(0, 60), request: postRaw(body), status: 400, code: 'malformed_json' });
  }
  for (const blank of ['', ' ', '\n', '\t\r\n ']) {
    out.push({ category: 'malformed JSON', label: `blank body ${JSON.stringify(blank)}`, request: postRaw(blank), status: 400 });
  }
  // Valid JSON, but not an object.
  for (const body of ['42', '-0', '1e400', '"complaint"', '""', '[]', '[{}]', 'null', 'true', 'false', `[${validJson()}]`, JSON.stringify(validJson())]) {
    out.push({ category: 'JSON that is not an object', label: body.slice(0, 60), request: postRaw(body), status: 400, code: 'validation_failed' });
  }
  // Every prefix of a valid body (cut on UTF-8 byte boundaries and in the middle of characters).
  const bytes = Buffer.from(validJson());
  for (let cut = 0; cut < bytes.length; cut += 3) {
    if (cut === 0) continue;
    out.push({ category: 'truncated JSON', label: `first ${cut} of ${bytes.length} bytes`, request: postRaw(bytes.subarray(0, cut)), status: 400, code: ['malformed_json', 'invalid_encoding'] });
  }
  // Deep nesting.
  const deep = (open: string, middle: string, close: string, n: number) => open.repeat(n) + middle + close.repeat(n);
  const nests: [string, string][] = [
    ['10,000 nested arrays', deep('[', '', ']', 10_000)],
    ['100,000 nested arrays', deep('[', '', ']', 100_000)],
    ['10,000 nested objects', deep('{"a":', '1', '}', 10_000)],
    ['20,000 nested objects', deep('{"a":', '1', '}', 20_000)],
    ['10,000 nested arrays in an attribute', validJson().replace('"fault_kind":"off"', `"fault_kind":${deep('[', '"off"', ']', 10_000)}`)],
    ['10,000 nested objects in location', validJson().replace(/"location":\{[^}]*\}/, `"location":${deep('{"lat":', '26', '}', 10_000)}`)],
    ['10,000 nested arrays in description', validJson().replace(/"description":"[^"]*"/, `"description":${deep('[', '"x"', ']', 10_000)}`)],
    ['unclosed 50,000 arrays', '['.repeat(50_000)],
    ['deep __proto__', deep('{"a":', '{"__proto__":{"isAdmin":true}}', '}', 5_000)],
    ['deep constructor.prototype', deep('{"a":', '{"constructor":{"prototype":{"isAdmin":true}}}', '}', 5_000)],
  ];
  for (const [label, body] of nests) {
    out.push({ category: 'deeply nested JSON', label, request: postRaw(body), status: 400 });
  }
  // Prototype pollution.
  const v = validJson();
  const protos: [string, string][] = [
    ['top-level __proto__', v.replace(/^\{/, '{"__proto__":{"isAdmin":true},')],
    ['__proto__: null', v.replace(/^\{/, '{"__proto__":null,')],
    ['__proto__ in location', v.replace('"location":{', '"location":{"__proto__":{"lat":1},')],
    ['__proto__ in contact', v.replace('"contact":{', '"contact":{"__proto__":{"phone":"1"},')],
    ['__proto__ in attributes', v.replace('"attributes":{', '"attributes":{"__proto__":{"fault_kind":"off"},')],
    ['escaped \\u005f_proto__', v.replace(/^\{/, '{"\\u005f_proto__":{"isAdmin":true},')],
    ['fully escaped __proto__', v.replace(/^\{/, '{"\\u005f\\u005f\\u0070\\u0072\\u006f\\u0074\\u006f\\u005f\\u005f":{"x":1},')],
    ['constructor.prototype', v.replace(/^\{/, '{"constructor":{"prototype":{"isAdmin":true}},')],
    ['constructor.prototype in attributes', v.replace('"attributes":{', '"attributes":{"constructor":{"prototype":{"x":1}},')],
    ['__proto__ in an array', `[{"__proto__":{"x":1}}]`],
  ];
  for (const [label, body] of protos) {
    out.push({ category: 'prototype pollution', label, request: postRaw(body), status: 400 });
  }
  return out;
}

function brokenEncoding(): Hostile[] {
  const out: Hostile[] = [];
  const v = validJson();
  const at = (marker: string, bad: Buffer): Buffer => {
    const i = v.indexOf(marker);
    return Buffer.concat([Buffer.from(v.slice(0, i)), bad, Buffer.from(v.slice(i))]);
  };
  for (const [name, seq] of Object.entries(brokenUtf8)) {
    const bad = Buffer.from(seq);
    const places: [string, Buffer][] = [
      ['inside the description', at('عمود', bad)],
      ['inside a key', at('erviceCode', bad)],
      ['inside serviceCode', at('street_light', bad)],
      ['before the JSON', Buffer.concat([bad, Buffer.from(v)])],
      ['at the very end', Buffer.concat([Buffer.from(v), bad])],
    ];
    for (const [where, body] of places) {
      out.push({ category: 'broken UTF-8', label: `${name} ${where}`, request: postRaw(body), status: 400, code: 'invalid_encoding' });
    }
  }
  for (const ct of ['application/json; charset=utf-8', 'application/json; charset=iso-8859-1', 'application/problem+json', 'APPLICATION/JSON']) {
    out.push({ category: 'broken UTF-8', label: `C3 28 with content type ${ct}`, request: postRaw(at('عمود', Buffer.from([0xc3, 0x28])), ct), status: 400, code: 'invalid_encoding' });
  }
  // Other encodings of an otherwise valid body.
  out.push({ category: 'broken UTF-8', label: 'UTF-16LE with BOM', request: postRaw(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(v, 'utf16le')])), status: 400 });
  out.push({ category: 'broken UTF-8', label: 'UTF-16LE without BOM', request: postRaw(Buffer.from(v, 'utf16le')), status: 400 });
  out.push({ category: 'broken UTF-8', label: 'Latin-1 encoded', request: postRaw(Buffer.from(JSON.stringify({ ...base(), description: 'café crème brûlée' }), 'latin1')), status: 400 });
  out.push({ category: 'broken UTF-8', label: 'Windows-1256 bytes for Arabic', request: postRaw(Buffer.concat([Buffer.from('{"type":"complaint","serviceCode":"pothole","description":"'), Buffer.from([0xc7, 0xe1, 0xd4, 0xc7, 0xd1, 0xda]), Buffer.from('"}')])), status: 400 });
  return out;
}

function contentTypes(): Hostile[] {
  const out: Hostile[] = [];
  const types = ['text/plain', 'text/plain; charset=utf-8', 'application/xml', 'text/xml', 'application/x-www-form-urlencoded', 'image/png', 'application/octet-stream', 'text/html', 'application/javascript', 'application/jsonx', 'application/json5', 'json', 'application/x-json', 'text/json', 'application/', '*/*', 'application/*', 'text/csv', 'application/pdf', 'application/yaml'];
  const bodies: [string, string | Buffer][] = [
    ['valid case JSON', validJson()],
    ['XML', '<?xml version="1.0"?><case><type>complaint</type><serviceCode>pothole</serviceCode></case>'],
    ['form-encoded', 'type=complaint&serviceCode=pothole&description=x&contact[phone]=36001234'],
    ['PNG bytes', makePng(4, 4)],
  ];
  for (const type of types) {
    for (const [name, body] of bodies) {
      out.push({ category: 'wrong content type', label: `${type} with ${name}`, request: postRaw(body, type), status: 415, code: 'unsupported_media_type' });
    }
  }
  for (const [name, body] of bodies) {
    out.push({ category: 'wrong content type', label: `no content type with ${name}`, request: postRaw(body, null), status: 415, code: 'unsupported_media_type' });
  }
  // Over the 256 kB body limit.
  const huge: [string, string | Buffer, string][] = [
    ['300 kB description', JSON.stringify({ ...base(), description: 'x'.repeat(300_000) }), 'application/json'],
    ['1 MB of nested arrays', '['.repeat(500_000) + ']'.repeat(500_000), 'application/json'],
    ['257 kB of spaces around a valid body', ' '.repeat(257 * 1024) + validJson(), 'application/json'],
    ['2 MB of zeros', Buffer.alloc(2 * 1024 * 1024), 'application/json'],
    ['300 kB emoji title', JSON.stringify({ ...base(), title: '😀'.repeat(80_000) }), 'application/json; charset=utf-8'],
  ];
  for (const [label, body, ct] of huge) {
    out.push({ category: 'body over the limit', label, request: postRaw(body, ct), status: 413, code: 'payload_too_large' });
  }
  out.push({ category: 'body over the limit', label: 'declared content-length of 10 GB', request: postRaw(validJson(), 'application/json', { 'content-length': String(10 * 1024 ** 3) }), status: [400, 413] });
  out.push({ category: 'body over the limit', label: '1 MB of text/plain', request: postRaw('x'.repeat(1024 * 1024), 'text/plain'), status: [413, 415] });
  // A content-length that does not match the body.
  for (const len of ['10', '0', '1']) {
    out.push({ category: 'bad content-length', label: `content-length ${len} for a longer body`, request: postRaw(validJson(), 'application/json', { 'content-length': len }), status: 400 });
  }
  return out;
}

function idempotencyKeys(): Hostile[] {
  const out: Hostile[] = [];
  const keys = ['x'.repeat(256), 'x'.repeat(10_000), ' leading', 'has space', 'tab\there', 'ctrl\u0001', 'del\u007f', 'ключ', 'مفتاح', 'émoji😀', '', 'nul\u0000', '\u00a0', 'é', 'ÿ'.repeat(10)];
  for (const key of keys) {
    out.push({ category: 'Idempotency-Key', label: `key ${JSON.stringify(key).slice(0, 40)}`, request: postJson(base(), { 'idempotency-key': key }), status: 400, code: ['idempotency_key_invalid', 'validation_failed'] });
  }
  out.push({ category: 'Idempotency-Key', label: 'two keys', request: postJson(base(), { 'idempotency-key': ['a', 'b'] }), status: 400 });
  // A good key does not rescue a bad body.
  out.push({ category: 'Idempotency-Key', label: 'good key, bad body', request: postJson({ ...base(), type: 'nope' }, { 'idempotency-key': 'hostile-good-key-1' }), status: 400 });
  return out;
}

describe('hostile requests: how a submission is sent', () => {
  it('every malformed or hostile request gets a 4xx problem+json answer and writes nothing', async () => {
    await expectAllRefused(t, [...badJson(), ...brokenEncoding(), ...contentTypes(), ...idempotencyKeys()]);
  });
});
