import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReference } from '../../src/common/reference.ts';
import { localDate } from '../../src/common/zoned-time.ts';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ key } = await t.ctx.apikeys.create({ name: 'privacy check' }));
});
afterAll(() => t?.close());

const fmts = ['json', 'xml'] as const;
type Fmt = (typeof fmts)[number];

async function postOpen311(fields: Record<string, string>): Promise<string> {
  const form = new URLSearchParams({ api_key: key, ...fields });
  const res = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json()[0].service_request_id as string;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The items of an Open311 list in either format, each field as text ('' for empty or null). */
function items(body: string, fmt: Fmt, item: 'request' | 'request_update'): Record<string, string>[] {
  if (fmt === 'json') {
    return (JSON.parse(body) as Record<string, unknown>[]).map((r) => ({
      ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)])),
      _raw: JSON.stringify(r),
    }));
  }
  return [...body.matchAll(new RegExp(`<${item}>(.*?)</${item}>`, 'gs'))].map((m) => {
    const out: Record<string, string> = { _raw: m[1]! };
    // Top-level fields only: an element whose content holds no further element.
    for (const f of m[1]!.matchAll(/<([a-z_]+)>([^<]*)<\/\1>/g)) if (!(f[1]! in out)) out[f[1]!] = unescapeXml(f[2]!);
    return out;
  });
}

async function get(url: string, fmt: Fmt) {
  const res = await t.app.inject({ url: `/open311/v2/${url.replace('{fmt}', fmt)}` });
  return res;
}

/** Signs in an officer of the case's entity and has them reply publicly. */
async function staffReply(reference: string, entityCode: string, body: string) {
  const officer = await signInStaff(t.app, `officer@${entityCode}.demo`);
  const seen = await t.app.inject(as(officer, { url: `/api/v1/cases/${reference}` }));
  expect(seen.statusCode, seen.body).toBe(200);
  const version = seen.json().version as number;
  const res = await t.app.inject(
    as(officer, { method: 'POST', url: `/api/v1/cases/${reference}/actions/reply`, payload: { version, body }, headers: { 'if-match': String(version) } }),
  );
  expect(res.statusCode, res.body).toBe(200);
}

describe('Open311 lists publish what was reported publicly, and nothing private', () => {
  it('shows the description of an Open311 report, withholds a web complaint\'s text, and never a contact', async () => {
    const web = await buildCase(t.app, { description: 'جاري أحمد يرمي المخلفات أمام بيتي', contact: { name: 'ليلى', phone: '36303030', email: 'laila@example.com' } });
    const open311Ref = await postOpen311({
      service_code: 'pothole',
      lat: '26.23',
      long: '50.58',
      description: 'Pothole on road 415',
      email: 'reporter@example.com',
      first_name: 'Ali',
      phone: '36404040',
    });
    for (const fmt of ['json', 'xml']) {
      const list = await t.app.inject({ url: `/open311/v2/requests.${fmt}?service_request_id=${web.reference},${open311Ref}` });
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('Pothole on road 415');
      expect(list.body).toContain(web.reference);
      expect(list.body).not.toContain('يرمي المخلفات');
      expect(list.body).not.toMatch(/36303030|laila@|ليلى|reporter@|36404040|\bAli\b/);
    }
  });
});

