import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { phone } from './support/citizen.ts';
import { collectPageErrors, expectAccessible, expectLanguage, expectNoMissingKeys, saveScreenshot, unexpectedErrors } from './support/page-checks.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const toArabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/** A citizen signs in with a one-time code (Arabic digits), sees their cases, acts on one without its token, and signs out. */
describe('citizen sign-in with a one-time code and "my cases" (Arabic, phone)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const mine: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    const file = async (contact: { name: string; phone: string }, description: string) => {
      const res = await fetch(`${server.url}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(caseInput({ contact, description })),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as CreateCaseResponse).reference;
    };
    mine.push(await file({ name: 'نورة', phone: '36001111' }, 'الإنارة مطفأة في الطريق ٤١٥ منذ أسبوع'));
    mine.push(await file({ name: 'نورة', phone: '+973 3600 1111' }, 'عمود إنارة مكسور أمام المدرسة'));
    await file({ name: 'غيرها', phone: '36002222' }, 'طلب شخص آخر لا يظهر في القائمة');
    context = await browser.newContext({ ...phone, baseURL: server.url });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for sign-in on "my cases", sends a code, refuses a wrong one and accepts the right one typed in Arabic digits', async () => {
    await page.goto('/');
    await expectLanguage(page, 'ar');
    await page.getByRole('navigation').getByRole('link', { name: 'طلباتي' }).click();
    await page.waitForURL(/\/signin\?next=(%2F|\/)my-cases$/);
    await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor();
    await expectAccessible(page, 'sign-in (ar)');

    await page.getByTestId('send-code').click();
    await page.getByText('هذا الحقل مطلوب.').waitFor();
    await page.getByLabel('رقم الهاتف النقال').fill('٣٦٠٠ ١١١١');
    await page.getByTestId('send-code').click();
    await page.getByText('أُرسل رمز إلى', { exact: false }).waitFor();
    const code = server.notifier.last('+97336001111')?.params.code ?? '';
    expect(code).toMatch(/^\d{6}$/);

    const wrong = `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}`;
    const field = page.getByLabel('رمز الدخول');
    await field.fill(toArabicIndic(wrong));
    await page.getByTestId('verify-code').click();
    await page.getByText('الرمز غير صحيح أو انتهت صلاحيته.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'sign-in with a wrong code (ar)');

    await field.fill(toArabicIndic(code));
    await page.getByTestId('verify-code').click();
    await page.waitForURL(/\/my-cases$/);
  });

  it('lists exactly the cases filed with that phone number', async () => {
    const list = page.getByTestId('my-cases');
    await list.waitFor();
    await expect.poll(() => list.locator('li').count()).toBe(2);
    const text = (await list.textContent()) ?? '';
    for (const reference of mine) expect(text).toContain(reference);
    expect(text).not.toContain('طلب شخص آخر');
    expect(await page.getByRole('status').filter({ hasText: 'طلبان' }).count()).toBe(1);
    await expectAccessible(page, 'my cases (ar)');
    await saveScreenshot(page, 'ar-my-cases', { fullPage: true });
  });

  it('opens a case without its tracking code and adds information to it, signed in', async () => {
    await page.getByRole('link', { name: mine[0]! }).click();
    await page.getByTestId('tracked-case').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('description').textContent()).toContain('الإنارة مطفأة في الطريق ٤١٥');
    await page.getByText('أضف معلومات').waitFor();
    await page.getByTestId('citizen-reply-body').fill('أضيف أن العمود رقم ١٢ هو الأقرب إلى المنزل.');
    await page.getByTestId('citizen-reply-send').click();
    await page.getByTestId('action-notice').waitFor();
    expect(await page.getByTestId('timeline').textContent()).toContain('العمود رقم ١٢');
    await expectAccessible(page, 'tracking signed in (ar)');
  });

  it('signs out: the list asks for sign-in again', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation').getByRole('link', { name: 'تسجيل الدخول' }).waitFor();
    await page.goto('/my-cases');
    await page.waitForURL(/\/signin\?next=(%2F|\/)my-cases$/);
    // The tracking page without a token and without a session asks for the code again.
    await page.goto(`/track/${mine[0]}`);
    await page.getByLabel('رمز المتابعة').waitFor();
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [401])).toEqual([]);
  });
});
