import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compositeScore, defaultWeights, type KpiFigures } from '../../src/server/kpi/kpi.formulas.ts';
import { buildCase, buildEntity, buildPolicy, buildService, buildStaffSession, caseInputFor, coordinatorSession } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { allCases, bahrainDay, expectedFigures, type CaseRow } from './kpi-expected.ts';

/**
 * Practice that spreads: benchmarks against the best, practice cards, publication by the ministry,
 * adoption in one audited step, and the before/after view — each against an independent count.
 */
let t: TestApp;
let coordinator: Session;
let adminA: Session;
let adminB: Session;
let service: { code: string; types: ('complaint' | 'suggestion')[] };
let a: { code: string };
let b: { code: string };
let ids: { a: number; b: number; service: number };
const DAY = 86_400_000;
const figureKeys = ['medianResolutionMinutes', 'firstResponseCompliance', 'resolutionCompliance', 'reopenRate', 'satisfiedShare'] as const;

async function call(session: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) {
  return t.app.inject(as(session, { method, url, ...(payload === undefined ? {} : { payload: payload as object }) }));
}

async function ok(session: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, status = 200) {
  const res = await call(session, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.body ? res.json() : undefined;
}

/** A case of the service held by an entity, created `daysAgo` days ago. */
async function caseOf(entityId: number, daysAgo: number) {
  const receipt = await buildCase(t.app, caseInputFor(service, { location: { governorate: 'capital' } }));
  const at = new Date(Date.now() - daysAgo * DAY);
  await sql`update cases set entity_id = ${entityId}, created_at = ${at} where reference = ${receipt.reference}`.execute(t.ctx.database.db);
  return receipt.reference;
}

function serviceRows(rows: CaseRow[], entityId: number, from: string, to: string) {
  return rows.filter((r) => r.service_id === ids.service && r.entity_id === entityId && bahrainDay(r.created_at) >= from && bahrainDay(r.created_at) <= to);
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
  a = await buildEntity(t.app);
  b = await buildEntity(t.app);
  const policy = await buildPolicy(t.app, { targets: [{ caseType: null, priority: null, firstResponseTarget: 30, resolutionTarget: 240 }] });
  service = (await buildService(t.app, { slaPolicyCode: policy.code })) as typeof service;
  const db = t.ctx.database.db;
  const byCode = async (code: string) => (await db.selectFrom('entities').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  ids = {
    a: await byCode(a.code),
    b: await byCode(b.code),
    service: (await db.selectFrom('services').select('id').where('code', '=', service.code).executeTakeFirstOrThrow()).id,
  };
  await db.updateTable('entities').set({ population: 120_000 }).where('id', '=', ids.a).execute();
  adminA = await buildStaffSession(t.app, { entity: a.code, role: 'entity_admin' });
  adminB = await buildStaffSession(t.app, { entity: b.code, role: 'entity_admin' });
  // A: four cases, one resolved on time; B: three before the adoption (days ago) and two after.
  const resolvedA = await caseOf(ids.a, 10);
  for (const d of [9, 8, 3]) await caseOf(ids.a, d);
  await sql`update cases set status = 'resolved', resolved_at = created_at + interval '1 hour', first_responded_at = created_at + interval '10 minutes',
    resolution_working_minutes = 60, first_response_working_minutes = 10, sla_state = 'met' where reference = ${resolvedA}`.execute(db);
  for (const d of [6, 5, 2]) await caseOf(ids.b, d);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('benchmarks', () => {
  it("per entity equal an independent count over the service's cases, beside the best by the composite score", async () => {
    const answer = await ok(coordinator, 'GET', `/api/v1/practice/benchmarks?service=${service.code}`);
    const rows = await allCases(t.ctx.database.db);
    const now = new Date();
    const s = answer.items.find((x: { service: { code: string } }) => x.service.code === service.code);
    expect(s.items.map((i: { entity: { code: string } }) => i.entity.code).sort()).toEqual([a.code, b.code].sort());
    const expected: Record<string, KpiFigures> = {};
    for (const [code, id] of [[a.code, ids.a], [b.code, ids.b]] as const) {
      const f = expectedFigures(serviceRows(rows, id, answer.period.from, answer.period.to), now) as KpiFigures;
      expected[code] = f;
      const item = s.items.find((i: { entity: { code: string } }) => i.entity.code === code);
      expect(item.received).toBe(f.received);
      for (const k of figureKeys) expect(item.figures[k], `${code} ${k}`).toBe(f[k]);
    }
    expect(s.items.find((i: { entity: { code: string } }) => i.entity.code === a.code).receivedPer10k).toBe(Math.round((4 * 10_000 * 100) / 120_000) / 100);
    const bestCode = [a.code, b.code].sort((x, y) => (compositeScore(expected[y]!, defaultWeights) ?? -1) - (compositeScore(expected[x]!, defaultWeights) ?? -1))[0];
    expect(s.best.entity.code).toBe(bestCode);
    expect(bestCode).toBe(a.code);
    const itemB = s.items.find((i: { entity: { code: string } }) => i.entity.code === b.code);
    expect(itemB.comparability.volumeRatio).toBe(0.75);
  });

  it('an entity sees itself beside the best, not the others', async () => {
    const answer = await ok(adminB, 'GET', `/api/v1/practice/benchmarks?service=${service.code}`);
    const s = answer.items.find((x: { service: { code: string } }) => x.service.code === service.code);
    expect(s.items.map((i: { entity: { code: string } }) => i.entity.code)).toEqual([b.code]);
    expect(s.best.entity.code).toBe(a.code);
  });
});

describe('cards, publication and adoption', () => {
  let cardId: number;
  let cardPolicy: { targets: unknown[] };

  it("A's administrator writes a card with A's targets and reply texts; only the ministry publishes it", async () => {
    await ok(adminA, 'POST', '/api/v1/reply-templates', { serviceCode: service.code, name: 'استلام', body: { ar: 'تم استلام بلاغكم', en: 'We received your report' } }, 201);
    await ok(adminA, 'POST', '/api/v1/reply-templates', { serviceCode: service.code, name: 'إصلاح', body: { ar: 'تم الإصلاح', en: 'It was fixed' }, position: 1 }, 201);
    await ok(adminB, 'POST', '/api/v1/reply-templates', { serviceCode: service.code, name: 'قديم', body: { ar: 'نص قديم', en: 'Old text' } }, 201);
    const before = await ok(adminA, 'GET', `/api/v1/practice/configuration?service=${service.code}`);
    expect(before.policy.targets).toEqual([{ caseType: null, priority: null, unit: 'working_minutes', firstResponseTarget: 30, resolutionTarget: 240 }]);
    const card = await ok(adminA, 'POST', '/api/v1/practice/cards', {
      serviceCode: service.code,
      title: { ar: 'إصلاح الإنارة في يومين', en: 'Lights fixed in two days' },
      checklist: [{ ar: 'فرز البلاغ', en: 'Triage the report' }],
    }, 201);
    cardId = card.id;
    cardPolicy = card.policy;
    expect(card.policy.targets).toEqual(before.policy.targets);
    expect(card.templates.map((x: { name: string }) => x.name)).toEqual(['استلام', 'إصلاح']);
    expect(card.figures.received).toBe(4);

    // Not yet recommended: B cannot see it; A cannot publish; B cannot edit A's card.
    expect((await call(adminB, 'GET', `/api/v1/practice/cards/${cardId}`)).statusCode).toBe(404);
    expect((await call(adminA, 'POST', `/api/v1/practice/cards/${cardId}/publish`, { entities: 'all' })).statusCode).toBe(403);
    expect((await call(adminB, 'POST', `/api/v1/practice/cards/${cardId}/adopt`)).statusCode).toBe(404);
    await ok(coordinator, 'POST', `/api/v1/practice/cards/${cardId}/publish`, { entities: [b.code] });
    const edit = await call(adminB, 'PATCH', `/api/v1/practice/cards/${cardId}`, { title: { ar: 'تغيير', en: 'Changed' } });
    expect(edit.statusCode).toBe(403);
    expect((await ok(adminA, 'GET', `/api/v1/practice/cards/${cardId}`)).title.en).toBe('Lights fixed in two days');
    const inbox = await ok(adminB, 'GET', '/api/v1/practice/recommendations');
    expect(inbox.items.map((r: { card: { id: number } }) => r.card.id)).toEqual([cardId]);
  });

  it("B adopts A's card: B's policy and reply texts for the service equal A's, with one audit entry", async () => {
    // The service's policy changed since the card: B's targets differ from the card's before adopting.
    await ok(coordinator, 'PUT', `/api/v1/admin/sla-policies/${(await ok(adminB, 'GET', `/api/v1/practice/configuration?service=${service.code}`)).policy.code}`, {
      name: { ar: 'معدلة', en: 'Changed' },
      calendarCode: (await ok(adminB, 'GET', `/api/v1/practice/configuration?service=${service.code}`)).policy.calendarCode,
      targets: [{ caseType: null, priority: null, firstResponseTarget: 120, resolutionTarget: 960 }],
      steps: [],
    }, 204);
    const configB = await ok(adminB, 'GET', `/api/v1/practice/configuration?service=${service.code}`);
    expect(configB.policy.targets).not.toEqual(cardPolicy.targets);
    const db = t.ctx.database.db;
    const auditBefore = Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    const adoption = await ok(adminB, 'POST', `/api/v1/practice/cards/${cardId}/adopt`, undefined, 201);

    const auditAfter = Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(auditAfter - auditBefore).toBe(1);
    const entry = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.action).toBe('practice_card.adopt');
    expect(entry.entity_id).toBe(ids.b);

    const afterB = await ok(adminB, 'GET', `/api/v1/practice/configuration?service=${service.code}`);
    const cardA = await ok(adminA, 'GET', `/api/v1/practice/cards/${cardId}`);
    expect(afterB.policy.targets).toEqual(cardA.policy.targets);
    expect(afterB.policy.steps).toEqual(cardA.policy.steps);
    expect(afterB.templates).toEqual(cardA.templates);
    expect(adoption.replaced.policy.targets).toEqual(configB.policy.targets);
    expect(adoption.replaced.templates.map((x: { name: string }) => x.name)).toEqual(['قديم']);
    // A's own configuration is untouched.
    expect((await ok(adminA, 'GET', `/api/v1/practice/configuration?service=${service.code}`)).templates).toEqual(cardA.templates);

    // Editable afterwards, as any reply text.
    const own = (await ok(adminB, 'GET', '/api/v1/reply-templates')).items.find((x: { name: string }) => x.name === 'إصلاح');
    await ok(adminB, 'PATCH', `/api/v1/reply-templates/${own.id}`, { body: { ar: 'أصلحنا العطل', en: 'We fixed the fault' } }, 204);
    expect((await ok(adminB, 'GET', `/api/v1/practice/configuration?service=${service.code}`)).templates[1].body.en).toBe('We fixed the fault');
    // A cannot read B's adoption.
    expect((await call(adminA, 'GET', `/api/v1/practice/adoptions/${adoption.id}`)).statusCode).toBe(404);

    // Did it work: B's figures for both periods, beside A's, equal an independent count.
    for (const d of [0, 0]) await caseOf(ids.b, d);
    const effect = await ok(adminB, 'GET', `/api/v1/practice/adoptions/${adoption.id}?days=7`);
    const rows = await allCases(db);
    const now = new Date();
    for (const side of ['before', 'after'] as const) {
      const p = effect.periods[side];
      for (const [who, id] of [['entity', ids.b], ['source', ids.a]] as const) {
        const f = expectedFigures(serviceRows(rows, id, p.from, p.to), now) as KpiFigures;
        expect(effect[who][side].received, `${who} ${side}`).toBe(f.received);
        for (const k of figureKeys) expect(effect[who][side][k], `${who} ${side} ${k}`).toBe(f[k]);
      }
    }
    expect(effect.entity.before.received).toBe(3);
    expect(effect.entity.after.received).toBe(2);
    expect(effect.source.before.received).toBe(1);
    const listed = await ok(coordinator, 'GET', '/api/v1/practice/adoptions');
    expect(listed.items.some((x: { id: number }) => x.id === adoption.id)).toBe(true);
  });

  it("the national monthly report carries 'best practice' and 'adoptions' sheets", async () => {
    const month = bahrainDay(new Date()).slice(0, 7);
    const sheets = await t.ctx.practice.report.sheets(month, 'Asia/Bahrain', ['en']);
    const [best, adopted] = sheets.en!;
    expect(best!.title).toBe('Best practice');
    expect(adopted!.rows.length).toBe(1);
    expect(adopted!.rows[0]![2]).toBe(`Test ${service.code}`);
  });
});
