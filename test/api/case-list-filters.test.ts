import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { buildCase } from '../support/factories.ts';
import { forceState } from '../support/case-state.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The case list's drill-down filters: for every figure of the dashboards, the cases GET
 * /api/v1/cases lists for the figure's drill-down queries are exactly the cases the figure counts.
 */
let t: TestApp;
let coordinator: Session;
const db = () => t.ctx.database.db;

type Query = Record<string, string>;
type Figures = {
  received: number;
  resolved: number;
  closed: number;
  rejected: number;
  merged: number;
  open: number;
  openBreached: number;
  firstResponseOverdue: number;
  backlogAge: Record<string, number>;
  counts: Record<string, number>;
};
type Drill = { cases: Query[]; of?: Query[]; exact: boolean };

beforeAll(async () => {
  t = await createTestApp();
  await generateCases(db(), { cases: 400, months: 3, seed: 11, events: false });
  t.ctx.access.invalidate();
  coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');

  // A few hand-made states the generator rarely makes.
  const reopenedRated = await buildCase(t.app);
  await forceState(t.ctx, reopenedRated.reference, { status: 'in_progress' });
  await db().updateTable('cases').set({ rating: 5, reopen_count: 1 }).where('reference', '=', reopenedRated.reference).execute();
  const overdue = await buildCase(t.app);
  await db()
    .updateTable('cases')
    .set({ first_response_due_at: new Date(Date.now() - 3_600_000), first_responded_at: null })
    .where('reference', '=', overdue.reference)
    .execute();
  const transferred = await buildCase(t.app);
  await forceState(t.ctx, transferred.reference, { status: 'resolved', resolvedDaysAgo: 0 });
  await db().updateTable('cases').set({ transfer_count: 2, rating: 2, rated_at: new Date(), sla_state: 'breached' }).where('reference', '=', transferred.reference).execute();
}, 180_000);

afterAll(async () => {
  await t?.close();
});

async function get(url: string) {
  const res = await t.app.inject(as(coordinator, { method: 'GET', url }));
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
}

