import path from 'node:path';
import type { InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseChannels, caseTypes, governorates, languages } from '../../src/common/enums.ts';
import type { Service, ServiceAttribute } from '../../src/server/catalogue/catalogue.service.ts';
import { caseInput } from '../support/factories.ts';
import { makePdf, makePng, multipart } from '../support/files.ts';
import {
  barrage,
  clone,
  countRows,
  filesUnder,
  postJson,
  postRaw,
  withPath,
  type Hostile,
} from '../support/hostile.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A barrage of malformed and hostile requests against the real app. Every one must be refused
 * with a 4xx problem+json answer (never a 5xx, never a stack trace), and none may write anything.
 */

const SEED = 20260611;
const MAX_FILE_BYTES = 64 * 1024;
const MAX_FILES = 5;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ attachments: { maxFiles: MAX_FILES, maxBytes: MAX_FILE_BYTES } });
});
afterAll(() => t?.close());

type Json = Record<string, unknown>;

/** A valid submission: street-light fault in Muharraq with a phone contact. */
const base = (): Json => clone(caseInput()) as unknown as Json;
const validJson = (): string => JSON.stringify(base());

// ------------------------------------------------------------------------------------------------
// Vocabulary
// ------------------------------------------------------------------------------------------------

/** Every string-valued field of the base submission, with what kind of value it holds. */
const stringFields = [
  'type',
  'serviceCode',
  'title',
  'description',
  'location.governorate',
  'location.area',
  'location.block',
  'location.road',
  'location.building',
  'location.address',
  'contact.name',
  'contact.phone',
  'contact.email',
  'contact.nationalId',
  'channel',
  'language',
  'attributes.fault_kind',
  'attributes.pole_number',
] as const;
/** Free-text fields that must be one line. */
const singleLineTextFields = ['title', 'location.area', 'location.block', 'location.road', 'location.building', 'location.address', 'contact.name'];

const sqlPayloads = [
  "'; drop table cases; --",
  "' or 1=1 --",
  '" or ""="',
  '1; select pg_sleep(5)',
  "' union select * from staff_users --",
  "admin'--",
  "%' and 1=0 union select null, version() --",
  '$$; drop table cases; $$',
  "\\'; truncate case_events; --",
  "') or ('1'='1",
];
const htmlPayloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(document.cookie)',
  '{{7*7}}',
  '${7*7}',
  '<!--#exec cmd="ls"-->',
  '../../../../etc/passwd',
  '\u202e<script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
];
const injectionPayloads = [...sqlPayloads, ...htmlPayloads];

/** Control characters that user text must never carry (C0 except TAB/LF/CR, DEL, C1). */
const controls = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009b'];
/** Strings that are not well-formed UTF-16; JSON.stringify writes them as `\ud800` escapes. */
const loneSurrogates = ['\ud800', '\udfff', 'a\ud83d', '\ude00b', '\udc00\ud800', 'نص\udbff'];

/** A string of about 100 kB (UTF-8) in three scripts. */
const hundredKb = {
  ascii: 'a'.repeat(100_000),
  arabic: 'ب'.repeat(50_000),
  emoji: '😀'.repeat(25_000),
};

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

// ------------------------------------------------------------------------------------------------
// Generators, one per category
// ------------------------------------------------------------------------------------------------

function missingRequired(): Hostile[] {
  const out: Hostile[] = [];
  const bases: [string, Json][] = [
    ['street light', base()],
    ['pothole', { ...base(), serviceCode: 'pothole', attributes: {} }],
    ['anonymous', { ...base(), anonymous: true, contact: undefined }],
    ['minimal', { type: 'complaint', serviceCode: 'bin_overflow', description: 'x', contact: { phone: '36001234' } }],
  ];
  for (const [name, b] of bases) {
    for (const field of ['type', 'serviceCode', 'description']) {
      out.push({ category: 'missing required field', label: `${name} without ${field}`, request: postJson(withPath(b, field, undefined)), status: 400, code: 'validation_failed' });
    }
    out.push({ category: 'missing required field', label: `${name} with only description`, request: postJson({ description: b.description }), status: 400 });
    // Blank is missing too: whitespace-only text trims to nothing.
    for (const blank of ['', ' ', '\n\n', '\t', '\u3000']) {
      out.push({ category: 'missing required field', label: `${name} blank description ${JSON.stringify(blank)}`, request: postJson({ ...b, description: blank }), status: 400 });
    }
  }
  out.push({ category: 'missing required field', label: 'empty object', request: postJson({}), status: 400, code: 'validation_failed' });
  out.push({ category: 'missing required field', label: 'location with lat only', request: postJson(withPath(base(), 'location.lng', undefined)), status: 400 });
  out.push({ category: 'missing required field', label: 'location with lng only', request: postJson(withPath(base(), 'location.lat', undefined)), status: 400 });
  out.push({ category: 'missing required field', label: 'street light without fault_kind', request: postJson(withPath(base(), 'attributes.fault_kind', undefined)), status: 400 });
  return out;
}

