/**
 * A request fuzzer driven by the app's own OpenAPI document: every operation, with valid values and
 * hostile ones for every path, query and header parameter and every body field, plus broken bodies
 * (bad JSON, bad UTF-8, wrong content types) and broken calendar files. A seeded PRNG makes each
 * run reproducible. Shared by test/api/fuzz.test.ts (bounded) and bench/fuzz.bench.ts (100,000).
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { caseInput } from './factories.ts';
import { makePng, multipart } from './files.ts';
import { problemViolations } from './hostile.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON Schema node as the OpenAPI document has it. */
type Schema = Record<string, unknown>;

/** One operation of the OpenAPI document. */
export interface Operation {
  method: string;
  /** The path template, e.g. `/api/v1/cases/{reference}`. */
  path: string;
  open311: boolean;
  params: { name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: Schema }[];
  body?: Schema;
}

/** Who sends a request: nobody, or a signed-in staff session (cookie and CSRF token). */
export interface Identity {
  name: string;
  cookie?: string;
  csrf?: string;
}

/** One generated request. */
export interface FuzzCase {
  /** What was done to the request, for the failure report. */
  label: string;
  operation: string;
  open311: boolean;
  identity: string;
  request: InjectOptions & { url: string };
}

/** Known good values by parameter or field name (case references, codes, ids), so valid requests get past lookups. */
export type Fixtures = Record<string, readonly string[]>;

/** A small, fast, seeded PRNG (mulberry32). */
export class Rng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The operations of an OpenAPI 3 document under /api and /open311 (GET /metrics answers Prometheus text, not an API error format). */
export function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!/^\/(api|open311)\//.test(path)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method)) continue;
      const params = ((op.parameters as Record<string, unknown>[] | undefined) ?? [])
        .filter((p) => p.in === 'path' || p.in === 'query' || p.in === 'header')
        .map((p) => ({ name: String(p.name), in: p.in as 'path' | 'query' | 'header', required: Boolean(p.required), schema: (p.schema ?? {}) as Schema }));
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
      const body = content ? Object.values(content)[0]?.schema ?? {} : undefined;
      out.push({ method: method.toUpperCase(), path, open311: path.startsWith('/open311/'), params, body });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Values

const BIG = 'a'.repeat(100_000);
const deep = (n: number, leaf: Json = 1): Json => {
  let v: Json = leaf;
  for (let i = 0; i < n; i++) v = i % 2 ? { a: v } : [v];
  return v;
};

/** Hostile JSON values for a body field. */
const hostileJson: readonly Json[] = [
  null,
  true,
  false,
  0,
  -1,
  -0.5,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  -1e308,
  5e-324,
  '',
  ' ',
  BIG,
  'ب'.repeat(50_000),
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\ufffe\uffff',
  '٠١٢٣٤٥٦٧٨٩',
  '٢٠٢٦-١٢-٠٧',
  '۱۲۳',
  '1e999',
  'NaN',
  'Infinity',
  '-1',
  '9'.repeat(400),
  '2026-13-99',
  '2026-02-30',
  '0000-00-00',
  '2026-12-07T25:61:61Z',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '../../etc/passwd',
  '%00',
  '\u202egnp.exe',
  '🙂'.repeat(500),
  'true',
  'null',
  [],
  [1, 'a', null],
  Array.from({ length: 2000 }, (_, i) => i),
  {},
  { '': 1, __proto: 1, constructor: 'x' },
  deep(64),
  deep(2000),
];

/** Hostile texts for a URL part (path or query); each is percent-encoded unless listed in `rawUrl`. */
const hostileText: readonly string[] = [
  '',
  ' ',
  'a'.repeat(5000),
  BIG,
  '\u0000',
  '٠١٢٣٤٥٦٧٨٩',
  '٢٠٢٦-١٢-٠٧',
  '۲۶-۰۰۰۰۰۴۲-۵',
  '-1',
  '0',
  '-0',
  '1.5',
  '1e999',
  '9'.repeat(40),
  '99999999999999999999999',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '2026-13-99',
  '2026-02-30',
  '0000-00-00',
  '20261399',
  '2026-12-07T25:00:00Z',
  '<svg onload=alert(1)>',
  "'; drop table cases; --",
  '../../../etc/passwd',
  'a,b,,c,',
  ',,,,',
  '🙂',
  'ü'.normalize('NFD'),
];

