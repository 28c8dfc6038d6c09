import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/common/zoned-time.ts';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { recognitionPeriodOf, lastEndedPeriod } from '../../src/server/kpi/recognition.ts';
import { buildCase, buildService, buildStaffSession, caseInputFor, coordinatorSession, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The ranking and the excellence table over cases this test makes: each built entity receives a
 * number of cases and resolves one, so with the resolved share as the only weight its score is
 * 100 / received — computed here independently and compared with what the API answers.
 */
let t: TestApp;
let coordinator: Session;
const onlyResolvedShare = 'resolutionCompliance=0,firstResponseCompliance=0,satisfiedShare=0,resolvedShare=1,reopenRate=0';
/** What the test made: per entity code, cases received and resolved. */
const made = new Map<string, { received: number; resolved: number; service: string }>();
let parentCode = '';

async function feed(service: BuiltService, received: number, resolved: number) {
  const refs: string[] = [];
  for (let i = 0; i < received; i++) refs.push((await buildCase(t.app, caseInputFor(service))).reference);
  const supervisor = await buildStaffSession(t.app, { role: 'supervisor', entity: service.entity.code });
  for (const ref of refs.slice(0, resolved)) {
    let version = (await t.app.inject(as(supervisor, { url: `/api/v1/cases/${ref}` }))).json().version as number;
    for (const [action, payload] of [['start', {}], ['resolve', { body: 'تم إصلاح العطل' }]] as const) {
      const res = await t.app.inject(as(supervisor, { method: 'POST', url: `/api/v1/cases/${ref}/actions/${action}`, payload: { ...payload, version } }));
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
  }
  made.set(service.entity.code, { received, resolved, service: service.code });
}

const get = async (url: string, session: Session | null = coordinator) => {
  const res = await t.app.inject(session ? as(session, { url }) : { url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

interface Item { entity: { code: string }; rank: number | null; score: number | null; parent: boolean; standing: 'top' | 'bottom' | null }
const ranking = async () => (await get(`/api/v1/kpi/entities?weights=${onlyResolvedShare}`)) as { rankedEntities: number; items: Item[] };

/** Competition ranks of the expected scores: 1 + how many score higher. */
function expectedRanks(scores: Map<string, number>): Map<string, number> {
  const all = [...scores.values()];
  return new Map([...scores].map(([code, s]) => [code, 1 + all.filter((o) => o > s).length]));
}
const shareOf = (m: { received: number; resolved: number }) => Math.round((10000 * m.resolved) / m.received) / 100;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
}, 60_000);
afterAll(() => t?.close());

describe('ranking', () => {
  it('ranks no parent among its children, and marks the top and bottom three only among at least seven', async () => {
    // Three entities: ranked, but too few for "top three" and "bottom three" to mean anything.
    for (let i = 0; i < 3; i++) await feed(await buildService(t.app), i + 1, 1);
    let body = await ranking();
    expect(body.rankedEntities).toBe(3);
    expect(body.items.every((i) => i.standing === null)).toBe(true);

    // Five more, and the ministry above them all holds a case it resolved: the best score, no rank.
    for (let i = 3; i < 8; i++) await feed(await buildService(t.app), i + 1, 1);
    const parent = await buildService(t.app, { entity: 'ministry' });
    parentCode = parent.entity.code;
    await feed(parent, 1, 1);

    body = await ranking();
    const parentItem = body.items.find((i) => i.entity.code === parent.entity.code)!;
    expect(parentItem).toMatchObject({ parent: true, rank: null, score: 100, standing: null });

    const peers = new Map([...made].filter(([code]) => code !== parent.entity.code).map(([code, m]) => [code, shareOf(m)]));
    const want = expectedRanks(peers);
    expect(body.rankedEntities).toBe(peers.size);
    const n = peers.size;
    for (const [code, rank] of want) {
      const item = body.items.find((i) => i.entity.code === code)!;
      expect(item, code).toMatchObject({ rank, score: peers.get(code), parent: false, standing: rank <= 3 ? 'top' : rank > n - 3 ? 'bottom' : null });
    }
    expect(body.items.filter((i) => i.standing === 'top').length).toBeGreaterThanOrEqual(3);
    expect(body.items.filter((i) => i.standing === 'bottom').length).toBeGreaterThanOrEqual(1);
  });
});

describe('recognition', () => {
  it('is the table an independent computation gives, per entity and per service, with the figures that earned it', async () => {
    const today = localDate(new Date(), 'Asia/Bahrain');
    const quarter = recognitionPeriodOf('quarter', today);
    const body = await get(`/api/v1/kpi/recognition?period=quarter&of=${today}&minCases=2&weights=${onlyResolvedShare}`);
    expect(body.period).toMatchObject({ kind: 'quarter', from: quarter.from, to: quarter.to, ended: false });
    expect(body.minCases).toBe(2);

    const peers = [...made].filter(([code]) => code !== parentCode);
    const eligible = new Map(peers.filter(([, m]) => m.received >= 2).map(([code, m]) => [code, shareOf(m)]));
    const want = expectedRanks(eligible);
    const got = body.entities.map((p: { subject: { code: string }; rank: number; score: number }) => [p.subject.code, p.rank, p.score]);
    const expected = [...want].map(([code, rank]) => [code, rank, eligible.get(code)]).sort((a, b) => (a[1] as number) - (b[1] as number));
    expect(expected.length).toBe(7);
    expect(got).toEqual(expected);
    const best = body.entities[0];
    const m = made.get(best.subject.code)!;
    expect(best).toMatchObject({ received: m.received, resolved: m.resolved });
    expect(best.parts.find((p: { part: string }) => p.part === 'resolvedShare')).toEqual({ part: 'resolvedShare', value: shareOf(m), score: shareOf(m), weight: 1 });

    // Each service here belongs to one entity, so the service table is the same places.
    const serviceOf = new Map([...made].map(([code, x]) => [x.service, code]));
    expect(body.services.map((p: { subject: { code: string }; rank: number; score: number }) => [serviceOf.get(p.subject.code), p.rank, p.score])).toEqual(expected);
  });

  it('publishes the configured table to anyone, the last ended quarter by default, with no personal data', async () => {
    const today = localDate(new Date(), 'Asia/Bahrain');
    const staff = await get(`/api/v1/kpi/recognition?of=${today}`);
    const pub = await get(`/api/v1/public/recognition?of=${today}`, null);
    expect(pub).toEqual(staff);
    expect(pub.minCases).toBe(20);
    const text = JSON.stringify(await get(`/api/v1/public/recognition?of=${today}&period=month`, null));
    for (const personal of ['فاطمة', '36001234', '@', 'تم إصلاح']) expect(text).not.toContain(personal);
    const last = lastEndedPeriod('quarter', today);
    expect((await get('/api/v1/public/recognition', null)).period).toMatchObject({ kind: 'quarter', from: last.from, to: last.to, ended: true });
    const anon = await t.app.inject({ url: '/api/v1/kpi/recognition' });
    expect(anon.statusCode).toBe(401);
  });

  it('ranks breach drivers by rate as well as by count', async () => {
    await generateCases(t.ctx.database.db, { cases: 300, months: 3, seed: 5, events: false });
    const byCount = await get('/api/v1/kpi/breaches?limit=500');
    const byRate = await get('/api/v1/kpi/breaches?limit=500&order=rate');
    expect(byCount.order).toBe('count');
    expect(byRate.order).toBe('rate');
    expect(byRate.items.length).toBeGreaterThan(2);
    const counts = byCount.items.map((i: { breaches: number }) => i.breaches);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    const rates = byRate.items.map((i: { breachRate: number }) => i.breachRate);
    expect(rates).toEqual([...rates].sort((a: number, b: number) => b - a));
    // The same services either way, only the order differs.
    const codes = (x: { items: { service: { code: string } }[] }) => x.items.map((i) => i.service.code);
    expect(codes(byRate).sort()).toEqual(codes(byCount).sort());
    expect(codes(byRate)).not.toEqual(codes(byCount));
  });
});
