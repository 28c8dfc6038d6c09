import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * An analyst exports an inbox larger than TAWASUL_EXPORT_BACKGROUND_ROWS from the Arabic
 * workspace: the export is prepared in the background, the page shows its progress bar (right to
 * left), then its download link, which serves the cases.
 */
describe('a large export from the Arabic inbox, prepared in the background', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const refs: string[] = [];

  beforeAll(async () => {
    const before = process.env.TAWASUL_EXPORT_BACKGROUND_ROWS;
    process.env.TAWASUL_EXPORT_BACKGROUND_ROWS = '1';
    try {
      [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    } finally {
      if (before === undefined) delete process.env.TAWASUL_EXPORT_BACKGROUND_ROWS;
      else process.env.TAWASUL_EXPORT_BACKGROUND_ROWS = before;
    }
    for (const description of ['حفرة في الطريق قرب الدوار', 'عمود الإنارة مطفأ في المجمع']) {
      const res = await fetch(`${server.url}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(caseInput({ description })) });
      expect(res.status).toBe(201);
      refs.push(((await res.json()) as CreateCaseResponse).reference);
    }
    context = await browser.newContext({ ...desktop, baseURL: server.url });
    await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'ar'));
    page = await context.newPage();
    errors = collectPageErrors(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the progress bar while the export waits, then its download link', async () => {
    await signInStaff(page, 'analyst@ministry.demo');
    await page.getByTestId('inbox-export-csv').click();
    const job = page.getByTestId('export-job').first();
    await expect.poll(() => job.getAttribute('data-state')).toBe('queued');
    const bar = page.getByTestId('export-progress').first();
    expect(await bar.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.getByTestId('export-jobs').textContent()).toContain('تصديراتك الأخيرة');
    await expectAccessible(page, 'inbox with a background export (ar)');

    expect(await server.context.exportJobs.runner.run()).toBe(1);
    await expect.poll(() => job.getAttribute('data-state'), { timeout: 10_000 }).toBe('done');
    const link = page.getByTestId('export-download');
    expect(await link.textContent()).toBe('تنزيل');
    const file = await page.request.get((await link.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    const csv = await file.text();
    for (const ref of refs) expect(csv).toContain(ref);
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [])).toEqual([]);
  });
});
