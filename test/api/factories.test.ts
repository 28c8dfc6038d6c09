import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCase,
  buildEntity,
  buildPolicy,
  buildService,
  buildStaff,
  buildStaffSession,
  buildUnit,
  caseInputFor,
  coordinatorSession,
} from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Each factory builds what it says, so a test can rely on it instead of on the demo data. */

let t: TestApp;
let coordinator: Session;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
});
afterAll(() => t?.close());

const entityTree = async () => (await t.app.inject(as(coordinator, { url: '/api/v1/admin/entities' }))).json().items as { code: string; kind: string; parent: string | null; active: boolean }[];

describe('factories', () => {
  it('buildEntity adds an active municipality under the root, with a new code each call', async () => {
    const [a, b] = [await buildEntity(t.app), await buildEntity(t.app)];
    expect(a.code).not.toBe(b.code);
    const tree = await entityTree();
    const root = tree.find((e) => e.parent === null)!;
    expect(tree.find((e) => e.code === a.code)).toMatchObject({ kind: 'municipality', parent: root.code, active: true });
  });

  it('buildUnit adds a unit of the entity it is given, or of a new one', async () => {
    const entity = await buildEntity(t.app);
    const unit = await buildUnit(t.app, { parent: entity.code });
    expect(unit).toMatchObject({ kind: 'unit', parent: entity.code, active: true });
    const alone = await buildUnit(t.app);
    expect(alone.parent).not.toBe(entity.code);
    expect((await entityTree()).find((e) => e.code === alone.parent)?.kind).toBe('municipality');
  });

  it('buildStaff makes an active account of the given role and place that signs in', async () => {
    const unit = await buildUnit(t.app);
    const staff = await buildStaff(t.app, { role: 'supervisor', entity: unit.parent!, unit: unit.code });
    expect(staff).toMatchObject({ role: 'supervisor', entity: unit.parent, unit: unit.code, active: true, hasPassword: true });
    const session = await signInStaff(t.app, staff.email, staff.password);
    expect(session.user.id).toBe(staff.id);

    const signedIn = await buildStaffSession(t.app, { role: 'entity_admin' });
    const me = await t.app.inject(as(signedIn, { url: '/api/v1/admin/entities' }));
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().items.map((e: { code: string }) => e.code)).toEqual([signedIn.staff.entity]);
  });

  it('buildService makes a service citizens can submit to, received by its entity', async () => {
    const service = await buildService(t.app);
    expect(service).toMatchObject({ active: true, types: ['complaint', 'suggestion'] });
    const listed = await t.app.inject({ url: `/api/v1/services/${service.code}` });
    expect(listed.statusCode, listed.body).toBe(200);
    const receipt = await buildCase(t.app, caseInputFor(service));
    expect(receipt.entity.code).toBe(service.entity.code);
  });

  it('buildPolicy makes a policy that sets the targets of the cases of a service that uses it', async () => {
    const policy = await buildPolicy(t.app, { targets: [{ caseType: null, priority: null, firstResponseTarget: 90, resolutionTarget: 900 }] });
    const policies = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/sla-policies' }))).json().items;
    expect(policies.map((p: { code: string }) => p.code)).toContain(policy.code);
    const service = await buildService(t.app, { slaPolicyCode: policy.code });
    expect(service.slaPolicyCode).toBe(policy.code);
    const receipt = await buildCase(t.app, caseInputFor(service));
    const row = await t.ctx.database.db
      .selectFrom('cases')
      .select(['sla_first_response_target', 'sla_resolution_target'])
      .where('reference', '=', receipt.reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ sla_first_response_target: 90, sla_resolution_target: 900 });
  });
});
