import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, unexpectedErrors } from './support/page-checks.ts';
import { signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * The workspace on a tablet (768 × 1024): the inbox list fits without sideways scrolling, the case
 * page shows its actions in the first screen and the citizen's language, and a saved view appears
 * with the number of its cases.
 */
describe('the staff workspace on a tablet', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let reference: string;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startWebServer()]);
    for (const description of ['عمود إنارة مطفأ منذ أسبوع في الشارع الرئيسي', 'Broken pavement next to the school gate, children trip on it']) {
      const res = await fetch(`${server.url}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(caseInput({ description, language: /[a-z]/.test(description) ? 'en' : 'ar' })),
      });
      expect(res.status).toBe(201);
      reference = ((await res.json()) as CreateCaseResponse).reference;
    }
    context = await browser.newContext({ viewport: { width: 768, height: 1024 }, deviceScaleFactor: 1, baseURL: server.url });
    // English first; a language the test picks later stays through reloads.
    await context.addInitScript(() => {
      const store = (globalThis as unknown as { localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } }).localStorage;
      if (!store.getItem('tawasul.lang')) store.setItem('tawasul.lang', 'en');
    });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await signInStaff(page, 'officer@muharraq.demo', '/staff');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  type Box = { scrollWidth: number; clientWidth: number };
  type Doc = { document: { scrollingElement: Box; querySelector(s: string): { parentElement: Box } } };
  /** How far the page, and the inbox table's frame, would scroll sideways (0: they fit). */
  const overflow = () =>
    page.evaluate(() => {
      const { document } = globalThis as unknown as Doc;
      const doc = document.scrollingElement;
      const table = document.querySelector('[data-testid="inbox-table"]').parentElement;
      return { page: doc.scrollWidth - doc.clientWidth, table: table.scrollWidth - table.clientWidth };
    });
  const setLanguage = (lng: 'ar' | 'en') =>
    page.evaluate((l) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', l), lng);

  it('lists the inbox without sideways scrolling, in both languages', async () => {
    await expect.poll(() => page.getByTestId('inbox-row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await overflow()).toEqual({ page: 0, table: 0 });
    // The assignee and the date are still there, inside the subject cell.
    expect(await page.getByTestId('inbox-row').first().textContent()).toContain('Unassigned');
    await setLanguage('ar');
    await page.reload();
    await expect.poll(() => page.getByTestId('inbox-row').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const rtl = await overflow();
    expect(rtl.page).toBeLessThanOrEqual(0);
    expect(rtl.table).toBeLessThanOrEqual(0);
    await setLanguage('en');
    await page.reload();
  });

  it('shows every view with its count, and a saved view appears with its count', async () => {
    const views = page.getByTestId('saved-views');
    const unassigned = views.getByTestId('view-unassigned');
    await expect.poll(() => unassigned.getByTestId('view-count').count(), { timeout: 20_000 }).toBe(1);
    const count = Number(await unassigned.getByTestId('view-count').textContent());
    expect(count).toBeGreaterThanOrEqual(2);
    await unassigned.click();
    expect(new URL(page.url()).searchParams.get('assignee')).toBe('unassigned');

    await views.getByTestId('save-view').click();
    const form = page.getByTestId('save-view-form');
    await form.locator('input[name="viewName"]').fill('Triage queue');
    await form.getByRole('button', { name: 'Save view' }).click();
    await form.waitFor({ state: 'detached' });
    const saved = views.getByTestId('view-saved').filter({ hasText: 'Triage queue' });
    await expect.poll(() => saved.getByTestId('view-count').count(), { timeout: 20_000 }).toBe(1);
    expect(Number(await saved.getByTestId('view-count').textContent())).toBe(count);
    expect(await saved.getAttribute('aria-pressed')).toBe('true');
    expect(await overflow()).toEqual({ page: 0, table: 0 });
    await expectAccessible(page, 'tablet inbox with a saved view (en)');
  });

  it('shows the case page with its actions in the first screen and the citizen’s language', async () => {
    await page.goto(`/staff/cases/${reference}`);
    await page.getByTestId('staff-case').waitFor();
    const panel = page.getByTestId('action-panel');
    await panel.waitFor();
    const top = await panel.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(1024);
    expect(await page.getByTestId('case-language').textContent()).toBe("Citizen's language: English");
    const doc = await page.evaluate(() => {
      const { scrollingElement: e } = (globalThis as unknown as Doc).document;
      return e.scrollWidth - e.clientWidth;
    });
    expect(doc).toBeLessThanOrEqual(0);
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [])).toEqual([]);
  });
});
