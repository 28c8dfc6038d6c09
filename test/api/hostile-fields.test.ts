import type { InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseChannels, caseTypes, governorates, languages } from '../../src/common/enums.ts';
import type { Service, ServiceAttribute } from '../../src/server/catalogue/catalogue.service.ts';
import { caseInput } from '../support/factories.ts';
import { makePng, multipart } from '../support/files.ts';
import { base, expectAllRefused, hostileLimits, injectionPayloads, postJson, postRaw, SEED, validJson, withPath, type Hostile, type Json } from '../support/hostile.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Hostile values in the fields of a JSON submission: missing, mistyped, unknown, oversized, with control characters or lone surrogates, injections, values outside an enum or Bahrain, contact garbage, and what each service of the catalogue refuses. Every one must be refused with a 4xx problem+json answer (never a 5xx, never a stack
 * trace), and none may write anything. The contract check and the shared payloads are in
 * test/support/hostile.ts.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ attachments: hostileLimits });
});
afterAll(() => t?.close());

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

describe('hostile requests: the fields of a submission', () => {
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
    ];
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    await expectAllRefused(t, requests);
  });

  it('the barrage left the app working: a valid case is still accepted', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: caseInput() });
    expect(res.statusCode).toBe(201);
  });
});
