import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase, buildService, buildStaffSession, caseInputFor, coordinatorSession, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** Canned replies: national texts shared down, an entity's kept to itself, filled in for a case in its language, uses counted. */

let t: TestApp;
let coordinator: Session;
let service: BuiltService;
let adminA: Session;
let adminB: Session;
let officerA: Session & { staff: { id: number; name: string } };
let officerB: Session;

const call = async (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers?: Record<string, string>) =>
  t.app.inject(as(s, { method, url, ...(payload ? { payload: payload as object } : {}), ...(headers ? { headers } : {}) }));
const ok = async (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = 200) => {
  const res = await call(s, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return res.body ? res.json() : undefined;
};

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await coordinatorSession(t.app);
  service = await buildService(t.app);
  adminA = await buildStaffSession(t.app, { role: 'entity_admin', entity: service.entity.code });
  officerA = await buildStaffSession(t.app, { role: 'officer', entity: service.entity.code, name: 'Huda Salman' });
  const other = await buildService(t.app);
  adminB = await buildStaffSession(t.app, { role: 'entity_admin', entity: other.entity.code });
  officerB = await buildStaffSession(t.app, { role: 'officer', entity: other.entity.code });
});
afterAll(() => t?.close());

const body = { ar: 'مرحباً {firstName}، بلاغكم {reference} عن {service} قيد المعالجة، الموعد {dueDate}. {staffName}', en: 'Dear {firstName}, your report {reference} about {service} is in hand, due {dueDate}. {staffName} {unknown}' };

describe('canned replies', () => {
  let national: number;
  let own: number;
  let theirs: number;

  it('the root entity adds a national text; an entity adds its own; each entity lists its own and the national ones only', async () => {
    national = (await ok(coordinator, 'POST', '/api/v1/reply-templates', { name: `national ${service.code}`, body, action: 'reply' }, 201)).id;
    own = (await ok(adminA, 'POST', '/api/v1/reply-templates', { serviceCode: service.code, name: 'fixed', body: { ar: 'أُصلح العطل {reference}', en: 'Fixed {reference}' }, action: 'resolve' }, 201)).id;
    theirs = (await ok(adminB, 'POST', '/api/v1/reply-templates', { name: 'theirs', body: { ar: 'نص', en: 'text' } }, 201)).id;

    const listA = (await ok(adminA, 'GET', '/api/v1/reply-templates')).items as { id: number; national: boolean; editable: boolean; action: string; useCount: number }[];
    expect(listA.find((x) => x.id === national)).toMatchObject({ national: true, editable: false, action: 'reply', useCount: 0 });
    expect(listA.find((x) => x.id === own)).toMatchObject({ national: false, editable: true, action: 'resolve' });
    expect(listA.some((x) => x.id === theirs)).toBe(false);
    // Another entity cannot change the national text or A's own.
    expect((await call(adminB, 'PATCH', `/api/v1/reply-templates/${national}`, { name: 'mine now' })).statusCode).toBe(404);
    expect((await call(adminB, 'PATCH', `/api/v1/reply-templates/${own}`, { name: 'mine now' })).statusCode).toBe(404);
  });

  it("fills the placeholders for a case in the case's language", async () => {
    const ar = await buildCase(t.app, caseInputFor(service, { contact: { name: 'فاطمة علي', phone: '36001234' }, language: 'ar' }));
    const en = await buildCase(t.app, caseInputFor(service, { contact: { name: 'Sara Ahmed', phone: '36001235' }, language: 'en' }));
    const caseAr = await ok(officerA, 'GET', `/api/v1/cases/${ar.reference}`);
    const dueDate = caseAr.resolutionDueAt ? new Date(caseAr.resolutionDueAt).toLocaleDateString('en-CA', { timeZone: 'Asia/Bahrain' }) : '';

    const itemsAr = (await ok(officerA, 'GET', `/api/v1/cases/${ar.reference}/reply-templates`)).items as { id: number; body: string; language: string; national: boolean }[];
    expect(itemsAr.map((x) => x.id)).toEqual(expect.arrayContaining([national, own]));
    expect(itemsAr.some((x) => x.id === theirs)).toBe(false);
    const nAr = itemsAr.find((x) => x.id === national)!;
    expect(nAr).toMatchObject({ language: 'ar', national: true });
    expect(nAr.body).toBe(`مرحباً فاطمة، بلاغكم ${ar.reference} عن ${caseAr.service.name.ar} قيد المعالجة، الموعد ${dueDate}. Huda Salman`);

    const itemsEn = (await ok(officerA, 'GET', `/api/v1/cases/${en.reference}/reply-templates`)).items as { id: number; body: string; language: string }[];
    const nEn = itemsEn.find((x) => x.id === national)!;
    expect(nEn.language).toBe('en');
    expect(nEn.body).toContain(`Dear Sara, your report ${en.reference} about ${caseAr.service.name.en}`);
    expect(nEn.body).toContain('Huda Salman {unknown}');
    expect(itemsEn.find((x) => x.id === own)!.body).toBe(`Fixed ${en.reference}`);

    // Another entity's staff cannot reach the case at all.
    expect((await call(officerB, 'GET', `/api/v1/cases/${ar.reference}/reply-templates`)).statusCode).toBe(404);
  });

  it('an action sent from a text counts a use of it; another entity’s text is refused and not counted', async () => {
    const c = await buildCase(t.app, caseInputFor(service));
    let version = (await ok(officerA, 'GET', `/api/v1/cases/${c.reference}`)).version as number;
    version = (await ok(officerA, 'POST', `/api/v1/cases/${c.reference}/actions/assign`, { version, assigneeId: officerA.user.id })).version;
    const refused = await call(officerA, 'POST', `/api/v1/cases/${c.reference}/actions/reply`, { version, body: 'نص', templateId: theirs });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: 'templateId', code: 'unknown_template' });
    version = (await ok(officerA, 'POST', `/api/v1/cases/${c.reference}/actions/reply`, { version, body: 'نص معدّل', templateId: national })).version;
    await ok(officerA, 'POST', `/api/v1/cases/${c.reference}/actions/resolve`, { version, body: 'أُصلح', templateId: own });

    const listA = (await ok(adminA, 'GET', '/api/v1/reply-templates')).items as { id: number; useCount: number; lastUsedAt: string | null }[];
    expect(listA.find((x) => x.id === national)).toMatchObject({ useCount: 1 });
    expect(listA.find((x) => x.id === own)!.useCount).toBe(1);
    expect(listA.find((x) => x.id === own)!.lastUsedAt).not.toBeNull();
    const listB = (await ok(adminB, 'GET', '/api/v1/reply-templates')).items as { id: number; useCount: number }[];
    expect(listB.find((x) => x.id === theirs)!.useCount).toBe(0);
    // The edited text is what the citizen got.
    const page = await ok(officerA, 'GET', `/api/v1/cases/${c.reference}`);
    expect(page.timeline.some((e: { kind: string; body: string | null }) => e.kind === 'public_reply' && e.body === 'نص معدّل')).toBe(true);
  });
});
