import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInViews } from '../../src/common/inbox-views.ts';
import { buildCase, buildService, buildStaffSession, caseInputFor, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Saved inbox views (own, shared with the entity, ordered), the number of cases in each view (the
 * list's own filter and scope), and the list's filters the new built-in views stand on.
 */
let t: TestApp;
let service: BuiltService;
let officer: Session & { staff: { id: number } };
let colleague: Session;
let supervisor: Session;
let stranger: Session;
const db = () => t.ctx.database.db;
const refs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  service = await buildService(t.app);
  const entity = service.entity.code;
  officer = await buildStaffSession(t.app, { role: 'officer', entity });
  colleague = await buildStaffSession(t.app, { role: 'officer', entity });
  supervisor = await buildStaffSession(t.app, { role: 'supervisor', entity });
  stranger = await buildStaffSession(t.app, { role: 'supervisor', entity: (await buildService(t.app)).entity.code });
  for (const name of ['plain', 'escalated', 'followed', 'awaitingLong', 'awaitingShort', 'mineAtRisk']) {
    refs[name] = (await buildCase(t.app, caseInputFor(service, { description: `Case ${name} for saved views` }))).reference;
  }
  const id = async (ref: string) => (await db().selectFrom('cases').select('id').where('reference', '=', ref).executeTakeFirstOrThrow()).id;
  await db().updateTable('cases').set({ escalation_level: 1 }).where('reference', '=', refs.escalated!).execute();
  const followed = await id(refs.followed!);
  await db()
    .insertInto('case_followers')
    .values(['p:+97330000001', 'p:+97330000002'].map((key) => ({ case_id: followed, follower_key: key, phone: key.slice(2), source: 'mine_too' as const })))
    .execute();
  for (const [name, days] of [['awaitingLong', 9], ['awaitingShort', 2]] as const) {
    const caseId = await id(refs[name]!);
    await db().updateTable('cases').set({ status: 'awaiting_citizen' }).where('id', '=', caseId).execute();
    await db()
      .insertInto('case_events')
      .values({ case_id: caseId, kind: 'info_requested', visibility: 'public', actor_type: 'staff', data: JSON.stringify({ from: 'new', to: 'awaiting_citizen' }), created_at: new Date(Date.now() - days * 86_400_000) })
      .execute();
  }
  await db().updateTable('cases').set({ assignee_id: officer.staff.id, status: 'assigned', sla_state: 'at_risk' }).where('reference', '=', refs.mineAtRisk!).execute();
}, 120_000);
afterAll(() => t?.close());

async function call(session: Session, method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: unknown) {
  return t.app.inject(as(session, { method, url, ...(payload !== undefined ? { payload: payload as object } : {}) }));
}

/** Every reference the case list gives for a query, page after page. */
async function listed(session: Session, q: Record<string, string>): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(session, 'GET', `/api/v1/cases?${new URLSearchParams({ ...q, limit: '100', ...(cursor ? { cursor } : {}) })}`);
    expect(res.statusCode, res.body).toBe(200);
    out.push(...res.json().items.map((i: { reference: string }) => i.reference));
    cursor = res.json().nextCursor ?? undefined;
  } while (cursor);
  return out;
}

async function counts(session: Session): Promise<Record<string, number | null>> {
  const res = await call(session, 'GET', '/api/v1/inbox-views/counts');
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(res.json().counts.map((c: { view: string; count: number | null }) => [c.view, c.count]));
}