function wrongTypes(): Hostile[] {
  const out: Hostile[] = [];
  const notString: unknown[] = [42, 0, -1.5, 1e300, true, false, null, [], ['complaint'], {}, { value: 'x' }];
  for (const field of stringFields) {
    for (const v of notString) {
      // A string attribute takes a number (it is read as text), and an empty list is "no answer".
      if (field === 'attributes.pole_number' && (typeof v === 'number' || (Array.isArray(v) && v.length === 0))) continue;
      out.push({ category: 'wrong type', label: `${field} = ${JSON.stringify(v)}`, request: postJson(withPath(base(), field, v)), status: 400 });
    }
  }
  const notNumber: unknown[] = [true, false, null, [], [26.2], {}, { lat: 26 }, 'abc', '', ' ', '26.2.1', '1e1', 'NaN', 'Infinity', '0x1A', '26,2', '٢٦٫٢٫٣', '--26'];
  for (const field of ['location.lat', 'location.lng']) {
    for (const v of notNumber) {
      out.push({ category: 'wrong type', label: `${field} = ${JSON.stringify(v)}`, request: postJson(withPath(base(), field, v)), status: 400 });
    }
  }
  for (const v of [0, 1, 'true', 'false', '', 'yes', null, [], [true], {}]) {
    out.push({ category: 'wrong type', label: `anonymous = ${JSON.stringify(v)}`, request: postJson({ ...base(), anonymous: v }), status: 400 });
  }
  for (const field of ['location', 'contact', 'attributes']) {
    for (const v of [42, 'x', '', true, false, null, [], [{}], ['a']]) {
      out.push({ category: 'wrong type', label: `${field} = ${JSON.stringify(v)}`, request: postJson({ ...base(), [field]: v }), status: 400 });
    }
  }
  // Random non-string JSON values in every plain string field.
  const nonString = fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 3 }),
  );
  for (const field of stringFields.filter((f) => !f.startsWith('attributes.'))) {
    const values = fc.sample(nonString, { seed: SEED + field.length, numRuns: 6 });
    values.forEach((v, i) => {
      out.push({ category: 'wrong type (random)', label: `${field} random #${i} = ${JSON.stringify(v).slice(0, 60)}`, request: postJson(withPath(base(), field, v)), status: 400 });
    });
  }
  return out;
}

function unknownFields(): Hostile[] {
  const out: Hostile[] = [];
  const names = ['extra', 'id', 'status', 'priority', 'reference', 'entityId', 'createdAt', 'Type', 'service_code', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'type ', 'typе' /* Cyrillic e */, '\u0000', '$where', 'isAdmin'];
  for (const name of names) {
    out.push({ category: 'unknown field', label: `top-level ${JSON.stringify(name)}`, request: postJson({ ...base(), [name]: 'x' }), status: 400, code: 'validation_failed' });
    out.push({ category: 'unknown field', label: `location.${JSON.stringify(name)}`, request: postJson(withPath(base(), 'location', { ...(base().location as Json), [name]: 1 })), status: 400, code: 'validation_failed' });
    out.push({ category: 'unknown field', label: `contact.${JSON.stringify(name)}`, request: postJson(withPath(base(), 'contact', { ...(base().contact as Json), [name]: true })), status: 400, code: 'validation_failed' });
    out.push({ category: 'unknown field', label: `attributes.${JSON.stringify(name)}`, request: postJson(withPath(base(), 'attributes', { fault_kind: 'off', [name]: 'x' })), status: 400, code: 'validation_failed' });
  }
  // `constructor` is a legal JSON key; only constructor.prototype is refused by the parser.
  out.push({ category: 'unknown field', label: 'constructor: 1', request: postJson({ ...base(), constructor: 1 }), status: 400 });
  return out;
}

function hugeStrings(): Hostile[] {
  const out: Hostile[] = [];
  for (const [script, big] of Object.entries(hundredKb)) {
    for (const field of [...stringFields, 'location.lat', 'location.lng']) {
      out.push({ category: '100 kB string', label: `${field} ${script}`, request: postJson(withPath(base(), field, big)), status: 400, code: 'validation_failed' });
    }
    out.push({ category: '100 kB string', label: `attribute key ${script}`, request: postJson({ ...base(), attributes: { fault_kind: 'off', [big]: 'x' } }), status: 400 });
    out.push({ category: '100 kB string', label: `unknown top-level key ${script}`, request: postJson({ ...base(), [big]: 1 }), status: 400 });
    out.push({ category: '100 kB string', label: `list answer ${script}`, request: postJson({ ...base(), serviceCode: 'pothole', attributes: { lanes_affected: [big] } }), status: 400 });
  }
  // Just over each field's own limit.
  const limits: [string, number][] = [['title', 201], ['description', 4001], ['location.area', 101], ['location.block', 21], ['location.address', 301], ['contact.name', 201], ['contact.phone', 41], ['contact.email', 255], ['contact.nationalId', 33], ['serviceCode', 41], ['attributes.pole_number', 201]];
  for (const [field, n] of limits) {
    out.push({ category: '100 kB string', label: `${field} of ${n} characters`, request: postJson(withPath(base(), field, '٣'.repeat(n))), status: 400 });
  }
  return out;
}

