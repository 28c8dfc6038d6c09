import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let coordinator: Session;
let capitalAdmin: Session;
let muharraqAdmin: Session;
let analyst: Session;
beforeAll(async () => {
  t = await createTestApp();
  [coordinator, capitalAdmin, muharraqAdmin, analyst] = await Promise.all([
    signInStaff(t.app, 'coordinator@ministry.demo'),
    signInStaff(t.app, 'entity_admin@capital.demo'),
    signInStaff(t.app, 'entity_admin@muharraq.demo'),
    signInStaff(t.app, 'analyst@ministry.demo'),
  ]);
});
afterAll(() => t?.close());

const actionsOf = async (targetType: string) =>
  (await t.ctx.database.db.selectFrom('audit_log').select('action').where('target_type', '=', targetType).orderBy('id').execute()).map((a) => a.action);

describe('API keys', () => {
  let nationalId: number;
  let capitalKey: string;
  let capitalId: number;

  it('creates keys, answering the secret once; lists never show it', async () => {
    const national = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'FixMyStreet app' } }));
    expect(national.statusCode, national.body).toBe(201);
    const body = national.json();
    expect(body.key).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
    expect(body.apiKey).toMatchObject({ name: 'FixMyStreet app', channel: 'open311', entity: null, prefix: body.key.slice(0, 8), revokedAt: null, lastUsedAt: null });
    nationalId = body.apiKey.id;
    expect(await t.ctx.apikeys.authenticate(body.key)).toMatchObject({ id: nationalId });

    const own = await t.app.inject(as(capitalAdmin, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'capital-whatsapp', channel: 'whatsapp' } }));
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().apiKey).toMatchObject({ entity: 'capital', channel: 'whatsapp' });
    capitalKey = own.json().key;
    capitalId = own.json().apiKey.id;

    const list = await t.app.inject(as(coordinator, { url: '/api/v1/admin/api-keys' }));
    expect(list.body).not.toContain(body.key);
    expect(list.body).not.toContain(capitalKey);
    expect(list.json().items.map((k: { name: string }) => k.name)).toEqual(['capital-whatsapp', 'FixMyStreet app']);
    const capitalList = (await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/api-keys' }))).json().items;
    expect(capitalList.map((k: { name: string }) => k.name)).toEqual(['capital-whatsapp']);
    expect((await t.app.inject(as(muharraqAdmin, { url: '/api/v1/admin/api-keys' }))).json().items).toEqual([]);
  });

  it('refuses duplicates, foreign entities and bad input', async () => {
    const dup = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'FixMyStreet app' } }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('name');
    expect((await t.app.inject(as(capitalAdmin, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'x', entity: 'muharraq' } }))).statusCode).toBe(403);
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'x', channel: 'pigeon' } }))).statusCode).toBe(400);
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: '' } }))).statusCode).toBe(400);
    expect((await t.app.inject(as(analyst, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'x' } }))).statusCode).toBe(403);
  });

  it('revokes by id, within the administrator\'s entity', async () => {
    expect((await t.app.inject(as(capitalAdmin, { method: 'POST', url: `/api/v1/admin/api-keys/${nationalId}/revoke` }))).statusCode).toBe(403);
    expect((await t.app.inject(as(muharraqAdmin, { method: 'POST', url: `/api/v1/admin/api-keys/${capitalId}/revoke` }))).statusCode).toBe(403);
    const revoked = await t.app.inject(as(capitalAdmin, { method: 'POST', url: `/api/v1/admin/api-keys/${capitalId}/revoke` }));
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect(await t.ctx.apikeys.authenticate(capitalKey)).toBeNull();
    expect((await t.app.inject(as(capitalAdmin, { method: 'POST', url: `/api/v1/admin/api-keys/${capitalId}/revoke` }))).statusCode).toBe(422);
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/api-keys/999999/revoke' }))).statusCode).toBe(404);
    // A revoked key's name may be used again.
    expect((await t.app.inject(as(capitalAdmin, { method: 'POST', url: '/api/v1/admin/api-keys', payload: { name: 'capital-whatsapp', channel: 'whatsapp' } }))).statusCode).toBe(201);
    expect(await actionsOf('api_key')).toEqual(['api_key.create', 'api_key.create', 'api_key.revoke', 'api_key.create']);
  });
});

