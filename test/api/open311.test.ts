/**
 * Open311 GeoReport v2 conformance: every numbered item of the issue, in XML and in JSON.
 * Each check reads both formats into one plain shape (all values as text) so the two are held to
 * the same assertions; XML is parsed by a strict little reader that refuses attributes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatReference } from '../../src/common/reference.ts';
import { apikeyCommand } from '../../src/server/apikeys/apikey.cli.ts';
import { open311Routes } from '../../src/server/open311/open311.routes.ts';
import { as, signInStaff } from '../support/sessions.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

const fmts = ['xml', 'json'] as const;
type Fmt = (typeof fmts)[number];
const DECL = '<?xml version="1.0" encoding="utf-8"?>';
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const CONTENT_TYPE: Record<Fmt, string> = { xml: 'text/xml; charset=utf-8', json: 'application/json; charset=utf-8' };
const ITEMS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  service_request_updates: 'request_update',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
  notes: 'note',
};

// ---- reading both formats into one shape ------------------------------------------------------

interface El {
  name: string;
  children: El[];
  text: string;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.replace(/&(#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITY[e]!));

/** A strict reader for attribute-free XML: the declaration, then elements and text only. */
function parseXml(doc: string): El {
  expect(doc.startsWith(DECL)).toBe(true);
  const root: El = { name: '#document', children: [], text: '' };
  const stack = [root];
  let at = DECL.length;
  for (const m of doc.slice(DECL.length).matchAll(/<(\/?)([A-Za-z_][\w.-]*)>|([^<]+)/g)) {
    expect(m.index + DECL.length, `unexpected markup at ${at}: ${doc.slice(at, at + 40)}`).toBe(at);
    at += m[0].length;
    const top = stack[stack.length - 1]!;
    if (m[3] !== undefined) top.text += unescape(m[3]);
    else if (m[1]) {
      expect(top.name).toBe(m[2]);
      stack.pop();
    } else {
      const el: El = { name: m[2]!, children: [], text: '' };
      top.children.push(el);
      stack.push(el);
    }
  }
  expect(at, 'document read to the end').toBe(doc.length);
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

type Plain = string | Plain[] | { [k: string]: Plain };

function fromXml(el: El, root = false): Plain {
  const item = ITEMS[el.name] ?? 'value';
  const isList = el.children.length > 0 ? el.children.every((c) => c.name === item) : root || el.name in ITEMS;
  if (isList) return el.children.map((c) => fromXml(c));
  if (el.children.length === 0) return el.text;
  return Object.fromEntries(el.children.map((c) => [c.name, fromXml(c)]));
}

function fromJson(v: unknown, name = '#root'): Plain {
  if (Array.isArray(v)) return v.length === 0 && !(name in ITEMS) && name !== '#root' ? '' : v.map((x) => fromJson(x, ''));
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x, k)]));
  return String(v);
}

/** The answer of a request in either format as plain text values, with the root element name for XML. */
function read(res: { body: string; headers: Record<string, unknown> }, fmt: Fmt): { root?: string; data: Plain } {
  expect(res.headers['content-type']).toBe(CONTENT_TYPE[fmt]);
  if (fmt === 'json') return { data: fromJson(JSON.parse(res.body)) };
  const el = parseXml(res.body);
  expect(res.body.slice(DECL.length), 'no whitespace between elements').not.toMatch(/>\s+</);
  return { root: el.name, data: fromXml(el, true) };
}

type Obj = Record<string, Plain>;
const list = (p: Plain | undefined) => p as Obj[];

// ---- the app ----------------------------------------------------------------------------------

let t: TestApp;
let key: string;
let keyId: number;
let muharraqKey: string;
let revokedKey: string;
let whatsappKey: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ key, client: { id: keyId } } = await t.ctx.apikeys.create({ name: 'fixmystreet' }));
  ({ key: muharraqKey } = await t.ctx.apikeys.create({ name: 'muharraq relay', entityCode: 'muharraq' }));
  ({ key: whatsappKey } = await t.ctx.apikeys.create({ name: 'whatsapp relay', channel: 'whatsapp' }));
  ({ key: revokedKey } = await t.ctx.apikeys.create({ name: 'old app' }));
  await t.ctx.apikeys.revoke('old app');
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;

async function get(pathAndQuery: string, fmt: Fmt, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url: `/open311/v2/${pathAndQuery.replace('{fmt}', fmt)}`, headers });
}

type Fields = Record<string, string | string[] | undefined>;

function encode(fields: Fields): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of v === undefined ? [] : Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
}