function controlCharacters(): Hostile[] {
  const out: Hostile[] = [];
  for (const field of stringFields) {
    for (const ch of controls) {
      const good = field === 'contact.phone' ? '3600 1234' : field === 'contact.email' ? 'citizen@example.com' : field === 'contact.nationalId' ? '880101234' : 'نص عربي';
      const hex = `U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
      // In the middle, and at the end (where trimming must not wash it away).
      out.push({ category: 'control characters', label: `${field} with ${hex} inside`, request: postJson(withPath(base(), field, `${good.slice(0, 4)}${ch}${good.slice(4)}`)), status: 400 });
      out.push({ category: 'control characters', label: `${field} with ${hex} at the end`, request: postJson(withPath(base(), field, `${good}${ch}`)), status: 400 });
    }
  }
  for (const ch of controls) {
    out.push({ category: 'control characters', label: `attribute key with U+${ch.charCodeAt(0).toString(16)}`, request: postJson({ ...base(), attributes: { fault_kind: 'off', [`pole${ch}`]: 'x' } }), status: 400 });
  }
  for (const field of singleLineTextFields) {
    for (const nl of ['\n', '\r', '\r\n', 'a\nb']) {
      out.push({ category: 'control characters', label: `${field} with a line break ${JSON.stringify(nl)}`, request: postJson(withPath(base(), field, `سطر${nl}سطر`)), status: 400 });
    }
  }
  // Random text with at least one forbidden control character, in every free-text field.
  const dirty = fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...controls), fc.string({ maxLength: 20 }))
    .map(([a, c, b]) => `${a}${c}${b}`);
  for (const field of ['title', 'description', 'location.area', 'location.address', 'contact.name']) {
    fc.sample(dirty, { seed: SEED + 7 * field.length, numRuns: 5 }).forEach((v, i) => {
      out.push({ category: 'control characters (random)', label: `${field} random #${i} ${JSON.stringify(v)}`, request: postJson(withPath(base(), field, v)), status: 400 });
    });
  }
  return out;
}

function surrogates(): Hostile[] {
  const out: Hostile[] = [];
  for (const field of stringFields) {
    for (const s of loneSurrogates) {
      out.push({ category: 'lone surrogate', label: `${field} = ${JSON.stringify(s)}`, request: postJson(withPath(base(), field, field === 'contact.email' ? `a${s}@example.com` : s)), status: 400 });
    }
  }
  for (const s of loneSurrogates) {
    out.push({ category: 'lone surrogate', label: `attribute key ${JSON.stringify(s)}`, request: postJson({ ...base(), attributes: { fault_kind: 'off', [s]: 'x' } }), status: 400 });
    out.push({ category: 'lone surrogate', label: `list answer ${JSON.stringify(s)}`, request: postJson({ ...base(), serviceCode: 'pothole', attributes: { lanes_affected: [s] } }), status: 400 });
    out.push({ category: 'lone surrogate', label: `top-level key ${JSON.stringify(s)}`, request: postJson({ ...base(), [s]: 1 }), status: 400 });
  }
  // A raw, hand-written escape, as a client bypassing JSON.stringify would send.
  out.push({ category: 'lone surrogate', label: 'raw "\\ud800" in description', request: postRaw(validJson().replace('"description":"', '"description":"\\ud800')), status: 400 });
  out.push({ category: 'lone surrogate', label: 'raw "\\udc00\\ud800" in title', request: postRaw(JSON.stringify({ ...base(), title: 'PLACEHOLDER' }).replace('PLACEHOLDER', '\\udc00\\ud800')), status: 400 });
  return out;
}

function injections(): Hostile[] {
  const out: Hostile[] = [];
  const invalidPlaces = ['serviceCode', 'type', 'channel', 'language', 'location.governorate', 'contact.phone', 'contact.email', 'contact.nationalId', 'attributes.fault_kind'];
  for (const payload of injectionPayloads) {
    for (const field of invalidPlaces) {
      out.push({ category: 'SQL / HTML injection', label: `${field} = ${payload}`, request: postJson(withPath(base(), field, payload)), status: 400 });
    }
    out.push({ category: 'SQL / HTML injection', label: `attribute key ${payload}`, request: postJson({ ...base(), attributes: { fault_kind: 'off', [payload]: 'x' } }), status: 400 });
    out.push({ category: 'SQL / HTML injection', label: `top-level key ${payload}`, request: postJson({ ...base(), [payload]: 'x' }), status: 400 });
    // Valid text in a description, but the request is otherwise invalid.
    out.push({ category: 'SQL / HTML injection', label: `description ${payload}, no serviceCode`, request: postJson({ ...withPath(base(), 'serviceCode', undefined), description: payload }), status: 400 });
    out.push({ category: 'SQL / HTML injection', label: `title ${payload}, bad type`, request: postJson({ ...base(), title: payload, type: 'complaint; drop' }), status: 400 });
  }
  return out;
}