async function save(session: Session, body: object): Promise<number> {
  const res = await call(session, 'POST', '/api/v1/inbox-views', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const views = async (session: Session) => (await call(session, 'GET', '/api/v1/inbox-views')).json();

describe('the list filters of the new built-in views', () => {
  it('escalationMin, followersMin and awaitingDays each select exactly their cases', async () => {
    const ours = (q: Record<string, string>) => listed(supervisor, { service: service.code, ...q });
    expect(await ours({ escalationMin: '1' })).toEqual([refs.escalated]);
    expect(await ours({ followersMin: '2' })).toEqual([refs.followed]);
    expect(await ours({ followersMin: '3' })).toEqual([]);
    expect(await ours({ awaitingDays: '7' })).toEqual([refs.awaitingLong]);
    expect((await ours({ awaitingDays: '1' })).sort()).toEqual([refs.awaitingLong, refs.awaitingShort].sort());
  });

  it('"my cases near target" is mine and at risk', async () => {
    expect(await listed(officer, { assignee: 'me', slaState: 'at_risk' })).toEqual([refs.mineAtRisk]);
  });

  it('refuses values the filters do not take', async () => {
    for (const q of ['escalationMin=0', 'followersMin=abc', 'awaitingDays=366']) {
      const res = await call(supervisor, 'GET', `/api/v1/cases?${q}`);
      expect(res.statusCode, q).toBe(400);
    }
  });
});

describe('saved views', () => {
  it('saves, lists, renames, reorders and deletes one’s own views', async () => {
    const a = await save(officer, { name: 'Escalated here', filters: { escalationMin: 1, service: service.code } });
    const b = await save(officer, { name: 'Awaiting', filters: { status: 'awaiting_citizen' } });
    let mine = (await views(officer)).items.filter((v: { mine: boolean }) => v.mine);
    expect(mine.map((v: { id: number }) => v.id)).toEqual([a, b]);
    expect(mine[0]).toMatchObject({ name: 'Escalated here', filters: { escalationMin: '1', service: service.code }, shared: false, editable: true });

    expect((await call(officer, 'PATCH', `/api/v1/inbox-views/${a}`, { name: 'Escalated' })).statusCode).toBe(204);
    expect((await call(officer, 'PUT', '/api/v1/inbox-views/order', { ids: [b, a] })).statusCode).toBe(204);
    mine = (await views(officer)).items.filter((v: { mine: boolean }) => v.mine);
    expect(mine.map((v: { id: number; name: string }) => [v.id, v.name])).toEqual([
      [b, 'Awaiting'],
      [a, 'Escalated'],
    ]);

    expect((await call(officer, 'DELETE', `/api/v1/inbox-views/${b}`)).statusCode).toBe(204);
    expect((await views(officer)).items.map((v: { id: number }) => v.id)).not.toContain(b);
  });

  it('refuses filters the case list does not take, and a caller’s phone', async () => {
    for (const filters of [{ status: 'x'.repeat(300) }, { nope: '1' }, { awaitingDays: 0 }, { phone: '+97330000001' }, { limit: 5 }]) {
      const res = await call(officer, 'POST', '/api/v1/inbox-views', { name: 'Bad', filters });
      expect(res.statusCode, JSON.stringify(filters)).toBe(400);
      expect(res.json().errors[0].path).toMatch(/^filters/);
    }
  });

  it('another person’s order cannot move views that are not theirs', async () => {
    const theirs = await save(colleague, { name: 'Theirs', filters: {} });
    const res = await call(officer, 'PUT', '/api/v1/inbox-views/order', { ids: [theirs] });
    expect(res.statusCode).toBe(400);
  });

  it('a private view is the owner’s alone; a shared one is seen in the entity and changed only by its owner, supervisors and administrators', async () => {
    const priv = await save(officer, { name: 'Private', filters: { priority: 'high' } });
    const shared = await save(officer, { name: 'Shared', filters: { priority: 'urgent' }, shared: true });

    const seenBy = async (s: Session) => (await views(s)).items.map((v: { id: number }) => v.id);
    expect(await seenBy(colleague)).not.toContain(priv);
    expect(await seenBy(colleague)).toContain(shared);
    expect((await views(colleague)).items.find((v: { id: number }) => v.id === shared)).toMatchObject({ mine: false, editable: false });
    expect((await views(supervisor)).items.find((v: { id: number }) => v.id === shared)).toMatchObject({ mine: false, editable: true });

    // A colleague sees the shared view but may not change it; the private one does not exist for them.
    expect((await call(colleague, 'PATCH', `/api/v1/inbox-views/${shared}`, { name: 'Mine now' })).statusCode).toBe(403);
    expect((await call(colleague, 'PATCH', `/api/v1/inbox-views/${priv}`, { name: 'Mine now' })).statusCode).toBe(404);
    expect((await call(colleague, 'DELETE', `/api/v1/inbox-views/${priv}`)).statusCode).toBe(404);
    // The entity's supervisor changes the shared one.
    expect((await call(supervisor, 'PATCH', `/api/v1/inbox-views/${shared}`, { name: 'Urgent' })).statusCode).toBe(204);
    expect((await views(officer)).items.find((v: { id: number }) => v.id === shared).name).toBe('Urgent');

    // Another entity's staff neither see nor change nor count either view.
    expect(await seenBy(stranger)).not.toContain(shared);
    expect(await seenBy(stranger)).not.toContain(priv);
    expect((await call(stranger, 'PATCH', `/api/v1/inbox-views/${shared}`, { name: 'x' })).statusCode).toBe(404);
    expect((await call(stranger, 'DELETE', `/api/v1/inbox-views/${shared}`)).statusCode).toBe(404);
    expect(Object.keys(await counts(stranger))).not.toContain(String(shared));
  });

  it('is for staff: signed out 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/inbox-views' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/inbox-views/counts' })).statusCode).toBe(401);
  });
});

describe('counts per view', () => {
  it('each built-in and saved view counts what the case list lists for it, in the same scope', async () => {
    const saved = await save(officer, { name: 'This service', filters: { service: service.code } });
    const sharedByOther = await save(supervisor, { name: 'Escalated, shared', filters: { escalationMin: '1' }, shared: true });
    const got = await counts(officer);
    for (const v of builtInViews) {
      expect(got[v.id], v.id).toBe((await listed(officer, v.filters)).length);
    }
    expect(got[String(saved)]).toBe(6);
    expect(got[String(saved)]).toBe((await listed(officer, { service: service.code })).length);
    expect(got[String(sharedByOther)]).toBe((await listed(officer, { escalationMin: '1' })).length);
    expect(got.nearTarget).toBe(1);
    // The stranger's scope holds none of this entity's cases.
    const theirs = await counts(stranger);
    expect(theirs.escalated).toBe((await listed(stranger, { escalationMin: '1' })).length);
    expect(await listed(stranger, { service: service.code })).toEqual([]);
  });
});