async function post(fmt: Fmt, fields: Fields, opts: { query?: string; headers?: Record<string, string> } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.${fmt}${opts.query ?? ''}`,
    payload: encode(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...opts.headers },
  });
}

/** A valid report of a street light fault; override any field (undefined removes it). */
const report = (o: Fields = {}): Fields => ({
  api_key: key,
  service_code: 'street_light_fault',
  lat: '26.25',
  long: '50.61',
  description: 'عمود الإنارة أمام المنزل مطفأ منذ أسبوع',
  'attribute[fault_kind]': 'off',
  email: 'citizen@example.com',
  first_name: 'Fatima',
  last_name: 'Ali',
  ...o,
});

/** Posts a report and answers its reference; fails the test on anything but 200. */
async function submit(fmt: Fmt, o: Fields = {}): Promise<string> {
  const res = await post(fmt, report(o));
  expect(res.statusCode, res.body).toBe(200);
  const { data } = read(res, fmt);
  return list(data)[0]!.service_request_id as string;
}

const caseRow = (reference: string) => db().selectFrom('cases').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
const countCases = async () => Number((await db().selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

function expectErrors(res: { statusCode: number; body: string; headers: Record<string, unknown> }, fmt: Fmt, status: number, pattern?: RegExp) {
  expect(res.statusCode, res.body).toBe(status);
  const { root, data } = read(res, fmt);
  if (fmt === 'xml') expect(root).toBe('errors');
  const errs = list(data);
  expect(errs.length).toBeGreaterThan(0);
  for (const e of errs) {
    expect(Object.keys(e)).toEqual(['code', 'description']);
    expect(e.code).toBe(String(status));
  }
  if (pattern) expect(errs.map((e) => e.description).join(' | ')).toMatch(pattern);
  if (fmt === 'json') expect(typeof JSON.parse(res.body)[0].code).toBe('number');
}

// ---- 1–4: formats, discovery, services, definitions -------------------------------------------

describe.each(fmts)('catalogue in %s', (fmt) => {
  it('answers discovery with changeset, contact, key_service and the endpoint (items 1, 2)', async () => {
    const res = await get('discovery.{fmt}', fmt);
    expect(res.statusCode).toBe(200);
    const { root, data } = read(res, fmt);
    if (fmt === 'xml') expect(root).toBe('discovery');
    const d = data as Obj;
    expect(Object.keys(d)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
    expect(d.changeset).toMatch(W3C);
    expect(d.contact).not.toBe('');
    expect(d.key_service).toMatch(/key/i);
    const [endpoint] = list(d.endpoints);
    expect(endpoint).toEqual({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${t.config.publicUrl}/open311/v2`,
      changeset: d.changeset,
      type: 'production',
      formats: ['text/xml', 'application/json'],
    });
  });

  it('lists every active service in Arabic by default and English on request (items 1, 3)', async () => {
    const active = await db().selectFrom('services').select(['code', 'name_ar', 'name_en']).where('active', '=', true).execute();
    const ar = await get('services.{fmt}', fmt);
    expect(ar.statusCode).toBe(200);
    const { root, data } = read(ar, fmt);
    if (fmt === 'xml') expect(root).toBe('services');
    const services = list(data);
    expect(services.map((s) => s.service_code).sort()).toEqual(active.map((s) => s.code).sort());
    const light = services.find((s) => s.service_code === 'street_light_fault')!;
    expect(light).toEqual({
      service_code: 'street_light_fault',
      service_name: 'عطل في الإنارة العامة',
      description: 'عمود إنارة لا يعمل أو يعمل بشكل متقطع في طريق أو حي سكني.',
      metadata: 'true',
      type: 'realtime',
      keywords: 'إنارة,عمود إنارة,ضوء الشارع,ظلام,ليت,ليتات الشارع,طافي,لمبة,street light,lamp post,streetlight',
      group: 'الإنارة العامة',
    });
    expect(services.find((s) => s.service_code === 'bin_overflow')!.metadata).toBe('false');
    expect(ar.body).toContain('عطل في الإنارة العامة'); // the bytes on the wire are UTF-8, not escapes

    const byName = (r: Awaited<ReturnType<typeof get>>) =>
      Object.fromEntries(list(read(r, fmt).data).map((s) => [s.service_code as string, s.service_name as string]));
    const english = Object.fromEntries(active.map((s) => [s.code, s.name_en]));
    const arabic = Object.fromEntries(active.map((s) => [s.code, s.name_ar]));
    expect(byName(await get('services.{fmt}?locale=en', fmt))).toEqual(english);
    expect(byName(await get('services.{fmt}', fmt, { 'accept-language': 'en-US,en;q=0.9' }))).toEqual(english);
    expect(byName(await get('services.{fmt}', fmt, { 'accept-language': 'ar-BH' }))).toEqual(arabic);
    expect(byName(await get('services.{fmt}?locale=ar', fmt, { 'accept-language': 'en' }))).toEqual(arabic);
    const group = list(read(await get('services.{fmt}?locale=en', fmt), fmt).data).find((s) => s.service_code === 'pothole')!.group;
    expect(group).toBe('Roads and pavements');
  });

  it('defines a service: attributes with every field, list values, ASCII codes (item 4)', async () => {
    const res = await get('services/street_light_fault.{fmt}?locale=en', fmt);
    expect(res.statusCode).toBe(200);
    const { root, data } = read(res, fmt);
    if (fmt === 'xml') expect(root).toBe('service_definition');
    const def = data as Obj;
    expect(def.service_code).toBe('street_light_fault');
    const [pole, kind] = list(def.attributes);
    expect(pole).toEqual({
      variable: 'true',
      code: 'pole_number',
      datatype: 'string',
      required: 'false',
      datatype_description: 'The number written on the light pole, if any.',
      order: '1',
      description: 'Light pole number',
      values: [],
    });
    expect(kind).toMatchObject({ code: 'fault_kind', datatype: 'singlevaluelist', required: 'true', order: '2', description: 'Kind of fault' });
    expect(list(kind!.values)[0]).toEqual({ key: 'off', name: 'Light is off' });
    const arabic = read(await get('services/street_light_fault.{fmt}', fmt), fmt).data as Obj;
    expect(list(list(arabic.attributes)[1]!.values)[0]).toEqual({ key: 'off', name: 'الإنارة مطفأة' });
    const pothole = read(await get('services/pothole.{fmt}', fmt), fmt).data as Obj;
    expect(list(pothole.attributes).map((a) => a.datatype)).toEqual(['number', 'multivaluelist']);
  });

  it('every service definition uses only the six datatypes and ASCII codes (items 4, 9)', async () => {
    const codes = (await db().selectFrom('services').select('code').where('active', '=', true).execute()).map((s) => s.code);
    const datatypes = new Set<string>();
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      const res = await get(`services/${code}.{fmt}`, fmt);
      expect(res.statusCode).toBe(200);
      for (const a of list((read(res, fmt).data as Obj).attributes)) {
        expect(a.code).toMatch(/^[a-z][a-z0-9_]*$/);
        datatypes.add(a.datatype as string);
        for (const v of list(a.values)) expect(v.key).toMatch(/^[\x20-\x7e]+$/);
      }
    }
    expect([...datatypes].every((d) => ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'].includes(d))).toBe(true);
    expect(datatypes.size).toBe(6);
  });

  it('answers 404 for an unknown service (item 8)', async () => {
    expectErrors(await get('services/no_such_service.{fmt}', fmt), fmt, 404, /no_such_service/);
  });
});

