import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase, buildService, buildStaffSession, caseInputFor, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Bulk work from the inbox: each case checked, versioned and recorded on its own, a result per case. */

let t: TestApp;
let service: BuiltService;
let supervisor: Session;
let outsider: string;

const call = async (s: Session, method: 'GET' | 'POST', url: string, payload?: unknown) => t.app.inject(as(s, { method, url, ...(payload ? { payload: payload as object } : {}) }));
const ok = async (s: Session, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) => {
  const res = await call(s, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const versionOf = async (reference: string) => (await ok(supervisor, 'GET', `/api/v1/cases/${reference}`)).version as number;

beforeAll(async () => {
  t = await createTestApp();
  service = await buildService(t.app);
  supervisor = await buildStaffSession(t.app, { role: 'supervisor', entity: service.entity.code });
  const other = await buildService(t.app);
  outsider = (await buildCase(t.app, caseInputFor(other))).reference;
});
afterAll(() => t?.close());

describe('bulk actions', () => {
  it('changes the priority of each case on its own: done, changed meanwhile, refused out of scope, not found', async () => {
    const refs: string[] = [];
    for (let i = 0; i < 3; i++) refs.push((await buildCase(t.app, caseInputFor(service))).reference);
    const versions: Record<string, number> = {};
    for (const r of refs) versions[r] = await versionOf(r);
    versions[outsider] = 1;
    // Someone else notes the third case after the inbox was loaded.
    await ok(supervisor, 'POST', `/api/v1/cases/${refs[2]}/actions/note`, { version: versions[refs[2]!], body: 'ملاحظة' });

    const res = await ok(supervisor, 'POST', '/api/v1/cases/bulk', { references: [...refs, outsider, '26-9999999-9'], versions, action: 'priority', priority: 'urgent' });
    const by = Object.fromEntries(res.results.map((r: { reference: string; outcome: string }) => [r.reference, r.outcome]));
    expect(by[refs[0]!]).toBe('done');
    expect(by[refs[1]!]).toBe('done');
    expect(by[refs[2]!]).toBe('changed');
    expect(by[outsider]).toBe('not_found');
    expect(res.counts).toEqual({ done: 2, changed: 1, refused: 0, not_found: 2 });

    // Each case done was changed, versioned and recorded on its own; the stale one was left alone.
    for (const r of refs.slice(0, 2)) {
      const page = await ok(supervisor, 'GET', `/api/v1/cases/${r}`);
      expect(page.priority).toBe('urgent');
      expect(page.version).toBe(versions[r]! + 1);
      expect(page.timeline.filter((e: { kind: string }) => e.kind === 'priority_changed')).toHaveLength(1);
      expect(page.timeline.find((e: { kind: string }) => e.kind === 'priority_changed').data).toEqual({ from: 'normal', to: 'urgent' });
    }
    expect((await ok(supervisor, 'GET', `/api/v1/cases/${refs[2]}`)).priority).toBe('normal');
  });

  it('refuses per case what the workflow refuses (not all or nothing), and resolves with a reply text filled in for each case', async () => {
    const open = (await buildCase(t.app, caseInputFor(service, { language: 'en' }))).reference;
    const fresh = (await buildCase(t.app, caseInputFor(service))).reference;
    const v = await versionOf(open);
    // Assigned first, so it may be resolved; the fresh one is new, which resolve does not start from.
    const assigned = await ok(supervisor, 'POST', `/api/v1/cases/${open}/actions/assign`, { version: v, assigneeId: supervisor.user.id });
    const admin = await buildStaffSession(t.app, { role: 'entity_admin', entity: service.entity.code });
    const { id } = await ok(admin, 'POST', '/api/v1/reply-templates', { name: 'fixed', body: { ar: 'أُصلح {reference}', en: 'Fixed {reference}' }, action: 'resolve' }, 201);

    const res = await ok(supervisor, 'POST', '/api/v1/cases/bulk', {
      references: [open, fresh],
      versions: { [open]: assigned.version, [fresh]: await versionOf(fresh) },
      action: 'resolve',
      templateId: id,
    });
    expect(res.results).toEqual([
      { reference: open, outcome: 'done', code: null, version: assigned.version + 1 },
      { reference: fresh, outcome: 'refused', code: 'action_not_allowed', version: null },
    ]);
    const page = await ok(supervisor, 'GET', `/api/v1/cases/${open}`);
    expect(page.status).toBe('resolved');
    expect(page.timeline.some((e: { kind: string; body: string | null }) => e.kind === 'public_reply' && e.body === `Fixed ${open}`)).toBe(true);
    const used = (await ok(admin, 'GET', '/api/v1/reply-templates')).items.find((x: { id: number }) => x.id === id);
    expect(used.useCount).toBe(1);
  });

  it("gives each listed case its version, so the inbox's bulk work is based on what it showed", async () => {
    const ref = (await buildCase(t.app, caseInputFor(service))).reference;
    const listed = async () => (await ok(supervisor, 'GET', `/api/v1/cases?q=${ref}`)).items.find((i: { reference: string }) => i.reference === ref);
    const before = await listed();
    expect(before.version).toBe(await versionOf(ref));
    const res = await ok(supervisor, 'POST', '/api/v1/cases/bulk', { references: [ref], versions: { [ref]: before.version }, action: 'note', body: 'ملاحظة جماعية' });
    expect(res.results[0]).toMatchObject({ outcome: 'done', version: before.version + 1 });
    expect((await listed()).version).toBe(before.version + 1);
    // The same list, read again, is stale no more; the old one is: a second note on it is "changed meanwhile".
    const again = await ok(supervisor, 'POST', '/api/v1/cases/bulk', { references: [ref], versions: { [ref]: before.version }, action: 'note', body: 'x' });
    expect(again.counts).toMatchObject({ done: 0, changed: 1 });
  });

  it('asks for the fields an action needs, and takes at most 100 cases', async () => {
    const missing = await call(supervisor, 'POST', '/api/v1/cases/bulk', { references: ['x'], versions: {}, action: 'note' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ path: 'body' });
    const many = Array.from({ length: 101 }, (_, i) => `26-${String(i).padStart(7, '0')}-0`);
    expect((await call(supervisor, 'POST', '/api/v1/cases/bulk', { references: many, versions: {}, action: 'note', body: 'x' })).statusCode).toBe(400);
  });
});
