import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { nextStep, phone, receiptReference } from './support/citizen.ts';
import { collectPageErrors, expectNoMissingKeys, unexpectedErrors } from './support/page-checks.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/** Inside the demo's Capital area, well away from its boundaries. */
const manama = { latitude: 26.2235, longitude: 50.5822 };
/** In the sea north-west of the island, inside the service area but outside every demo area. */
const sea = { latitude: 26.32, longitude: 50.5 };

/** A phone in Arabic whose "use my location" answers `where`. */
async function phoneAt(browser: Browser, server: WebServer, where: { latitude: number; longitude: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...phone, baseURL: server.url, geolocation: where, permissions: ['geolocation'] });
  return { context, page: await context.newPage() };
}

/** From home, "what happened" in the citizen's words, then the suggested service named `service`. */
async function describeAndPick(page: Page, text: string, service: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'قدّم طلبًا' }).first().click();
  await page.getByTestId('description').fill(text);
  await page.getByTestId('suggestion').filter({ hasText: service }).click();
  expect(await page.getByTestId('chosen-service').textContent()).toBe(service);
}

async function api<T>(server: WebServer, path: string, init: { method?: string; body?: unknown; cookie?: string; csrf?: string } = {}): Promise<{ status: number; body: T; cookie: string | null }> {
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.csrf ? { 'x-csrf-token': init.csrf } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as T, cookie: res.headers.get('set-cookie') };
}

/**
 * The citizen's path on a 360 px phone in Arabic: "what happened" first with suggested services,
 * steps with one answer skipped, "use my location", "already reported?" with "mine too" (and the
 * resolution message that follows), the draft kept across a reload and the browser's Back, and a
 * pin in the sea confirmed before a new case is filed with its due dates on the receipt.
 */
describe('citizen on a phone: suggested service, mine too, a confirmed pin', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers the open report nearby; "mine too" brings its resolution message', async () => {
    const existing = await api<{ reference: string }>(server, '/api/v1/cases', {
      method: 'POST',
      body: {
        type: 'complaint',
        serviceCode: 'street_light_fault',
        description: 'عمود الإنارة مطفأ والشارع مظلم في الليل',
        attributes: { fault_kind: 'off' },
        location: { lat: manama.latitude + 0.0003, lng: manama.longitude },
        contact: { phone: '36009911' },
        language: 'ar',
      },
    });
    expect(existing.status).toBe(201);
    const reference = existing.body.reference;

    const { context, page } = await phoneAt(browser, server, manama);
    const errors = collectPageErrors(page);
    await describeAndPick(page, 'الليت اللي جدام بيتنا طافي من أسبوع والشارع ظلام', 'عطل في الإنارة العامة');
    await nextStep(page);
    await page.getByRole('radio', { name: 'شكوى' }).check();
    await nextStep(page);
    // The description typed first is there; the one required question is asked.
    expect(await page.getByTestId('description').inputValue()).toContain('طافي');
    await page.getByLabel('نوع العطل').selectOption('off');
    await nextStep(page);

    await page.getByTestId('use-my-location').click();
    await page.getByTestId('picked-point').waitFor();
    const offer = page.getByTestId('already-reported');
    await offer.waitFor();
    expect(await offer.textContent()).toContain(reference);
    await page.getByTestId('mine-too').click();
    await page.getByLabel('رقم هاتفك أو بريدك الإلكتروني', { exact: false }).fill('٣٦٠٠ ٥١٥١');
    await page.getByTestId('mine-too-confirm').click();
    await page.getByTestId('mine-too-done').waitFor();
    await expectNoMissingKeys(page);
    expect(errors).toEqual([]);
    await context.close();

    const login = await api<{ csrfToken: string }>(server, '/api/v1/auth/login', { method: 'POST', body: { email: 'officer@capital.demo', password: inject('testPassword') } });
    expect(login.status).toBe(200);
    const session = { cookie: (login.cookie ?? '').split(';')[0]!, csrf: login.body.csrfToken };
    for (const [action, body] of [['start', {}], ['resolve', { body: 'تم استبدال المصباح وعادت الإنارة.' }]] as const) {
      const { body: view } = await api<{ version: number }>(server, `/api/v1/cases/${reference}`, session);
      const done = await api(server, `/api/v1/cases/${reference}/actions/${action}`, { ...session, method: 'POST', body: { ...body, version: view.version } });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
    }
    const told = await server.database.db
      .selectFrom('notification_outbox')
      .select(['language'])
      .where('template', '=', 'case_resolved')
      .where('reference', '=', reference)
      .where('address', '=', '+97336005151')
      .execute();
    expect(told).toEqual([{ language: 'ar' }]);
  });

  it('keeps the draft across a reload and Back; a pin in the sea is confirmed; the receipt says when to expect an answer', async () => {
    const { context, page } = await phoneAt(browser, server, sea);
    const errors = collectPageErrors(page);
    await describeAndPick(page, 'حفرة كبيرة في الشارع قدام المدرسة', 'حفرة في الطريق');
    // One type and no required question: straight to the place.
    await nextStep(page);
    expect(await page.getByTestId('step-title').textContent()).toBe('الموقع');
    await page.reload();
    await page.getByTestId('step-title').waitFor();
    expect(await page.getByTestId('step-title').textContent()).toBe('الموقع');
    await page.goBack();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('أخبرنا بما حدث');
    expect(await page.getByTestId('description').inputValue()).toBe('حفرة كبيرة في الشارع قدام المدرسة');
    expect(await page.getByTestId('chosen-service').textContent()).toBe('حفرة في الطريق');
    await nextStep(page);

    await page.getByTestId('use-my-location').click();
    await page.getByTestId('picked-point').waitFor();
    await nextStep(page);
    await nextStep(page);
    await page.getByLabel('رقم الهاتف النقال').fill('36005252');
    await nextStep(page);
    await page.getByTestId('send').click();
    await page.getByTestId('pin-confirm').click();

    await receiptReference(page);
    await page.getByTestId('expect-resolution').waitFor();
    expect(await page.getByTestId('expect-resolution').textContent()).toMatch(/\d/);
    // The receipt ends the draft: a new form starts empty.
    expect(await page.evaluate("sessionStorage.getItem('tawasul.submit.draft')")).toBeNull();
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [422])).toEqual([]); // the doubted pin's answer
    await context.close();
  });
});
