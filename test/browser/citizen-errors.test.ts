import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { nextStep, phone, receiptReference } from './support/citizen.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys } from './support/page-checks.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const REQUIRED = 'هذا الحقل مطلوب.';

describe('citizen portal: checks and error messages (Arabic)', () => {
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

  it('marks missing required answers next to their fields and moves focus to the first', async () => {
    await page.goto('/submit?service=zoning_objection');
    await page.getByRole('radio', { name: 'شكوى' }).check();
    await nextStep(page);
    await page.getByTestId('next').click();
    const description = page.getByTestId('description');
    await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('name'))).toBe('description');
    // The text question (a textarea) and the string question are both required here.
    expect(await page.getByLabel('أسباب الاعتراض').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('رقم العقار').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(REQUIRED).count()).toBe(3);
    await expectAccessible(page, 'submit: details with errors (ar)');
  });

  it('drops a service named in the link that does not exist, and says so', async () => {
    await page.goto('/submit?service=no_such_service');
    await page.getByRole('radio', { name: 'استفسار' }).check();
    await nextStep(page);
    await page.getByText('هذه الخدمة غير موجودة (أو لم تعد موجودة). اختر خدمة أخرى.').waitFor();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
  });

  it('refuses a wrong file type and a bad phone, and places server errors beside their fields', async () => {
    await page.goto('/submit?service=noise');
    // Complaints only, and the service came with the link: the form opens on the details.
    await page.getByTestId('service-summary').waitFor();
    await page.getByTestId('description').fill('مولّد كهربائي يعمل طوال الليل بجوار المنازل.');
    await page.getByLabel('وقت بدء الإزعاج').fill('2026-11-20T22:30');
    await page.getByLabel('مصدر الإزعاج').selectOption('generator');
    await nextStep(page);
    await nextStep(page);

    await page.locator('input[type="file"]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await page.getByText('notes.txt: تُقبل الصور (JPEG وPNG وWebP وHEIC) وملفات PDF فقط.').waitFor();
    expect(await page.getByTestId('photo-preview').count()).toBe(0);
    await expectAccessible(page, 'submit: photos with a refused file (ar)');
    await nextStep(page);

    const phoneField = page.getByLabel('رقم الهاتف النقال');
    await phoneField.fill('١٢٣');
    await page.getByTestId('next').click();
    await page.getByText('رقم الهاتف غير صحيح.').waitFor();
    expect(await phoneField.getAttribute('aria-invalid')).toBe('true');
    await phoneField.fill('٣٦٠٠١٢٣٤');
    await nextStep(page);

    // A problem+json from the server: its field error is shown at the field, on the right step.
    await page.route('**/api/v1/cases', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://tawasul.dev/problems/validation-failed',
          title: 'Bad Request',
          status: 400,
          code: 'validation_failed',
          errors: [{ path: 'contact.email', code: 'invalid_email', message: 'Not a valid email address' }],
        }),
      }),
    );
    await page.getByTestId('send').click();
    await page.getByText('البريد الإلكتروني غير صحيح.').waitFor();
    expect(await page.getByTestId('step-title').textContent()).toBe('كيف نتواصل معك؟');
    expect(await page.getByLabel('البريد الإلكتروني').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').filter({ hasText: 'بعض الحقول تحتاج إلى تصحيح.' }).count()).toBe(1);
    await expectAccessible(page, 'submit: server field error (ar)');

    // The network fails: a message, and the same draft can be sent again.
    await page.unroute('**/api/v1/cases');
    await page.route('**/api/v1/cases', (route) => route.abort('internetdisconnected'));
    await nextStep(page);
    await page.getByTestId('send').click();
    await page.getByText('لا يوجد اتصال بالخادم', { exact: false }).waitFor();
    await page.unroute('**/api/v1/cases');
    await page.getByTestId('send').click();
    await receiptReference(page);

    await expectNoMissingKeys(page);
    expect(errors.filter((e) => !e.includes('Failed to load resource') && !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