describe('rejection reasons', () => {
  it('the coordinator adds, renames and deactivates reasons; the workspace list follows', async () => {
    const all = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/rejection-reasons' }))).json().items;
    expect(all.map((r: { code: string }) => r.code)).toContain('duplicate');
    const add = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/rejection-reasons', payload: { code: 'out_of_season', name: { ar: 'خارج الموسم', en: 'Out of season' } } }));
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json()).toMatchObject({ code: 'out_of_season', active: true, position: Math.max(...all.map((r: { position: number }) => r.position)) + 1 });
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/rejection-reasons', payload: { code: 'out_of_season', name: { ar: 'س', en: 'x' } } }))).statusCode).toBe(409);
    expect((await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/rejection-reasons', payload: { code: 'Bad', name: { ar: 'س', en: 'x' } } }))).statusCode).toBe(400);

    const workspace = async () => (await t.app.inject(as(capitalAdmin, { url: '/api/v1/rejection-reasons' }))).json().items.map((r: { code: string }) => r.code);
    expect(await workspace()).toContain('out_of_season');
    const off = await t.app.inject(as(coordinator, { method: 'PATCH', url: '/api/v1/admin/rejection-reasons/out_of_season', payload: { active: false, name: { ar: 'خارج الموسم', en: 'Out of the season' } } }));
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, name: { en: 'Out of the season' } });
    expect(await workspace()).not.toContain('out_of_season');
    const listed = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/rejection-reasons' }))).json().items;
    expect(listed.find((r: { code: string }) => r.code === 'out_of_season').active).toBe(false);

    expect((await t.app.inject(as(coordinator, { method: 'PATCH', url: '/api/v1/admin/rejection-reasons/nope', payload: { active: false } }))).statusCode).toBe(404);
    expect((await t.app.inject(as(capitalAdmin, { method: 'POST', url: '/api/v1/admin/rejection-reasons', payload: { code: 'mine', name: { ar: 'س', en: 'x' } } }))).statusCode).toBe(403);
    expect((await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: '/api/v1/admin/rejection-reasons/duplicate', payload: { active: false } }))).statusCode).toBe(403);
    expect(await actionsOf('rejection_reason')).toEqual(['rejection_reason.create', 'rejection_reason.deactivate']);
  });
});

describe('audit trail', () => {
  it('pages newest first with the actor, and filters by action, actor, target and time', async () => {
    const first = await t.app.inject(as(coordinator, { url: '/api/v1/admin/audit?limit=2' }));
    expect(first.statusCode, first.body).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]).toMatchObject({
      action: 'rejection_reason.deactivate',
      targetType: 'rejection_reason',
      targetId: 'out_of_season',
      actor: { id: coordinator.user.id, email: 'coordinator@ministry.demo' },
      before: { active: true },
      after: { active: false },
    });
    expect(page1.items[0].id).toBeGreaterThan(page1.items[1].id);
    const page2 = (await t.app.inject(as(coordinator, { url: `/api/v1/admin/audit?limit=2&cursor=${page1.nextCursor}` }))).json();
    expect(page2.items[0].id).toBeLessThan(page1.items[1].id);

    const keys = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/audit?action=api_key.' }))).json().items;
    expect(keys.map((e: { action: string }) => e.action)).toEqual(['api_key.create', 'api_key.revoke', 'api_key.create', 'api_key.create']);
    expect(keys[0].after).not.toHaveProperty('key');
    const byCapital = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/audit?actor=ENTITY_ADMIN@capital.demo' }))).json().items;
    expect(byCapital.map((e: { action: string }) => e.action)).toEqual(['api_key.create', 'api_key.revoke', 'api_key.create']);
    const byId = (await t.app.inject(as(coordinator, { url: `/api/v1/admin/audit?actor=${capitalAdmin.user.id}` }))).json().items;
    expect(byId).toHaveLength(3);
    const target = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/audit?targetType=rejection_reason&targetId=out_of_season' }))).json().items;
    expect(target).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await t.app.inject(as(coordinator, { url: `/api/v1/admin/audit?from=${today}&to=${today}` }))).json().items.length).toBeGreaterThan(5);
    expect((await t.app.inject(as(coordinator, { url: '/api/v1/admin/audit?to=2020-01-01' }))).json().items).toEqual([]);
    expect((await t.app.inject(as(coordinator, { url: '/api/v1/admin/audit?from=yesterday' }))).statusCode).toBe(400);
  });

  it('shows an entity administrator the changes about their entity only', async () => {
    // A change about a capital staff member made elsewhere (the command line) is theirs to see too.
    const officer = await t.ctx.database.db.selectFrom('staff_users').select('id').where('email', '=', 'officer@capital.demo').executeTakeFirstOrThrow();
    await t.ctx.audit.record({ actorLabel: 'cli:root', action: 'staff.password', targetType: 'staff_user', targetId: String(officer.id) });

    const own = (await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/audit' }))).json().items;
    expect(own.map((e: { action: string }) => e.action)).toEqual(['staff.password', 'api_key.create', 'api_key.revoke', 'api_key.create']);
    expect(own[0]).toMatchObject({ actor: null, actorLabel: 'cli:root' });
    expect(own[1].entity).toBe('capital');
    expect((await t.app.inject(as(muharraqAdmin, { url: '/api/v1/admin/audit' }))).json().items).toEqual([]);
    expect((await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/audit?entity=muharraq' }))).statusCode).toBe(403);
    const filtered = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/audit?entity=capital' }))).json().items;
    expect(filtered.map((e: { action: string }) => e.action)).toEqual(own.map((e: { action: string }) => e.action));
  });
});
