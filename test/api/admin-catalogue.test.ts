import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCreateInput } from '../../src/common/schemas/admin.schema.ts';
import { caseInput } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let coordinator: Session;
let capitalAdmin: Session;
let muharraqAdmin: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  [coordinator, capitalAdmin, muharraqAdmin, officer] = await Promise.all([
    signInStaff(t.app, 'coordinator@ministry.demo'),
    signInStaff(t.app, 'entity_admin@capital.demo'),
    signInStaff(t.app, 'entity_admin@muharraq.demo'),
    signInStaff(t.app, 'officer@capital.demo'),
  ]);
});
afterAll(() => t?.close());

const auditActions = async (targetId: string) =>
  (await t.ctx.database.db.selectFrom('audit_log').select('action').where('target_id', '=', targetId).orderBy('id').execute()).map((r) => r.action);

/** A palm-tree service of the capital, routed to its parks unit, with one required list question. */
function palmService(overrides: Partial<ServiceCreateInput> = {}): ServiceCreateInput {
  return {
    code: 'palm_tree_damage',
    group: 'parks',
    entity: 'capital',
    name: { ar: 'تلف أشجار النخيل', en: 'Damaged palm trees' },
    description: { ar: 'نخلة ساقطة أو محترقة في مكان عام', en: 'A fallen or burnt palm tree in a public place' },
    types: ['complaint', 'suggestion'],
    anonymousAllowed: false,
    defaultPriority: 'high',
    keywords: ['نخلة', 'palm'],
    slaPolicyCode: 'municipal-standard',
    attributes: [
      {
        code: 'damage_kind',
        datatype: 'singlevaluelist',
        required: true,
        name: { ar: 'نوع التلف', en: 'Kind of damage' },
        values: [
          { key: 'fallen', name: { ar: 'ساقطة', en: 'Fallen' } },
          { key: 'burnt', name: { ar: 'محترقة', en: 'Burnt' } },
        ],
      },
      { code: 'tree_count', datatype: 'number', required: false, name: { ar: 'عدد الأشجار', en: 'Number of trees' } },
    ],
    routes: [{ governorate: 'capital', entity: 'capital', unit: 'capital-parks' }],
    ...overrides,
  };
}

