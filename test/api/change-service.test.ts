import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import {
  buildEntity,
  buildPolicy,
  buildService,
  buildStaffSession,
  buildUnit,
  caseInputFor,
  coordinatorSession,
  type BuiltService,
} from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * "Change service": staff who may act on a case file it under another service; it is routed again
 * exactly as at intake (the point's area, the routing rules), the timeline records from, to and how
 * it was routed, the SLA follows the new service's policy from when the case was filed, and the
 * case may leave the actor's reach (answered as a transfer is).
 */
let t: TestApp;
let coordinator: Session;
let officer: Session;
let stranger: Session;
let wrong: BuiltService;
let ruled: BuiltService;
let works: { code: string };
let unit: { code: string; id: number };
let policyCode: string;
const db = () => t.ctx.database.db;
/** Well inside the demo's Muharraq governorate. */
const muharraq = { lat: 26.257, lng: 50.612 };

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
  wrong = await buildService(t.app);
  works = await buildEntity(t.app);
  unit = await buildUnit(t.app, { parent: works.code });
  policyCode = (await buildPolicy(t.app, { targets: [{ caseType: null, priority: null, firstResponseTarget: 120, resolutionTarget: 900 }] })).code;
  ruled = await buildService(t.app, { entity: works.code, slaPolicyCode: policyCode });
  const rule = await t.app.inject(
    as(coordinator, { method: 'POST', url: '/api/v1/admin/routing-rules', payload: { name: 'Corrected cases to the unit', serviceCode: ruled.code, entity: works.code, unit: unit.code } }),
  );
  expect(rule.statusCode, rule.body).toBe(201);
  officer = await buildStaffSession(t.app, { entity: wrong.entity.code, role: 'officer' });
  stranger = await signInStaff(t.app, 'officer@capital.demo');
});
afterAll(() => t?.close());

async function version(reference: string): Promise<number> {
  const row = await db().selectFrom('cases').select('version').where('reference', '=', reference).executeTakeFirstOrThrow();
  return row.version;
}

async function changeService(session: Session, reference: string, body: object) {
  return t.app.inject(
    as(session, { method: 'POST', url: `/api/v1/cases/${reference}/actions/change-service`, payload: body, headers: { 'if-match': String(await version(reference)) } }),
  );
}

async function caseRow(reference: string) {
  return db()
    .selectFrom('cases as c')
    .innerJoin('entities as e', 'e.id', 'c.entity_id')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .select(['c.id', 'e.code as entity', 's.code as service', 'c.unit_id', 'c.governorate', 'c.assignee_id', 'c.sla_policy_id', 'c.sla_started_at', 'c.sla_resolution_target', 'c.created_at'])
    .where('c.reference', '=', reference)
    .executeTakeFirstOrThrow();
}

describe('change service', () => {
  it('re-routes by place and by rule, records it on the timeline, follows the new SLA policy, and refuses another entity', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      payload: caseInputFor(wrong, { location: { ...muharraq, governorate: 'muharraq' }, contact: { phone: '36005151' } }),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const receipt = filed.json() as CreateCaseResponse;
    expect((await caseRow(receipt.reference)).entity).toBe(wrong.entity.code);

    // Another entity's officer cannot reach it: the same 404 as an unknown case, nothing changed.
    const refused = await changeService(stranger, receipt.reference, { serviceCode: 'street_light_fault' });
    expect(refused.statusCode, refused.body).toBe(404);
    expect(refused.json().code).toBe('case_not_found');
    // Unknown and unchanged services are refused on the field.
    const unknown = await changeService(officer, receipt.reference, { serviceCode: 'no_such_service' });
    expect([unknown.statusCode, unknown.json().errors?.[0]?.code], unknown.body).toEqual([400, 'unknown_service']);
    const same = await changeService(officer, receipt.reference, { serviceCode: wrong.code });
    expect([same.statusCode, same.json().errors[0].code]).toEqual([400, 'same_service']);

    // The point decides: street lights in Muharraq go to its municipality, out of the officer's reach.
    const moved = await changeService(officer, receipt.reference, { serviceCode: 'street_light_fault', note: 'عطل إنارة وليس نظافة' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ reference: receipt.reference, entity: { code: 'muharraq' }, allowedActions: [] });
    expect(await caseRow(receipt.reference)).toMatchObject({ entity: 'muharraq', service: 'street_light_fault', governorate: 'muharraq', unit_id: null });
    const view = (await t.app.inject(as(coordinator, { url: `/api/v1/cases/${receipt.reference}` }))).json();
    expect(view.allowedActions).toContain('change-service');
    const event = view.timeline.find((e: { kind: string }) => e.kind === 'service_changed');
    expect(event).toMatchObject({
      visibility: 'internal',
      body: 'عطل إنارة وليس نظافة',
      data: { from: wrong.code, to: 'street_light_fault', fromEntity: wrong.entity.code, toEntity: 'muharraq', routing: { reason: 'area', area: { code: 'muharraq' } } },
    });
    // The citizen sees the service the case is now under, not the internal event.
    const tracked = (await t.app.inject({ url: `/api/v1/cases/${receipt.reference}`, headers: { 'x-tracking-token': receipt.trackingToken } })).json();
    expect(tracked.service.code).toBe('street_light_fault');
    expect(JSON.stringify(tracked)).not.toContain('service_changed');

    // A rule for the new service wins over the area; the new policy applies from when the case was filed.
    const before = await caseRow(receipt.reference);
    const ruledMove = await changeService(coordinator, receipt.reference, { serviceCode: ruled.code });
    expect(ruledMove.statusCode, ruledMove.body).toBe(200);
    const after = await caseRow(receipt.reference);
    expect(after).toMatchObject({ entity: works.code, service: ruled.code, unit_id: unit.id, assignee_id: null, sla_resolution_target: 900 });
    expect(new Date(after.sla_started_at!).getTime()).toBe(new Date(before.sla_started_at!).getTime());
    const policy = await db().selectFrom('sla_policies').select('id').where('code', '=', policyCode).executeTakeFirstOrThrow();
    expect(Number(after.sla_policy_id)).toBe(Number(policy.id));
    const events = await db().selectFrom('case_events').select(['kind', 'data']).where('case_id', '=', after.id).where('kind', '=', 'service_changed').execute();
    const last = events.at(-1)!.data as { routing: { reason: string; rule: { name: string } } };
    expect(last.routing).toMatchObject({ reason: 'rule', rule: { name: 'Corrected cases to the unit' } });

    // An agent may not change a service (the transition table).
    const agent = await signInStaff(t.app, 'agent@ministry.demo');
    const byAgent = await changeService(agent, receipt.reference, { serviceCode: 'street_light_fault' });
    expect([byAgent.statusCode, byAgent.json().code]).toEqual([403, 'action_forbidden']);
  });
});