function invalidEnums(): Hostile[] {
  const out: Hostile[] = [];
  const bad: Record<string, string[]> = {
    type: ['Complaint', 'COMPLAINT', 'complaint ', ' complaint', 'complain', 'شكوى', 'other', 'praise', 'complaint\u200b', 'ｃｏｍｐｌａｉｎｔ'],
    channel: ['fax', 'Web', 'WEB', 'sms', 'telegram', 'walk-in', 'walkin', 'واتساب', 'web '],
    language: ['fr', 'AR', 'ar-BH', 'ar_BH', 'en-GB', 'EN', 'arabic', 'عربي', 'ar '],
    'location.governorate': ['manama', 'Capital', 'CAPITAL', 'central', 'muharaq', 'العاصمة', 'capital ', 'northern-', '0'],
  };
  for (const [field, values] of Object.entries(bad)) {
    for (const v of values) {
      out.push({ category: 'invalid enum', label: `${field} = ${JSON.stringify(v)}`, request: postJson(withPath(base(), field, v)), status: 400, code: 'validation_failed' });
    }
  }
  // Random strings that are not one of the enum values.
  const enums: [string, readonly string[]][] = [['type', caseTypes], ['channel', caseChannels], ['language', languages], ['location.governorate', governorates]];
  for (const [field, allowed] of enums) {
    fc.sample(fc.string({ maxLength: 30 }).filter((s) => !allowed.includes(s)), { seed: SEED + 11 * field.length, numRuns: 6 }).forEach((v, i) => {
      out.push({ category: 'invalid enum (random)', label: `${field} random #${i} ${JSON.stringify(v)}`, request: postJson(withPath(base(), field, v)), status: 400 });
    });
  }
  return out;
}

function coordinates(): Hostile[] {
  const out: Hostile[] = [];
  const outside: [unknown, unknown, string][] = [
    [91, 50.6, 'lat > 90'],
    [-91, 50.6, 'lat < -90'],
    [26.2, 181, 'lng > 180'],
    [26.2, -181, 'lng < -180'],
    [0, 0, 'null island'],
    [51.5, -0.12, 'London'],
    [24.71, 46.67, 'Riyadh'],
    [25.28, 51.53, 'Doha'],
    [26.41, 50.6, 'just north'],
    [25.49, 50.6, 'just south'],
    [26.2, 50.91, 'just east'],
    [26.2, 50.29, 'just west'],
    [-26.2, -50.6, 'mirrored'],
    [50.6, 26.2, 'swapped'],
    [1e308, 1e308, 'huge'],
    [-1e308, 1e308, 'huge negative'],
    [90, 180, 'corner'],
    ['٩٠', '٥٠', 'Arabic digits, outside'],
    ['26.2', '181', 'strings, outside'],
    [5e-324, 5e-324, 'smallest double'],
  ];
  for (const [lat, lng, name] of outside) {
    out.push({ category: 'coordinates', label: `${name} (${String(lat)}, ${String(lng)})`, request: postJson(withPath(withPath(base(), 'location.lat', lat), 'location.lng', lng)), status: 422, code: 'location_out_of_bounds' });
  }
  const invalid: [unknown, unknown, string][] = [
    ['1e2', '50', 'exponent'],
    ['+-26', '50.6', 'two signs'],
    ['26.2abc', '50.6', 'trailing letters'],
    ['٢٦٫٢٫٣', '50.6', 'two decimal separators'],
    ['26.2', ' ', 'blank lng'],
    ['', '', 'both empty'],
    ['26,2', '50,6', 'comma decimals'],
    ['١٬٢٦', '50.6', 'thousands separator'],
    ['Infinity', '50.6', 'Infinity string'],
    ['26.2', '-Infinity', '-Infinity string'],
  ];
  for (const [lat, lng, name] of invalid) {
    out.push({ category: 'coordinates', label: `${name} (${String(lat)}, ${String(lng)})`, request: postJson(withPath(withPath(base(), 'location.lat', lat), 'location.lng', lng)), status: 400 });
  }
  // Numbers JSON.stringify cannot write: overflow to ±Infinity, underflow to 0.
  for (const [lit, expectStatus] of [['1e400', 400], ['-1e400', 400], ['1e-400', 422]] as const) {
    const raw = JSON.stringify(withPath(base(), 'location.lat', 12345.678)).replace('12345.678', lit);
    out.push({ category: 'coordinates', label: `lat literal ${lit}`, request: postRaw(raw), status: expectStatus });
  }
  return out;
}

