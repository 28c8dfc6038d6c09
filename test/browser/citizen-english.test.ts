import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackedCase } from '../../src/common/schemas/case.schema.ts';
import { launchChromium } from './support/chromium.ts';
import { attachPhoto, nextStep, phone, pickOnMap, receiptReference } from './support/citizen.ts';
import { collectPageErrors, expectAccessible, expectLanguage, expectNoMissingKeys, saveScreenshot } from './support/page-checks.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const toArabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

describe('citizen portal in English on a phone', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    context = await browser.newContext({ ...phone, baseURL: server.url });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('switches to English, and the choice survives a reload', async () => {
    await page.goto('/');
    await expectLanguage(page, 'ar');
    await page.getByTestId('language-switch').click();
    await expectLanguage(page, 'en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your voice reaches the right government entity');
    await page.reload();
    await expectLanguage(page, 'en');
    expect(await page.getByTestId('language-switch').textContent()).toBe('العربية');
  });

  it('files an anonymous complaint with a photo and every answer, and tracks it', async () => {
    await page.getByTestId('catalogue-search').fill('pothole');
    const card = page.getByRole('link', { name: 'Pothole in the road' });
    await card.waitFor();
    await expectAccessible(page, 'home (en)');
    await saveScreenshot(page, 'en-home');

    await card.click();
    // Complaints only, and the service came with the link: the form opens on the details.
    await page.getByTestId('service-summary').waitFor();

    await page.getByTestId('description').fill('A deep pothole in the right lane, next to the bus stop; cars swerve to avoid it.');
    await page.getByLabel('Approximate size (cm)').fill('٤٠'); // Arabic-Indic digits in a number field
    await page.getByRole('checkbox', { name: 'Right lane' }).check();
    await page.getByRole('checkbox', { name: 'Hard shoulder' }).check();
    await expectAccessible(page, 'submit: details (en)');
    await saveScreenshot(page, 'en-submit');
    await nextStep(page);

    await pickOnMap(page);
    await expectAccessible(page, 'submit: location (en)');
    await nextStep(page);
    await attachPhoto(page, 'pothole.png');
    await nextStep(page);
    await page.getByRole('switch', { name: 'Send anonymously' }).check();
    await expectAccessible(page, 'submit: contact (en)');
    await nextStep(page);
    expect(await page.getByTestId('review').textContent()).toContain('Right lane and Hard shoulder');
    await page.getByTestId('send').click();

    const reference = await receiptReference(page);
    const token = ((await page.getByTestId('tracking-token').textContent()) ?? '').trim();
    await expectAccessible(page, 'receipt (en)');
    await saveScreenshot(page, 'en-receipt');

    await page.getByTestId('tracking-link').click();
    await page.getByTestId('tracked-case').waitFor();
    expect(await page.getByTestId('status').textContent()).toBe('Received');
    expect(await page.getByTestId('service-name').textContent()).toBe('Pothole in the road');
    expect(await page.getByTestId('timeline').textContent()).toContain('Case received');
    expect(await page.getByTestId('tracked-case').textContent()).toMatch(/\(\d{1,2} [^)]+ 14\d\d AH\)/);
    await expectAccessible(page, 'tracking (en)');
    await saveScreenshot(page, 'en-tracking');

    // What the server stored: the number as a number, the list as keys, the language of the form.
    const response = await fetch(`${server.url}/api/v1/cases/${reference}`, { headers: { 'x-tracking-token': token } });
    const stored = (await response.json()) as TrackedCase;
    expect(stored.attributes).toEqual({ approx_size_cm: 40, lanes_affected: ['right_lane', 'shoulder'] });
    expect(stored.language).toBe('en');
    expect(stored.attachments).toHaveLength(1);
    expect(stored.location?.lat).toBeGreaterThan(25.5);

    // The lookup form reads the reference as typed: Arabic-Indic digits, no dashes.
    await page.goto('/track');
    await page.getByLabel('Reference number').fill(toArabicIndic(reference.replaceAll('-', '')));
    await page.getByLabel('Tracking code').fill(token);
    await expectAccessible(page, 'track lookup (en)');
    await page.getByRole('button', { name: 'Show the case' }).click();
    await page.getByTestId('tracked-case').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/track/${reference}`);

    await expectNoMissingKeys(page);
    expect(errors).toEqual([]);
  });
});
