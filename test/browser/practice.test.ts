import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectLanguage, expectNoMissingKeys, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const SERVICE = 'street_light_fault';
const TITLE = { ar: 'إصلاح الإنارة خلال يومين', en: 'Lights fixed within two days' };
const DAY = 86_400_000;

/** Signs in through the API and answers a caller that sends JSON with the session's cookie and CSRF token. */
async function apiSession(url: string, email: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: inject('testPassword') }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
}

/**
 * Practice that spreads, in Arabic: the capital's administrator has a card (written through the
 * API), the ministry's coordinator recommends it to Muharraq on the cards page, and Muharraq's
 * administrator adopts it from the recommendations page and reads the before/after view.
 */
describe('practice that spreads (Arabic)', () => {
  let server: WebServer;
  let browser: Browser;
  let cardId: number;
  const errors: string[][] = [];

  const open = async (email: string, path: string): Promise<Page> => {
    const context = await browser.newContext({ ...desktop, baseURL: server.url });
    await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'ar'));
    const page = await context.newPage();
    errors.push(collectPageErrors(page));
    await signInStaff(page, email, path);
    return page;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    // Muharraq received two cases of the service three days ago: the "before" of its adoption.
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(caseInput()) });
      expect(res.status).toBe(201);
      const { reference } = (await res.json()) as { reference: string };
      await sql`update cases set created_at = ${new Date(Date.now() - 3 * DAY)} where reference = ${reference}`.execute(server.database.db);
    }
    const capital = await apiSession(server.url, 'entity_admin@capital.demo');
    const card = await capital('POST', '/api/v1/practice/cards', { serviceCode: SERVICE, title: TITLE, checklist: [{ ar: 'فرز البلاغ خلال ساعة', en: 'Triage within an hour' }] });
    expect(card.status, JSON.stringify(card.json)).toBe(201);
    cardId = card.json.id as number;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the coordinator recommends the card to Muharraq from the cards page', async () => {
    const page = await open('coordinator@ministry.demo', '/staff/practice/cards');
    await expectLanguage(page, 'ar');
    const card = page.locator(`[data-testid="card-row"][data-id="${cardId}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain(TITLE.ar);
    expect(await card.textContent()).toContain('فرز البلاغ خلال ساعة');
    await card.getByTestId('card-publish').click();
    await page.locator('[data-testid="publish-entity"][data-code="muharraq"]').check();
    await page.getByTestId('publish-save').click();
    await page.getByTestId('admin-saved').waitFor();
    await expect.poll(() => card.getByTestId('card-published').textContent()).toContain('muharraq');
    await page.context().close();
  });

  it("Muharraq's administrator adopts it and sees the before/after view, right to left", async () => {
    const page = await open('entity_admin@muharraq.demo', '/staff/practice/recommendations');
    await expectLanguage(page, 'ar');
    const rec = page.locator(`[data-testid="recommendation"][data-id="${cardId}"]`);
    await rec.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('التوصيات');
    expect(await rec.textContent()).toContain(TITLE.ar);

    await rec.getByTestId('recommendation-adopt').click();
    await page.getByTestId('adopt-confirm').waitFor();
    await page.getByTestId('adopt-confirm-yes').click();
    const result = page.getByTestId('adopt-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('طُبّقت');
    expect(await result.getByTestId('card-targets').count()).toBe(1);
    await expect.poll(() => rec.getByTestId('recommendation-adopted').count()).toBe(1);

    await result.getByTestId('adopt-result-open').click();
    const received = page.locator('[data-testid="effect-row"][data-figure="received"]');
    await received.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('قبل التطبيق وبعده');
    expect(await received.getByTestId('effect-entity-before').textContent()).toBe('2');
    expect(await received.getByTestId('effect-entity-after').textContent()).toBe('0');
    const head = await page.locator('thead').textContent();
    expect(head).toContain('المحرق');
    expect(head).toContain('قبل');
    expect(head).toContain('بعد');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { dir: string } } }).document.documentElement.dir)).toBe('rtl');
    expect(await received.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction)).toBe('rtl');

    await page.getByTestId('practice-nav-adoptions').click();
    await page.locator('[data-testid="adoption-row"]').first().waitFor();
    expect(await page.locator('[data-testid="adoption-row"]').first().textContent()).toContain(TITLE.ar);
    await expectNoMissingKeys(page);
    await page.context().close();
  });

  it('reports no page errors', () => {
    expect(errors.flatMap((e) => unexpectedErrors(e, []))).toEqual([]);
  });
});
