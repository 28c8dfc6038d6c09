/**
 * Followers rate the case that answered them: the duplicate's reporter (merged into the master) and
 * a "mine too" follower each receive the master's resolution notice, in their language on their
 * channel, with a rating link of their own; each rates once; the page shows only public facts; the
 * followers' satisfaction figure counts them, apart from the reporter's rating.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { buildService, buildStaffSession, caseInputFor, coordinatorSession, type BuiltService } from '../support/factories.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let svc: BuiltService;
let officer: Session;

const point = { lat: 26.2301, lng: 50.5803, governorate: 'capital' as const, block: '338', road: '3803', building: '1207' };
const privateText = 'عمود الإنارة مطفأ أمام بيت مريم الخياط منذ أيام';

async function report(contact: object, description: string, language: 'ar' | 'en' = 'ar') {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: caseInputFor(svc, { description, location: point, contact, language }) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CreateCaseResponse;
}

async function act(reference: string, action: string, body: object) {
  const view = await t.app.inject(as(officer, { url: `/api/v1/cases/${reference}` }));
  const res = await t.app.inject(
    as(officer, { method: 'POST', url: `/api/v1/cases/${reference}/actions/${action}`, payload: body, headers: { 'if-match': String(view.json().version) } }),
  );
  expect(res.statusCode, res.body).toBe(200);
}

async function followerFigure() {
  const month = new Date().toLocaleDateString('en-CA', { timeZone: t.config.timeZone }).slice(0, 7);
  const res = await t.app.inject(as(await coordinatorSession(t.app), { url: `/api/v1/kpi/survey?from=${month}&to=${month}` }));
  expect(res.statusCode, res.body).toBe(200);
  const row = res.json().rows.find((r: { service: { code: string } }) => r.service.code === svc.code);
  return { followerRatings: row?.followerRatings ?? 0, followerMean: row?.followerMean ?? null };
}

beforeAll(async () => {
  t = await createTestApp();
  svc = await buildService(t.app);
  officer = await buildStaffSession(t.app, { entity: svc.entity.code, role: 'officer' });
});
afterAll(() => t?.close());

describe('followers rate the case that answered them', () => {
  let master: CreateCaseResponse;
  const tokens = new Map<string, string>();

  it('a merged case’s reporter and a "mine too" follower get the resolution notice in their language with a rating link of their own', async () => {
    master = await report({ name: 'مريم حسن الخياط', phone: '36009911', email: 'maryam.private@example.com', nationalId: '850112345' }, privateText);
    const mineToo = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${master.reference}/followers`, payload: { contact: { email: 'Follower@Example.com' }, language: 'en' } });
    expect(mineToo.statusCode, mineToo.body).toBe(200);
    const duplicate = await report({ phone: '36007777' }, 'لمبة عمود الاناره خربانة عند المسجد');
    await act(duplicate.reference, 'merge', { masterReference: master.reference });
    await act(master.reference, 'start', {});
    await act(master.reference, 'resolve', { body: 'تم استبدال المصباح في الشارع' });

    const rows = await t.ctx.database.db
      .selectFrom('notification_outbox')
      .select(['address', 'channel', 'language', 'params', 'entity_id', 'reference'])
      .where('template', '=', 'case_resolved')
      .where('reference', '=', master.reference)
      .execute();
    const byAddress = new Map(rows.map((r) => [r.address, r]));
    const reporter = byAddress.get('+97336007777')!;
    const follower = byAddress.get('follower@example.com')!;
    expect(reporter).toMatchObject({ channel: 'sms', language: 'ar' });
    expect(follower).toMatchObject({ channel: 'email', language: 'en' });
    // The case's own citizen keeps the tracking page's link; each follower has a token of their own.
    expect((byAddress.get('+97336009911')!.params as Record<string, unknown>).followerToken).toBeUndefined();
    for (const [who, row] of [
      ['reporter', reporter],
      ['follower', follower],
    ] as const) {
      const token = (row.params as Record<string, unknown>).followerToken as string;
      expect(token).toMatch(/^[\w-]{32}$/);
      tokens.set(who, token);
      const text = await t.ctx.notify.templates.render({ template: 'case_resolved', language: row.language, entityId: row.entity_id, params: row.params as never, reference: row.reference });
      expect(row.channel === 'sms' ? text.sms : text.text).toContain(`/rate/${token}`);
      expect(text.text).not.toContain(`/track/${master.reference}`);
    }
    expect(tokens.get('reporter')).not.toBe(tokens.get('follower'));
  });

  it('the page shows the public facts only; each follower rates once; a wrong token is 404; the figure counts them', async () => {
    const before = await followerFigure();
    expect(before).toEqual({ followerRatings: 0, followerMean: null });

    const page = await t.app.inject({ url: `/api/v1/follower-ratings/${tokens.get('reporter')}` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({
      reference: master.reference,
      entity: { ar: expect.any(String), en: expect.any(String) },
      service: { ar: expect.any(String), en: expect.any(String) },
      answer: 'تم استبدال المصباح في الشارع',
      state: 'open',
      rating: null,
    });
    for (const secret of ['مريم', '36009911', 'maryam.private', '850112345', '3803', '1207', 'مطفأ', 'follower@example', '36007777', 'tracking']) {
      expect(page.body).not.toContain(secret);
    }

    const rate = (token: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/follower-ratings/${token}`, payload });
    const first = await rate(tokens.get('reporter')!, { rating: '٥', comment: 'شكراً' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ state: 'rated', rating: 5 });
    const again = await rate(tokens.get('reporter')!, { rating: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_rated');
    expect((await rate(tokens.get('follower')!, { rating: 2 })).statusCode).toBe(200);
    expect((await rate(tokens.get('follower')!, { rating: 3 })).statusCode).toBe(409);

    for (const wrong of ['x'.repeat(32), `${tokens.get('follower')!.slice(0, -1)}A`, master.trackingToken]) {
      expect((await t.app.inject({ url: `/api/v1/follower-ratings/${wrong}` })).statusCode).toBe(404);
      expect((await rate(wrong, { rating: 4 })).statusCode).toBe(404);
    }
    expect((await rate(tokens.get('follower')!, { rating: 6 })).statusCode).toBe(400);

    // Kept apart: the reporter's rating (the case's) is untouched; the followers' figure counts both.
    const view = await t.app.inject(as(officer, { url: `/api/v1/cases/${master.reference}` }));
    expect(view.json().rating ?? null).toBeNull();
    expect(await followerFigure()).toEqual({ followerRatings: 2, followerMean: 3.5 });
  });
});