/** URL fragments inserted as they are: broken %-escapes, encoded NUL, lone surrogates as UTF-8, encoded slashes. */
const rawUrl: readonly string[] = ['%', '%zz', '%ff', '%c3%28', '%ED%A0%80', '%00', '..%2F..%2F', '%2e%2e', '%E2%80%AE', 'a%20b', '%uD800'];

const hostileHeader: readonly string[] = ['', ' ', 'a'.repeat(10_000), '-1', '0', '1.5', 'W/"x"', '"', '*', '١٢', 'null', '9'.repeat(40), 'W/""', '"2", "3"'];

/** Broken bodies with the content type they are sent as. */
const brokenBodies: readonly { label: string; contentType: string | null; payload: string | Buffer }[] = [
  { label: 'truncated JSON', contentType: 'application/json', payload: '{"a":' },
  { label: 'an open bracket', contentType: 'application/json', payload: '[' },
  { label: 'trailing comma', contentType: 'application/json', payload: '{"a":1,}' },
  { label: 'single quotes', contentType: 'application/json', payload: "{'a':1}" },
  { label: 'JSON null', contentType: 'application/json', payload: 'null' },
  { label: 'JSON string', contentType: 'application/json', payload: '"text"' },
  { label: 'JSON number', contentType: 'application/json', payload: '123' },
  { label: 'JSON array', contentType: 'application/json', payload: '[{"a":1}]' },
  { label: 'empty body', contentType: 'application/json', payload: '' },
  { label: 'whitespace body', contentType: 'application/json', payload: ' \n\t ' },
  { label: 'invalid UTF-8 bytes', contentType: 'application/json', payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]) },
  { label: 'UTF-16 body', contentType: 'application/json', payload: Buffer.from('{"a":1}', 'utf16le') },
  { label: 'BOM then JSON', contentType: 'application/json', payload: '\ufeff{"a":1}' },
  { label: '__proto__ key', contentType: 'application/json', payload: '{"__proto__":{"admin":true}}' },
  { label: 'constructor.prototype', contentType: 'application/json', payload: '{"constructor":{"prototype":{"admin":true}}}' },
  { label: 'deeply nested arrays', contentType: 'application/json', payload: '['.repeat(5000) + ']'.repeat(5000) },
  { label: 'deeply nested objects', contentType: 'application/json', payload: '{"a":'.repeat(3000) + '1' + '}'.repeat(3000) },
  { label: 'huge number', contentType: 'application/json', payload: `{"a":1${'0'.repeat(5000)}}` },
  { label: 'duplicate keys', contentType: 'application/json', payload: '{"a":1,"a":"x"}' },
  { label: 'NUL escape', contentType: 'application/json', payload: '{"a":"\\u0000"}' },
  { label: 'over the body limit', contentType: 'application/json', payload: `{"a":"${'a'.repeat(300 * 1024)}"}` },
  { label: 'text/plain', contentType: 'text/plain', payload: '{"a":1}' },
  { label: 'application/xml', contentType: 'application/xml', payload: '<a>1</a>' },
  { label: 'form-urlencoded', contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=%ff&c' },
  { label: 'multipart without boundary', contentType: 'multipart/form-data', payload: 'x' },
  { label: 'multipart, garbage', contentType: 'multipart/form-data; boundary=zz', payload: '--zz\r\nContent-Disposition: form-data; name="case"\r\n\r\n{"a"' },
  { label: 'JSON with a latin1 charset', contentType: 'application/json; charset=latin1', payload: Buffer.from('{"a":"\xe9"}', 'latin1') },
  { label: 'a vendor +json type', contentType: 'application/merge-patch+json', payload: '{"a":1}' },
  { label: 'a broken content type', contentType: ';;;', payload: '{}' },
  { label: 'an octet stream', contentType: 'application/octet-stream', payload: Buffer.from([0, 1, 2, 3, 255]) },
  { label: 'no content type', contentType: null, payload: '{"a":1}' },
  { label: 'text/calendar', contentType: 'text/calendar', payload: 'BEGIN:VCALENDAR' },
];

