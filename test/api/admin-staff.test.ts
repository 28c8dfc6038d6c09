import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let coordinator: Session;
let capitalAdmin: Session;
beforeAll(async () => {
  t = await createTestApp();
  [coordinator, capitalAdmin] = await Promise.all([signInStaff(t.app, 'coordinator@ministry.demo'), signInStaff(t.app, 'entity_admin@capital.demo')]);
});
afterAll(() => t?.close());

const PASSWORD = 'a-long-initial-password';
const auditOf = (targetId: number) =>
  t.ctx.database.db.selectFrom('audit_log').select(['action', 'actor_staff_id', 'entity_id', 'after']).where('target_type', '=', 'staff_user').where('target_id', '=', String(targetId)).orderBy('id').execute();

describe('staff administration', () => {
  it('lists staff without password hashes, filtered by entity, role, state and text', async () => {
    const all = await t.app.inject(as(coordinator, { url: '/api/v1/admin/staff?limit=200' }));
    expect(all.statusCode, all.body).toBe(200);
    expect(all.body).not.toMatch(/argon2|password_hash|passwordHash/);
    expect(all.json().items.length).toBe(30);

    const page1 = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/staff?limit=20' }))).json();
    expect(page1.items).toHaveLength(20);
    const page2 = (await t.app.inject(as(coordinator, { url: `/api/v1/admin/staff?limit=20&cursor=${page1.nextCursor}` }))).json();
    expect(page2.items).toHaveLength(10);
    expect(page2.nextCursor).toBeNull();

    const officers = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/staff?role=officer&entity=muharraq' }))).json().items;
    expect(officers.map((s: { email: string }) => s.email)).toEqual(['officer@muharraq.demo']);
    const byText = (await t.app.inject(as(coordinator, { url: `/api/v1/admin/staff?q=${encodeURIComponent('SUPERVISOR@CAP')}` }))).json().items;
    expect(byText.map((s: { email: string }) => s.email)).toEqual(['supervisor@capital.demo']);

    // An entity administrator sees their entity only, and cannot ask for another.
    const own = (await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/staff' }))).json().items;
    expect(new Set(own.map((s: { entity: string }) => s.entity))).toEqual(new Set(['capital']));
    expect((await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/staff?entity=muharraq' }))).statusCode).toBe(403);
    expect((await t.app.inject(as(capitalAdmin, { url: '/api/v1/admin/staff?limit=0' }))).statusCode).toBe(400);
  });

  it('creates an account with an initial password that signs in, and audits it', async () => {
    const unit = await t.app.inject(as(capitalAdmin, {
      method: 'POST',
      url: '/api/v1/admin/entities',
      payload: { code: 'capital-roads', kind: 'unit', parent: 'capital', name: { ar: 'قسم الطرق', en: 'Roads section' } },
    }));
    expect(unit.statusCode, unit.body).toBe(201);
    const res = await t.app.inject(as(capitalAdmin, {
      method: 'POST',
      url: '/api/v1/admin/staff',
      payload: { email: ' Huda.Officer@Capital.example ', name: 'هدى', role: 'officer', entity: 'capital', unit: 'capital-roads', language: 'en', password: PASSWORD },
    }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain(PASSWORD);
    const { staff, invited } = res.json();
    expect(invited).toBe(false);
    expect(staff).toMatchObject({ email: 'huda.officer@capital.example', role: 'officer', entity: 'capital', unit: 'capital-roads', language: 'en', active: true, hasPassword: true });
    const session = await signInStaff(t.app, 'huda.officer@capital.example', PASSWORD);
    expect(session.user.id).toBe(staff.id);

    const audit = await auditOf(staff.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'staff.create', actor_staff_id: capitalAdmin.user.id });
    expect(JSON.stringify(audit[0]!.after)).not.toContain(PASSWORD);

    const dup = await t.app.inject(as(coordinator, { method: 'POST', url: '/api/v1/admin/staff', payload: { email: 'huda.officer@capital.example', name: 'x', role: 'officer', entity: 'capital', password: PASSWORD } }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('email');
  });

  it('without a password, emails a link to set one', async () => {
    const res = await t.app.inject(as(coordinator, {
      method: 'POST',
      url: '/api/v1/admin/staff',
      payload: { email: 'new.analyst@ministry.example', name: 'Nasser', role: 'analyst', entity: 'ministry' },
    }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ invited: true, staff: { hasPassword: false } });
    const mail = t.notifier.last('new.analyst@ministry.example');
    expect(mail?.template).toBe('password_reset');
    const token = new URL(String(mail!.params.link)).searchParams.get('token');
    const confirm = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password: PASSWORD } });
    expect(confirm.statusCode, confirm.body).toBeLessThan(300);
    await signInStaff(t.app, 'new.analyst@ministry.example', PASSWORD);
  });

  it('refuses bad input and what an entity administrator may not give', async () => {
    const post = (s: Session, payload: Record<string, unknown>) => t.app.inject(as(s, { method: 'POST', url: '/api/v1/admin/staff', payload }));
    const base = { email: 'someone@capital.example', name: 'Someone', role: 'officer', entity: 'capital', password: PASSWORD };
    const short = await post(capitalAdmin, { ...base, password: 'short-pw' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('password');
    expect((await post(capitalAdmin, { ...base, email: 'not-an-email' })).json().errors[0].path).toBe('email');
    expect((await post(capitalAdmin, { ...base, role: 'coordinator' })).statusCode).toBe(403);
    expect((await post(capitalAdmin, { ...base, role: 'analyst' })).statusCode).toBe(403);
    expect((await post(capitalAdmin, { ...base, entity: 'muharraq' })).statusCode).toBe(403);
    const wrongUnit = await post(coordinator, { ...base, entity: 'muharraq', unit: 'capital-roads' });
    expect(wrongUnit.statusCode).toBe(422);
    expect(wrongUnit.json().errors[0].path).toBe('unit');
    expect((await post(coordinator, { ...base, entity: 'atlantis' })).statusCode).toBe(422);
    expect(await t.ctx.database.db.selectFrom('staff_users').select('id').where('email', '=', 'someone@capital.example').execute()).toEqual([]);
  });

  it('changes role and unit; disabling ends the sessions; nobody demotes or disables themselves', async () => {
    const target = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/staff?q=huda' }))).json().items[0];
    const session = await signInStaff(t.app, 'huda.officer@capital.example', PASSWORD);
    expect((await t.app.inject(as(session, { url: '/api/v1/auth/me' }))).statusCode).toBe(200);

    const promote = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${target.id}`, payload: { role: 'supervisor', unit: null, name: 'هدى أحمد' } }));
    expect(promote.statusCode, promote.body).toBe(200);
    expect(promote.json()).toMatchObject({ role: 'supervisor', unit: null, name: 'هدى أحمد' });
    // The role applies to the live session at once.
    expect((await t.app.inject(as(session, { url: '/api/v1/auth/me' }))).json().user.role).toBe('supervisor');

    expect((await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${target.id}`, payload: { role: 'analyst' } }))).statusCode).toBe(403);
    expect((await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${target.id}`, payload: { entity: 'muharraq' } }))).statusCode).toBe(403);

    const disable = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${target.id}`, payload: { active: false } }));
    expect(disable.statusCode, disable.body).toBe(200);
    expect(disable.json().active).toBe(false);
    expect((await t.app.inject(as(session, { url: '/api/v1/auth/me' }))).statusCode).toBe(401);
    const live = await t.ctx.database.db.selectFrom('sessions').select('id').where('staff_id', '=', target.id).where('revoked_at', 'is', null).execute();
    expect(live).toEqual([]);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'huda.officer@capital.example', password: PASSWORD } });
    expect(login.statusCode).toBe(401);

    const enable = await t.app.inject(as(coordinator, { method: 'PATCH', url: `/api/v1/admin/staff/${target.id}`, payload: { active: true } }));
    expect(enable.json().active).toBe(true);
    await signInStaff(t.app, 'huda.officer@capital.example', PASSWORD);

    expect((await auditOf(target.id)).map((a) => a.action)).toEqual(['staff.create', 'staff.update', 'staff.disable', 'staff.enable']);

    const selfDemote = await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${capitalAdmin.user.id}`, payload: { role: 'officer' } }));
    expect(selfDemote.statusCode).toBe(422);
    expect(selfDemote.json().errors[0].path).toBe('role');
    const selfDisable = await t.app.inject(as(coordinator, { method: 'PATCH', url: `/api/v1/admin/staff/${coordinator.user.id}`, payload: { active: false } }));
    expect(selfDisable.statusCode).toBe(422);
    const rename = await t.app.inject(as(coordinator, { method: 'PATCH', url: `/api/v1/admin/staff/${coordinator.user.id}`, payload: { name: 'Coordinator' } }));
    expect(rename.statusCode).toBe(200);

    // Out of scope, and unknown.
    const muharraqOfficer = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/staff?role=officer&entity=muharraq' }))).json().items[0];
    expect((await t.app.inject(as(capitalAdmin, { method: 'PATCH', url: `/api/v1/admin/staff/${muharraqOfficer.id}`, payload: { active: false } }))).statusCode).toBe(403);
    expect((await t.app.inject(as(capitalAdmin, { url: `/api/v1/admin/staff/${muharraqOfficer.id}` }))).statusCode).toBe(403);
    expect((await t.app.inject(as(coordinator, { method: 'PATCH', url: '/api/v1/admin/staff/999999', payload: { active: false } }))).statusCode).toBe(404);
  });
});
