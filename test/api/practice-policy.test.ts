import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasePriority, CaseType } from '../../src/common/enums.ts';
import { buildCase, buildEntity, buildPolicy, buildService, buildStaffSession, caseInputFor, coordinatorSession } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * An adopted practice changes the adopting entity's clocks: its cases of the service run on its own
 * policy (the card's targets), other entities' on the service's; an entity writes cards only for a
 * service it handles.
 */
let t: TestApp;
let coordinator: Session;
let adminA: Session;
let service: { code: string; types: ('complaint' | 'suggestion')[] };
let a: { code: string };
let b: { code: string };
let c: { code: string };
let calendarCode: string;
let national: string;
let ids: { b: number; service: number };

async function ok(session: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, status = 200) {
  const res = await t.app.inject(as(session, { method, url, ...(payload === undefined ? {} : { payload: payload as object }) }));
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.body ? res.json() : undefined;
}

const policyId = async (code: string) => (await t.ctx.database.db.selectFrom('sla_policies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

/** The clock columns of a case. */
async function clockOf(reference: string) {
  return t.ctx.database.db
    .selectFrom('cases')
    .select(['id', 'version', 'entity_id', 'type', 'priority', 'sla_policy_id', 'sla_started_at', 'sla_resolution_target', 'first_response_due_at', 'resolution_due_at'])
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
}

/** The SLA engine's due dates for a case started at `at` under the policy `code`. */
async function engineDue(code: string, at: Date, type: CaseType, priority: CasePriority) {
  await t.ctx.sla.ready();
  const clock = t.ctx.sla.startClock(await policyId(code), type, priority, at);
  return { firstResponse: (clock.first_response_due_at as Date).getTime(), resolution: (clock.resolution_due_at as Date).getTime() };
}

async function expectDue(reference: string, referencePolicy: string) {
  const row = await clockOf(reference);
  const due = await engineDue(referencePolicy, new Date(row.sla_started_at!), row.type, row.priority);
  expect(new Date(row.first_response_due_at!).getTime(), `${reference} first response`).toBe(due.firstResponse);
  expect(new Date(row.resolution_due_at!).getTime(), `${reference} resolution`).toBe(due.resolution);
  return row;
}

/** A reference policy on the same calendar with the given targets (working minutes). */
async function targetsPolicy(firstResponseTarget: number, resolutionTarget: number) {
  return (await buildPolicy(t.app, { calendarCode, targets: [{ caseType: null, priority: null, firstResponseTarget, resolutionTarget }] })).code;
}

/** Edits a policy in administration: one target for every type and priority, no ladder. */
async function editTargets(code: string, firstResponseTarget: number, resolutionTarget: number) {
  await ok(coordinator, 'PUT', `/api/v1/admin/sla-policies/${code}`, {
    name: { ar: 'معدلة', en: 'Edited' },
    calendarCode,
    targets: [{ caseType: null, priority: null, firstResponseTarget, resolutionTarget }],
    steps: [],
  }, 204);
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
  [a, b, c] = [await buildEntity(t.app), await buildEntity(t.app), await buildEntity(t.app)];
  const policy = await buildPolicy(t.app, { targets: [{ caseType: null, priority: null, firstResponseTarget: 30, resolutionTarget: 240 }] });
  national = policy.code;
  calendarCode = policy.calendarCode;
  // A receives the capital's cases (the service's own entity), B Muharraq's, C the Northern governorate's.
  service = (await buildService(t.app, {
    entity: a.code,
    slaPolicyCode: national,
    routes: [
      { governorate: 'muharraq', entity: b.code },
      { governorate: 'northern', entity: c.code },
    ],
  })) as typeof service;
  const db = t.ctx.database.db;
  ids = {
    b: (await db.selectFrom('entities').select('id').where('code', '=', b.code).executeTakeFirstOrThrow()).id,
    service: (await db.selectFrom('services').select('id').where('code', '=', service.code).executeTakeFirstOrThrow()).id,
  };
  adminA = await buildStaffSession(t.app, { entity: a.code, role: 'entity_admin' });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const newCase = (governorate: 'capital' | 'muharraq' | 'northern') => buildCase(t.app, caseInputFor(service, { type: 'complaint', location: { governorate } }));

describe('an adopted policy runs the adopting entity’s cases', () => {
  let adopted: string;

  it("after B adopts A's card, B's new cases run on the card's targets and C's on the service's", async () => {
    const card = await ok(adminA, 'POST', '/api/v1/practice/cards', { serviceCode: service.code, title: { ar: 'بطاقة', en: 'Card' } }, 201);
    // The national policy changes after the card: the card keeps 30/240, the service now has 120/960.
    await editTargets(national, 120, 960);
    await ok(coordinator, 'POST', `/api/v1/practice/cards/${card.id}/publish`, { entities: [b.code] });
    const before = await newCase('muharraq');
    const adminB = await buildStaffSession(t.app, { entity: b.code, role: 'entity_admin' });
    const adoption = await ok(adminB, 'POST', `/api/v1/practice/cards/${card.id}/adopt`, undefined, 201);
    adopted = adoption.copied.policy.code;
    const cardTargets = await targetsPolicy(30, 240);

    const atB = await newCase('muharraq');
    const atC = await newCase('northern');
    expect(atB.entity.code).toBe(b.code);
    expect(atC.entity.code).toBe(c.code);
    const rowB = await expectDue(atB.reference, cardTargets);
    expect(rowB.sla_policy_id).toBe(await policyId(adopted));
    expect(rowB.sla_resolution_target).toBe(240);
    const rowC = await expectDue(atC.reference, national);
    expect(rowC.sla_policy_id).toBe(await policyId(national));
    expect(rowC.sla_resolution_target).toBe(960);
    // B's case before the adoption kept the service's policy.
    expect((await clockOf(before.reference)).sla_resolution_target).toBe(960);
    // The receipt's promise is the adopted one.
    expect(new Date(rowB.resolution_due_at!).getTime()).toBeLessThan(new Date(rowC.resolution_due_at!).getTime());
  });

  it("an edit of B's adopted policy takes effect for B's next case", async () => {
    await editTargets(adopted, 45, 300);
    const next = await newCase('muharraq');
    const row = await expectDue(next.reference, await targetsPolicy(45, 300));
    expect(row.sla_policy_id).toBe(await policyId(adopted));
    expect((await expectDue((await newCase('northern')).reference, national)).sla_resolution_target).toBe(960);
  });

  it("a transfer into B takes B's policy, measured from filing; out of B, the service's again", async () => {
    const r = await newCase('northern');
    let v = (await clockOf(r.reference)).version;
    const transfer = async (to: string) => {
      const res = await ok(coordinator, 'POST', `/api/v1/cases/${r.reference}/actions/transfer`, { entityCode: to, reason: 'اختصاص', version: v });
      v = res.version;
    };
    await transfer(b.code);
    const inB = await expectDue(r.reference, await targetsPolicy(45, 300));
    expect(inB.entity_id).toBe(ids.b);
    expect(inB.sla_policy_id).toBe(await policyId(adopted));
    await transfer(c.code);
    const inC = await expectDue(r.reference, national);
    expect(inC.sla_policy_id).toBe(await policyId(national));
    expect(new Date(inC.sla_started_at!).getTime()).toBe(new Date(inB.sla_started_at!).getTime());
  });

  it("a change of service that routes the case to B takes B's policy, measured from filing", async () => {
    const other = (await buildService(t.app, { entity: c.code, slaPolicyCode: national })) as typeof service;
    const r = await buildCase(t.app, caseInputFor(other, { type: 'complaint', location: { governorate: 'muharraq' } }));
    const filed = await expectDue(r.reference, national);
    await ok(coordinator, 'POST', `/api/v1/cases/${r.reference}/actions/change-service`, { serviceCode: service.code, version: filed.version });
    const moved = await expectDue(r.reference, await targetsPolicy(45, 300));
    expect(moved.entity_id).toBe(ids.b);
    expect(moved.sla_policy_id).toBe(await policyId(adopted));
    expect(new Date(moved.sla_started_at!).getTime()).toBe(new Date(filed.sla_started_at!).getTime());
  });
});

describe('cards only for services an entity handles', () => {
  it('an entity with no route of the service and no case of it is refused; a routed entity writes one', async () => {
    const other = await buildEntity(t.app);
    const adminOther = await buildStaffSession(t.app, { entity: other.code, role: 'entity_admin' });
    const res = await t.app.inject(as(adminOther, { method: 'POST', url: '/api/v1/practice/cards', payload: { serviceCode: service.code, title: { ar: 'بطاقة', en: 'Card' } } }));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.body).toContain('service_not_handled');
    const adminC = await buildStaffSession(t.app, { entity: c.code, role: 'entity_admin' });
    await ok(adminC, 'POST', '/api/v1/practice/cards', { serviceCode: service.code, title: { ar: 'بطاقة', en: 'Card' } }, 201);
  });

  it('an entity holding a case of the service (transferred in) handles it', async () => {
    const d = await buildEntity(t.app);
    const adminD = await buildStaffSession(t.app, { entity: d.code, role: 'entity_admin' });
    const payload = { serviceCode: service.code, title: { ar: 'بطاقة', en: 'Card' } };
    expect((await t.app.inject(as(adminD, { method: 'POST', url: '/api/v1/practice/cards', payload }))).statusCode).toBe(422);
    const r = await newCase('capital');
    await ok(coordinator, 'POST', `/api/v1/cases/${r.reference}/actions/transfer`, { entityCode: d.code, reason: 'اختصاص', version: (await clockOf(r.reference)).version });
    await ok(adminD, 'POST', '/api/v1/practice/cards', payload, 201);
  });
});