/** Calendar files: impossible dates, broken structure, and sizes, sent to the holiday import. */
function icsBody(rng: Rng): { label: string; payload: string | Buffer } {
  const dates = ['20261399', '20260230', '00000000', '00000101', '99991231', '2026', '', '٢٠٢٦١٢٢٥', '20261225T250000Z', '20261225', '-20261225', '2026-12-25', '20261225X', '202612250'];
  const event = (start: string, extra = '') => `BEGIN:VEVENT\r\nUID:${rng.int(1e9)}@fuzz\r\nDTSTART;VALUE=DATE:${start}\r\n${extra}SUMMARY:عيد\r\nEND:VEVENT\r\n`;
  const wrap = (events: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n${events}END:VCALENDAR\r\n`;
  const start = rng.pick(dates);
  const end = rng.pick(dates);
  const forms: { label: string; payload: string | Buffer }[] = [
    { label: `DTSTART ${start}`, payload: wrap(event(start)) },
    { label: `DTSTART 20261225, DTEND ${end}`, payload: wrap(event('20261225', `DTEND;VALUE=DATE:${end}\r\n`)) },
    { label: `DTSTART ${start}, DTEND ${end}`, payload: wrap(event(start, `DTEND;VALUE=DATE:${end}\r\n`)) },
    { label: 'DTEND a year after DTSTART', payload: wrap(event('20260101', 'DTEND;VALUE=DATE:20280101\r\n')) },
    { label: 'an RRULE', payload: wrap(event('20261225', 'RRULE:FREQ=DAILY;COUNT=999999999\r\n')) },
    { label: 'no END:VEVENT', payload: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261225\r\n' },
    { label: 'nested events', payload: wrap('BEGIN:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20261225\r\nEND:VEVENT\r\nEND:VEVENT\r\n') },
    { label: 'no events', payload: wrap('') },
    { label: 'not a calendar', payload: 'hello' },
    { label: 'empty', payload: '' },
    { label: 'NUL in SUMMARY', payload: wrap(event('20261226').replace('عيد', 'a\u0000b')) },
    { label: 'lone surrogate in SUMMARY', payload: wrap(event('20261227').replace('عيد', '\ud800')) },
    { label: 'a 100 kB SUMMARY', payload: wrap(event('20261228').replace('عيد', BIG)) },
    { label: 'folded lines', payload: wrap('BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026\r\n 1229\r\nSUMMARY:a\r\n  b\r\nEND:VEVENT\r\n') },
    { label: 'invalid UTF-8', payload: Buffer.concat([Buffer.from(wrap(event('20261230')).slice(0, 60)), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('\r\nEND:VCALENDAR\r\n')]) },
    { label: '3000 events', payload: wrap(Array.from({ length: 3000 }, (_, i) => event(`2${String(100 + (i % 800)).padStart(3, '0')}0101`)).join('')) },
  ];
  return rng.pick(forms);
}

function typesOf(schema: Schema): string[] {
  const t = schema.type;
  return Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
}

function fits(schema: Schema, v: string): boolean {
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) return false;
  if (typeof schema.minLength === 'number' && v.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && v.length > schema.maxLength) return false;
  return true;
}

/** A value the schema accepts (as far as a small generator can tell), preferring known good values by name. */
function validValue(schema: Schema, name: string, rng: Rng, fixtures: Fixtures, depth = 0): Json {
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union?.length) return validValue(rng.pick(union), name, rng, fixtures, depth);
  if (Array.isArray(schema.enum) && schema.enum.length) return rng.pick(schema.enum as Json[]);
  if ('const' in schema) return schema.const as Json;
  const types = typesOf(schema).filter((t) => t !== 'null');
  const type = types.length ? rng.pick(types) : schema.properties ? 'object' : 'string';
  switch (type) {
    case 'object': {
      const out: Record<string, Json> = {};
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [key, sub] of Object.entries(props)) {
        if (required.has(key) || (depth < 4 && rng.chance(0.6))) out[key] = validValue(sub, key, rng, fixtures, depth + 1);
      }
      return out;
    }
    case 'array': {
      const items = (schema.items ?? {}) as Schema;
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const max = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 3, min + 2);
      const n = min + rng.int(Math.max(1, max - min + 1));
      return Array.from({ length: n }, () => validValue(items, name, rng, fixtures, depth + 1));
    }
    case 'integer':
    case 'number': {
      const known = fixtures[name]?.map(Number).filter((n) => Number.isFinite(n));
      if (known?.length) return rng.pick(known);
      const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : 0;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 100;
      const n = min + rng.next() * Math.min(max - min, 1000);
      return type === 'integer' ? Math.ceil(n) : n;
    }
    case 'boolean':
      return rng.chance(0.5);
    default:
      return validString(schema, name, rng, fixtures);
  }
}

function validString(schema: Schema, name: string, rng: Rng, fixtures: Fixtures): string {
  const candidates: string[] = [];
  if (fixtures[name]?.length) candidates.push(rng.pick(fixtures[name]));
  const pattern = typeof schema.pattern === 'string' ? schema.pattern : '';
  // A comma-separated list of alternatives, e.g. ^(met|late)(,(met|late))*$: one of them.
  const alternatives = /^\^\(([\w|]+)\)/.exec(pattern);
  if (alternatives) candidates.push(rng.pick(alternatives[1]!.split('|')));
  if (schema.format === 'date' || /\\d\{4\}-\(\?:/.test(pattern)) candidates.push('2026-11-01', '2026-12-20');
  if (schema.format === 'date-time' || pattern.includes('T(?:')) candidates.push('2026-12-07T09:00:00Z');
  if (pattern.includes('(0[1-9]|1[0-2])$')) candidates.push('2026-11');
  if (schema.format === 'email' || /email/i.test(name)) candidates.push('someone@example.org');
  if (schema.format === 'uri' || /url/i.test(name)) candidates.push('https://example.org/photo.jpg');
  if (/phone/i.test(name)) candidates.push('36001234');
  candidates.push('fuzz_value', 'a', '1', 'Fuzz text نص');
  return candidates.find((c) => fits(schema, c)) ?? 'a';
}

/** Every dotted path to a leaf or container inside a JSON value (the root excluded). */
function pathsOf(v: Json, prefix: string[] = [], out: string[][] = []): string[][] {
  if (v && typeof v === 'object') {
    for (const [k, sub] of Object.entries(v)) {
      out.push([...prefix, k]);
      pathsOf(sub, [...prefix, k], out);
    }
  }
  return out;
}

function setAt(root: Json, path: string[], value: Json | undefined): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string, Json>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

function encodeText(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, as the bytes a careless client would send
  }
}

/** A hostile URL part: a text (encoded) or a raw fragment (as is). */
function hostileUrlPart(rng: Rng): string {
  return rng.chance(0.25) ? rng.pick(rawUrl) : encodeText(rng.pick(hostileText));
}

/** Form-encodes a JSON object the way an Open311 client posts (nested values as JSON text). */
function formEncode(body: Json): string {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return encodeText(JSON.stringify(body));
  return Object.entries(body)
    .map(([k, v]) => `${encodeText(k)}=${encodeText(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
}

const ICS_IMPORT = '/api/v1/admin/calendars/{code}/holidays/import';

/**
 * Builds request `index` of a run: operations are taken in turn (so every one is covered), each
 * identity in turn per round; what is broken in the request is drawn from the PRNG.
 */
export function fuzzCase(ops: readonly Operation[], identities: readonly Identity[], fixtures: Fixtures, rng: Rng, index: number): FuzzCase {
  const op = ops[index % ops.length]!;
  const identity = identities[Math.floor(index / ops.length) % identities.length]!;
  const labels: string[] = [];
  const roll = rng.next();
  // Which part is broken: 0.15 nothing, then a parameter, a body field, or the whole body.
  const target = roll < 0.15 ? 'none' : roll < 0.5 || !op.body ? 'param' : roll < 0.85 ? 'field' : 'body';
  const brokenParam = target === 'param' && op.params.length ? rng.pick(op.params) : undefined;
  if (target === 'param' && !brokenParam) labels.push('no parameters to break');

  let url = op.path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  for (const p of op.params) {
    const broken = p === brokenParam;
    if (!broken && !p.required && rng.chance(0.5)) continue;
    if (p.in === 'header') {
      const v = broken ? rng.pick(hostileHeader) : String(validValue(p.schema, p.name, rng, fixtures));
      if (broken) labels.push(`header ${p.name}=${JSON.stringify(v.slice(0, 40))}`);
      headers[p.name] = v;
      continue;
    }
    const valid = () => encodeText(String(validValue(p.schema, p.name, rng, fixtures)));
    let v = broken ? hostileUrlPart(rng) : valid();
    if (broken) labels.push(`${p.in} ${p.name}=${v.slice(0, 60)}`);
    if (p.in === 'path') {
      if (broken && v === '') v = '%20';
      url = url.replace(`{${p.name}}`, v);
    } else {
      query.push(`${p.name}=${v}`);
      if (broken && rng.chance(0.2)) {
        query.push(`${p.name}=${valid()}`); // the same key twice: an array where one value is expected
        labels.push('twice');
      }
    }
  }
  if (rng.chance(0.05)) {
    query.push(`${encodeText(rng.pick(['unknown', '__proto__', 'a[b]', '']))}=${hostileUrlPart(rng)}`);
    labels.push('an unknown query key');
  }
  if (query.length) url += `?${query.join('&')}`;

  let payload: string | Buffer | undefined;
  if (op.path === ICS_IMPORT && op.method === 'POST') {
    const ics = icsBody(rng);
    payload = ics.payload;
    headers['content-type'] = rng.chance(0.9) ? 'text/calendar' : rng.pick(['application/json', 'text/plain', 'text/calendar; charset=utf-8']);
    labels.push(`calendar file: ${ics.label}`);
  } else if (op.body) {
    let body = validValue(op.body, 'body', rng, fixtures);
    if (target === 'field') {
      const paths = pathsOf(body);
      const what = rng.next();
      if (!paths.length || what < 0.1) {
        body = rng.pick(hostileJson);
        labels.push(`body ${describe(body)}`);
      } else if (what < 0.2) {
        const path = rng.pick(paths);
        body = setAt(body, path, undefined);
        labels.push(`without ${path.join('.')}`);
      } else if (what < 0.27 && body && typeof body === 'object' && !Array.isArray(body)) {
        body = { ...body, [rng.pick(['extra', '__proto', 'constructor', '', 'ب'])]: rng.pick(hostileJson) };
        labels.push('an unknown field');
      } else {
        const path = rng.pick(paths);
        const value = rng.pick(hostileJson);
        body = setAt(body, path, value);
        labels.push(`${path.join('.')}=${describe(value)}`);
      }
    }
    if (target === 'body') {
      const broken = rng.pick(brokenBodies);
      payload = broken.payload;
      if (broken.contentType) headers['content-type'] = broken.contentType;
      labels.push(`body: ${broken.label}`);
    } else if (op.open311 && rng.chance(0.7)) {
      payload = formEncode(body);
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
  } else if (rng.chance(0.1) && op.method !== 'GET') {
    const broken = rng.pick(brokenBodies);
    payload = broken.payload;
    if (broken.contentType) headers['content-type'] = broken.contentType;
    labels.push(`an unexpected body: ${broken.label}`);
  }

  if (identity.cookie) {
    headers.cookie = identity.cookie;
    if (identity.csrf) headers['x-csrf-token'] = identity.csrf;
  }
  const request: FuzzCase['request'] = { method: op.method as InjectOptions['method'], url, headers, ...(payload === undefined ? {} : { payload }) };
  return {
    label: labels.join('; ') || 'valid',
    operation: `${op.method} ${op.path}`,
    open311: op.open311,
    identity: identity.name,
    request,
  };
}

function describe(v: Json): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 40)}…(${s.length} chars)` : s;
}

// ---------------------------------------------------------------------------------------------
// Answers

/** What is wrong with an Open311 error answer: its format follows the path's suffix, a list of {code, description}. */
export function open311Violations(req: FuzzCase, res: LightMyRequestResponse): string[] {
  const out: string[] = [];
  const json = req.request.url.split('?')[0]!.replace(/\/+$/, '').toLowerCase().endsWith('.json');
  const type = String(res.headers['content-type'] ?? '');
  if (json) {
    if (!/^application\/json/i.test(type)) out.push(`content-type "${type}" is not application/json`);
    try {
      const body = JSON.parse(res.body) as unknown;
      const first = Array.isArray(body) ? (body[0] as Record<string, unknown> | undefined) : undefined;
      if (!first || first.code !== res.statusCode || typeof first.description !== 'string') out.push('body is not an Open311 error list');
    } catch {
      out.push('body is not JSON');
    }
  } else {
    if (!/^(text|application)\/xml/i.test(type)) out.push(`content-type "${type}" is not XML`);
    if (!/<errors>\s*<error>\s*<code>\d{3}<\/code>\s*<description>/.test(res.body)) out.push('body is not an Open311 <errors> document');
  }
  return out;
}

/** What is wrong with an answer: a 5xx, or a 4xx outside the error contract of its API. */
export function answerViolations(req: FuzzCase, res: LightMyRequestResponse): string[] {
  if (res.statusCode >= 500) return [`status ${res.statusCode}`];
  if (res.statusCode < 400) return [];
  return req.open311 ? open311Violations(req, res) : problemViolations(res);
}

/** A failed request, with what is needed to replay it. */
export interface FuzzFailure {
  index: number;
  operation: string;
  identity: string;
  label: string;
  problems: string[];
  status?: number;
  body?: string;
  url?: string;
}

/** Figures of a run. */
export interface FuzzResult {
  seed: number;
  count: number;
  statuses: Map<number, number>;
  failures: FuzzFailure[];
  fiveXX: number;
  ms: number;
}

/**
 * Runs `count` generated requests through `app.inject()`, `concurrency` at a time. `refresh` is
 * called with an identity's name when one of its answers was a 401 (the fuzzer may have signed it
 * out), and answers that identity signed in again.
 */
export async function runFuzz(
  app: FastifyInstance,
  options: {
    seed: number;
    count: number;
    identities: Identity[];
    fixtures: Fixtures;
    concurrency?: number;
    refresh?: (name: string) => Promise<Identity>;
    onProgress?: (done: number, result: FuzzResult) => void;
    /** Sees every answer (for a breakdown by operation). */
    onAnswer?: (c: FuzzCase, res: LightMyRequestResponse) => void;
    maxFailures?: number;
  },
): Promise<FuzzResult> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Parameters<typeof operationsOf>[0];
  const ops = operationsOf(doc);
  const rng = new Rng(options.seed);
  const identities = [...options.identities];
  const result: FuzzResult = { seed: options.seed, count: 0, statuses: new Map(), failures: [], fiveXX: 0, ms: 0 };
  const started = performance.now();
  const concurrency = options.concurrency ?? 16;
  for (let i = 0; i < options.count; i += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, options.count - i) }, (_, j) => fuzzCase(ops, identities, options.fixtures, rng, i + j));
    const answers = await Promise.allSettled(batch.map((c) => app.inject(c.request)));
    const unauthorised = new Set<string>();
    answers.forEach((answer, j) => {
      const c = batch[j]!;
      result.count++;
      if (answer.status === 'rejected') {
        result.failures.push({ index: i + j, operation: c.operation, identity: c.identity, label: c.label, problems: [`inject threw: ${String(answer.reason)}`], url: c.request.url });
        return;
      }
      const res = answer.value;
      result.statuses.set(res.statusCode, (result.statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) result.fiveXX++;
      options.onAnswer?.(c, res);
      // Signed out (a fuzzed logout, say): sign in again. A refused password is a 401 too, with another code.
      if (res.statusCode === 401 && c.identity !== 'anonymous' && res.body.includes('"code":"unauthenticated"')) unauthorised.add(c.identity);
      const problems = answerViolations(c, res);
      if (problems.length && result.failures.length < (options.maxFailures ?? 200)) {
        result.failures.push({ index: i + j, operation: c.operation, identity: c.identity, label: c.label, problems, status: res.statusCode, body: res.body.slice(0, 300), url: c.request.url.slice(0, 200) });
      }
    });
    if (options.refresh) {
      for (const name of unauthorised) {
        const at = identities.findIndex((x) => x.name === name);
        if (at >= 0) identities[at] = await options.refresh(name);
      }
    }
    options.onProgress?.(i + batch.length, result);
  }
  result.ms = performance.now() - started;
  return result;
}

/** A report of the failures, with the seed to replay them. */
export function formatFailures(result: FuzzResult, limit = 20): string {
  const lines = result.failures.slice(0, limit).map((f) => `#${f.index} ${f.identity} ${f.operation} [${f.label}] → ${f.status ?? '-'}: ${f.problems.join(', ')}\n    ${f.url ?? ''}\n    ${f.body ?? ''}`);
  return `fuzz seed ${result.seed}: ${result.failures.length} failing answers (replay with FUZZ_SEED=${result.seed})\n${lines.join('\n')}`;
}

/** The staff the fuzzer signs in as: a national coordinator and an entity admin. */
export const fuzzStaff = { coordinator: 'coordinator@ministry.demo', entity_admin: 'entity_admin@capital.demo' } as const;

/**
 * Known good values for the fuzzer, read through the API as the coordinator: a case reference and
 * its token, codes of services, calendars, policies, groups and reasons, and entities other than
 * the fuzzing staff's own (so a fuzzed PATCH cannot switch their entity off).
 */
export async function loadFixtures(app: FastifyInstance, coordinator: Identity, extra: Fixtures = {}): Promise<Fixtures> {
  const get = async (url: string): Promise<Record<string, unknown>[]> => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie: coordinator.cookie ?? '' } });
    if (res.statusCode !== 200) return [];
    const body = res.json() as unknown;
    return (Array.isArray(body) ? body : ((body as { items?: unknown[] }).items ?? [])) as Record<string, unknown>[];
  };
  const codes = (rows: Record<string, unknown>[]) => rows.map((r) => String(r.code)).filter((c) => c !== 'undefined');
  const [services, calendars, policies, groups, reasons, entities] = await Promise.all([
    get('/api/v1/admin/services'),
    get('/api/v1/admin/calendars'),
    get('/api/v1/admin/sla-policies'),
    get('/api/v1/admin/service-groups'),
    get('/api/v1/admin/rejection-reasons'),
    get('/api/v1/entities'),
  ]);
  const otherEntities = codes(entities).filter((c) => c !== 'ministry' && c !== 'capital');
  const serviceCodes = codes(services).slice(0, 8);
  return {
    code: [...serviceCodes, ...codes(calendars), ...codes(policies), ...codes(groups).slice(0, 3), ...codes(reasons).slice(0, 3), ...otherEntities],
    serviceCode: serviceCodes,
    service_code: serviceCodes,
    service: serviceCodes,
    calendarCode: codes(calendars),
    policyCode: codes(policies),
    slaPolicyCode: codes(policies),
    group: codes(groups),
    reasonCode: codes(reasons),
    entity: otherEntities,
    entityCode: otherEntities,
    parent: otherEntities,
    governorate: ['capital', 'muharraq', 'northern', 'southern'],
    email: ['officer@muharraq.demo', 'someone@example.org'],
    timeZone: ['Asia/Bahrain'],
    lat: ['26.2235'],
    lng: ['50.5876'],
    long: ['50.5876'],
    language: ['ar', 'en'],
    locale: ['ar', 'en'],
    ...extra,
  };
}