/** Every reference the list gives for a query, page after page. */
async function references(q: Query): Promise<Set<string>> {
  const out = new Set<string>();
  let cursor: string | undefined;
  do {
    const params = new URLSearchParams({ ...q, limit: '100', ...(cursor ? { cursor } : {}) });
    const page = await get(`/api/v1/cases?${params}`);
    for (const item of page.items) out.add(item.reference);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** base + row filter + query; where two bound the creation time, their intersection. */
function combine(base: Query, filter: Query, query: Query): Query {
  const out: Query = { ...base, ...filter, ...query };
  const bounds = [base, filter, query];
  const froms = bounds.flatMap((b) => (b.createdFrom ? [b.createdFrom] : []));
  const tos = bounds.flatMap((b) => (b.createdTo ? [b.createdTo] : []));
  if (froms.length) out.createdFrom = froms.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  if (tos.length) out.createdTo = tos.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
  return out;
}

async function union(base: Query, filter: Query, queries: Query[]): Promise<number> {
  const all = new Set<string>();
  for (const q of queries) {
    const c = combine(base, filter, q);
    // An empty creation range (an age bucket outside the period) lists nothing.
    if (c.createdFrom && c.createdTo && Date.parse(c.createdFrom) >= Date.parse(c.createdTo)) continue;
    for (const r of await references(c)) all.add(r);
  }
  return all.size;
}

/** The count behind each figure (numerator) and, for a rate, its denominator. */
function countsOf(f: Figures): Record<string, [number, number?]> {
  const c = f.counts;
  return {
    received: [f.received],
    resolved: [f.resolved],
    closed: [f.closed],
    rejected: [f.rejected],
    merged: [f.merged],
    open: [f.open],
    openBreached: [f.openBreached],
    firstResponseOverdue: [f.firstResponseOverdue],
    'backlogAge.under3Days': [f.backlogAge.under3Days!],
    'backlogAge.days3to7': [f.backlogAge.days3to7!],
    'backlogAge.days8to30': [f.backlogAge.days8to30!],
    'backlogAge.over30Days': [f.backlogAge.over30Days!],
    resolvedShare: [f.resolved, f.received],
    firstResponseCompliance: [c.firstResponseMet!, c.firstResponseMet! + c.firstResponseLate!],
    resolutionCompliance: [c.resolutionMet!, c.resolutionMet! + c.resolutionLate!],
    meanResolutionMinutes: [f.resolved],
    meanRating: [c.rated!],
    satisfiedShare: [c.ratedSatisfied!, c.rated!],
    surveyResponseRate: [c.rated!, f.resolved],
    reopenRate: [c.reopened!, c.everResolved!],
    transferRate: [c.transferred!, f.received],
    rejectionRate: [f.rejected, f.received],
  };
}

async function checkAll(base: Query, filter: Query, figures: Figures, indicators: Record<string, Drill>) {
  const expected = countsOf(figures);
  const exact = Object.entries(indicators).filter(([, d]) => d.exact);
  // Every figure but the percentiles (which need an order the list does not offer) is exact.
  expect(Object.keys(indicators).filter((k) => !indicators[k]!.exact).sort()).toEqual(['medianResolutionMinutes', 'p90ResolutionMinutes']);
  for (const [name, drill] of exact) {
    const [num, den] = expected[name]!;
    expect(await union(base, filter, drill.cases), `${name} ${JSON.stringify(filter)}`).toBe(num);
    if (drill.of) expect(await union(base, filter, drill.of), `${name} (of) ${JSON.stringify(filter)}`).toBe(den);
  }
}

const today = new Date().toISOString().slice(0, 10);
const period = `from=${new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10)}&to=${today}`;

describe('each figure equals the cases its drill-down lists', () => {
  it('nationally', async () => {
    const answer = await get(`/api/v1/kpi/entities?${period}`);
    expect(answer.national.received).toBeGreaterThan(300);
    expect(answer.national.counts.reopened).toBeGreaterThan(0);
    expect(answer.national.firstResponseOverdue).toBeGreaterThan(0);
    await checkAll(answer.drillDown.base, {}, answer.national, answer.drillDown.indicators);
  });

  it('for one entity (its row filter)', async () => {
    const answer = await get(`/api/v1/kpi/entities?${period}`);
    const item = answer.items.find((i: { entity: { code: string } }) => i.entity.code === 'muharraq');
    expect(item.figures.received).toBeGreaterThan(0);
    await checkAll(answer.drillDown.base, item.filter, item.figures, answer.drillDown.indicators);
  });

  it('for one value of a breakdown (channel)', async () => {
    const answer = await get(`/api/v1/kpi/breakdown?by=channel&${period}`);
    const item = [...answer.items].sort((a: { figures: Figures }, b: { figures: Figures }) => b.figures.received - a.figures.received)[0];
    await checkAll(answer.drillDown.base, item.filter, item.figures, answer.drillDown.indicators);
  });
});

describe('the filters themselves', () => {
  it('combine, and read a rating the way the indicators do', async () => {
    const all = await references({ rating: '5' });
    const rated = await references({ rating: '5', rated: 'true' });
    // The reopened case keeps its rating but no longer counts as rated.
    expect(all.size).toBe(rated.size + 1);
    expect((await references({ rated: 'false', reopened: 'true', rating: '5' })).size).toBe(1);
    const min4 = await references({ ratingMin: '4' });
    const list45 = await references({ rating: '4,5' });
    expect([...min4].sort()).toEqual([...list45].sort());
    const two = await references({ transferred: 'true', rating: '2', resolution: 'late' });
    expect(two.size).toBeGreaterThanOrEqual(1);
    for (const r of await references({ transferred: 'false', reopened: 'false' })) {
      const row = await db().selectFrom('cases').select(['transfer_count', 'reopen_count']).where('reference', '=', r).executeTakeFirstOrThrow();
      expect(row).toEqual({ transfer_count: 0, reopen_count: 0 });
    }
  });

  it('split first responses into met, late, overdue and pending, and SLA states as a list', async () => {
    const parts = await Promise.all(['met', 'late', 'overdue', 'pending'].map((s) => references({ firstResponse: s })));
    const together = await references({ firstResponse: 'met,late,overdue,pending' });
    expect(parts.reduce((n, p) => n + p.size, 0)).toBe(together.size);
    for (const p of parts) expect(p.size).toBeGreaterThan(0);
    const open = await references({ status: 'new,assigned,in_progress,awaiting_citizen' });
    const answered = await references({ status: 'new,assigned,in_progress,awaiting_citizen', firstResponse: 'met,late' });
    expect((await references({ firstResponse: 'overdue,pending' })).size + answered.size).toBe(open.size);
    const either = await references({ slaState: 'met,breached' });
    expect(either.size).toBe((await references({ slaState: 'met' })).size + (await references({ slaState: 'breached' })).size);
  });

  it('read createdFrom / createdTo dates as whole local days, and "none" for no unit or governorate', async () => {
    const c = await buildCase(t.app, { location: { governorate: 'muharraq', lat: 26.25, lng: 50.61, block: '204', road: '415' } });
    // 00:30 on 11 March 2026 in Bahrain (UTC+3) is still 10 March in UTC.
    await db().updateTable('cases').set({ created_at: new Date('2026-03-10T21:30:00Z') }).where('reference', '=', c.reference).execute();
    expect(await references({ createdFrom: '2026-03-11', createdTo: '2026-03-11' })).toContain(c.reference);
    expect(await references({ createdFrom: '2026-03-10', createdTo: '2026-03-10' })).not.toContain(c.reference);
    expect(await references({ createdFrom: '2026-03-10T21:30:00Z', createdTo: '2026-03-10T21:30:00.001Z' })).toEqual(new Set([c.reference]));

    await db().updateTable('cases').set({ governorate: null, unit_id: null }).where('reference', '=', c.reference).execute();
    expect(await references({ createdFrom: '2026-03-11', createdTo: '2026-03-11', governorate: 'none', unit: 'none' })).toEqual(new Set([c.reference]));
    for (const r of await references({ governorate: 'none' })) {
      const row = await db().selectFrom('cases').select('governorate').where('reference', '=', r).executeTakeFirstOrThrow();
      expect(row.governorate).toBeNull();
    }
  });

  it.each([
    'firstResponse=soon',
    'firstResponse=met,,late',
    'resolution=pending',
    'rating=6',
    'rating=4;5',
    'ratingMin=0',
    'ratingMin=x',
    'rated=yes',
    'reopened=1',
    'transferred=',
    'slaState=met,bogus',
    'governorate=atlantis',
    'createdFrom=yesterday',
    'channel=pigeon',
  ])('refuses %s with 400 problem+json', async (q) => {
    const res = await t.app.inject(as(coordinator, { method: 'GET', url: `/api/v1/cases?${q}` }));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().status).toBe(400);
  });
});
