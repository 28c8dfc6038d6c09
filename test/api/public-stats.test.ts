import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { openDataColumns } from '../../src/server/kpi/public-stats.service.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { allCases, bahrainDay, expectedFigures, groupBy } from './kpi-expected.ts';

/** Public statistics, open data and the map: right figures, for anyone, and no personal data at all. */
let t: TestApp;
const thisMonth = bahrainDay(new Date()).slice(0, 7);
const earlier = (() => {
  const d = new Date(`${thisMonth}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 5);
  return d.toISOString().slice(0, 7);
})();
const query = `from=${earlier}&to=${thisMonth}`;

beforeAll(async () => {
  t = await createTestApp();
  await generateCases(t.ctx.database.db, { cases: 800, months: 8, seed: 5, events: false });
}, 180_000);

afterAll(async () => {
  await t?.close();
});

const pub = (url: string) => t.app.inject({ method: 'GET', url });

const publicPart = (f: ReturnType<typeof expectedFigures>) => ({
  received: f.received,
  resolved: f.resolved,
  closed: f.closed,
  rejected: f.rejected,
  open: f.open,
  resolvedShare: f.resolvedShare,
  firstResponseCompliance: f.firstResponseCompliance,
  resolutionCompliance: f.resolutionCompliance,
  medianResolutionMinutes: f.medianResolutionMinutes,
  meanRating: f.meanRating,
  satisfiedShare: f.satisfiedShare,
  surveyResponseRate: f.surveyResponseRate,
  reopenRate: f.reopenRate,
});

describe('public statistics', () => {
  it('answer anyone, per entity and month, with the same figures as an independent computation', async () => {
    const res = await pub(`/api/v1/public/stats?${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    const body = res.json();
    const now = new Date(body.asOf);
    const rows = (await allCases(t.ctx.database.db)).filter((r) => bahrainDay(r.created_at).slice(0, 7) >= earlier && bahrainDay(r.created_at).slice(0, 7) <= thisMonth);
    expect(body.months).toHaveLength(6);
    expect(body.national.totals).toEqual(publicPart(expectedFigures(rows, now)));
    const entities = await t.ctx.database.db.selectFrom('entities').select(['id', 'code']).execute();
    for (const e of body.entities) {
      const mine = rows.filter((r) => r.entity_id === entities.find((x) => x.code === e.entity.code)!.id);
      expect(e.totals, e.entity.code).toEqual(publicPart(expectedFigures(mine, now)));
      for (const m of e.months) {
        expect(m).toEqual({ month: m.month, ...publicPart(expectedFigures(mine.filter((r) => bahrainDay(r.created_at).startsWith(m.month)), now)) });
      }
    }
    const services = await t.ctx.database.db.selectFrom('services').select(['id', 'code']).execute();
    for (const s of body.services) {
      const mine = rows.filter((r) => r.service_id === services.find((x) => x.code === s.service.code)!.id);
      expect(s.totals, s.service.code).toEqual({ ...publicPart(expectedFigures(mine, now)), medianResolutionMinutes: null });
    }
  });

  it('publish open data as CSV and JSON with the documented columns', async () => {
    const json = await pub(`/api/v1/public/stats.json?${query}`);
    expect(json.statusCode).toBe(200);
    const data = json.json();
    expect(data.schema.fields).toEqual(openDataColumns);
    const rows = (await allCases(t.ctx.database.db)).filter((r) => bahrainDay(r.created_at).slice(0, 7) >= earlier);
    expect(data.rows.reduce((s: number, r: { received: number }) => s + r.received, 0)).toBe(rows.length);
    const groups = groupBy(rows, (r) => `${bahrainDay(r.created_at).slice(0, 7)}|${r.entity_id}|${r.service_id}`);
    expect(data.rows).toHaveLength(groups.size);
    const csv = await pub(`/api/v1/public/stats.csv?${query}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith(`\uFEFF${openDataColumns.join(',')}\r\n`)).toBe(true);
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(data.rows.length + 1);
    expect(csv.body).toContain('بلدية المحرق');
  });

  it('map cases to grid cells and leave out cells too small to be anonymous', async () => {
    const body = (await pub(`/api/v1/public/map?${query}`)).json();
    const rows = (await allCases(t.ctx.database.db)).filter((r) => bahrainDay(r.created_at).slice(0, 7) >= earlier);
    expect(body.received).toBe(rows.length);
    expect(body.located).toBe(rows.filter((r) => r.lat !== null).length);
    expect(body.cells.every((c: { count: number }) => c.count >= body.minimumCount)).toBe(true);
    expect(body.cells.reduce((s: number, c: { count: number }) => s + c.count, 0) + body.suppressed).toBe(body.located);
    for (const c of body.cells) {
      expect(c.lat).toBeGreaterThan(25.5);
      expect(c.lng).toBeLessThan(50.9);
    }
    expect((await pub(`/api/v1/public/map?${query}&service=street_light_fault`)).statusCode).toBe(200);
    expect((await pub(`/api/v1/public/map?service=no_such_service`)).statusCode).toBe(404);
  });

  it('carry no personal data: no name, phone, email, national ID or reference of any case', async () => {
    const people = await t.ctx.database.db
      .selectFrom('cases')
      .select(['reference', 'contact_name', 'contact_phone', 'contact_email', 'contact_national_id', 'description'])
      .execute();
    const secrets = new Set<string>();
    for (const p of people) {
      for (const v of [p.reference, p.contact_name, p.contact_phone, p.contact_email, p.contact_national_id]) if (v) secrets.add(v);
      if (p.contact_phone) secrets.add(p.contact_phone.slice(4)); // the local number too
    }
    expect(secrets.size).toBeGreaterThan(1000);
    const bodies = await Promise.all(
      ['/api/v1/public/stats', '/api/v1/public/stats.csv', '/api/v1/public/stats.json', '/api/v1/public/map', '/api/v1/public/map?service=street_light_fault'].map(
        async (u) => (await pub(`${u}${u.includes('?') ? '&' : '?'}${query}`)).body,
      ),
    );
    for (const body of bodies) {
      for (const s of secrets) expect(body.includes(s), `leaked ${s}`).toBe(false);
      expect(body).not.toMatch(/\+973\d{7,8}/);
      expect(body).not.toMatch(/@example\.com/);
    }
  });
});
