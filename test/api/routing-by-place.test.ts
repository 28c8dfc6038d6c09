import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { signRelayBody } from '../../src/server/inbound/relay-signature.ts';
import { demoBoundaryGeoJson } from '../../src/server/places/demo-boundaries.ts';
import { buildEntity, buildUnit, caseInput, coordinatorSession } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Routing by place: the demo's boundary set decides the governorate from the point on every
 * channel; a point outside every area or near a boundary is asked about (web, hotline) or goes to
 * triage with the reason (Open311, relays); routing rules override the area; the case's timeline
 * says how it was routed; a bad GeoJSON import leaves nothing behind.
 */
let t: TestApp;
let coordinator: Session;
let agent: Session;
let apiKey: string;
const relaySecret = 'routing-relay-secret';
const db = () => t.ctx.database.db;

/** A point well inside each demo governorate, and the municipality that serves it. */
const inside = {
  capital: { lat: 26.2235, lng: 50.5822 },
  muharraq: { lat: 26.257, lng: 50.612 },
  northern: { lat: 26.115, lng: 50.505 },
  southern: { lat: 26.13, lng: 50.555 },
} as const;
const sea = { lat: 26.32, lng: 50.5 };
/** About 50 m east of the line between the Capital and the Northern governorate. */
const nearLine = { lat: 26.225, lng: 50.5355 };

beforeAll(async () => {
  t = await createTestApp({ inbound: { ...loadConfig({}).inbound, secrets: { whatsapp: [relaySecret], social: [], email: [] } } });
  [coordinator, agent] = await Promise.all([coordinatorSession(t.app), signInStaff(t.app, 'agent@ministry.demo')]);
  ({ key: apiKey } = await t.ctx.apikeys.create({ name: 'routing-open311' }));
});
afterAll(() => t?.close());

type Point = { lat: number; lng: number };
let seq = 0;

/** Files one street-light complaint at a point through a channel; answers the HTTP answer's status and the case reference. */
async function file(channel: 'web' | 'hotline' | 'open311' | 'relay', p: Point, extra: { governorate?: string; confirmed?: boolean } = {}) {
  seq += 1;
  if (channel === 'web' || channel === 'hotline') {
    const payload = caseInput({ location: { ...p, ...(extra as object) }, ...(channel === 'hotline' ? { channel: 'hotline' } : {}) });
    const req = { method: 'POST' as const, url: '/api/v1/cases', payload };
    const res = await t.app.inject(channel === 'hotline' ? as(agent, req) : req);
    return { status: res.statusCode, body: res.json(), reference: res.statusCode === 201 ? (res.json().reference as string) : undefined };
  }
  if (channel === 'open311') {
    const form = new URLSearchParams({ api_key: apiKey, service_code: 'street_light_fault', lat: String(p.lat), long: String(p.lng), description: 'عمود إنارة مطفأ', 'attribute[fault_kind]': 'off', email: 'citizen@example.com' });
    const res = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    return { status: res.statusCode, body: res.json(), reference: res.statusCode === 200 ? (res.json()[0].service_request_id as string) : undefined };
  }
  const raw = JSON.stringify({ messageId: `route-${seq}-${Date.now()}`, from: { phone: '+97336009999' }, text: 'الإنارة مطفأة في الشارع', location: p });
  const ts = String(Math.floor(Date.now() / 1000));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/inbound/whatsapp',
    payload: raw,
    headers: { 'content-type': 'application/json', 'x-tawasul-timestamp': ts, 'x-tawasul-signature': signRelayBody(relaySecret, ts, raw) },
  });
  return { status: res.statusCode, body: res.json(), reference: res.statusCode === 201 ? (res.json().reference as string) : undefined };
}

/** Where a case went, and what its `created` event says about the routing. */
async function routed(reference: string) {
  const row = await db()
    .selectFrom('cases as c')
    .innerJoin('entities as e', 'e.id', 'c.entity_id')
    .select(['c.id', 'c.governorate', 'c.unit_id', 'e.code as entity'])
    .where('c.reference', '=', reference)
    .executeTakeFirstOrThrow();
  const created = await db().selectFrom('case_events').select('data').where('case_id', '=', row.id).where('kind', '=', 'created').executeTakeFirstOrThrow();
  const data = (typeof created.data === 'string' ? JSON.parse(created.data) : created.data) as { routing?: Record<string, unknown> };
  return { entity: row.entity, governorate: row.governorate, unitId: row.unit_id === null ? null : Number(row.unit_id), routing: data.routing! };
}

