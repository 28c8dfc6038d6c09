import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase, buildEntity, buildService, buildStaffSession, caseInputFor, coordinatorSession, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Bulk transfer and bulk note from the inbox: each case transferred (or noted), versioned and
 * recorded on its own; a case changed meanwhile or out of the actor's reach is left alone and
 * said so, the rest are done.
 */

let t: TestApp;
let service: BuiltService;
let supervisor: Session;
let officer: Session;
let coordinator: Session;
let outsider: string;

const db = () => t.ctx.database.db;
const ok = async (s: Session, method: 'GET' | 'POST', url: string, payload?: object, status = 200) => {
  const res = await t.app.inject(as(s, { method, url, ...(payload ? { payload } : {}) }));
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const caseAs = (s: Session, reference: string) => ok(s, 'GET', `/api/v1/cases/${reference}`);
type Event = { kind: string; visibility: string; body: string | null; data: Record<string, unknown> | null; actor: { type: string } };
const outbox = (reference: string) =>
  db().selectFrom('notification_outbox').select(['template', 'address', 'channel', 'language', 'params']).where('reference', '=', reference).orderBy('id').execute();

beforeAll(async () => {
  t = await createTestApp();
  service = await buildService(t.app);
  supervisor = await buildStaffSession(t.app, { role: 'supervisor', entity: service.entity.code });
  officer = await buildStaffSession(t.app, { role: 'officer', entity: service.entity.code });
  coordinator = await coordinatorSession(t.app);
  outsider = (await buildCase(t.app, caseInputFor(await buildService(t.app)))).reference;
});
afterAll(() => t?.close());

describe('bulk transfer', () => {
  it('moves each case to the other entity on its own, tells each citizen in their language who handles it now; a case changed meanwhile or out of reach is left', async () => {
    const target = await buildEntity(t.app);
    const english = await buildCase(t.app, caseInputFor(service, { language: 'en', contact: { name: 'Sara', email: 'sara.bulk@example.com' } }));
    const arabicSms = await buildCase(t.app, caseInputFor(service, { contact: { name: 'علي', phone: '36008811' } }));
    const arabicEmail = await buildCase(t.app, caseInputFor(service, { contact: { name: 'منى', email: 'mona.bulk@example.com' } }));
    const stale = await buildCase(t.app, caseInputFor(service, { language: 'en', contact: { name: 'John', email: 'john.bulk@example.com' } }));
    const moved = [english, arabicSms, arabicEmail].map((c) => c.reference);
    const versions: Record<string, number> = { [outsider]: 1 };
    for (const r of [...moved, stale.reference]) versions[r] = (await caseAs(supervisor, r)).version;
    // Someone notes the fourth case after the inbox was loaded.
    await ok(officer, 'POST', `/api/v1/cases/${stale.reference}/actions/note`, { version: versions[stale.reference], body: 'ملاحظة' });

    const reason = 'الموقع ضمن نطاق جهة أخرى';
    const res = await ok(supervisor, 'POST', '/api/v1/cases/bulk', {
      references: [...moved, stale.reference, outsider],
      versions,
      action: 'transfer',
      entityCode: target.code,
      reason,
    });
    expect(res.results).toEqual([
      ...moved.map((r) => ({ reference: r, outcome: 'done', code: null, version: versions[r]! + 1 })),
      { reference: stale.reference, outcome: 'changed', code: 'version_conflict', version: null },
      { reference: outsider, outcome: 'not_found', code: 'case_not_found', version: null },
    ]);
    expect(res.counts).toEqual({ done: 3, changed: 1, refused: 0, not_found: 1 });

    // Each moved case is the other entity's now, out of the supervisor's reach, with one transfer of its own.
    for (const r of moved) {
      const page = await caseAs(coordinator, r);
      expect(page).toMatchObject({ entity: { code: target.code }, assignee: null, transferCount: 1, version: versions[r]! + 1, status: 'new' });
      const transfers = page.timeline.filter((e: Event) => e.kind === 'transferred');
      expect(transfers).toHaveLength(1);
      expect(transfers[0]).toMatchObject({
        visibility: 'public',
        actor: { type: 'staff' },
        data: { fromEntity: service.entity.code, toEntity: target.code, reason, by: supervisor.user.id },
      });
      expect((await t.app.inject(as(supervisor, { url: `/api/v1/cases/${r}` }))).statusCode).toBe(404);
    }

    // Each citizen is told once, on their own channel, in their own language, naming the receiving entity.
    const notices = async (r: string) => (await outbox(r)).filter((m) => m.template === 'case_transferred');
    expect(await notices(english.reference)).toEqual([expect.objectContaining({ address: 'sara.bulk@example.com', channel: 'email', language: 'en' })]);
    expect(await notices(arabicSms.reference)).toEqual([expect.objectContaining({ address: '+97336008811', channel: 'sms', language: 'ar' })]);
    expect(await notices(arabicEmail.reference)).toEqual([expect.objectContaining({ address: 'mona.bulk@example.com', channel: 'email', language: 'ar' })]);
    const render = async (r: string, language: 'ar' | 'en') => {
      const [row] = await notices(r);
      expect(row!.params).toMatchObject({ entity: target.name });
      return t.ctx.notify.templates.render({ template: 'case_transferred', language, entityId: null, params: row!.params as Record<string, string>, reference: r });
    };
    expect((await render(english.reference, 'en')).subject).toBe(`Your case ${english.reference} is now with ${target.name.en}`);
    expect((await render(arabicEmail.reference, 'ar')).subject).toBe(`أُحيل بلاغك ${arabicEmail.reference} إلى ${target.name.ar}`);

    // The stale case and the other entity's case stay where they were, untold.
    const left = await caseAs(supervisor, stale.reference);
    expect(left).toMatchObject({ entity: { code: service.entity.code }, transferCount: 0, version: versions[stale.reference]! + 1 });
    expect(left.timeline.some((e: Event) => e.kind === 'transferred')).toBe(false);
    expect(await notices(stale.reference)).toEqual([]);
    const other = await caseAs(coordinator, outsider);
    expect(other.entity.code).not.toBe(target.code);
    expect(other.transferCount).toBe(0);
  });
});

describe('bulk note', () => {
  it("adds an internal note to each case in reach, on each timeline, never on the citizen's view or in a notice", async () => {
    const cases = [];
    for (const language of ['ar', 'en', 'ar'] as const) cases.push(await buildCase(t.app, caseInputFor(service, { language, contact: { name: 'Hala', email: `hala.${language}.${cases.length}@example.com` } })));
    const refs = cases.map((c) => c.reference);
    const versions: Record<string, number> = { [outsider]: 1 };
    for (const r of refs) versions[r] = (await caseAs(officer, r)).version;
    const before = Object.fromEntries(await Promise.all(refs.map(async (r) => [r, (await outbox(r)).length] as const)));
    const body = 'ملاحظة داخلية: تم التنسيق مع فريق الصيانة';

    const res = await ok(officer, 'POST', '/api/v1/cases/bulk', { references: [refs[0], outsider, refs[1], refs[2]], versions, action: 'note', body });
    expect(res.results).toEqual([
      { reference: refs[0], outcome: 'done', code: null, version: versions[refs[0]!]! + 1 },
      { reference: outsider, outcome: 'not_found', code: 'case_not_found', version: null },
      { reference: refs[1], outcome: 'done', code: null, version: versions[refs[1]!]! + 1 },
      { reference: refs[2], outcome: 'done', code: null, version: versions[refs[2]!]! + 1 },
    ]);
    expect(res.counts).toEqual({ done: 3, changed: 0, refused: 0, not_found: 1 });

    for (const c of cases) {
      const page = await caseAs(officer, c.reference);
      const notes = page.timeline.filter((e: Event) => e.kind === 'internal_note');
      expect(notes).toEqual([expect.objectContaining({ visibility: 'internal', body, actor: { type: 'staff', name: expect.any(String) } })]);
      expect(page.status).toBe('new');
      // The citizen's tracking view shows neither the note nor its text.
      const tracked = await t.app.inject({ url: `/api/v1/cases/${c.reference}`, headers: { 'x-tracking-token': c.trackingToken } });
      expect(tracked.statusCode, tracked.body).toBe(200);
      expect(tracked.json().timeline.map((e: { kind: string }) => e.kind)).not.toContain('internal_note');
      expect(tracked.body).not.toContain(body);
      const events = await t.app.inject({ url: `/api/v1/cases/${c.reference}/events`, headers: { 'x-tracking-token': c.trackingToken } });
      expect(events.statusCode, events.body).toBe(200);
      expect(events.body).not.toContain(body);
      // Nobody is sent anything about a note.
      expect(await outbox(c.reference)).toHaveLength(before[c.reference]!);
    }
    expect((await caseAs(coordinator, outsider)).timeline.some((e: Event) => e.kind === 'internal_note')).toBe(false);
  });
});