function contactGarbage(): Hostile[] {
  const out: Hostile[] = [];
  const phones = ['abc', '123', '+', '00', '0', '0000000000', '++97336001234', '+973 3600 123', '+973360012345', '+9731234567890123456', '٣٦٠٠١٢٣', '３６００１２３４', '36001234ext5', '36001234#', '+0 36001234', '+97322001234', '99999999', 'x'.repeat(40), '+1', '+1 (555) 01', 'tel:36001234', '36001234/36005678'];
  for (const p of phones) {
    out.push({ category: 'phone / email garbage', label: `phone ${JSON.stringify(p)}`, request: postJson(withPath(base(), 'contact.phone', p)), status: 400 });
  }
  const emails = ['plainaddress', '@example.com', 'user@', 'user@host', 'user@host.c', 'user name@example.com', 'user@@example.com', '<user@example.com>', 'user@example.com, other@example.com', 'user@exa mple.com', 'user@example.com;', '"user"@example.com', 'user@[127.0.0.1]', `${'a'.repeat(65)}@example.com`, `user@${'a'.repeat(250)}.com`, 'user@example.', 'user@.com', 'user(comment)@example.com', 'user\\@example.com'];
  for (const e of emails) {
    out.push({ category: 'phone / email garbage', label: `email ${JSON.stringify(e).slice(0, 60)}`, request: postJson({ ...base(), contact: { email: e } }), status: 400 });
    out.push({ category: 'phone / email garbage', label: `email ${JSON.stringify(e).slice(0, 60)} beside a good phone`, request: postJson(withPath(base(), 'contact.email', e)), status: 400 });
  }
  for (const id of ['1234', 'abc!', '12.34.56', 'x'.repeat(33), '12345678901234567890123', '<id>']) {
    out.push({ category: 'phone / email garbage', label: `nationalId ${JSON.stringify(id)}`, request: postJson(withPath(base(), 'contact.nationalId', id)), status: 400 });
  }
  // No way to reach the citizen, not anonymous.
  for (const contact of [undefined, {}, { name: 'بلا هاتف' }, { phone: '' }, { phone: '   ', email: ' ' }, { nationalId: '880101234' }]) {
    out.push({ category: 'phone / email garbage', label: `contact ${JSON.stringify(contact)}`, request: postJson({ ...base(), contact }), status: 422, code: 'contact_required' });
  }
  return out;
}

/** A valid answer to every required question of a service. */
function validAnswers(service: Service): Json {
  const answers: Json = {};
  for (const a of service.attributes.filter((q) => q.required)) answers[a.code] = validAnswer(a);
  return answers;
}

function validAnswer(a: ServiceAttribute): unknown {
  switch (a.datatype) {
    case 'singlevaluelist':
      return a.values[0]!.key;
    case 'multivaluelist':
      return [a.values[0]!.key];
    case 'number':
      return 3;
    case 'datetime':
      return '2025-01-01T10:00:00Z';
    default:
      return 'BP-1';
  }
}

/** Answers of the wrong datatype for one question. */
function wrongAnswers(a: ServiceAttribute): unknown[] {
  const common: unknown[] = [{}, { value: 1 }, [1, 2], [null]];
  switch (a.datatype) {
    case 'singlevaluelist':
      return [...common, 'not_a_key', a.values[0]!.key.toUpperCase(), 42, true, ['nope'], [a.values[0]!.key, a.values[1]!.key]];
    case 'multivaluelist':
      return [...common, 'not_a_key', 42, true, [a.values[0]!.key, 'nope'], [a.values[0]!.key.toUpperCase()]];
    case 'number':
      return [...common, 'many', true, ['1'], '1e3', '1,000', 'NaN'];
    case 'datetime':
      return [...common, 'yesterday', '2024-13-45T99:99', 42, true, ['2024-01-01'], '01/02/2024', 'Infinity'];
    case 'string':
      return [...common, true, ['a'], 'a\nb', 'x'.repeat(201), 'نص\u0000'];
    case 'text':
      return [...common, true, ['a'], 'x'.repeat(4001), 'نص\u007f'];
  }
}

/** A valid submission to a service; each rule below breaks exactly one thing of it. */
function validFor(s: Service): Json {
  return {
    type: s.types[0],
    serviceCode: s.code,
    description: 'وصف المشكلة بالتفصيل',
    location: { governorate: 'capital' },
    contact: { phone: '36001234' },
    attributes: validAnswers(s),
  };
}