describe('a case not reported through Open311', () => {
  // Three web complaints in one 0.01° cell (the public map shows it: 3 ≥ its minimum count), one
  // alone in another cell (the map leaves it out), and one reported through Open311 beside it.
  const cluster = [
    { lat: 26.2631, lng: 50.6231 },
    { lat: 26.2648, lng: 50.6257 },
    { lat: 26.2689, lng: 50.6292 },
  ];
  const lone = { lat: 26.2731, lng: 50.6331 };
  const secretText = 'ابن جاري خالد يوقف سيارته على الرصيف كل ليلة';
  const replyText = 'سنتواصل مع السيد خالد بخصوص السيارة';
  let refs: { cluster: string[]; lone: string; open311: string; entity: string };

  beforeAll(async () => {
    const made = [];
    for (const [i, p] of [...cluster, lone].entries()) {
      made.push(
        await buildCase(t.app, {
          description: `${secretText} (${i})`,
          location: { governorate: 'muharraq', lat: p.lat, lng: p.lng, block: '931', road: '3125', building: '77' },
          contact: { name: 'سلمى', phone: '36505050' },
        }),
      );
    }
    const open311 = await postOpen311({ service_code: 'street_light_fault', 'attribute[fault_kind]': 'off', lat: '26.2733', long: '50.6337', description: 'Light out near the roundabout', address_string: 'Road 3400' });
    refs = { cluster: made.slice(0, 3).map((c) => c.reference), lone: made[3]!.reference, open311, entity: made[0]!.entity.code };
    await staffReply(refs.cluster[0]!, refs.entity, replyText);
    await staffReply(refs.lone, made[3]!.entity.code, replyText);
  });

  it('is listed without its text, address, media, answers or staff replies, its point as the public map\'s cell or none', async () => {
    for (const fmt of fmts) {
      const ids = [...refs.cluster, refs.lone, refs.open311].join(',');
      for (const url of [`requests.{fmt}?service_request_id=${ids}`, `requests.{fmt}?service_request_id=${ids}&extensions=true`, 'requests.{fmt}?extensions=true']) {
        const res = await get(url, fmt);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.body).not.toContain(secretText);
        expect(res.body).not.toContain(replyText);
        expect(res.body).not.toMatch(/931|3125|Building 77|مبنى 77|سلمى|36505050/);
        const byRef = new Map(items(res.body, fmt, 'request').map((r) => [r.service_request_id, r]));
        for (const ref of [...refs.cluster, refs.lone]) {
          const r = byRef.get(ref)!;
          expect(r, `${fmt} ${url} lists ${ref}`).toBeDefined();
          expect(r).toMatchObject({ description: '', address: '', status_notes: '', media_url: '' });
          // No attribute answers either (the same cases carry fault_kind = off).
          expect(r._raw).not.toContain('fault_kind');
          if (url.includes('extensions')) expect(r._raw).toMatch(fmt === 'json' ? /"attributes":\{\}/ : /<attributes><\/attributes>/);
        }
        for (const ref of refs.cluster) expect(byRef.get(ref), `${fmt} ${ref}`).toMatchObject({ lat: '26.265', long: '50.625' });
        expect(byRef.get(refs.lone)).toMatchObject({ lat: '', long: '' });
        // The Open311 report beside them is published as its reporter sent it.
        expect(byRef.get(refs.open311)).toMatchObject({ description: 'Light out near the roundabout', address: 'Road 3400', lat: '26.2733', long: '50.6337' });
      }
      const one = await get(`requests/${refs.cluster[0]}.{fmt}?extensions=true`, fmt);
      expect(one.statusCode).toBe(200);
      expect(items(one.body, fmt, 'request')[0]).toMatchObject({ service_request_id: refs.cluster[0], description: '', address: '', status_notes: '', lat: '26.265', long: '50.625' });
      expect(one.body).not.toContain(replyText);
      expect(one.body).not.toContain(secretText);
    }
  });

  it('places no case where the public map leaves its cell out', async () => {
    const month = localDate(new Date(), await t.ctx.kpi.reader.timeZone()).slice(0, 7);
    const map = await t.app.inject({ url: `/api/v1/public/map?service=street_light_fault&from=${month}&to=${month}` });
    expect(map.statusCode, map.body).toBe(200);
    const cells = new Set((map.json().cells as { lat: number; lng: number }[]).map((c) => `${c.lat},${c.lng}`));
    expect(cells).toContain('26.265,50.625');
    expect(cells).not.toContain('26.275,50.635');
    const listed = items((await get('requests.{fmt}?service_code=street_light_fault', 'json')).body, 'json', 'request');
    const webListed = listed.filter((r) => r.service_request_id !== refs.open311 && r.lat !== '');
    expect(webListed.length).toBeGreaterThanOrEqual(3);
    // Every point of a case not posted through Open311 is a cell the map shows.
    const open311Refs = new Set([refs.open311]);
    for (const r of webListed) if (!open311Refs.has(r.service_request_id!) && !r.description) expect(cells).toContain(`${Number(r.lat)},${Number(r.long)}`);
  });

  it('its updates carry no staff text; an Open311 report\'s updates do', async () => {
    await staffReply(refs.open311, (await t.ctx.database.db.selectFrom('cases as c').innerJoin('entities as e', 'e.id', 'c.entity_id').select('e.code').where('c.reference', '=', refs.open311).executeTakeFirstOrThrow()).code, 'The crew is on its way');
    for (const fmt of fmts) {
      const res = await get('servicerequestupdates.{fmt}', fmt);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(replyText);
      const updates = items(res.body, fmt, 'request_update');
      const mine = updates.filter((u) => u.service_request_id === refs.cluster[0] || u.service_request_id === refs.lone);
      expect(mine.length).toBeGreaterThanOrEqual(2);
      for (const u of mine) expect(u.description).toBe('');
      expect(updates.filter((u) => u.service_request_id === refs.open311).map((u) => u.description)).toContain('The crew is on its way');
    }
  });

  it('a relay key posting through Open311 forwards private messages: they are withheld like a web case', async () => {
    const { key: relayKey } = await t.ctx.apikeys.create({ name: 'whatsapp relay', channel: 'whatsapp' });
    const form = new URLSearchParams({ api_key: relayKey, service_code: 'pothole', lat: '26.2331', long: '50.5831', description: 'Relayed: my neighbour Hamad digs here', address_string: 'Road 4411' });
    const res = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode, res.body).toBe(200);
    const ref = res.json()[0].service_request_id as string;
    for (const fmt of fmts) {
      const one = await get(`requests/${ref}.{fmt}`, fmt);
      expect(one.statusCode).toBe(200);
      expect(one.body).not.toMatch(/Hamad|Road 4411|26\.2331/);
      expect(items(one.body, fmt, 'request')[0]).toMatchObject({ service_request_id: ref, description: '', address: '', lat: '', long: '' });
      expect((await get(`tokens/${ref}.{fmt}`, fmt)).statusCode).toBe(404);
    }
  });

  it('tokens/{token} confirms only requests posted through Open311: any other reference answers as an unknown one', async () => {
    const unknown = formatReference(2026, 8_765_432);
    for (const fmt of fmts) {
      const posted = await get(`tokens/${refs.open311}.{fmt}`, fmt);
      expect(posted.statusCode).toBe(200);
      expect(posted.body).toContain(refs.open311);
      const web = await get(`tokens/${refs.lone}.{fmt}`, fmt);
      const none = await get(`tokens/${unknown}.{fmt}`, fmt);
      expect(web.statusCode).toBe(404);
      expect(none.statusCode).toBe(404);
      expect(web.body).toBe(none.body);
      expect(web.body).not.toContain(refs.lone);
      // requests/{id}: an unknown reference's answer does not echo it back either.
      const missing = await get(`requests/${unknown}.{fmt}`, fmt);
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toBe((await get(`requests/${formatReference(2026, 8_765_433)}.{fmt}`, fmt)).body);
    }
  });
});
