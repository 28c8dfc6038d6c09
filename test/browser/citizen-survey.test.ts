import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/server/context.ts';
import { forceState } from '../support/case-state.ts';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { phone } from './support/citizen.ts';
import { collectPageErrors, expectLanguage, expectNoMissingKeys } from './support/page-checks.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/** A resolved case's citizen answers the survey in Arabic, says "not solved", and sees the case reopened. */
describe('the satisfaction survey on the tracking page, in Arabic', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let receipt: { reference: string; trackingToken: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    const res = await fetch(`${server.url}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'survey-browser-1' },
      body: JSON.stringify(caseInput()),
    });
    expect(res.status).toBe(201);
    receipt = (await res.json()) as typeof receipt;
    // The service's policy: a "not solved" answer reopens (set in the catalogue as its editor would).
    await server.database.db.updateTable('services').set({ survey_reopen_not_solved: true }).where('code', '=', 'street_light_fault').execute();
    await forceState({ database: server.database } as AppContext, receipt.reference, { status: 'resolved', resolvedDaysAgo: 0 });
    const context = await browser.newContext({ ...phone, baseURL: server.url });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers "not solved" and sees the case reopened, right to left', async () => {
    await page.goto(`/track/${receipt.reference}?token=${receipt.trackingToken}`);
    await page.getByTestId('tracked-case').waitFor();
    await expectLanguage(page, 'ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const survey = page.getByTestId('survey');
    await survey.waitFor();
    expect(await survey.getAttribute('data-state')).toBe('open');
    // The rating form is gone: the survey replaces it.
    expect(await page.getByTestId('rate-send').count()).toBe(0);
    for (const [q, score] of [['overall', 2], ['speed', 3], ['confidentiality', 5], ['simplicity', 4]] as const) {
      await page.getByTestId(`survey-${q}`).getByRole('radio').nth(score - 1).check();
    }
    await page.getByRole('radio', { name: 'لا، لم تُحل' }).check();
    await page.getByTestId('survey-comment').fill('ما زال العمود مطفأً');
    await page.getByTestId('survey-send').click();
    await page.getByTestId('survey-thanks').waitFor();
    await page.getByTestId('survey-reopened').waitFor();
    expect(await page.getByTestId('survey-reopened').textContent()).toContain('أُعيد فتح الطلب');
    await expect.poll(() => page.getByTestId('status').textContent()).not.toBe('تم الحل');
    const row = await server.database.db.selectFrom('cases').select(['status', 'reopen_count']).where('reference', '=', receipt.reference).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'new', reopen_count: 1 });
    expect(await page.getByTestId('timeline').textContent()).toContain('ما زال العمود مطفأً');
    await expectNoMissingKeys(page);
    expect(errors).toEqual([]);
  });
});
