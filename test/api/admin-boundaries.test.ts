import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The edges of what an entity's administrator may do: no post that reaches every entity, no
 * history of another entity, and nothing at all once their entity is switched off.
 */
let t: TestApp;
let coordinator: Session;
let ministryAdmin: Session;
const PASSWORD = 'a-long-initial-password';

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, ministryAdmin] = await Promise.all([signInStaff(t.app, 'coordinator@ministry.demo'), signInStaff(t.app, 'entity_admin@ministry.demo')]);
});
afterAll(() => t?.close());

const newStaff = (s: Session, email: string, role: string, entity: string) =>
  t.app.inject(as(s, { method: 'POST', url: '/api/v1/admin/staff', payload: { email, name: email.split('@')[0], role, entity, password: PASSWORD } }));

describe('administration boundaries', () => {
  it("does not let the ministry's administrator place a contact-centre agent at the root (who would see every entity's callers)", async () => {
    expect((await newStaff(ministryAdmin, 'agent.root@ministry.example', 'agent', 'ministry')).statusCode).toBe(403);
    const officer = await newStaff(ministryAdmin, 'officer.root@ministry.example', 'officer', 'ministry');
    expect(officer.statusCode, officer.body).toBe(201);
    const id = officer.json().staff.id as number;
    const promote = await t.app.inject(as(ministryAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${id}`, payload: { role: 'agent' } }));
    expect(promote.statusCode).toBe(403);
    // The coordinator may, and the ministry's administrator may not then touch that account.
    const byCoordinator = await t.app.inject(as(coordinator, { method: 'PATCH', url: `/api/v1/admin/staff/${id}`, payload: { role: 'agent' } }));
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(200);
    expect((await t.app.inject(as(ministryAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${id}`, payload: { name: 'Renamed' } }))).statusCode).toBe(403);
  });

  it("shows an entity's administrator a moved colleague's changes from their own time only", async () => {
    const created = await newStaff(coordinator, 'moving@capital.example', 'officer', 'capital');
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().staff.id as number;
    const moved = await t.app.inject(as(coordinator, { method: 'PATCH', url: `/api/v1/admin/staff/${id}`, payload: { entity: 'muharraq' } }));
    expect(moved.statusCode, moved.body).toBe(200);
    const muharraqAdmin = await signInStaff(t.app, 'entity_admin@muharraq.demo');
    const trail = (await t.app.inject(as(muharraqAdmin, { url: `/api/v1/admin/audit?targetType=staff_user&targetId=${id}` }))).json().items;
    expect(trail.map((e: { action: string; entity: string }) => [e.action, e.entity])).toEqual([['staff.update', 'muharraq']]);
    const capitalAdmin = await signInStaff(t.app, 'entity_admin@capital.demo');
    const theirs = (await t.app.inject(as(capitalAdmin, { url: `/api/v1/admin/audit?targetType=staff_user&targetId=${id}` }))).json().items;
    expect(theirs.map((e: { action: string }) => e.action)).toEqual(['staff.create']);
  });

  it('switches off a deactivated entity: its administrator and its API keys stop working', async () => {
    const entity = await t.app.inject(
      as(coordinator, { method: 'POST', url: '/api/v1/admin/entities', payload: { code: 'islands', kind: 'municipality', parent: 'ministry', name: { ar: 'بلدية الجزر', en: 'Islands Municipality' } } }),
    );
    expect(entity.statusCode, entity.body).toBe(201);
    expect((await newStaff(coordinator, 'admin@islands.example', 'entity_admin', 'islands')).statusCode).toBe(201);
    const islandsAdmin = await signInStaff(t.app, 'admin@islands.example', PASSWORD);
    const key = await t.app.inject(as(islandsAdmin, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'Islands app' } }));
    expect(key.statusCode, key.body).toBe(201);
    const secret = key.json().key as string;
    const service = await t.app.inject(
      as(coordinator, {
        method: 'POST',
        url: '/api/v1/admin/services',
        payload: { code: 'islands_lights', group: 'lighting', entity: 'islands', name: { ar: 'إنارة الجزر', en: 'Island lights' }, types: ['complaint'], anonymousAllowed: true },
      }),
    );
    expect(service.statusCode, service.body).toBe(201);
    const post = (apiKey: string) =>
      t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          api_key: apiKey,
          service_code: 'islands_lights',
          lat: '26.25',
          long: '50.61',
          description: 'عمود الإنارة مطفأ منذ أسبوع',
          email: 'citizen@example.com',
        }).toString(),
      });
    const accepted = await post(secret);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await t.app.inject(as(islandsAdmin, { url: '/api/v1/admin/staff' }))).statusCode).toBe(200);

    // Its services go first (an entity that still owns active ones stays on), then the entity.
    expect((await t.app.inject(as(coordinator, { method: 'PATCH', url: '/api/v1/admin/services/islands_lights', payload: { active: false } }))).statusCode).toBe(200);
    const off = await t.app.inject(as(coordinator, { method: 'PATCH', url: '/api/v1/admin/entities/islands', payload: { active: false } }));
    expect(off.statusCode, off.body).toBe(200);
    expect((await t.app.inject(as(islandsAdmin, { url: '/api/v1/admin/staff' }))).statusCode).toBe(403);
    // The key now answers exactly as a key that never existed.
    const refused = await post(secret);
    const unknown = await post('tw_not-a-real-key-0000000000000000000000000000000');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual(unknown.json());
  });
});
