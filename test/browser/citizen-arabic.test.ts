import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { attachPhoto, nextStep, phone, pickOnMap, receiptReference } from './support/citizen.ts';
import { collectPageErrors, expectAccessible, expectLanguage, expectNoMissingKeys, saveScreenshot } from './support/page-checks.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

describe('citizen portal in Arabic on a phone', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    context = await browser.newContext({ ...phone, baseURL: server.url });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches the catalogue, files a complaint with a photo, and tracks it', async () => {
    await page.goto('/');
    await expectLanguage(page, 'ar');
    const search = page.getByTestId('catalogue-search');
    // No hamza on the alef: the server's Arabic-aware search still finds "الإنارة".
    await search.fill('انارة');
    const card = page.getByRole('link', { name: 'عطل في الإنارة العامة' });
    await card.waitFor();
    await expectAccessible(page, 'home (ar)');
    await saveScreenshot(page, 'ar-home');

    await card.click();
    await page.waitForURL(/\/submit\?service=street_light_fault/);
    await page.getByRole('radio', { name: 'شكوى' }).check();
    await expectAccessible(page, 'submit: type (ar)');
    await nextStep(page);

    // The service chosen from the catalogue is a summary with "change", not the catalogue again.
    expect(await page.getByTestId('chosen-service').textContent()).toBe('عطل في الإنارة العامة');

    await page.getByTestId('description').fill('عمود الإنارة أمام المنزل رقم ١٢ مطفأ منذ أسبوع، والشارع مظلم تمامًا في الليل.');
    await page.getByLabel('رقم عمود الإنارة').fill('٤٥٦٧');
    await page.getByLabel('نوع العطل').selectOption('off');
    await expectAccessible(page, 'submit: details (ar)');
    await saveScreenshot(page, 'ar-submit');
    await nextStep(page);

    await pickOnMap(page);
    await page.getByLabel('المحافظة').selectOption('capital');
    await page.getByLabel('المجمع').fill('٣٠٤');
    await expectAccessible(page, 'submit: location (ar)');
    await nextStep(page);

    await attachPhoto(page, 'عمود-الإنارة.png');
    await expectAccessible(page, 'submit: photos (ar)');
    await nextStep(page);

    await page.getByLabel('الاسم الكامل').fill('مريم أحمد');
    // Arabic-Indic digits: the phone is understood as typed.
    await page.getByLabel('رقم الهاتف النقال').fill('٣٦٠٠ ١٢٣٤');
    await expectAccessible(page, 'submit: contact (ar)');
    await nextStep(page);

    const review = page.getByTestId('review');
    await review.waitFor();
    expect(await review.textContent()).toContain('الإنارة مطفأة');
    expect(await review.textContent()).toContain('مرفق واحد');
    await expectAccessible(page, 'submit: review (ar)');
    await page.getByTestId('send').click();

    const reference = await receiptReference(page);
    expect(await page.getByRole('status').first().textContent()).toContain('أمانة العاصمة');
    await expectAccessible(page, 'receipt (ar)');
    await saveScreenshot(page, 'ar-receipt');
    await page.getByRole('button', { name: 'انسخ الرقم المرجعي' }).click();
    await page.getByText('تم النسخ').waitFor({ state: 'attached' });
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(reference);

    await page.getByTestId('tracking-link').click();
    await page.getByTestId('tracked-case').waitFor();
    expect(page.url()).toContain(`/track/${reference}?token=`);
    expect(await page.getByTestId('status').textContent()).toBe('مستلم');
    expect(await page.getByTestId('service-name').textContent()).toBe('عطل في الإنارة العامة');
    expect(await page.getByTestId('timeline').textContent()).toContain('استُلم الطلب');
    expect(await page.getByTestId('tracked-case').textContent()).toContain('ملف 1');
    expect(await page.getByTestId('tracked-case').textContent()).toMatch(/\(\d{1,2} [^)]+ 14\d\d هـ\)/); // the Hijri date beside the Gregorian
    await expectAccessible(page, 'tracking (ar)');
    await saveScreenshot(page, 'ar-tracking');

    await expectNoMissingKeys(page);
    expect(errors).toEqual([]);
  });

  it('reloads a deep link to the tracking page and shows the same case', async () => {
    const url = page.url();
    await page.reload();
    await page.getByTestId('tracked-case').waitFor();
    expect(page.url()).toBe(url);
    await expectNoMissingKeys(page);
  });
});
