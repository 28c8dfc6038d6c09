import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/server/catalogue/catalogue.service.ts';
import { AppError } from '../../src/server/http/errors.ts';
import { open311ErrorStatus, open311Errors, formatOfUrl } from '../../src/server/open311/open311.errors.ts';
import { languageOfText, preferredLanguage, resolveWindow, splitList, statusFilter } from '../../src/server/open311/open311.filters.ts';
import { checkMediaUrl, open311FieldName, parseFormBody, readAttributes, toCaseInput } from '../../src/server/open311/open311.intake.ts';
import { composeAddress, open311Status, statusAtEvent } from '../../src/server/open311/open311.presenter.ts';

const form = (s: string) => parseFormBody(Buffer.from(s, 'utf8'));

function service(overrides: Partial<Service> = {}): Service {
  return {
    id: 1,
    code: 'pothole',
    group: { code: 'roads', name: { ar: 'الطرق', en: 'Roads' }, position: 0 },
    name: { ar: 'حفرة', en: 'Pothole' },
    description: { ar: '', en: '' },
    types: ['complaint'],
    anonymousAllowed: true,
    defaultPriority: 'normal',
    keywords: [],
    slaPolicyId: null,
    entity: { id: 1, code: 'ministry', name: { ar: 'الوزارة', en: 'Ministry' } },
    routes: new Map(),
    attributes: [],
    searchText: '',
    ...overrides,
  };
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('form bodies', () => {
  it('decodes + and percent escapes as UTF-8, keeps CRLF, and collects repeated and [] names as lists', () => {
    const body = form('description=%D8%B9%D9%85%D9%88%D8%AF+%D9%85%D8%B7%D9%81%D8%A3%0D%0Aline+2&attribute%5Blanes%5D%5B%5D=left&attribute[lanes][]=right&x=1&x=2&flag');
    expect(body).toEqual({ description: 'عمود مطفأ\r\nline 2', 'attribute[lanes][]': ['left', 'right'], x: ['1', '2'], flag: '' });
  });

  it('refuses broken UTF-8 in bytes or escapes, and ignores prototype keys', () => {
    expect(thrown(() => form('description=%D8')).code).toBe('invalid_encoding');
    expect(thrown(() => form('a=%zz')).code).toBe('invalid_encoding');
    expect(thrown(() => parseFormBody(Buffer.from([0x61, 0x3d, 0xff]))).code).toBe('invalid_encoding');
    const body = form('__proto__=x&constructor=y&a=1');
    expect(Object.keys(body)).toEqual(['a']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads attribute[code] as one value and attribute[code][] as a list; other shapes are not attributes', () => {
    const body = form('attribute[kind]=off&attribute[lanes][]=left&attribute[lanes][]=&attribute[lanes][]=right&attribute[عربي]=x&attribute[a][b]=c&attribute[twice]=1&attribute[twice]=2&attribute[empty]=');
    expect(readAttributes(body)).toEqual({ kind: 'off', lanes: ['left', 'right'], twice: ['1', '2'], empty: '' });
  });
});

describe('mapping a POST to intake', () => {
  const opts = { channel: 'open311', language: 'ar' as const };

  it('maps coordinates, address and contact', () => {
    const input = toCaseInput(
      { service_code: 'pothole', lat: '26.2', long: '50.6', address_string: 'Road 12', address_id: 'A-9', description: 'x', first_name: 'Ali', last_name: 'Hasan', email: 'a@b.bh' },
      service(),
      opts,
    );
    expect(input).toMatchObject({
      type: 'complaint',
      location: { lat: '26.2', lng: '50.6', address: 'Road 12 — address_id A-9' },
      contact: { name: 'Ali Hasan', email: 'a@b.bh' },
      channel: 'open311',
    });
    expect(toCaseInput({ address_id: '77', description: 'x' }, service(), opts).location).toEqual({ address: 'address_id 77' });
  });

  it('needs a location, lat and long together, and a description', () => {
    expect(open311FieldName(thrown(() => toCaseInput({ description: 'x' }, service(), opts)).errors![0]!.path)).toBe('location');
    expect(thrown(() => toCaseInput({ lat: '26', description: 'x' }, service(), opts)).errors![0]!.path).toBe('lat');
    expect(thrown(() => toCaseInput({ address_string: 'y' }, service(), opts)).errors![0]!.path).toBe('description');
  });

  it('is anonymous without email or phone where the service allows it, and refused where it does not', () => {
    expect(toCaseInput({ address_string: 'y', description: 'x', first_name: 'Ali' }, service(), opts)).toMatchObject({ anonymous: true });
    const e = thrown(() => toCaseInput({ address_string: 'y', description: 'x' }, service({ anonymousAllowed: false }), opts));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/email or phone/);
  });

  it('files the service\'s first (main) type', () => {
    expect(toCaseInput({ address_string: 'y', description: 'x' }, service({ types: ['complaint', 'inquiry'] }), opts).type).toBe('complaint');
    expect(toCaseInput({ address_string: 'y', description: 'x' }, service({ types: ['inquiry', 'suggestion'] }), opts).type).toBe('inquiry');
  });

  it('accepts only absolute http(s) media links', () => {
    expect(checkMediaUrl('https://example.org/a.jpg')).toBe('https://example.org/a.jpg');
    expect(checkMediaUrl(undefined)).toBeUndefined();
    for (const bad of ['javascript:alert(1)', '/relative.jpg', 'ftp://x/y', `https://e.org/${'a'.repeat(2000)}`]) {
      expect(thrown(() => checkMediaUrl(bad)).status).toBe(400);
    }
  });

  it('names intake fields as Open311 names them', () => {
    expect(open311FieldName('attributes.fault_kind')).toBe('attribute[fault_kind]');
    expect(open311FieldName('location.lng')).toBe('long');
    expect(open311FieldName('contact.phone')).toBe('phone');
    expect(open311FieldName('querystring.start_date')).toBe('start_date');
    expect(open311FieldName('serviceCode')).toBe('service_code');
  });
});

describe('query parameters', () => {
  it('picks the language from locale, then Accept-Language by quality', () => {
    expect(preferredLanguage('en', 'ar')).toBe('en');
    expect(preferredLanguage('ar-BH', undefined)).toBe('ar');
    expect(preferredLanguage(undefined, 'fr-FR, en-GB;q=0.8, ar;q=0.9')).toBe('ar');
    expect(preferredLanguage(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(preferredLanguage('xx', 'de, ar;q=0')).toBeUndefined();
    expect(languageOfText('Street light is off')).toBe('en');
    expect(languageOfText('الإنارة مطفأة light')).toBe('ar');
    expect(languageOfText('12345')).toBe('ar');
  });

  it('splits comma lists and maps the status filter', () => {
    expect(splitList(' a, b,,a ,')).toEqual(['a', 'b']);
    expect(splitList(' , ')).toBeUndefined();
    // A suggestion under study or accepted is still open; implemented or declined, closed.
    expect(statusFilter('open')).toEqual(['new', 'assigned', 'in_progress', 'awaiting_citizen', 'under_study', 'accepted']);
    expect(statusFilter('closed,open')?.sort()).toEqual(
      ['accepted', 'assigned', 'awaiting_citizen', 'closed', 'declined', 'implemented', 'in_progress', 'merged', 'new', 'rejected', 'resolved', 'under_study'],
    );
    expect(thrown(() => statusFilter('pending')).status).toBe(400);
  });

  it('resolves the date window: 90 days by default, from either end, never wider', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const tz = 'Asia/Bahrain';
    expect(resolveWindow(undefined, undefined, now, tz)).toEqual({ from: new Date('2026-08-30T12:00:00Z'), to: now });
    expect(resolveWindow('2026-01-01T00:00:00Z', undefined, now, tz).to).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(resolveWindow(undefined, '2026-04-01T00:00:00Z', now, tz).from).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(thrown(() => resolveWindow('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z', now, tz)).errors![0]!.code).toBe('range_too_wide');
    expect(thrown(() => resolveWindow('2026-06-01T00:00:00Z', '2026-01-01T00:00:00Z', now, tz)).errors![0]!.code).toBe('invalid_range');
    expect(thrown(() => resolveWindow('soon', undefined, now, tz)).errors![0]!.path).toBe('start_date');
  });
});

describe('statuses, addresses and errors', () => {
  it('maps Tawasul statuses to open and closed', () => {
    expect(['new', 'assigned', 'in_progress', 'awaiting_citizen'].map((s) => open311Status(s as never))).toEqual(Array(4).fill('open'));
    expect(['resolved', 'closed', 'rejected', 'merged'].map((s) => open311Status(s as never))).toEqual(Array(4).fill('closed'));
  });

  it('tells the status at an event from the status changes around it', () => {
    const changes = [
      { id: 10, case_id: 1, data: { from: 'new', to: 'in_progress' } },
      { id: 12, case_id: 1, data: { from: null, to: 7 } }, // an assignment: `to` is a person, not a status
      { id: 14, case_id: 1, data: { to: 'nonsense' } },
      { id: 20, case_id: 1, data: { status: 'resolved' } },
    ];
    expect(statusAtEvent(5, changes, 'resolved')).toBe('new');
    expect(statusAtEvent(15, changes, 'resolved')).toBe('in_progress');
    expect(statusAtEvent(20, changes, 'resolved')).toBe('resolved');
    expect(statusAtEvent(30, [], 'closed')).toBe('closed');
    expect(statusAtEvent(30, [{ id: 1, case_id: 1, data: {} }], 'assigned')).toBe('assigned');
  });

  it('composes an address from the location columns in the language asked for', () => {
    const row = { address: null, block: '204', road: '415', building: '12', area: 'Arad' };
    expect(composeAddress(row, 'en')).toBe('Block 204, Road 415, Building 12, Arad');
    expect(composeAddress(row, 'ar')).toBe('مجمع 204، طريق 415، مبنى 12، Arad');
    expect(composeAddress({ ...row, address: 'Near the mosque' }, 'en')).toBe('Near the mosque');
    expect(composeAddress({ address: null, block: null, road: null, building: null, area: null }, 'en')).toBeNull();
  });

  it('maps error statuses to 403, 404, 429 or 400 and lists field problems one by one', () => {
    expect([400, 401, 403, 404, 409, 413, 415, 422, 429, 500].map(open311ErrorStatus)).toEqual([400, 403, 403, 404, 400, 400, 400, 400, 429, 500]);
    const { status, list } = open311Errors(
      new AppError(422, 'validation_failed', 'bad', [
        { path: 'attributes.fault_kind', code: 'required', message: 'Required' },
        { path: 'location.lat', code: 'x', message: 'Not a number' },
      ]),
    );
    expect(status).toBe(400);
    expect(list).toEqual([
      { code: 400, description: 'attribute[fault_kind]: Required' },
      { code: 400, description: 'lat: Not a number' },
    ]);
    expect(formatOfUrl('/open311/v2/services.json?x=.xml')).toBe('json');
    expect(formatOfUrl('/open311/v2/services.json/')).toBe('json');
    expect(formatOfUrl('/open311/v2/nothing')).toBe('xml');
  });
});
