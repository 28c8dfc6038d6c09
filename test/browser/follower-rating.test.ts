import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { phone } from './support/citizen.ts';
import { collectPageErrors, expectLanguage, expectNoMissingKeys } from './support/page-checks.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * A "mine too" follower opens the rating link of the master's resolution notice (their own token),
 * rates the answer in Arabic and is thanked; the rating is a follower's, not the reporter's.
 */
describe("a follower rates the answer from their notice's link, in Arabic", () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let reference: string;
  let token: string;
  const answer = 'تم استبدال المصباح وإعادة الإنارة للشارع';

  /** A JSON request to the server's API, as a staff session when given one. */
  async function api(path: string, init: { method?: string; body?: unknown; session?: { cookie: string; csrf: string }; ifMatch?: number } = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (init.session) Object.assign(headers, { cookie: init.session.cookie, 'x-csrf-token': init.session.csrf });
    if (init.ifMatch !== undefined) headers['if-match'] = String(init.ifMatch);
    const res = await fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers, ...(init.body ? { body: JSON.stringify(init.body) } : {}) });
    return { status: res.status, cookie: res.headers.get('set-cookie'), json: (await res.json()) as Record<string, unknown> & { version?: number } };
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    // The reporter files; a neighbour says "mine too" by phone, in Arabic.
    const filed = await api('/api/v1/cases', { method: 'POST', body: caseInput({ contact: { name: 'مريم', phone: '36004411' } }) });
    expect(filed.status).toBe(201);
    reference = filed.json.reference as string;
    expect((await api(`/api/v1/cases/${reference}/followers`, { method: 'POST', body: { contact: { phone: '36004422' }, language: 'ar' } })).status).toBe(200);
    // The entity's officer starts and resolves it.
    const login = await api('/api/v1/auth/login', { method: 'POST', body: { email: 'officer@muharraq.demo', password: inject('testPassword') } });
    expect(login.status).toBe(200);
    const session = { cookie: login.cookie!.split(';')[0]!, csrf: login.json.csrfToken as string };
    const started = await api(`/api/v1/cases/${reference}/actions/start`, { method: 'POST', body: {}, session, ifMatch: (await api(`/api/v1/cases/${reference}`, { session })).json.version });
    expect(started.status).toBe(200);
    expect((await api(`/api/v1/cases/${reference}/actions/resolve`, { method: 'POST', body: { body: answer }, session, ifMatch: started.json.version })).status).toBe(200);
    // The follower's resolution notice carries their own rating link.
    const notice = await server.database.db
      .selectFrom('notification_outbox')
      .select('params')
      .where('reference', '=', reference)
      .where('template', '=', 'case_resolved')
      .where('address', '=', '+97336004422')
      .executeTakeFirstOrThrow();
    token = (notice.params as { followerToken: string }).followerToken;
    page = await (await browser.newContext({ ...phone, baseURL: server.url })).newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the link, sees the answer right to left, rates it 4 and is thanked; the reporter has not rated', async () => {
    await page.goto(`/rate/${token}`);
    await page.getByTestId('follower-rating').waitFor();
    await expectLanguage(page, 'ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByTestId('follower-rating').textContent()).toContain(reference);
    expect(await page.getByTestId('follower-rating-answer').textContent()).toContain(answer);

    await page.getByRole('radio', { name: '4 — جيد' }).check();
    await page.getByRole('textbox', { name: 'تعليق (اختياري)' }).fill('شكراً على سرعة الإصلاح');
    await page.getByRole('button', { name: 'إرسال التقييم' }).click();
    expect(await page.getByTestId('follower-rating-thanks').textContent()).toBe('شكراً لك، وصلنا تقييمك.');
    expect(await page.getByTestId('follower-rating-given').textContent()).toBe('قيّمت هذا الرد بـ 4 من 5.');
    expect(await page.getByRole('button', { name: 'إرسال التقييم' }).count()).toBe(0);

    // A follower's rating, kept apart from the reporter's (the case's own rating stays unset).
    const c = await server.database.db.selectFrom('cases').select(['id', 'rating']).where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(c.rating).toBeNull();
    const ratings = await server.database.db.selectFrom('case_follower_ratings').select(['rating', 'comment']).where('case_id', '=', c.id).where('rating', 'is not', null).execute();
    expect(ratings).toEqual([{ rating: 4, comment: 'شكراً على سرعة الإصلاح' }]);
    await expectNoMissingKeys(page);
    expect(errors).toEqual([]);
  });
});
