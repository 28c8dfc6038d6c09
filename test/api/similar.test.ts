import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import type { SimilarCase } from '../../src/common/schemas/similar.schema.ts';
import { forceState } from '../support/case-state.ts';
import { buildService, buildStaffSession, caseInputFor, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let svc: BuiltService;
let related: BuiltService;
let other: BuiltService;
let officer: Session;
let stranger: Session;

const here = { lat: 26.2301, lng: 50.5803 };
/** About 80 m north-east of `here`. */
const near = { lat: 26.2306, lng: 50.5808 };
/** About 2 km away. */
const far = { lat: 26.2121, lng: 50.5803 };
const lightOut = 'عمود الإنارة مطفأ أمام مسجد الحي منذ أيام والشارع مظلم بالليل';

async function report(service: BuiltService, point: { lat: number; lng: number } | null, description: string, extra: Record<string, unknown> = {}) {
  const input = caseInputFor(service, {
    description,
    location: point ? { ...point, governorate: 'capital', block: '338', road: '3803', building: '1207' } : { governorate: 'capital' },
    contact: { name: 'مريم حسن الخياط', phone: '36009911', email: 'maryam.private@example.com', nationalId: '850112345' },
    ...extra,
  });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CreateCaseResponse;
}

async function similar(query: Record<string, string | number>, session?: Session) {
  const url = `/api/v1/intake/similar?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`;
  const res = await t.app.inject(session ? as(session, { url }) : { url });
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.body, items: (res.json() as { items: SimilarCase[] }).items };
}

