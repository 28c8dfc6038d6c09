import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { as, signInStaff } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Who sees which entities' indicators: the ministry's coordinators and analysts all; everyone else their own. */
let t: TestApp;
let nonUnitCodes: string[];

async function get(email: string, path: string) {
  const s = await signInStaff(t.app, email);
  return t.app.inject(as(s, { method: 'GET', url: path }));
}

beforeAll(async () => {
  t = await createTestApp();
  await generateCases(t.ctx.database.db, { cases: 400, months: 6, seed: 3, events: false });
  t.ctx.access.invalidate();
  nonUnitCodes = (await t.ctx.database.db.selectFrom('entities').select('code').where('kind', '<>', 'unit').execute()).map((e) => e.code).sort();
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('indicator scope', () => {
  it.each(['coordinator@ministry.demo', 'analyst@ministry.demo'])('%s sees every entity, ranked', async (email) => {
    const res = await get(email, '/api/v1/kpi/entities');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { entity: { code: string } }) => i.entity.code).sort()).toEqual(nonUnitCodes);
    expect(body.items.filter((i: { rank: number | null }) => i.rank !== null).length).toBe(body.rankedEntities);
  });

  it.each([
    ['officer@capital.demo', 'capital'],
    ['entity_admin@muharraq.demo', 'muharraq'],
    ['supervisor@northern.demo', 'northern'],
    ['coordinator@southern.demo', 'southern'],
    ['analyst@capital.demo', 'capital'],
  ])('%s sees only %s, with its rank among all and the national figures', async (email, code) => {
    const all = (await get('analyst@ministry.demo', '/api/v1/kpi/entities')).json();
    const res = await get(email, '/api/v1/kpi/entities');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { entity: { code: string } }) => i.entity.code)).toEqual([code]);
    const mine = all.items.find((i: { entity: { code: string } }) => i.entity.code === code);
    expect(body.items[0].rank).toBe(mine.rank);
    expect(body.items[0].figures).toEqual(mine.figures);
    expect(body.national).toEqual(all.national);
  });

  it('keeps breakdowns, trends and breaches inside the scope', async () => {
    const capital = (await get('analyst@ministry.demo', '/api/v1/kpi/entities')).json().items.find((i: { entity: { code: string } }) => i.entity.code === 'capital');
    for (const path of ['/api/v1/kpi/breakdown?by=service', '/api/v1/kpi/breakdown?by=channel']) {
      const body = (await get('officer@capital.demo', path)).json();
      expect(body.total.received).toBe(capital.figures.received);
      expect(body.total.resolved).toBe(capital.figures.resolved);
    }
    const trend = (await get('officer@capital.demo', '/api/v1/kpi/trends?by=month')).json();
    expect(trend.points.reduce((s: number, p: { figures: { received: number } }) => s + p.figures.received, 0)).toBe(capital.figures.received);
    const breaches = (await get('officer@capital.demo', '/api/v1/kpi/breaches?limit=500')).json();
    expect(breaches.totalBreaches).toBe(capital.figures.counts.resolutionLate);
  });

  it("links a unit's report to its cases by unit (a unit's cases are held by its entity)", async () => {
    const coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');
    const made = await t.app.inject(
      as(coordinator, { method: 'POST', url: '/api/v1/admin/entities', payload: { code: 'muharraq-parks', kind: 'unit', parent: 'muharraq', name: { ar: 'قسم الحدائق', en: 'Parks section' } } }),
    );
    expect(made.statusCode, made.body).toBe(201);
    t.ctx.access.invalidate();
    const trends = await t.app.inject(as(coordinator, { url: '/api/v1/kpi/trends?by=month&entity=muharraq-parks' }));
    expect(trends.statusCode, trends.body).toBe(200);
    expect(trends.json().filter).toEqual({ unit: 'muharraq-parks' });
    const entity = await t.app.inject(as(coordinator, { url: '/api/v1/kpi/trends?by=month&entity=muharraq' }));
    expect(entity.json().filter).toEqual({ entity: 'muharraq' });
  });

  it('answers another entity as not found', async () => {
    for (const path of ['/api/v1/kpi/breakdown?by=service&entity=muharraq', '/api/v1/kpi/trends?by=week&entity=muharraq', '/api/v1/kpi/breaches?entity=muharraq']) {
      const res = await get('officer@capital.demo', path);
      expect(res.statusCode, path).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
    expect((await get('coordinator@ministry.demo', '/api/v1/kpi/breakdown?by=service&entity=muharraq')).statusCode).toBe(200);
  });

  it('refuses callers who are not staff', async () => {
    for (const url of ['/api/v1/kpi/entities', '/api/v1/kpi/breakdown?by=type', '/api/v1/kpi/trends?by=month', '/api/v1/kpi/breaches']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('validates the period and the weights', async () => {
    expect((await get('analyst@ministry.demo', '/api/v1/kpi/entities?from=2026-05-01&to=2026-04-01')).statusCode).toBe(400);
    expect((await get('analyst@ministry.demo', '/api/v1/kpi/entities?weights=speed=1')).statusCode).toBe(400);
    const w = (await get('analyst@ministry.demo', '/api/v1/kpi/entities?weights=resolutionCompliance=1,firstResponseCompliance=0,satisfiedShare=0,resolvedShare=0,reopenRate=0')).json();
    expect(w.weights.resolutionCompliance).toBe(1);
    for (const i of w.items) expect(i.score).toBe(i.figures.resolutionCompliance);
  });
});