describe('catalogue administration', () => {
  it('a new service with a required list question and a unit route is usable by citizens at once', async () => {
    const unit = await t.app.inject(as(capitalAdmin, {
      method: 'POST',
      url: '/api/v1/admin/entities',
      payload: { code: 'capital-parks', kind: 'unit', parent: 'capital', name: { ar: 'قسم الحدائق', en: 'Parks section' } },
    }));
    expect(unit.statusCode, unit.body).toBe(201);

    // Warm the catalogue snapshot, so the test proves it is refreshed rather than loaded for the first time.
    expect((await t.app.inject({ url: '/api/v1/services' })).statusCode).toBe(200);

    const created = await t.app.inject(as(capitalAdmin, { method: 'POST', url: '/api/v1/admin/services', payload: palmService() }));
    expect(created.statusCode, created.body).toBe(201);
    const svc = created.json();
    expect(svc).toMatchObject({
      code: 'palm_tree_damage',
      entity: { code: 'capital' },
      group: { code: 'parks' },
      active: true,
      slaPolicyCode: 'municipal-standard',
      defaultPriority: 'high',
      routes: [{ governorate: 'capital', entity: 'capital', unit: 'capital-parks' }],
    });
    expect(svc.attributes.map((a: { code: string; order: number }) => [a.code, a.order])).toEqual([
      ['damage_kind', 1],
      ['tree_count', 2],
    ]);

    const input = caseInput({
      serviceCode: 'palm_tree_damage',
      location: { governorate: 'capital', lat: 26.22, lng: 50.58 },
      attributes: { damage_kind: 'fallen', tree_count: '٣' },
    });
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: input });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().entity.code).toBe('capital');
    const row = await t.ctx.database.db
      .selectFrom('cases as c')
      .innerJoin('entities as u', 'u.id', 'c.unit_id')
      .select(['u.code as unit', 'c.priority', 'c.attributes'])
      .where('c.reference', '=', ok.json().reference)
      .executeTakeFirstOrThrow();
    expect(row.unit).toBe('capital-parks');
    expect(row.priority).toBe('high');

    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: { ...input, attributes: { tree_count: 2 } } });
    expect([400, 422]).toContain(missing.statusCode);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'attributes.damage_kind', code: 'required' })]));
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: { ...input, attributes: { damage_kind: 'eaten' } } });
    expect([400, 422]).toContain(wrong.statusCode);

    // Found by an Arabic search, spelled differently from the stored name (hamza, ta marbuta, article).
    for (const q of ['نخيل', 'النخلة', 'palm']) {
      const found = await t.app.inject({ url: `/api/v1/services?q=${encodeURIComponent(q)}` });
      expect(found.json().items.map((s: { code: string }) => s.code), q).toContain('palm_tree_damage');
    }
    const open311 = await t.app.inject({ url: '/open311/v2/services.json' });
    expect(open311.json().map((s: { service_code: string }) => s.service_code)).toContain('palm_tree_damage');
    const definition = await t.app.inject({ url: '/open311/v2/services/palm_tree_damage.json' });
    expect(definition.statusCode, definition.body).toBe(200);

    expect(await auditActions('palm_tree_damage')).toEqual(['service.create']);
    const audit = await t.ctx.database.db.selectFrom('audit_log').select(['actor_staff_id', 'entity_id']).where('target_id', '=', 'palm_tree_damage').executeTakeFirstOrThrow();
    expect(audit.actor_staff_id).toBe(capitalAdmin.user.id);
  });

  it('replaces questions and routes in one go, and deactivation takes the service off intake', async () => {
    const { code: _code, ...body } = palmService({
      attributes: [
        {
          code: 'location_kind',
          datatype: 'multivaluelist',
          required: true,
          name: { ar: 'المكان', en: 'Place' },
          values: [
            { key: 'park', name: { ar: 'حديقة', en: 'Park' } },
            { key: 'road', name: { ar: 'طريق', en: 'Road' } },
          ],
        },
      ],
      routes: [],
    });
    const put = await t.app.inject(as(coordinator, { method: 'PUT', url: '/api/v1/admin/services/palm_tree_damage', payload: body }));
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().attributes.map((a: { code: string }) => a.code)).toEqual(['location_kind']);
    expect(put.json().routes).toEqual([]);
    const stored = await t.ctx.database.db.selectFrom('service_routes as r').innerJoin('services as s', 's.id', 'r.service_id').select('r.id').where('s.code', '=', 'palm_tree_damage').execute();
    expect(stored).toEqual([]);

    const newAnswer = caseInput({ serviceCode: 'palm_tree_damage', location: { governorate: 'capital' }, attributes: { location_kind: ['park'] } });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: newAnswer })).statusCode).toBe(201);
    const oldAnswer = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: { ...newAnswer, attributes: { damage_kind: 'fallen' } } });
    expect([400, 422]).toContain(oldAnswer.statusCode);

    const off = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: '/api/v1/admin/services/palm_tree_damage', payload: { active: false } }));
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: newAnswer })).statusCode).not.toBe(201);
    expect((await t.app.inject({ url: '/api/v1/services' })).json().items.map((s: { code: string }) => s.code)).not.toContain('palm_tree_damage');
    // Still listed for its administrators.
    const adminList = await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/services?active=false' }));
    expect(adminList.json().items.map((s: { code: string }) => s.code)).toEqual(['palm_tree_damage']);

    const on = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: '/api/v1/admin/services/palm_tree_damage', payload: { active: true } }));
    expect(on.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: newAnswer })).statusCode).toBe(201);
    expect(await auditActions('palm_tree_damage')).toEqual(['service.create', 'service.update', 'service.deactivate', 'service.activate']);
  });

  it('refuses bad definitions with field errors', async () => {
    const post = (payload: object) => t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/services', payload }));
    const noValues = await post(palmService({ code: 'x1', attributes: [{ code: 'a', datatype: 'singlevaluelist', required: true, name: { ar: 'س', en: 'Q' }, values: [] }] }));
    expect(noValues.statusCode).toBe(400);
    expect(noValues.json().errors).toEqual([expect.objectContaining({ path: 'attributes.0.values' })]);

    const twice = await post(
      palmService({
        code: 'x2',
        attributes: [
          { code: 'a', datatype: 'string', name: { ar: 'س', en: 'Q' } },
          { code: 'a', datatype: 'singlevaluelist', name: { ar: 'س', en: 'Q' }, values: [{ key: 'k', name: { ar: 'ك', en: 'K' } }, { key: 'k', name: { ar: 'ك', en: 'K' } }] },
        ],
      }),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['attributes.1.code', 'attributes.1.values.1.key']);

    const badCode = await post(palmService({ code: 'Has Spaces' }));
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().errors[0].path).toBe('code');

    const cases: [Partial<ServiceCreateInput>, string, number][] = [
      [{ routes: [{ governorate: 'capital', entity: 'muharraq', unit: 'capital-parks' }] }, 'routes.0.unit', 422],
      [{ routes: [{ governorate: 'capital', entity: 'nowhere' }] }, 'routes.0.entity', 422],
      [{ slaPolicyCode: 'no-such-policy' }, 'slaPolicyCode', 422],
      [{ group: 'no_such_group' }, 'group', 422],
      [{ entity: 'nowhere' }, 'entity', 422],
      [{ code: 'pothole' }, 'code', 409],
    ];
    for (const [overrides, path, status] of cases) {
      const res = await post(palmService({ code: 'x3', ...overrides }));
      expect(res.statusCode, `${path}: ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0].path).toBe(path);
    }
    expect((await t.app.inject(as(coordinator, { url: '/api/v1/admin/services/no_such_service' }))).statusCode).toBe(404);
    const nothing = await t.app.inject(as(coordinator, { method: 'PATCH', url: '/api/v1/admin/services/pothole', payload: {} }));
    expect(nothing.statusCode).toBe(400);
    expect(await t.ctx.database.db.selectFrom('services').select('id').where('code', 'in', ['x1', 'x2', 'x3']).execute()).toEqual([]);
  });

  it('keeps each entity administrator to the services of their entity', async () => {
    const mine = (await t.app.inject(as(muharraqAdmin, { url: '/api/v1/admin/services' }))).json().items;
    expect(mine).toEqual([]);
    expect((await t.app.inject(as(muharraqAdmin, { url: '/api/v1/admin/services/palm_tree_damage' }))).statusCode).toBe(403);
    expect((await t.app.inject(as(muharraqAdmin, { method: 'PATCH', url: '/api/v1/admin/services/palm_tree_damage', payload: { active: false } }))).statusCode).toBe(403);
    expect((await t.app.inject(as(muharraqAdmin, { method: 'POST', url: '/api/v1/admin/services', payload: palmService({ code: 'x4' }) }))).statusCode).toBe(403);
    // Nor may they route their own service's cases to another entity.
    const routed = await t.app.inject(as(muharraqAdmin, {
      method: 'POST',
      url: '/api/v1/admin/services',
      payload: palmService({ code: 'x5', entity: 'muharraq', routes: [{ governorate: 'capital', entity: 'capital' }] }),
    }));
    expect(routed.statusCode).toBe(403);
    // The coordinator sees the whole catalogue, the ministry's services included.
    const all = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/services' }))).json().items;
    expect(all.length).toBeGreaterThan(20);
    const pothole = all.find((s: { code: string }) => s.code === 'pothole');
    expect(pothole.slaPolicyCode).toBe('municipal-standard');
    expect(pothole.routes.length).toBeGreaterThan(0);

    expect((await t.app.inject(as(officer, { url: '/api/v1/admin/services' }))).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/admin/services' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/admin/service-groups' })).statusCode).toBe(401);
  });

  it('groups: everyone administering reads them; only the coordinator changes them', async () => {
    const groups = (await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/service-groups' }))).json().items;
    expect(groups.find((g: { code: string }) => g.code === 'parks').services).toBeGreaterThan(0);
    const payload = { code: 'heritage', name: { ar: 'التراث', en: 'Heritage' } };
    expect((await t.app.inject(as(capitalAdmin, { method: 'POST', url: '/api/v1/admin/service-groups', payload }))).statusCode).toBe(403);
    const created = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/service-groups', payload }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'heritage', services: 0 });
    expect(created.json().position).toBeGreaterThan(groups.at(-1).position);
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/service-groups', payload }))).statusCode).toBe(409);
    const renamed = await t.app.inject(as(coordinator, { method: 'PATCH', url: '/api/v1/admin/service-groups/heritage', payload: { name: { ar: 'التراث والآثار', en: 'Heritage sites' } } }));
    expect(renamed.json().name.en).toBe('Heritage sites');
    expect(await auditActions('heritage')).toEqual(['service_group.create', 'service_group.update']);
  });

  it('"already reported?" radius and the supporters that raise priority: checked at the edge, saved, audited', async () => {
    const url = '/api/v1/admin/services/palm_tree_damage';
    const columns = () =>
      t.ctx.database.db.selectFrom('services').select(['similar_radius_m', 'priority_raise_supporters']).where('code', '=', 'palm_tree_damage').executeTakeFirstOrThrow();
    // Created without them: the defaults, as the service shows them.
    const before = (await t.app.inject(as(capitalAdmin, { url }))).json();
    expect(before).toMatchObject({ similarRadiusM: 250, priorityRaiseSupporters: null });

    const set = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url, payload: { similarRadiusM: 400, priorityRaiseSupporters: 5 } }));
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ similarRadiusM: 400, priorityRaiseSupporters: 5 });
    expect(await columns()).toEqual({ similar_radius_m: 400, priority_raise_supporters: 5 });
    const audit = await t.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('target_id', '=', 'palm_tree_damage')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(audit.action).toBe('service.update');
    expect(json(audit.before)).toMatchObject({ similarRadiusM: 250, priorityRaiseSupporters: null });
    expect(json(audit.after)).toMatchObject({ similarRadiusM: 400, priorityRaiseSupporters: 5 });

    // The edge is narrower than the column (10–10000): a radius the database would take is still refused.
    const refused: [object, string][] = [
      [{ similarRadiusM: 24 }, 'similarRadiusM'],
      [{ similarRadiusM: 5001 }, 'similarRadiusM'],
      [{ similarRadiusM: 250.5 }, 'similarRadiusM'],
      [{ similarRadiusM: '300' }, 'similarRadiusM'],
      [{ priorityRaiseSupporters: 1 }, 'priorityRaiseSupporters'],
      [{ priorityRaiseSupporters: 0 }, 'priorityRaiseSupporters'],
    ];
    for (const [payload, path] of refused) {
      const res = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url, payload }));
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
    const tooNear = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/services', payload: palmService({ code: 'x6', similarRadiusM: 10 }) }));
    expect(tooNear.statusCode).toBe(400);
    expect(await columns()).toEqual({ similar_radius_m: 400, priority_raise_supporters: 5 });

    // Empty means never; a whole definition (PUT) carries them like every other field.
    const never = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url, payload: { priorityRaiseSupporters: null } }));
    expect(never.json()).toMatchObject({ similarRadiusM: 400, priorityRaiseSupporters: null });
    const { code: _code, ...whole } = palmService({ routes: [], similarRadiusM: 25, priorityRaiseSupporters: 2 });
    const put = await t.app.inject(as(coordinator, { method: 'PUT', url, payload: { ...whole, attributes: [] } }));
    expect(put.statusCode, put.body).toBe(200);
    expect(await columns()).toEqual({ similar_radius_m: 25, priority_raise_supporters: 2 });
    const created = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/services', payload: palmService({ code: 'x7', routes: [], similarRadiusM: 5000 }) }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ similarRadiusM: 5000, priorityRaiseSupporters: null });
  });
});
