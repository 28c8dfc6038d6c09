import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffActor } from '../../src/server/auth/actor.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const s: Record<string, Session> = {};
beforeAll(async () => {
  t = await createTestApp();
  const who = ['coordinator@ministry.demo', 'entity_admin@capital.demo', 'entity_admin@muharraq.demo', 'officer@capital.demo', 'supervisor@capital.demo', 'analyst@ministry.demo', 'agent@ministry.demo', 'coordinator@capital.demo'];
  for (const email of who) s[email.split('.demo')[0]!] = await signInStaff(t.app, email);
});
afterAll(() => t?.close());

const reads = [
  '/api/v1/admin/entities',
  '/api/v1/admin/staff',
  '/api/v1/admin/services',
  '/api/v1/admin/service-groups',
  '/api/v1/admin/api-keys',
  '/api/v1/admin/rejection-reasons',
  '/api/v1/admin/audit',
];

describe('who administers', () => {
  it('signed out: 401 problem+json on every admin endpoint', async () => {
    for (const url of reads) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('officers, supervisors, analysts, agents and coordinators below the root: 403', async () => {
    for (const who of ['officer@capital', 'supervisor@capital', 'analyst@ministry', 'agent@ministry', 'coordinator@capital']) {
      for (const url of reads) {
        const res = await t.app.inject(as(s[who]!, { url }));
        expect(res.statusCode, `${who} ${url}`).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
      const write = await t.app.inject(as(s[who]!, { method: 'POST', url: '/api/v1/admin/entities', payload: { code: 'x', kind: 'unit', parent: 'capital', name: { ar: 'س', en: 'x' } } }));
      expect(write.statusCode, who).toBe(403);
    }
  });

  it('the coordinator at the root reads all of it; an entity administrator all but reasons', async () => {
    for (const url of reads) expect((await t.app.inject(as(s['coordinator@ministry']!, { url }))).statusCode, url).toBe(200);
    for (const url of reads.filter((u) => !u.includes('rejection-reasons'))) {
      expect((await t.app.inject(as(s['entity_admin@capital']!, { url }))).statusCode, url).toBe(200);
    }
    expect((await t.app.inject(as(s['entity_admin@capital']!, { url: '/api/v1/admin/rejection-reasons' }))).statusCode).toBe(403);
  });
});

describe('entities and units', () => {
  it('lists the whole tree for the coordinator, the own entity for its administrator', async () => {
    const all = (await t.app.inject(as(s['coordinator@ministry']!, { url: '/api/v1/admin/entities' }))).json().items;
    expect(all.map((e: { code: string; depth: number; parent: string | null }) => [e.code, e.depth, e.parent])).toEqual([
      ['ministry', 0, null],
      ['capital', 1, 'ministry'],
      ['muharraq', 1, 'ministry'],
      ['northern', 1, 'ministry'],
      ['southern', 1, 'ministry'],
    ]);
    expect(all[1]).toMatchObject({ kind: 'municipality', governorate: 'capital', active: true, staffCount: 6, name: { en: 'Capital Trusteeship' } });
    const own = (await t.app.inject(as(s['entity_admin@capital']!, { url: '/api/v1/admin/entities' }))).json().items;
    expect(own.map((e: { code: string }) => e.code)).toEqual(['capital']);
  });

  it('an entity administrator adds, renames and deactivates units of their entity only', async () => {
    const admin = s['entity_admin@capital']!;
    const capital = await t.ctx.database.db.selectFrom('entities').select('id').where('code', '=', 'capital').executeTakeFirstOrThrow();
    const caseScope = () => t.ctx.access.visibleEntityIds({ role: 'officer', entityId: capital.id } as StaffActor);
    expect(await caseScope()).toEqual([capital.id]); // read now, so the cache is warm
    const add = (payload: object, who = admin) => t.app.inject(as(who, { method: 'POST', url: '/api/v1/admin/entities', payload }));
    const created = await add({ code: 'capital-cleaning', kind: 'unit', parent: 'capital', name: { ar: 'قسم النظافة', en: 'Cleaning section' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'capital-cleaning', kind: 'unit', parent: 'capital', depth: 2, governorate: 'capital', active: true });
    const nested = await add({ code: 'capital-cleaning-night', kind: 'unit', parent: 'capital-cleaning', name: { ar: 'النوبة الليلية', en: 'Night shift' } });
    expect(nested.statusCode, nested.body).toBe(201);
    expect(nested.json().depth).toBe(3);

    const tree = (await t.app.inject(as(admin, { url: '/api/v1/admin/entities' }))).json().items;
    expect(tree.map((e: { code: string }) => e.code)).toEqual(['capital', 'capital-cleaning', 'capital-cleaning-night']);
    // The new unit is in the case scope of the entity at once (the scope cache is refreshed).
    expect(await caseScope()).toContain(created.json().id);

    expect((await add({ code: 'muharraq-x', kind: 'unit', parent: 'muharraq', name: { ar: 'س', en: 'x' } })).statusCode).toBe(403);
    expect((await add({ code: 'new-town', kind: 'municipality', parent: 'ministry', name: { ar: 'س', en: 'x' } })).statusCode).toBe(403);
    expect((await add({ code: 'capital-cleaning', kind: 'unit', parent: 'capital', name: { ar: 'س', en: 'x' } })).statusCode).toBe(409);
    const bad = await add({ code: 'Bad Code', kind: 'unit', parent: 'capital', name: { ar: '', en: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['code', 'name.ar']);
    expect((await add({ code: 'orphan', kind: 'unit', parent: 'atlantis', name: { ar: 'س', en: 'x' } })).statusCode).toBe(422);

    const patch = (code: string, payload: object, who = admin) => t.app.inject(as(who, { method: 'PATCH', url: `/api/v1/admin/entities/${code}`, payload }));
    const renamed = await patch('capital-cleaning', { name: { ar: 'قسم النظافة العامة', en: 'Public cleaning section' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().name.en).toBe('Public cleaning section');
    const off = await patch('capital-cleaning-night', { active: false });
    expect(off.json().active).toBe(false);
    expect((await patch('capital', { active: false })).statusCode).toBe(403);
    expect((await patch('muharraq', { name: { ar: 'س', en: 'x' } })).statusCode).toBe(403);
    expect((await patch('atlantis', { active: false }, s['coordinator@ministry'])).statusCode).toBe(404);
    expect((await patch('ministry', { active: false }, s['coordinator@ministry'])).statusCode).toBe(422);
    // A municipality that receives cases of active services stays active until they are rerouted.
    const inUse = await patch('muharraq', { active: false }, s['coordinator@ministry']);
    expect(inUse.statusCode).toBe(422);
    expect(inUse.json().errors[0]).toMatchObject({ path: 'active', code: 'in_use' });

    const audit = await t.ctx.database.db.selectFrom('audit_log').select(['action', 'target_id', 'actor_staff_id']).where('target_type', '=', 'entity').orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.target_id])).toEqual([
      ['entity.create', 'capital-cleaning'],
      ['entity.create', 'capital-cleaning-night'],
      ['entity.update', 'capital-cleaning'],
      ['entity.deactivate', 'capital-cleaning-night'],
    ]);
    expect(new Set(audit.map((a) => a.actor_staff_id))).toEqual(new Set([admin.user.id]));
  });

  it('the coordinator adds a municipality, and the public entity list shows it', async () => {
    const coordinator = s['coordinator@ministry']!;
    const res = await t.app.inject(as(coordinator, {
      method: 'POST',
      url: '/api/v1/admin/entities',
      payload: { code: 'isa-town', kind: 'municipality', parent: 'ministry', name: { ar: 'مدينة عيسى', en: 'Isa Town' }, governorate: 'southern' },
    }));
    expect(res.statusCode, res.body).toBe(201);
    const nested = await t.app.inject(as(coordinator, {
      method: 'POST',
      url: '/api/v1/admin/entities',
      payload: { code: 'sub-town', kind: 'municipality', parent: 'capital', name: { ar: 'س', en: 'x' } },
    }));
    expect(nested.statusCode).toBe(422);
    const pub = (await t.app.inject({ url: '/api/v1/entities' })).json().items;
    expect(pub.map((e: { code: string }) => e.code)).toContain('isa-town');
    expect(pub.map((e: { code: string }) => e.code)).not.toContain('capital-cleaning-night');
  });

  it('the population served is set (Arabic-Indic digits accepted), shown in the list, cleared, checked and audited', async () => {
    const coordinator = s['coordinator@ministry']!;
    const patch = (code: string, payload: object, who = coordinator) => t.app.inject(as(who, { method: 'PATCH', url: `/api/v1/admin/entities/${code}`, payload }));
    const before = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/entities' }))).json().items.find((e: { code: string }) => e.code === 'isa-town');
    expect(before.population).toBeNull();
    const set = await patch('isa-town', { population: '٤٥٠٠٠' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().population).toBe(45_000);
    const listed = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/entities' }))).json().items.find((e: { code: string }) => e.code === 'isa-town');
    expect(listed.population).toBe(45_000);
    const row = await t.ctx.database.db.selectFrom('entities').select('population').where('code', '=', 'isa-town').executeTakeFirstOrThrow();
    expect(row.population).toBe(45_000);

    for (const bad of [0, -5, 12.5, 'many', '١٢٫٥']) {
      const res = await patch('isa-town', { population: bad });
      expect(res.statusCode, String(bad)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['population']);
    }
    // An entity's administrator sets it on a unit of their entity, not on the entity itself.
    const admin = s['entity_admin@capital']!;
    const unit = await t.app.inject(as(admin, { method: 'POST', url: '/api/v1/admin/entities', payload: { code: 'capital-parks', kind: 'unit', parent: 'capital', name: { ar: 'الحدائق', en: 'Parks' }, population: 1200 } }));
    expect(unit.statusCode, unit.body).toBe(201);
    expect(unit.json().population).toBe(1200);
    expect((await patch('capital', { population: 1000 }, admin)).statusCode).toBe(403);

    const cleared = await patch('isa-town', { population: null });
    expect(cleared.json().population).toBeNull();
    const audit = await t.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('target_type', '=', 'entity')
      .where('target_id', '=', 'isa-town')
      .where('action', '=', 'entity.update')
      .orderBy('id')
      .execute();
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;
    expect(audit.map((a) => [json(a.before).population, json(a.after).population])).toEqual([
      [null, 45_000],
      [45_000, null],
    ]);
  });
});

describe('documentation', () => {
  it('documents every admin endpoint in the OpenAPI document, tagged admin', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    const expected: [string, string][] = [
      ['/api/v1/admin/entities', 'get'],
      ['/api/v1/admin/entities', 'post'],
      ['/api/v1/admin/entities/{code}', 'patch'],
      ['/api/v1/admin/staff', 'get'],
      ['/api/v1/admin/staff', 'post'],
      ['/api/v1/admin/staff/{id}', 'patch'],
      ['/api/v1/admin/staff/{id}/password-link', 'post'],
      ['/api/v1/admin/service-groups', 'get'],
      ['/api/v1/admin/services', 'post'],
      ['/api/v1/admin/services/{code}', 'put'],
      ['/api/v1/admin/services/{code}', 'patch'],
      ['/api/v1/admin/api-keys', 'post'],
      ['/api/v1/admin/api-keys/{id}/revoke', 'post'],
      ['/api/v1/admin/rejection-reasons/{code}', 'patch'],
      ['/api/v1/admin/audit', 'get'],
    ];
    for (const [path, method] of expected) {
      expect(doc.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['admin']);
    }
    const body = doc.paths['/api/v1/admin/services'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['code', 'attributes', 'routes', 'slaPolicyCode']));
    const staff = doc.paths['/api/v1/admin/staff'].get.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(staff)).not.toMatch(/password_?hash/i);
  });
});