/** Signs a staff member in from a given address (the fuzzer's own failures may have throttled another). */
export async function signInAt(app: FastifyInstance, name: string, email: string, password: string, remoteAddress = '10.250.0.1'): Promise<Identity> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });
  if (res.statusCode !== 200) return { name }; // signed out for good: the rest of the run is anonymous for this name
  const cookie = String([res.headers['set-cookie']].flat()[0] ?? '').split(';')[0]!;
  return { name, cookie, csrf: (res.json() as { csrfToken: string }).csrfToken };
}

/**
 * Prepares a database for the fuzzer: a case with a photo (so the case, timeline and attachment
 * routes have something to find) and the fixtures, with a staff id that is not a fuzzing identity.
 */
export async function prepareFuzzTarget(app: FastifyInstance, coordinator: Identity, victimStaffId: number, jurisdiction: string): Promise<Fixtures> {
  const { payload, headers } = multipart([
    { name: 'case', value: JSON.stringify(caseInput()) },
    { name: 'photo', file: { filename: 'p.png', type: 'image/png', content: makePng(8, 8) } },
  ]);
  const created = await app.inject({ method: 'POST', url: '/api/v1/cases', payload, headers });
  if (created.statusCode !== 201) throw new Error(`fuzz target: ${created.statusCode} ${created.body}`);
  const { reference, trackingToken } = created.json() as { reference: string; trackingToken: string };
  const view = await app.inject({ url: `/api/v1/cases/${reference}`, headers: { 'x-tracking-token': trackingToken } });
  const attachmentIds = (view.json() as { attachments: { id: number }[] }).attachments.map((a) => String(a.id));
  const key = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/api-keys',
    payload: { name: 'fuzz client' },
    headers: { cookie: coordinator.cookie ?? '', 'x-csrf-token': coordinator.csrf ?? '' },
  });
  if (key.statusCode !== 201) throw new Error(`fuzz api key: ${key.statusCode} ${key.body}`);
  return loadFixtures(app, coordinator, {
    api_key: [(key.json() as { key: string }).key],
    jurisdiction_id: [jurisdiction],
    reference: [reference],
    masterReference: [reference],
    token: [trackingToken],
    'x-tracking-token': [trackingToken],
    'if-match': ['1', '2'],
    id: [...attachmentIds, String(victimStaffId), reference],
  });
}