describe('routing by place', () => {
  it('sends a point inside each demo governorate to its municipality on every channel, over the governorate picked', async () => {
    for (const [governorate, p] of Object.entries(inside)) {
      for (const channel of ['web', 'hotline', 'open311', 'relay'] as const) {
        // The relay files in its triage service (general_inquiry), which is handled by the ministry; the
        // point still decides the governorate recorded, and the trace names the area.
        const r = await file(channel, p, channel === 'web' ? { governorate: governorate === 'capital' ? 'southern' : 'capital' } : {});
        expect(r.status, `${channel} ${governorate}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
        const got = await routed(r.reference!);
        expect(got.governorate, `${channel} ${governorate}`).toBe(governorate);
        expect(got.routing, `${channel} ${governorate}`).toMatchObject({ area: { layer: 'governorate', code: governorate }, boundarySet: { name: 'Bahrain governorates (demo)', version: 1 } });
        if (channel !== 'relay') {
          expect(got.entity, `${channel} ${governorate}`).toBe(governorate);
          expect(got.routing).toMatchObject({ reason: 'area', rule: null, triage: false });
        }
      }
    }
  });

  it('asks the web and the hotline to confirm a point outside every area, and sends Open311 and relays to triage with the reason', async () => {
    for (const channel of ['web', 'hotline'] as const) {
      const asked = await file(channel, sea);
      expect(asked.status).toBe(422);
      expect(asked.body).toMatchObject({ code: 'location_needs_confirmation', errors: [{ path: 'location', code: 'outside_every_area' }] });
    }
    const confirmed = await file('web', sea, { confirmed: true, governorate: 'muharraq' });
    expect(confirmed.status).toBe(201);
    expect(await routed(confirmed.reference!)).toMatchObject({ entity: 'ministry', governorate: 'muharraq', routing: { reason: 'outside_every_area', triage: true, confirmed: true, area: null } });
    for (const channel of ['open311', 'relay'] as const) {
      const r = await file(channel, sea);
      expect(r.status).toBeLessThan(300);
      expect(await routed(r.reference!)).toMatchObject({ entity: 'ministry', routing: { reason: 'outside_every_area', triage: true } });
    }
  });

  it('treats a point within the configured distance of another governorate as undecided', async () => {
    const asked = await file('web', nearLine);
    expect(asked.body).toMatchObject({ code: 'location_needs_confirmation', errors: [{ code: 'near_boundary' }] });
    const r = await file('open311', nearLine);
    const got = await routed(r.reference!);
    expect(got).toMatchObject({ entity: 'ministry', governorate: 'capital', routing: { reason: 'near_boundary', nearArea: 'governorate:northern', triage: true } });
    expect(got.routing.distanceM).toBeLessThanOrEqual(150);
    const hotline = await file('hotline', nearLine, { confirmed: true });
    expect(await routed(hotline.reference!)).toMatchObject({ entity: 'ministry', routing: { reason: 'near_boundary', confirmed: true } });
  });
});

describe('routing rules', () => {
  it('lets a rule override the area, first match wins, and says so in the timeline; the tester shows it; every change is audited', async () => {
    const works = await buildEntity(t.app);
    const unit = await buildUnit(t.app, { parent: works.code });
    const post = (payload: object) => t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/routing-rules', payload }));
    const first = await post({ name: 'Muharraq street lights to the Works unit', serviceCode: 'street_light_fault', areaCode: 'muharraq', entity: works.code, unit: unit.code });
    expect(first.statusCode, first.body).toBe(201);
    const second = await post({ name: 'Every street light to the northern municipality', serviceCode: 'street_light_fault', entity: 'northern' });
    expect(second.statusCode).toBe(201);
    const refused = await post({ name: 'Unknown unit', entity: works.code, unit: 'no_such_unit' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].path).toBe('unit');

    try {
      const inMuharraq = await file('open311', inside.muharraq);
      expect(await routed(inMuharraq.reference!)).toMatchObject({
        entity: works.code,
        unitId: unit.id,
        governorate: 'muharraq',
        routing: { reason: 'rule', rule: { id: first.json().id, name: 'Muharraq street lights to the Works unit' }, area: { code: 'muharraq' } },
      });
      const inCapital = await file('web', inside.capital);
      expect(await routed(inCapital.reference!)).toMatchObject({ entity: 'northern', routing: { reason: 'rule', rule: { id: second.json().id } } });

      // Reordered, the rule for every street light comes first and wins in Muharraq too.
      const order = await t.app.inject(as(coordinator, { method: 'PUT', url: '/api/v1/admin/routing-rules/order', payload: { ids: [second.json().id, first.json().id] } }));
      expect(order.statusCode, order.body).toBe(200);
      const tester = (payload: object) => t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/routing-rules/test', payload }));
      const tried = await tester({ serviceCode: 'street_light_fault', ...inside.muharraq });
      expect(tried.json()).toMatchObject({ entity: { code: 'northern' }, trace: { reason: 'rule', rule: { name: 'Every street light to the northern municipality' } } });

      // A time window (local time; from after to wraps midnight) on the first rule.
      const patched = await t.app.inject(as(coordinator, { method: 'PATCH', url: `/api/v1/admin/routing-rules/${second.json().id}`, payload: { from: '18:00', to: '07:00' } }));
      expect(patched.json()).toMatchObject({ from: '18:00', to: '07:00' });
      const night = await tester({ serviceCode: 'street_light_fault', ...inside.muharraq, at: '2026-12-10T20:30:00Z' }); // 23:30 in Bahrain
      expect(night.json()).toMatchObject({ entity: { code: 'northern' } });
      const day = await tester({ serviceCode: 'street_light_fault', ...inside.muharraq, at: '2026-12-10T07:00:00Z' }); // 10:00
      expect(day.json()).toMatchObject({ entity: { code: works.code }, unit: unit.code, trace: { rule: { id: first.json().id } } });
      const asAgent = await t.app.inject(as(agent, { method: 'POST', url: '/api/v1/admin/routing-rules/test', payload: { serviceCode: 'street_light_fault' } }));
      expect(asAgent.statusCode).toBe(403);

      const audit = await db().selectFrom('audit_log').select('action').where('target_type', '=', 'routing_rule').execute();
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['routing_rule.create', 'routing_rule.reorder', 'routing_rule.update']));
    } finally {
      for (const r of [first, second]) await t.app.inject(as(coordinator, { method: 'DELETE', url: `/api/v1/admin/routing-rules/${r.json().id}` }));
    }
    const left = await t.app.inject(as(coordinator, { url: '/api/v1/admin/routing-rules' }));
    expect(left.json().items).toEqual([]);
  });
});

describe('boundary import', () => {
  it('refuses bad GeoJSON with the paths at fault and writes nothing; a good import becomes the next version and routes at once', async () => {
    const sets = async () => Number((await db().selectFrom('boundary_sets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await sets();
    const importSet = (geojson: unknown, s: Session = coordinator) =>
      t.app.inject(as(s, { method: 'POST', url: '/api/v1/admin/boundaries', payload: { name: 'Bahrain governorates (demo)', source: 'test', licence: 'CC0-1.0', geojson } }));
    const features = demoBoundaryGeoJson.features;
    const open = structuredClone(features[0]!);
    open.geometry.coordinates[0]!.pop(); // the ring no longer ends where it starts
    const bad = await importSet({ type: 'FeatureCollection', features: [open, { type: 'Feature', properties: { layer: 'governorate', code: 'x' }, geometry: { type: 'LineString', coordinates: [] } }] });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['geojson.features[0].geometry.coordinates[0]', 'geojson.features[1].properties.name_ar', 'geojson.features[1].geometry.type']),
    );
    expect((await importSet('not geojson')).statusCode).toBe(422);
    expect((await importSet({ type: 'FeatureCollection', features })).statusCode).toBe(201);
    expect(await sets()).toBe(before + 1);
    const denied = await importSet({ type: 'FeatureCollection', features }, await signInStaff(t.app, 'entity_admin@muharraq.demo'));
    expect(denied.statusCode).toBe(403);

    // Version 2 moves Muharraq's area to the southern governorate: the next case follows at once.
    const moved = features.map((f) => (f.properties.code === 'muharraq' ? { ...f, properties: { ...f.properties, governorate: 'southern' } } : f));
    const v2 = await importSet({ type: 'FeatureCollection', features: moved });
    expect(v2.json()).toMatchObject({ version: 3, active: true, areaCount: 4 });
    const r = await file('web', inside.muharraq);
    expect(await routed(r.reference!)).toMatchObject({ entity: 'southern', routing: { boundarySet: { version: 3 } } });
    const list = await t.app.inject(as(coordinator, { url: '/api/v1/admin/boundaries' }));
    expect(list.json().items.filter((s: { active: boolean }) => s.active)).toHaveLength(1);
    const audit = await db().selectFrom('audit_log').select('action').where('target_type', '=', 'boundary_set').execute();
    expect(audit.map((a) => a.action)).toEqual(['boundary_set.import', 'boundary_set.import']);

    // Back to the first version.
    const demo = list.json().items.find((s: { version: number }) => s.version === 1);
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: `/api/v1/admin/boundaries/${demo.id}/activate` }))).statusCode).toBe(200);
    const back = await file('web', inside.muharraq);
    expect((await routed(back.reference!)).entity).toBe('muharraq');
  });
});