// ---- 5: submitting --------------------------------------------------------------------------

describe.each(fmts)('POST requests.%s', (fmt) => {
  it('creates the case at once and answers [{service_request_id, service_notice}] with no token', async () => {
    const before = await countCases();
    const res = await post(fmt, report({ device_id: 'device-42', account_id: 'acct-7', phone: '36001234' }));
    expect(res.statusCode, res.body).toBe(200);
    const { root, data } = read(res, fmt);
    if (fmt === 'xml') expect(root).toBe('service_requests');
    const [created] = list(data);
    expect(Object.keys(created!)).toEqual(['service_request_id', 'service_notice']);
    expect(created!.service_request_id).toMatch(/^\d{2}-\d{7}-\d$/);
    expect(await countCases()).toBe(before + 1);

    const row = await caseRow(created!.service_request_id as string);
    expect(row).toMatchObject({
      channel: 'open311',
      type: 'complaint',
      anonymous: false,
      contact_name: 'Fatima Ali',
      contact_email: 'citizen@example.com',
      contact_phone: '+97336001234',
      lat: 26.25,
      lng: 50.61,
      language: 'ar',
    });
    const event = await db().selectFrom('case_events').selectAll().where('case_id', '=', row.id).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ kind: 'created', actor_type: 'api_client', actor_id: keyId });
    const data2 = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    expect(data2.open311).toEqual({ api_key: 'fixmystreet', device_id: 'device-42', account_id: 'acct-7' });
  });

  it('takes the api_key from the query string too', async () => {
    const res = await post(fmt, report({ api_key: undefined }), { query: `?api_key=${key}` });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('answers 403 without a key, with a wrong, malformed or revoked key, and creates nothing', async () => {
    const before = await countCases();
    const wrong = `tw_${'A'.repeat(43)}`;
    for (const k of [undefined, '', wrong, 'not-a-key', revokedKey]) {
      expectErrors(await post(fmt, report({ api_key: k })), fmt, 403, /api_key/);
    }
    // the key check comes first: a keyless post with nothing else is still a 403
    expectErrors(await post(fmt, {}), fmt, 403);
    expect(await countCases()).toBe(before);
  });

  it('needs a location: lat and long, address_string or address_id (400 otherwise)', async () => {
    expectErrors(await post(fmt, report({ lat: undefined, long: undefined })), fmt, 400, /location/);
    expectErrors(await post(fmt, report({ long: undefined })), fmt, 400, /lat/);
    const byAddress = await submit(fmt, { lat: undefined, long: undefined, address_string: 'طريق ٤١٥، مجمع ٢٠٤، عراد' });
    expect((await caseRow(byAddress)).address).toBe('طريق ٤١٥، مجمع ٢٠٤، عراد');
    const byId = await submit(fmt, { lat: undefined, long: undefined, address_id: 'PAC-88123' });
    expect((await caseRow(byId)).address).toBe('address_id PAC-88123');
    expectErrors(await post(fmt, report({ lat: '51.5', long: '-0.12' })), fmt, 400, /outside/i);
  });

  it('validates attributes: a missing required one is 400, unknown ones are ignored', async () => {
    expectErrors(await post(fmt, report({ 'attribute[fault_kind]': undefined })), fmt, 400, /attribute\[fault_kind\]: Required/);
    expectErrors(await post(fmt, report({ 'attribute[fault_kind]': '' })), fmt, 400, /attribute\[fault_kind\]/);
    expectErrors(await post(fmt, report({ 'attribute[fault_kind]': 'purple' })), fmt, 400, /attribute\[fault_kind\]/);
    const ref = await submit(fmt, { 'attribute[colour]': 'red', 'attribute[pole_number]': 'P-12', 'attribute[x][]': ['1', '2'] });
    expect((await caseRow(ref)).attributes).toEqual({ fault_kind: 'off', pole_number: 'P-12' });
  });

  it('reads attribute[code][] as a multi-value list', async () => {
    const ref = await submit(fmt, {
      service_code: 'pothole',
      'attribute[fault_kind]': undefined,
      'attribute[lanes_affected][]': ['right_lane', 'left_lane'],
      'attribute[approx_size_cm]': '40',
    });
    expect((await caseRow(ref)).attributes).toEqual({ lanes_affected: ['right_lane', 'left_lane'], approx_size_cm: 40 });
    const one = await submit(fmt, { service_code: 'pothole', 'attribute[fault_kind]': undefined, 'attribute[lanes_affected]': 'shoulder' });
    expect((await caseRow(one)).attributes).toEqual({ lanes_affected: ['shoulder'] });
    expectErrors(
      await post(fmt, report({ service_code: 'pothole', 'attribute[fault_kind]': undefined, 'attribute[lanes_affected][]': ['right_lane', 'sky'] })),
      fmt,
      400,
      /attribute\[lanes_affected\]/,
    );
  });

  it('accepts a CRLF description of up to 4,000 characters and refuses a longer one', async () => {
    const crlf = await submit(fmt, { description: 'السطر الأول\r\nThe second line\r\n' });
    expect((await caseRow(crlf)).description).toBe('السطر الأول\nThe second line');
    const full = 'ب'.repeat(4000);
    expect((await caseRow(await submit(fmt, { description: full }))).description).toBe(full);
    expectErrors(await post(fmt, report({ description: 'ب'.repeat(4001) })), fmt, 400, /description: At most 4000/);
    expectErrors(await post(fmt, report({ description: undefined })), fmt, 400, /description/);
  });

  it('files without contact as anonymous where allowed, and refuses it clearly where not', async () => {
    const anon = await submit(fmt, { email: undefined, first_name: undefined, last_name: undefined });
    expect(await caseRow(anon)).toMatchObject({ anonymous: true, contact_email: null, contact_name: null });
    const permit = { service_code: 'building_permit_inquiry', 'attribute[fault_kind]': undefined, 'attribute[permit_number]': 'BP-1' };
    expectErrors(await post(fmt, report({ ...permit, email: undefined })), fmt, 400, /needs the submitter's email or phone/);
    const ok = await submit(fmt, permit);
    expect((await caseRow(ok)).type).toBe('inquiry');
    expectErrors(await post(fmt, report({ email: 'not-an-email' })), fmt, 400, /email/);
  });

  it('answers 404 for an unknown service and 400 without a service_code', async () => {
    expectErrors(await post(fmt, report({ service_code: 'no_such_service' })), fmt, 404, /no_such_service/);
    expectErrors(await post(fmt, report({ service_code: undefined })), fmt, 400, /service_code/);
  });

  it('keeps a media_url, refuses one that is not http(s), and ignores empty fields', async () => {
    const ref = await submit(fmt, { media_url: 'https://img.example.org/p/1.jpg', address_id: '', phone: '', jurisdiction_id: '' });
    expect((await caseRow(ref)).media_url).toBe('https://img.example.org/p/1.jpg');
    expectErrors(await post(fmt, report({ media_url: 'javascript:alert(1)' })), fmt, 400, /media_url/);
  });

  it('files the case under the key\'s channel, and a key tied to an entity routes to it and posts only to its services', async () => {
    expect((await caseRow(await submit(fmt, { api_key: whatsappKey }))).channel).toBe('whatsapp');
    const routed = await caseRow(await submit(fmt, { api_key: muharraqKey }));
    const muharraq = await db().selectFrom('entities').select('id').where('code', '=', 'muharraq').executeTakeFirstOrThrow();
    expect(routed).toMatchObject({ entity_id: muharraq.id, governorate: 'muharraq', channel: 'open311' });
    expectErrors(
      await post(fmt, report({ api_key: muharraqKey, service_code: 'ministry_general_suggestion', 'attribute[fault_kind]': undefined })),
      fmt,
      403,
      /ministry_general_suggestion/,
    );
  });

  it('refuses a body that is not UTF-8, and a content type it does not read, with 400', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${fmt}`,
      payload: `api_key=${key}&description=%D8`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectErrors(bad, fmt, 400);
    const text = await t.app.inject({ method: 'POST', url: `/open311/v2/requests.${fmt}?api_key=${key}`, payload: 'hello', headers: { 'content-type': 'text/plain' } });
    expectErrors(text, fmt, 400);
  });
});

// ---- 6: reading requests --------------------------------------------------------------------

describe.each(fmts)('reading requests in %s', (fmt) => {
  it('answers one request with every field, W3C datetimes and the SLA due date (items 6, 9)', async () => {
    const ref = await submit(fmt, { lat: undefined, long: undefined, address_string: undefined, address_id: 'X' });
    await db().updateTable('cases').set({ address: null, block: '204', road: '415', building: '12', lat: 26.25, lng: 50.61, resolution_due_at: new Date('2026-12-01T05:30:00Z') }).where('reference', '=', ref).execute();
    const res = await get(`requests/${ref}.{fmt}`, fmt);
    expect(res.statusCode).toBe(200);
    const { root, data } = read(res, fmt);
    if (fmt === 'xml') expect(root).toBe('service_requests');
    const [r] = list(data);
    expect(Object.keys(r!)).toEqual([
      'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible',
      'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'lat', 'long', 'media_url',
    ]);
    expect(r).toMatchObject({
      service_request_id: ref,
      status: 'open',
      status_notes: '',
      service_name: 'عطل في الإنارة العامة',
      service_code: 'street_light_fault',
      description: 'عمود الإنارة أمام المنزل مطفأ منذ أسبوع',
      agency_responsible: 'وزارة الأشغال وشؤون البلديات والتخطيط العمراني',
      service_notice: '',
      expected_datetime: '2026-12-01T08:30:00+03:00',
      address: 'مجمع 204، طريق 415، مبنى 12',
      lat: '26.25',
      long: '50.61',
    });
    for (const k of ['requested_datetime', 'updated_datetime', 'expected_datetime'] as const) expect(r![k]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    const en = list(read(await get(`requests/${ref}.{fmt}?locale=en`, fmt), fmt).data)[0]!;
    expect(en).toMatchObject({ service_name: 'Street light fault', agency_responsible: 'Ministry of Works, Municipalities Affairs and Urban Planning', address: 'Block 204, Road 415, Building 12' });
    const viaHeader = list(read(await get(`requests/${ref}.{fmt}`, fmt, { 'accept-language': 'en' }), fmt).data)[0]!;
    expect(viaHeader.service_name).toBe('Street light fault');
    if (fmt === 'json') expect(JSON.parse(res.body)[0].lat).toBe(26.25);
  });

  it('round-trips Arabic text intact, also with locale=ar and Accept-Language: ar', async () => {
    const text = 'الإنارة مطفأة في شارع الشيخ عيسى بن سلمان — "قرب" <الدوار> & ١٢٣ 🚧';
    const ref = await submit(fmt, { description: text });
    for (const q of ['', '?locale=ar']) {
      expect(list(read(await get(`requests/${ref}.{fmt}${q}`, fmt), fmt).data)[0]!.description).toBe(text);
    }
    expect(list(read(await get(`requests/${ref}.{fmt}`, fmt, { 'accept-language': 'ar' }), fmt).data)[0]!.description).toBe(text);
    const rawRes = await get(`requests/${ref}.{fmt}`, fmt);
    expect(rawRes.body).toContain('الإنارة مطفأة في شارع');
  });

  it('answers 404 for an unknown request id, and the tokens resource maps an id to itself', async () => {
    const ref = await submit(fmt);
    const [, serial] = ref.split('-');
    const unknown = formatReference(2026, Number(serial) + 900_000);
    expectErrors(await get(`requests/${unknown}.{fmt}`, fmt), fmt, 404);
    expectErrors(await get('requests/garbage.{fmt}', fmt), fmt, 404);
    const tok = await get(`tokens/${ref}.{fmt}`, fmt);
    expect(tok.statusCode).toBe(200);
    expect(list(read(tok, fmt).data)).toEqual([{ service_request_id: ref, token: ref }]);
    expectErrors(await get('tokens/abc123.{fmt}', fmt), fmt, 404, /token/);
  });

  it('filters by service_code and status (comma-separated), and by dates', async () => {
    const bin = await submit(fmt, { service_code: 'bin_overflow', 'attribute[fault_kind]': undefined });
    const crossing = await submit(fmt, { service_code: 'pedestrian_crossing', 'attribute[fault_kind]': undefined });
    await db().updateTable('cases').set({ status: 'resolved' }).where('reference', '=', crossing).execute();
    const ids = async (q: string) => list(read(await get(`requests.{fmt}?${q}`, fmt), fmt).data).map((r) => r.service_request_id);
    expect(await ids('service_code=bin_overflow')).toEqual(expect.arrayContaining([bin]));
    expect(await ids('service_code=bin_overflow')).not.toContain(crossing);
    const both = await ids('service_code=bin_overflow,pedestrian_crossing');
    expect(both).toEqual(expect.arrayContaining([bin, crossing]));
    const closedOnly = await ids('service_code=bin_overflow,pedestrian_crossing&status=closed');
    expect(closedOnly).toContain(crossing);
    expect(closedOnly).not.toContain(bin);
    expect(await ids('service_code=pedestrian_crossing&status=open')).not.toContain(crossing);
    expect(await ids('service_code=bin_overflow,pedestrian_crossing&status=open,closed')).toEqual(expect.arrayContaining([bin, crossing]));
    const closed = list(read(await get(`requests.{fmt}?service_request_id=${crossing}`, fmt), fmt).data)[0]!;
    expect(closed.status).toBe('closed');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(await ids(`service_code=bin_overflow&start_date=${encodeURIComponent(future)}`)).toEqual([]);
    const past = new Date(Date.now() - 3_600_000).toISOString().replace('Z', '+00:00');
    expect(await ids(`service_code=bin_overflow&start_date=${encodeURIComponent(past)}`)).toContain(bin);
  });

  it('service_request_id (comma-separated) overrides every other filter', async () => {
    const a = await submit(fmt);
    const b = await submit(fmt, { service_code: 'bin_overflow', 'attribute[fault_kind]': undefined });
    await db().updateTable('cases').set({ created_at: new Date(Date.now() - 400 * 86_400_000) }).where('reference', '=', b).execute();
    const res = await get(`requests.{fmt}?service_request_id=${a},${b}&service_code=pothole&status=closed&start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z`, fmt);
    expect(res.statusCode).toBe(200);
    expect(list(read(res, fmt).data).map((r) => r.service_request_id).sort()).toEqual([a, b].sort());
  });

  it('treats empty parameters as absent', async () => {
    const ref = await submit(fmt, { service_code: 'damaged_pavement', 'attribute[fault_kind]': undefined });
    const res = await get('requests.{fmt}?service_request_id=&service_code=&status=&start_date=&end_date=&jurisdiction_id=&locale=&extensions=', fmt);
    expect(res.statusCode, res.body).toBe(200);
    expect(list(read(res, fmt).data).map((r) => r.service_request_id)).toContain(ref);
  });

  it('defaults to the last 90 days and refuses a wider window or bad parameters', async () => {
    const old = await submit(fmt, { service_code: 'damaged_bin', 'attribute[fault_kind]': undefined });
    const recent = await submit(fmt, { service_code: 'damaged_bin', 'attribute[fault_kind]': undefined });
    await db().updateTable('cases').set({ created_at: new Date(Date.now() - 100 * 86_400_000) }).where('reference', '=', old).execute();
    const ids = async (q: string) => list(read(await get(`requests.{fmt}?service_code=damaged_bin${q}`, fmt), fmt).data).map((r) => r.service_request_id);
    const byDefault = await ids('');
    expect(byDefault).toContain(recent);
    expect(byDefault).not.toContain(old);
    const start = new Date(Date.now() - 120 * 86_400_000).toISOString();
    const end = new Date(Date.now() - 60 * 86_400_000).toISOString();
    for (const q of [`&start_date=${start}&end_date=${end}`, `&start_date=${start}`]) {
      const found = await ids(q);
      expect(found).toContain(old);
      expect(found).not.toContain(recent);
    }
    expectErrors(await get(`requests.{fmt}?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z`, fmt), fmt, 400, /90 days/);
    expectErrors(await get('requests.{fmt}?start_date=yesterday', fmt), fmt, 400, /start_date/);
    expectErrors(await get('requests.{fmt}?status=pending', fmt), fmt, 400, /status/);
  });
});

// ---- 7: updates, staff replies, extensions ------------------------------------------------------

describe.each(fmts)('updates and extensions in %s', (fmt) => {
  /**
   * Staff work written the way the case actions write it: a status change, an internal assignment
   * and note, a public reply, a citizen's reply, and a resolution (a public reply that moves the
   * case to resolved); then the case's new status.
   */
  async function staffWork(reference: string) {
    const row = await caseRow(reference);
    const events = await db()
      .insertInto('case_events')
      .values([
        { case_id: row.id, kind: 'status_changed', visibility: 'public', actor_type: 'staff', body: null, data: JSON.stringify({ from: 'new', to: 'in_progress' }) },
        { case_id: row.id, kind: 'assigned', visibility: 'internal', actor_type: 'staff', body: null, data: JSON.stringify({ from: null, to: 7, toName: 'Officer' }) },
        { case_id: row.id, kind: 'public_reply', visibility: 'public', actor_type: 'staff', body: 'تم إرسال فريق الصيانة', data: '{}' },
        { case_id: row.id, kind: 'internal_note', visibility: 'internal', actor_type: 'staff', body: 'ملاحظة داخلية سرية', data: '{}' },
        { case_id: row.id, kind: 'citizen_replied', visibility: 'public', actor_type: 'citizen', body: 'اتصلوا بي على 36009999', data: '{}' },
        { case_id: row.id, kind: 'public_reply', visibility: 'public', actor_type: 'staff', body: 'تم إصلاح العمود', data: JSON.stringify({ from: 'in_progress', to: 'resolved', resolution: true }) },
      ])
      .returning('id')
      .execute();
    await db().updateTable('cases').set({ status: 'resolved', updated_at: new Date() }).where('id', '=', row.id).execute();
    return events.map((e) => String(e.id));
  }

  it('a staff reply and status change show in servicerequestupdates and in requests/{id}', async () => {
    const ref = await submit(fmt);
    const [started, assigned, reply, note, , resolved] = await staffWork(ref);
    const res = await get('servicerequestupdates.{fmt}', fmt);
    expect(res.statusCode).toBe(200);
    const { root, data } = read(res, fmt);
    if (fmt === 'xml') expect(root).toBe('service_request_updates');
    const mine = list(data).filter((u) => u.service_request_id === ref);
    expect(mine.map((u) => u.update_id)).toEqual([started, reply, resolved]);
    expect(mine.map((u) => u.update_id)).not.toContain(note);
    expect(mine.map((u) => u.update_id)).not.toContain(assigned);
    expect(Object.keys(mine[0]!)).toEqual(['update_id', 'service_request_id', 'status', 'description', 'updated_datetime', 'media_url']);
    expect(mine.map((u) => u.status)).toEqual(['open', 'open', 'closed']);
    expect(mine.map((u) => u.description)).toEqual(['', 'تم إرسال فريق الصيانة', 'تم إصلاح العمود']);
    for (const u of mine) expect(u.updated_datetime).toMatch(W3C);
    expect(res.body).not.toContain('سرية');

    const one = list(read(await get(`requests/${ref}.{fmt}`, fmt), fmt).data)[0]!;
    expect(one).toMatchObject({ status: 'closed', status_notes: 'تم إصلاح العمود' });
    const row = await caseRow(ref);
    expect(row.channel).toBe('open311'); // what the staff workspace lists it under
  });

  it('servicerequestupdates takes start_date and end_date', async () => {
    const ref = await submit(fmt);
    await staffWork(ref);
    const has = async (q: string) => list(read(await get(`servicerequestupdates.{fmt}?${q}`, fmt), fmt).data).some((u) => u.service_request_id === ref);
    const hourAgo = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
    const hourAhead = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    expect(await has(`start_date=${hourAgo}&end_date=${hourAhead}`)).toBe(true);
    expect(await has(`start_date=${hourAhead}`)).toBe(false);
    expect(await has(`end_date=${hourAgo}`)).toBe(false);
    expect(await has('start_date=&end_date=')).toBe(true);
    expectErrors(await get('servicerequestupdates.{fmt}?end_date=nope', fmt), fmt, 400, /end_date/);
  });

  it('extensions=true adds notes[] and extended_attributes, without citizens\' words or free-text answers', async () => {
    const ref = await submit(fmt, { service_code: 'pothole', 'attribute[fault_kind]': undefined, 'attribute[lanes_affected][]': ['right_lane', 'junction'] });
    await staffWork(ref);
    const res = await get(`requests/${ref}.{fmt}?extensions=true`, fmt);
    const r = list(read(res, fmt).data)[0]!;
    const notes = list(r.notes);
    expect(notes.map((n) => n.type)).toEqual(['created', 'status_changed', 'public_reply', 'citizen_replied', 'public_reply']);
    expect(notes.map((n) => n.author)).toEqual(['submitter', 'agency', 'agency', 'submitter', 'agency']);
    expect(notes.map((n) => n.description)).toEqual(['', '', 'تم إرسال فريق الصيانة', '', 'تم إصلاح العمود']);
    for (const n of notes) expect(n.datetime).toMatch(W3C);
    expect(r.extended_attributes).toEqual({
      tawasul_status: 'resolved',
      case_type: 'complaint',
      channel: 'open311',
      attributes: { lanes_affected: ['right_lane', 'junction'] },
    });
    expect(res.body).not.toContain('36009999');
    expect(res.body).not.toContain('سرية');
    const listed = list(read(await get(`requests.{fmt}?service_request_id=${ref}&extensions=true`, fmt), fmt).data)[0]!;
    expect(listed.notes).toEqual(r.notes);
    const plain = list(read(await get(`requests/${ref}.{fmt}`, fmt), fmt).data)[0]!;
    expect(plain.notes).toBeUndefined();
  });

  it('no list carries personal data', async () => {
    const markers = { email: 'leak.check.7731@example.com', phone: '36007731', first_name: 'Zainabmarker', last_name: 'Leakcheckson' };
    const ref = await submit(fmt, { ...markers, device_id: 'device-marker-7731', account_id: 'account-marker-7731' });
    await staffWork(ref);
    const bodies = [
      await get(`requests/${ref}.{fmt}?extensions=true`, fmt),
      await get(`requests.{fmt}?service_request_id=${ref}&extensions=true`, fmt),
      await get('requests.{fmt}?extensions=true', fmt),
      await get('requests.{fmt}', fmt),
      await get('servicerequestupdates.{fmt}', fmt),
      await get(`tokens/${ref}.{fmt}`, fmt),
    ].map((r) => r.body);
    expect(bodies[0]).toContain(ref);
    for (const body of bodies) {
      for (const needle of ['leak.check', '7731', 'Zainabmarker', 'Leakcheckson', 'Fatima', 'citizen@example.com', '+973']) expect(body).not.toContain(needle);
    }
  });
});

describe('with the staff workspace', () => {
  it('a case posted through Open311 is in the staff workspace as open311, and staff work shows in updates and requests/{id}', async () => {
    const ref = await submit('json');
    // The report's point is in Muharraq: routed by place to its municipality.
    const officer = await signInStaff(t.app, 'officer@muharraq.demo');
    const listed = await t.app.inject(as(officer, { url: `/api/v1/cases?channel=open311&q=${ref}` }));
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items).toContainEqual(expect.objectContaining({ reference: ref, channel: 'open311' }));

    let version = (await t.app.inject(as(officer, { url: `/api/v1/cases/${ref}` }))).json().version as number;
    const act = async (action: string, payload: object) => {
      const res = await t.app.inject(as(officer, { method: 'POST', url: `/api/v1/cases/${ref}/actions/${action}`, payload, headers: { 'if-match': String(version) } }));
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    };
    await act('start', {});
    await act('note', { body: 'ملاحظة داخلية لا تظهر' });
    await act('reply', { body: 'وصل بلاغك وسنرسل الفريق' });
    await act('request-info', { body: 'هل العمود قرب المدرسة؟' });
    await act('resolve', { body: 'تم تبديل المصباح' });

    for (const fmt of fmts) {
      const updates = list(read(await get('servicerequestupdates.{fmt}', fmt), fmt).data).filter((u) => u.service_request_id === ref);
      expect(updates.map((u) => [u.status, u.description])).toEqual([
        ['open', ''],
        ['open', 'وصل بلاغك وسنرسل الفريق'],
        ['open', 'هل العمود قرب المدرسة؟'],
        ['closed', 'تم تبديل المصباح'],
      ]);
      const one = list(read(await get(`requests/${ref}.{fmt}`, fmt), fmt).data)[0]!;
      expect(one).toMatchObject({ status: 'closed', status_notes: 'تم تبديل المصباح' });
      const body = (await get(`requests/${ref}.{fmt}?extensions=true`, fmt)).body;
      expect(body).not.toContain('ملاحظة داخلية');
    }
  });
});

// ---- 8: errors ------------------------------------------------------------------------------

describe.each(fmts)('errors in %s', (fmt) => {
  it('checks an optional jurisdiction_id against the configured one (404 when it differs)', async () => {
    expect((await get(`services.{fmt}?jurisdiction_id=${t.config.open311Jurisdiction}`, fmt)).statusCode).toBe(200);
    expectErrors(await get('services.{fmt}?jurisdiction_id=elsewhere.example', fmt), fmt, 404, /jurisdiction/);
    expectErrors(await get('requests.{fmt}?jurisdiction_id=elsewhere.example', fmt), fmt, 404, /jurisdiction/);
    expectErrors(await post(fmt, report({ jurisdiction_id: 'elsewhere.example' })), fmt, 404, /jurisdiction/);
    expect((await post(fmt, report({ jurisdiction_id: t.config.open311Jurisdiction }))).statusCode).toBe(200);
  });

  it('answers unknown paths and methods under /open311/v2/ with 404 in Open311 format, never problem+json', async () => {
    expectErrors(await get('nothing.{fmt}', fmt), fmt, 404);
    expectErrors(await t.app.inject({ method: 'POST', url: `/open311/v2/services.${fmt}` }), fmt, 404);
    expectErrors(await t.app.inject({ method: 'DELETE', url: `/open311/v2/requests.${fmt}` }), fmt, 404);
    const xmlDefault = await t.app.inject({ url: '/open311/v2/services' });
    expectErrors(xmlDefault, 'xml', 404);
  });
});

// ---- 9: wire details ------------------------------------------------------------------------

describe('wire details', () => {
  it('never redirects an Open311 path', async () => {
    const ref = await submit('json');
    const urls = [
      '/open311/v2', '/open311/v2/', '/open311', '/open311/', '/open311/v2/services.json/', '/open311/v2/services.xml/',
      '/open311/v2//services.json', '/open311/v2/services', '/open311/v2/services/', `/open311/v2/requests/${ref}.json/`,
      '/open311/v2/discovery.json?', '/open311/v2/Services.json', '/open311/v2/services.JSON', '/open311/v2/../v2/services.json',
    ];
    for (const url of urls) {
      const res = await t.app.inject({ url });
      expect(res.statusCode >= 300 && res.statusCode < 400, `${url} → ${res.statusCode}`).toBe(false);
      expect(res.headers.location).toBeUndefined();
    }
    const trailing = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json/', payload: encode(report()), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(trailing.statusCode).toBe(200);
    expect(trailing.headers.location).toBeUndefined();
  });

  it('writes no attributes and no whitespace between elements in any XML answer', async () => {
    const ref = await submit('xml');
    for (const p of ['discovery.xml', 'services.xml', 'services/pothole.xml', `requests/${ref}.xml?extensions=true`, 'requests.xml', 'servicerequestupdates.xml', 'nope.xml']) {
      const res = await t.app.inject({ url: `/open311/v2/${p}` });
      expect(res.body.startsWith(DECL)).toBe(true);
      const body = res.body.slice(DECL.length);
      expect(body).not.toMatch(/<[A-Za-z_][\w.-]*\s/); // no attributes
      expect(body).not.toMatch(/>\s+</);
      parseXml(res.body);
    }
  });
});

// ---- 10: API keys ---------------------------------------------------------------------------

describe('API keys', () => {
  it('are random, prefixed, stored as SHA-256 only, and record their last use', async () => {
    const { key: k, client } = await t.ctx.apikeys.create({ name: 'hash check' });
    expect(k).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
    const row = await db().selectFrom('api_keys').selectAll().where('id', '=', client.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(createHash('sha256').update(k).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(k.slice(3));
    expect(row.key_prefix).toBe(k.slice(0, 8));
    expect(row.last_used_at).toBeNull();
    await submit('json', { api_key: k });
    const used = await db().selectFrom('api_keys').select('last_used_at').where('id', '=', client.id).executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
  });

  it('are revoked by name, refused afterwards, and the name can be used again', async () => {
    const { key: k } = await t.ctx.apikeys.create({ name: 'short lived' });
    await submit('xml', { api_key: k });
    await t.ctx.apikeys.revoke('short lived');
    expectErrors(await post('xml', report({ api_key: k })), 'xml', 403);
    await expect(t.ctx.apikeys.revoke('short lived')).rejects.toMatchObject({ status: 404 });
    const again = await t.ctx.apikeys.create({ name: 'short lived' });
    expect(again.key).not.toBe(k);
    const listed = await t.ctx.apikeys.list();
    expect(listed.filter((x) => x.name === 'short lived').map((x) => x.revokedAt === null)).toEqual([true, false]);
    expect(JSON.stringify(listed)).not.toMatch(/key_hash|tw_[A-Za-z0-9_-]{43}/);
  });

  it('refuse an unknown channel or entity, and a second live key of one name', async () => {
    await expect(t.ctx.apikeys.create({ name: 'x1', channel: 'fax' })).rejects.toMatchObject({ status: 400 });
    await expect(t.ctx.apikeys.create({ name: 'x2', entityCode: 'atlantis' })).rejects.toMatchObject({ status: 400 });
    await expect(t.ctx.apikeys.create({ name: 'fixmystreet' })).rejects.toMatchObject({ status: 400 });
    await expect(t.ctx.apikeys.create({ name: ' ' })).rejects.toMatchObject({ status: 400 });
  });

  it('are made, listed and revoked from the CLI, which prints a new key as its last line', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-cli-'));
    const url = (t.ctx.database as { url?: string }).url;
    const config = { ...t.config, dataDir, databaseUrl: testDbKind === 'postgres' ? url : undefined };
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const entity = testDbKind === 'postgres' ? ['--entity', 'capital'] : [];
      await apikeyCommand(['create', 'cli relay', '--channel', 'social', ...entity], config);
      const k = out.at(-1)!;
      expect(k).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
      if (testDbKind === 'postgres') expect(await t.ctx.apikeys.authenticate(k)).toMatchObject({ name: 'cli relay', channel: 'social' });
      out.length = 0;
      await apikeyCommand(['list'], config);
      expect(out.join('\n')).toMatch(/cli relay\s+tw_\S+…\s+social/);
      expect(out.join('\n')).not.toContain(k);
      await apikeyCommand(['revoke', 'cli relay'], config);
      expect(out.at(-1)).toMatch(/revoked/);
      await apikeyCommand(['create'], config);
      expect(process.exitCode).toBe(2);
      await apikeyCommand(['create', 'bad channel', '--channel', 'fax'], config);
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = 0;
      log.mockRestore();
      err.mockRestore();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// ---- limits: rate limit per key and the 1,000-result cap --------------------------------------

describe('limits', () => {
  it('rate-limits posts per key (and per address without a valid key) with a 429 in Open311 format', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(open311Routes(t.ctx.open311, t.ctx.apikeys, { postsPerMinute: 2 }));
    await app.ready();
    try {
      const { key: other } = await t.ctx.apikeys.create({ name: 'other app' });
      const send = (fmt: Fmt, k: string | undefined) =>
        app.inject({ method: 'POST', url: `/open311/v2/requests.${fmt}`, payload: encode(report({ api_key: k })), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect((await send('json', key)).statusCode).toBe(200);
      expect((await send('xml', key)).statusCode).toBe(200);
      const limited = await send('json', key);
      expectErrors(limited, 'json', 429, /Too many requests/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expectErrors(await send('xml', key), 'xml', 429);
      expect((await send('json', other)).statusCode).toBe(200);
      expectErrors(await send('json', undefined), 'json', 403);
      expectErrors(await send('json', 'guess-1'), 'json', 403);
      expectErrors(await send('json', 'guess-2'), 'json', 429);
    } finally {
      await app.close();
    }
  });

  it('answers at most 1,000 requests, newest first', async () => {
    const service = await db().selectFrom('services').select(['id', 'entity_id']).where('code', '=', 'graffiti').executeTakeFirstOrThrow();
    const now = Date.now();
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      reference: formatReference(2026, 5_000_000 + i),
      tracking_token_hash: 'a'.repeat(64),
      type: 'complaint' as const,
      channel: 'web' as const,
      service_id: service.id,
      entity_id: service.entity_id,
      description: `رسم على الجدار ${i}`,
      attributes: '{}',
      created_at: new Date(now - (1005 - i) * 1000),
      updated_at: new Date(now - (1005 - i) * 1000),
    }));
    for (let i = 0; i < rows.length; i += 250) await db().insertInto('cases').values(rows.slice(i, i + 250)).execute();
    for (const fmt of fmts) {
      const res = await get('requests.{fmt}?service_code=graffiti', fmt);
      const items = list(read(res, fmt).data);
      expect(items).toHaveLength(1000);
      expect(items[0]!.service_request_id).toBe(rows.at(-1)!.reference);
      expect(items.at(-1)!.service_request_id).toBe(rows[5]!.reference);
      expect(list(read(await get('requests.{fmt}', fmt), fmt).data)).toHaveLength(1000);
    }
    const ids = rows.slice(0, 3).map((r) => r.reference).join(',');
    expect(list(read(await get(`requests.json?service_request_id=${ids}`, 'json'), 'json').data)).toHaveLength(3);
  });
});

describe('failures before routing', () => {
  it('a broken %-escape in an Open311 path answers in the Open311 error format, elsewhere in problem+json', async () => {
    const open311 = await t.app.inject({ url: '/open311/v2/requests/%E0%A4%A.json' });
    expect(open311.statusCode).toBe(400);
    expect(open311.headers['content-type']).toMatch(/^application\/json/);
    expect(open311.json()).toEqual([{ code: 400, description: expect.any(String) }]);
    const api = await t.app.inject({ url: '/api/v1/cases/%E0%A4%A' });
    expect(api.statusCode).toBe(400);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
  });
});
