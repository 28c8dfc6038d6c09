/**
 * From an Open311 POST to a Tawasul case — pure functions, no I/O: the form-body parser, the
 * `attribute[...]` reader, the mapping to the case intake input, and the field names errors use.
 */
import type { Language } from '../../common/enums.ts';
import type { Service } from '../catalogue/catalogue.service.ts';
import { errors } from '../http/errors.ts';
import type { PostRequestBody } from './open311.schema.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const MAX_FIELDS = 500;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    throw errors.invalidEncoding();
  }
}

/**
 * Parses an `application/x-www-form-urlencoded` body strictly: bytes and percent-escapes must be
 * UTF-8. A repeated name, or one ending in `[]`, gives an array.
 */
export function parseFormBody(body: Buffer): Record<string, string | string[]> {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw errors.invalidEncoding();
  }
  const out: Record<string, string | string[]> = {};
  const pairs = text.split('&').filter((p) => p !== '');
  if (pairs.length > MAX_FIELDS) throw errors.payloadTooLarge(`At most ${MAX_FIELDS} form fields.`);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    if (UNSAFE_KEYS.has(key)) continue;
    const prior = Object.hasOwn(out, key) ? out[key] : undefined;
    if (prior === undefined) out[key] = key.endsWith('[]') ? [value] : value;
    else out[key] = Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}

const ATTRIBUTE_FIELD = /^attribute\[([A-Za-z0-9_]{1,40})\](\[\])?$/;

/**
 * The `attribute[code]` (one value) and `attribute[code][]` (a multi-value list) fields of a body,
 * by code. Codes are ASCII; a field that is not of this shape is not an attribute.
 */
export function readAttributes(body: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, raw] of Object.entries(body)) {
    const m = ATTRIBUTE_FIELD.exec(key);
    if (!m) continue;
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    const code = m[1]!;
    const prior = out[code];
    const merged = prior === undefined ? values : [...(Array.isArray(prior) ? prior : [prior]), ...values];
    out[code] = m[2] || merged.length > 1 ? merged.filter((v) => v !== '') : (merged[0] ?? '');
  }
  return out;
}

/**
 * Which case type an Open311 report becomes (the standard has no such field): the service's first
 * type, which the catalogue lists as its main one — a complaint for a fault, an inquiry for a permit.
 */
export function caseTypeFor(service: Service) {
  return service.types[0]!;
}

/** A client's media link: an absolute http(s) URL, at most 2,000 characters. */
export function checkMediaUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let ok = url.length <= 2000 && /^https?:\/\//i.test(url);
  if (ok) {
    try {
      new URL(url);
    } catch {
      ok = false;
    }
  }
  if (!ok) throw errors.field('media_url', 'invalid_url', 'media_url must be an absolute http or https URL');
  return url;
}

/**
 * The intake input (before its schema checks it) for an Open311 POST. Refuses a report with no
 * location, and a report with no contact to a service that needs one.
 */
export function toCaseInput(
  body: PostRequestBody,
  service: Service,
  opts: { channel: string; language: Language; governorate?: string },
): Record<string, unknown> {
  const { lat, long } = body;
  if ((lat === undefined) !== (long === undefined)) throw errors.field('lat', 'required', 'Send lat and long together');
  if (lat === undefined && body.address_string === undefined && body.address_id === undefined) {
    throw errors.field('location', 'required', 'A location is required: lat and long, address_string or address_id');
  }
  if (body.description === undefined) throw errors.field('description', 'required', 'A description is required');
  const addressId = body.address_id === undefined ? undefined : `address_id ${body.address_id}`;
  const address = [body.address_string, addressId].filter(Boolean).join(' — ') || undefined;
  const name = [body.first_name, body.last_name].filter(Boolean).join(' ') || undefined;
  // A name alone reaches nobody: without email or phone the report is anonymous where allowed.
  const hasContact = Boolean(body.email || body.phone);
  if (!hasContact && !service.anonymousAllowed) {
    throw errors.field('email', 'contact_required', `The service ${service.code} needs the submitter's email or phone (with first_name and last_name)`);
  }
  return {
    type: caseTypeFor(service),
    serviceCode: service.code,
    description: body.description,
    location: {
      ...(lat !== undefined ? { lat, lng: long } : {}),
      ...(address ? { address } : {}),
      ...(opts.governorate ? { governorate: opts.governorate } : {}),
    },
    ...(hasContact ? { contact: { name, email: body.email, phone: body.phone } } : { anonymous: true }),
    channel: opts.channel,
    attributes: readAttributes(body),
    language: opts.language,
  };
}

const FIELD_NAMES: Record<string, string> = {
  serviceCode: 'service_code',
  description: 'description',
  'location.lat': 'lat',
  'location.lng': 'long',
  'location.address': 'address_string',
  location: 'location',
  contact: 'email',
  'contact.name': 'first_name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  anonymous: 'email',
};

/** The Open311 name of an intake field path (`attributes.fault_kind` → `attribute[fault_kind]`). */
export function open311FieldName(path: string): string {
  const p = path.replace(/^(querystring|params|body|headers)\.?/, '');
  const attr = /^attributes\.(.+)$/.exec(p);
  if (attr) return `attribute[${attr[1]}]`;
  return FIELD_NAMES[p] ?? p;
}