function serviceRules(services: Service[]): Hostile[] {
  const out: Hostile[] = [];
  for (const s of services) {
    const ok = validFor(s);
    const cat = 'service rules';
    for (const type of caseTypes.filter((x) => !s.types.includes(x))) {
      out.push({ category: cat, label: `${s.code}: type ${type} not accepted`, request: postJson({ ...ok, type }), status: 422, code: 'type_not_allowed' });
    }
    if (s.anonymousAllowed) {
      out.push({ category: cat, label: `${s.code}: anonymous with a contact`, request: postJson({ ...ok, anonymous: true }), status: 400 });
      out.push({ category: cat, label: `${s.code}: anonymous with an email`, request: postJson({ ...ok, anonymous: true, contact: { email: 'a@example.com' } }), status: 400 });
    } else {
      out.push({ category: cat, label: `${s.code}: anonymous not allowed`, request: postJson({ ...ok, anonymous: true, contact: undefined }), status: 422, code: 'anonymous_not_allowed' });
    }
    out.push({ category: cat, label: `${s.code}: no contact`, request: postJson({ ...ok, contact: undefined }), status: 422, code: 'contact_required' });
    out.push({ category: cat, label: `${s.code}: unknown question`, request: postJson({ ...ok, attributes: { ...(ok.attributes as Json), no_such_question: 'x' } }), status: 400 });
    out.push({ category: cat, label: `${s.code}: service code in upper case`, request: postJson({ ...ok, serviceCode: s.code.toUpperCase() }), status: 400 });
    for (const a of s.attributes) {
      if (a.required) {
        const without = { ...(ok.attributes as Json) };
        delete without[a.code];
        out.push({ category: cat, label: `${s.code}: without required ${a.code}`, request: postJson({ ...ok, attributes: without }), status: 400 });
        out.push({ category: cat, label: `${s.code}: null required ${a.code}`, request: postJson({ ...ok, attributes: { ...without, [a.code]: null } }), status: 400 });
      }
      for (const v of wrongAnswers(a)) {
        out.push({ category: cat, label: `${s.code}: ${a.code} (${a.datatype}) = ${JSON.stringify(v).slice(0, 40)}`, request: postJson({ ...ok, attributes: { ...(ok.attributes as Json), [a.code]: v } }), status: 400 });
      }
    }
  }
  out.push({ category: 'service rules', label: 'unknown service', request: postJson({ ...base(), serviceCode: 'no_such_service' }), status: 400 });
  return out;
}

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
  out.push({ category: 'multipart', label: `${MAX_FILES + 1} files`, request: send(multipart([caseField, ...Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ name: `f${i}`, file: { filename: `${i}.png`, type: 'image/png', content: makePng(2, 2, [i, 0, 0]) } }))])), status: 413 });
  out.push({ category: 'multipart', label: `${MAX_FILES * 3} PDFs`, request: send(multipart([caseField, ...Array.from({ length: MAX_FILES * 3 }, (_, i) => ({ name: 'f', file: { filename: `${i}.pdf`, type: 'application/pdf', content: makePdf() } }))])), status: 413 });
  const bigPng = Buffer.concat([makePng(2, 2), Buffer.alloc(MAX_FILE_BYTES + 1, 0x42)]);
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