async function act(session: Session, reference: string, action: string, body: object) {
  const view = await t.app.inject(as(session, { url: `/api/v1/cases/${reference}` }));
  const res = await t.app.inject(
    as(session, { method: 'POST', url: `/api/v1/cases/${reference}/actions/${action}`, payload: body, headers: { 'if-match': String(view.json().version) } }),
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const follow = (reference: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${reference}/followers`, payload });

beforeAll(async () => {
  t = await createTestApp(process.env.DEBUG_SIMILAR ? { logLevel: 'error' } : {}, process.env.DEBUG_SIMILAR ? { logTo: process.stderr } : {});
  svc = await buildService(t.app);
  related = await buildService(t.app, { entity: svc.entity.code, group: svc.group.code });
  other = await buildService(t.app, { entity: svc.entity.code });
  officer = await buildStaffSession(t.app, { entity: svc.entity.code, role: 'officer' });
  stranger = await buildStaffSession(t.app, { role: 'officer' });
});
afterAll(() => t?.close());

describe('already reported?', () => {
  let master: CreateCaseResponse;
  let duplicate: CreateCaseResponse;

  it('offers a nearby open case of the same or a related service, not a far, closed or unrelated one, and shows no personal data', async () => {
    master = await report(svc, here, lightOut);
    const farAway = await report(svc, far, lightOut);
    const closed = await report(svc, near, lightOut);
    await forceState(t.ctx, closed.reference, { status: 'closed', assigneeEmail: null, resolvedDaysAgo: 1 });
    const unrelated = await report(other, near, lightOut);
    const neighbour = await report(related, near, 'الليت طافي جنب المسجد');
    const idea = await report(svc, null, 'اقتراح إنشاء حديقة ألعاب للأطفال في الحي', { type: 'suggestion' });

    const { items, body } = await similar({ service: svc.code, ...near, text: 'ليت الشارع طافي قدام المسجد', type: 'complaint' });
    const refs = items.map((i) => i.reference);
    expect(refs).toContain(master.reference);
    expect(refs).toContain(neighbour.reference);
    expect(refs[0]).toBe(master.reference);
    for (const r of [farAway, closed, unrelated, idea]) expect(refs).not.toContain(r.reference);
    const first = items[0]!;
    expect(first).toMatchObject({ status: 'new', governorate: 'capital', summary: null, photoUrl: null, excerpt: null, reportedBy: 1 });
    expect(first.distanceM).toBeGreaterThanOrEqual(50);
    for (const secret of ['مريم', '36009911', 'maryam.private', '850112345', '3803', '1207', 'مظلم', 'tracking']) expect(body).not.toContain(secret);

    // Chosen service and point, nothing typed yet: place alone.
    expect((await similar({ service: svc.code, ...near })).items.map((i) => i.reference)).toContain(master.reference);
    // A suggestion is matched by its words, wherever it is.
    expect((await similar({ service: svc.code, type: 'suggestion', text: 'نقترح حديقة ألعاب اطفال بالحي' })).items.map((i) => i.reference)).toEqual([
      idea.reference,
    ]);
    // Staff in scope (the hotline, the entity) also see the start of the description.
    expect((await similar({ service: svc.code, ...near, text: lightOut }, officer)).items[0]!.excerpt).toContain('مظلم');
  });

  it('"mine too" makes an idempotent follower; merge moves the reporter and followers, writes both timelines, and followers get the resolution', async () => {
    const first = await follow(master.reference, { contact: { phone: '3600 5555' }, language: 'en' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ reference: master.reference, following: true, reportedBy: 2 });
    expect((await follow(master.reference, { contact: { phone: '+97336005555' } })).json().reportedBy).toBe(2);
    expect((await follow(master.reference, {})).statusCode).toBe(422);
    expect((await follow(master.reference, { contact: { phone: '12' } })).statusCode).toBe(400);

    duplicate = await report(svc, near, 'لمبة عمود الاناره خربانة عند المسجد', { contact: { phone: '36007777' }, language: 'ar' });
    expect((await follow(duplicate.reference, { contact: { email: 'Neighbour@Example.com' } })).statusCode).toBe(200);

    // Staff see it among the likely duplicates of the new case, and "reported by" on the case page.
    const dupes = await t.app.inject(as(officer, { url: `/api/v1/cases/${duplicate.reference}/similar` }));
    expect(dupes.statusCode, dupes.body).toBe(200);
    expect(dupes.json().items.map((i: SimilarCase) => i.reference)).toContain(master.reference);
    expect((await t.app.inject(as(officer, { url: `/api/v1/cases/${master.reference}` }))).json().reportedBy).toBe(2);

    await act(officer, duplicate.reference, 'merge', { masterReference: master.reference });
    const masterView = (await t.app.inject(as(officer, { url: `/api/v1/cases/${master.reference}` }))).json();
    expect(masterView.reportedBy).toBe(4);
    expect(masterView.timeline.some((e: { kind: string; data: { duplicate?: string } }) => e.kind === 'merged' && e.data.duplicate === duplicate.reference)).toBe(true);
    const dupView = (await t.app.inject(as(officer, { url: `/api/v1/cases/${duplicate.reference}` }))).json();
    expect(dupView.status).toBe('merged');
    expect(dupView.timeline.some((e: { kind: string }) => e.kind === 'merged')).toBe(true);
    // A merged case is no longer offered, and cannot be followed.
    expect((await similar({ service: svc.code, ...near, text: lightOut })).items.map((i) => i.reference)).not.toContain(duplicate.reference);
    expect((await follow(duplicate.reference, { contact: { phone: '36001111' } })).statusCode).toBe(409);

    await act(officer, master.reference, 'start', {});
    await act(officer, master.reference, 'resolve', { body: 'تم استبدال المصباح' });
    const outbox = await t.ctx.database.db
      .selectFrom('notification_outbox')
      .select(['address', 'language', 'template', 'reference'])
      .where('template', '=', 'case_resolved')
      .where('reference', '=', master.reference)
      .execute();
    const to = new Map(outbox.map((r) => [r.address, r.language]));
    expect(to.get('+97336005555')).toBe('en'); // "mine too", in their language
    expect(to.get('+97336007777')).toBe('ar'); // the merged case's citizen
    expect(to.get('neighbour@example.com')).toBe('ar'); // the merged case's follower
    expect(to.get('+97336009911')).toBe('ar'); // the case's own citizen, once
    expect(outbox.filter((r) => r.address === '+97336009911')).toHaveLength(1);
  });

  it('tells the followers of an anonymous case (no contact of its own) of its resolution', async () => {
    const open = await buildService(t.app, { entity: svc.entity.code, anonymousAllowed: true });
    const input = caseInputFor(open, { description: 'حاوية القمامة ممتلئة منذ أيام', location: { ...far, governorate: 'capital' }, anonymous: true, contact: undefined });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: input });
    expect(res.statusCode, res.body).toBe(201);
    const anonymous = res.json() as CreateCaseResponse;
    expect((await follow(anonymous.reference, { contact: { phone: '36004444' }, language: 'en' })).statusCode).toBe(200);
    await act(officer, anonymous.reference, 'start', {});
    await act(officer, anonymous.reference, 'reply', { body: 'نعمل على ذلك' });
    await act(officer, anonymous.reference, 'resolve', { body: 'أُفرغت الحاوية' });
    const sent = await t.ctx.database.db
      .selectFrom('notification_outbox')
      .select(['address', 'language', 'template'])
      .where('reference', '=', anonymous.reference)
      .execute();
    expect(sent.map((r) => `${r.template} ${r.address} ${r.language}`).sort()).toEqual(['case_resolved +97336004444 en', 'entity_replied +97336004444 en']);
  });

  it('refuses likely duplicates to staff of another entity and to the public', async () => {
    const res = await t.app.inject(as(stranger, { url: `/api/v1/cases/${master.reference}/similar` }));
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/cases/${master.reference}/similar` })).statusCode).toBeGreaterThanOrEqual(401);
    // Another entity's staff get the public summary only.
    const other = await report(svc, here, lightOut);
    const seen = (await similar({ service: svc.code, ...near, text: lightOut }, stranger)).items.find((i) => i.reference === other.reference);
    expect(seen?.excerpt).toBeNull();
  });

  it('raises priority when the service sets a supporter threshold', async () => {
    await t.ctx.database.db.updateTable('services').set({ priority_raise_supporters: 2 }).where('code', '=', related.code).execute();
    const c = await report(related, far, 'حفرة كبيرة في منتصف الطريق');
    await follow(c.reference, { contact: { email: 'one@example.com' } });
    const view = (await t.app.inject(as(officer, { url: `/api/v1/cases/${c.reference}` }))).json();
    expect(view.priority).toBe('high');
    expect(view.timeline.some((e: { data: { priorityRaised?: unknown } }) => e.data.priorityRaised)).toBe(true);
  });
});