function trackingRequests(): Hostile[] {
  const out: Hostile[] = [];
  const refs = [
    ...injectionPayloads.map(encodeURIComponent),
    encodeURIComponent('1 OR 1=1'),
    'x'.repeat(10_000),
    'x'.repeat(201),
    'x'.repeat(41),
    encodeURIComponent('مرجع'),
    encodeURIComponent('أ-١٢٣'),
    encodeURIComponent('٢٦-٠٠٠٠٠٠١-٠'),
    '%00',
    '%FF%FE',
    '%C0%AF',
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e',
    '26-0000001-0',
    '26-0000000-0',
    '99-9999999-9',
    '%20',
    '-',
    '0',
    'null',
    'undefined',
    '%5Bobject%20Object%5D',
    '%25u0041',
    encodeURIComponent('😀'),
    encodeURIComponent('26-0000001-3\u0000'),
  ];
  const random = fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }), { seed: SEED, numRuns: 50 }).map(encodeURIComponent);
  const tokens: [string, (ref: string) => InjectOptions][] = [
    ['no token', (ref) => ({ url: `/api/v1/cases/${ref}` })],
    ['garbage query token', (ref) => ({ url: `/api/v1/cases/${ref}?token=AAAAAAAAAAAAAAAAAAAAAA` })],
    ['garbage header token', (ref) => ({ url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': "' or 1=1 --" } })],
    ['token array', (ref) => ({ url: `/api/v1/cases/${ref}?token=a&token=b` })],
  ];
  for (const ref of refs) {
    for (const [name, make] of tokens) {
      out.push({ category: 'tracking', label: `GET case ${ref.slice(0, 40)} ${name}`, request: make(ref), status: [400, 404] });
    }
  }
  for (const ref of random) {
    out.push({ category: 'tracking (random)', label: `GET case ${ref.slice(0, 60)}`, request: { url: `/api/v1/cases/${ref}?token=x` }, status: [400, 404] });
  }
  // Token trouble on a reference that is well-formed.
  const ref = '26-0000001-3';
  const tokenTrouble: [string, InjectOptions][] = [
    ['empty query token', { url: `/api/v1/cases/${ref}?token=` }],
    ['101-char query token', { url: `/api/v1/cases/${ref}?token=${'a'.repeat(101)}` }],
    ['100 kB query token', { url: `/api/v1/cases/${ref}?token=${'a'.repeat(100_000)}` }],
    ['three query tokens', { url: `/api/v1/cases/${ref}?token=a&token=b&token=c` }],
    ['token[]=', { url: `/api/v1/cases/${ref}?token[]=a` }],
    ['token[a]=', { url: `/api/v1/cases/${ref}?token[a]=b` }],
    ['unknown query parameter', { url: `/api/v1/cases/${ref}?token=a&admin=1` }],
    ['__proto__ query parameter', { url: `/api/v1/cases/${ref}?__proto__=x` }],
    ['constructor query parameter', { url: `/api/v1/cases/${ref}?constructor=x` }],
    ['101-char header token', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': 'a'.repeat(101) } }],
    ['two header tokens', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': ['a', 'b'] } }],
    ['empty header token', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': '' } }],
    ['SQL header token', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': "'; drop table cases; --" } }],
    ['header token with control characters', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': 'a\u0001b\u007f' } }],
  ];
  for (const [label, request] of tokenTrouble) {
    out.push({ category: 'tracking', label, request, status: [400, 404] });
  }
  // Attachment downloads.
  for (const id of ['abc', '-1', '0', '1.5', '99999999999999999999', 'NaN', 'Infinity', '%00', encodeURIComponent("1;drop table attachments"), '0x10', '', '1e400']) {
    out.push({ category: 'tracking', label: `attachment id ${id}`, request: { url: `/api/v1/cases/${ref}/attachments/${id}?token=x` }, status: [400, 404] });
    out.push({ category: 'tracking', label: `attachment id ${id}, no token`, request: { url: `/api/v1/cases/${ref}/attachments/${id}` }, status: [400, 404] });
  }
  out.push({ category: 'tracking', label: 'attachment id 1 without token', request: { url: `/api/v1/cases/${ref}/attachments/1` }, status: 404 });
  return out;
}

function catalogueRequests(): Hostile[] {
  const out: Hostile[] = [];
  const codes = [...injectionPayloads.map(encodeURIComponent), 'x'.repeat(101), 'x'.repeat(10_000), 'POTHOLE', 'pothole%20', '%00', encodeURIComponent('مخلفات'), '..', encodeURIComponent('😀'), 'pothole%00', '%2e%2e%2f%2e%2e', 'null', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  for (const code of codes) {
    out.push({ category: 'catalogue', label: `GET service ${code.slice(0, 40)}`, request: { url: `/api/v1/services/${code}` }, status: [400, 404] });
  }
  const queries = [
    `q=${'a'.repeat(100_000)}`,
    `q=${encodeURIComponent('ب'.repeat(201))}`,
    'q=a&q=b',
    'q[]=a',
    'q[x]=a',
    'foo=1',
    'q=a&foo=1',
    'type=bogus',
    'type=Complaint',
    'type=complaint&type=inquiry',
    `group=${'g'.repeat(41)}`,
    '__proto__=x',
    'constructor=x',
    'toString=x',
    'api_key=x',
    `${'k'.repeat(10_000)}=1`,
    Array.from({ length: 2000 }, (_, i) => `k${i}=1`).join('&'),
  ];
  for (const q of queries) {
    out.push({ category: 'catalogue', label: `GET services?${q.slice(0, 40)}`, request: { url: `/api/v1/services?${q}` }, status: 400, code: 'validation_failed' });
  }
  return out;
}

function routesAndMethods(): Hostile[] {
  const out: Hostile[] = [];
  const unknown = ['/api/v1/nope', '/api/v1', '/api/v2/cases', '/api', '/api/v1/cases/x/y/z/w', '/api/v1/services/pothole/extra/more', '/api/v1/CASES', '/api/v1/Services', '/api/v1/cases/26-0000001-3/attachments', '/api/v1/entities/x/y', '/api/v9/services', '/api/v1/services/pothole/attributes/x/y', '/api/v1//cases', '/api/v1/cases/.env', '/api/v1/cases/%2e%2e/%2e%2e', '/api/v1/cases;drop', '/api/v1/\u0000'];
  for (const url of unknown) {
    for (const method of ['GET', 'POST'] as const) {
      out.push({ category: 'unknown route', label: `${method} ${url}`, request: { method, url, ...(method === 'POST' ? { payload: validJson(), headers: { 'content-type': 'application/json' } } : {}) }, status: [400, 404, 405] });
    }
  }
  const paths = ['/api/v1/cases', '/api/v1/cases/26-0000001-3', '/api/v1/cases/26-0000001-3/attachments/1', '/api/v1/services', '/api/v1/services/pothole', '/api/v1/entities', '/api/openapi.json'];
  for (const url of paths) {
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      out.push({ category: 'wrong method', label: `${method} ${url}`, request: { method, url }, status: [404, 405] });
      out.push({ category: 'wrong method', label: `${method} ${url} with a JSON body`, request: { method, url, payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [404, 405] });
    }
  }
  for (const url of ['/api/v1/services', '/api/v1/services/pothole', '/api/v1/entities', '/api/v1/cases/26-0000001-3']) {
    out.push({ category: 'wrong method', label: `POST ${url}`, request: { method: 'POST', url, payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [404, 405] });
  }
  return out;
}

function badUrls(): Hostile[] {
  const out: Hostile[] = [];
  const urls = [
    '/api/v1/cases/%E0%A4%A',
    '/api/v1/cases/%',
    '/api/v1/cases/%zz',
    '/api/v1/cases/%E0%A4%A/attachments/1',
    '/api/v1/cases/26-0000001-3/attachments/%E0%A4%A',
    '/api/v1/services/%E0%A4%A',
    '/api/v1/services/%',
    '/api/v1/services/%%%',
    '/api/v1/%E0%A4%A',
    '/api/%E0%A4%A/cases',
    '/api/v1/cases/%C0%AF',
    '/api/v1/cases/%ED%A0%80',
    '/api/v1/cases/%FF',
    '/api/v1/cases/%F4%90%80%80',
    '/api/v1/cases/26-0000001-3?token=%E0%A4%A',
    '/api/v1/cases/26-0000001-3?token=%',
  ];
  for (const url of urls) {
    out.push({ category: 'invalid percent-encoding', label: `GET ${url}`, request: { url }, status: [400, 404] });
  }
  out.push({ category: 'invalid percent-encoding', label: 'POST /api/v1/cases%E0%A4%A', request: { method: 'POST', url: '/api/v1/cases%E0%A4%A', payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [400, 404] });
  const long: [string, string][] = [
    ['100 kB reference', `/api/v1/cases/${'A'.repeat(100_000)}`],
    ['100 kB service code', `/api/v1/services/${'a'.repeat(100_000)}`],
    ['100 kB search', `/api/v1/services?q=${'a'.repeat(100_000)}`],
    ['50,000 path segments', `/api/v1/${'x/'.repeat(50_000)}`],
    ['30,000 percent-escapes', `/api/v1/services/${'%41'.repeat(30_000)}`],
    ['100 kB query without =', `/api/v1/services?${'x'.repeat(100_000)}`],
    ['1 MB unknown path', `/api/v1/${'z'.repeat(1024 * 1024)}`],
    ['10,000 repeated token parameters', `/api/v1/cases/26-0000001-3?${'token=a&'.repeat(10_000)}`],
  ];
  for (const [label, url] of long) {
    out.push({ category: 'very long URL', label, request: { url }, status: [400, 404, 414] });
  }
  out.push({ category: 'very long URL', label: 'POST 100 kB path', request: { method: 'POST', url: `/api/v1/cases/${'c'.repeat(100_000)}`, payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [400, 404, 414] });
  return out;
}

// ------------------------------------------------------------------------------------------------

describe('hostile requests', () => {
  it('the requests they are derived from are valid', async () => {
    // Each hostile request breaks one thing of a valid one: if the valid one were refused, a
    // 4xx below would prove nothing.
    const controls: [string, InjectOptions][] = [
      ['base case', postJson(base())],
      ['multipart with a PNG', { method: 'POST', url: '/api/v1/cases', ...multipart([{ name: 'case', value: validJson() }, { name: 'photo', file: { filename: 'a.png', type: 'image/png', content: makePng(2, 2) } }]) }],
      ...(await t.ctx.catalogue.list()).map((s): [string, InjectOptions] => [s.code, postJson(validFor(s))]),
    ];
    for (const [label, request] of controls) {
      const res = await t.app.inject(request);
      expect(res.statusCode, `${label}: ${res.body}`).toBe(201);
    }
  });

  it('every malformed or hostile request gets a 4xx problem+json answer and writes nothing', async () => {
    const attachmentsDir = path.join(t.config.dataDir, 'attachments');
    const rowsBefore = await countRows(t.ctx.database);
    const filesBefore = filesUnder(attachmentsDir);

    const services = await t.ctx.catalogue.list();
    expect(services.length).toBeGreaterThan(20);
    const requests: Hostile[] = [
      ...missingRequired(),
      ...wrongTypes(),
      ...unknownFields(),
      ...hugeStrings(),
      ...controlCharacters(),
      ...surrogates(),
      ...injections(),
      ...invalidEnums(),
      ...coordinates(),
      ...contactGarbage(),
      ...serviceRules(services),
      ...badJson(),
      ...brokenEncoding(),
      ...contentTypes(),
      ...multipartRequests(),
      ...idempotencyKeys(),
      ...trackingRequests(),
      ...catalogueRequests(),
      ...routesAndMethods(),
      ...badUrls(),
    ];
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    const perCategory: Record<string, number> = {};
    for (const r of requests) perCategory[r.category] = (perCategory[r.category] ?? 0) + 1;

    const { failures } = await barrage(t.app, requests, 20);
    const report = failures
      .map((f) => `[${f.category}] ${f.label.slice(0, 80)}: ${f.problems.slice(0, 2).join('; ')} (${f.contentType}) ${(f.body ?? '').slice(0, 160)}`)
      .join('\n');
    expect(failures.length, `${failures.length} of ${requests.length} requests (${JSON.stringify(perCategory)}) were answered wrongly:\n${report}`).toBe(0);

    expect(await countRows(t.ctx.database)).toEqual(rowsBefore);
    expect(filesUnder(attachmentsDir)).toEqual(filesBefore);
  });

  it('the barrage left the app working: a valid case is still accepted', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: caseInput() });
    expect(res.statusCode).toBe(201);
  });
});
