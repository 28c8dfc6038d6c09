import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { demoPoints, pickOnMap } from './support/citizen.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectLanguage, expectNoMissingKeys, saveScreenshot } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/** A contact-centre agent files a case for a caller, after looking up the caller's earlier cases. */
describe('hotline quick entry (English)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let earlier: CreateCaseResponse;
  let filed = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    const res = await fetch(`${server.url}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        caseInput({
          location: { governorate: 'capital', block: '304' },
          contact: { name: 'Hassan Ali', phone: '36007777', nationalId: '900101234' },
          description: 'Street light out in front of the mosque, block 304.',
          language: 'en',
        }),
      ),
    });
    expect(res.status).toBe(201);
    earlier = (await res.json()) as CreateCaseResponse;
    context = await browser.newContext({ ...desktop, baseURL: server.url });
    // This agent works in English.
    await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'en'));
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds the caller's earlier cases by phone (Arabic digits) and by national ID", async () => {
    await signInStaff(page, 'agent@ministry.demo');
    await expectLanguage(page, 'en');
    await page.getByRole('link', { name: 'New hotline case' }).click();
    await page.getByRole('heading', { name: 'New hotline case' }).waitFor();

    await page.getByLabel('Phone', { exact: true }).fill('٣٦٠٠ ٧٧٧٧');
    await page.getByTestId('caller-lookup').click();
    const history = page.getByTestId('caller-history');
    await history.waitFor();
    expect(await history.textContent()).toContain(earlier.reference);
    expect(await history.textContent()).toContain('1 earlier case');

    await page.getByLabel('Phone', { exact: true }).fill('');
    await page.getByLabel('National ID (CPR)').fill('900101234');
    await page.getByTestId('caller-lookup').click();
    await expect.poll(() => history.textContent()).toContain(earlier.reference);

    // A number that is not a phone number: said at the field.
    await page.getByLabel('Phone', { exact: true }).fill('12');
    await page.getByTestId('caller-lookup').click();
    await page.getByText('Not a valid phone number.').waitFor();
    await page.getByLabel('Phone', { exact: true }).fill('36007777');
    await page.getByTestId('caller-lookup').click();
    await history.waitFor();
    await expectAccessible(page, 'hotline entry with caller history (en)');
  });

  it('files the case for the caller: checks first, then the reference and tracking code to read back', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Hassan Ali');
    await page.getByTestId('hotline-submit').click();
    // Nothing chosen yet: the service and the description are required, beside their fields.
    await expect.poll(() => page.locator('textarea[name="description"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Required.').count()).toBeGreaterThanOrEqual(2);

    await page.getByTestId('hotline-service-search').fill('pothole');
    await page.getByRole('radio', { name: 'Pothole in the road' }).check();
    // The service takes complaints only: the type follows.
    await expect.poll(() => page.getByRole('radio', { name: 'Complaint' }).isChecked()).toBe(true);
    await page.getByTestId('hotline-description').fill('Caller reports a deep pothole on road 12, next to the bus stop; cars swerve around it.');
    await page.getByLabel('Approximate size (cm)').fill('60');
    await page.getByLabel('Governorate').selectOption('capital');
    await page.getByLabel('Road', { exact: true }).fill('12');
    // The caller says it is dangerous and where: the agent raises the priority and drops the pin
    // on the same tile-less map the citizen's form uses (no "use my location": that is the agent's desk).
    await page.getByTestId('hotline-priority').selectOption('high');
    expect(await page.getByTestId('use-my-location').count()).toBe(0);
    await pickOnMap(page, demoPoints.capital);
    await expectAccessible(page, 'hotline entry filled (en)');
    await saveScreenshot(page, 'en-staff-hotline', { fullPage: true });
    await page.getByTestId('hotline-submit').click();

    const receipt = page.getByTestId('hotline-receipt');
    await receipt.waitFor();
    filed = ((await page.getByTestId('hotline-reference').textContent()) ?? '').trim();
    expect(filed).toMatch(/^\d{2}-\d{7}-\d$/);
    expect(((await page.getByTestId('hotline-token').textContent()) ?? '').trim().length).toBeGreaterThan(10);
    expect(await receipt.textContent()).toContain('Capital Trusteeship');
    await expectAccessible(page, 'hotline receipt (en)');

    await page.getByRole('link', { name: 'Open the case' }).click();
    const staffCase = page.getByTestId('staff-case');
    await staffCase.waitFor();
    expect(await staffCase.textContent()).toContain('Call centre');
    expect(await staffCase.textContent()).toContain('Priority: High');
    const stored = await server.database.db.selectFrom('cases').select(['priority', 'lat', 'lng', 'channel']).where('reference', '=', filed).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ priority: 'high', channel: 'hotline' });
    expect(Math.abs(Number(stored.lat) - demoPoints.capital.lat)).toBeLessThan(0.01);
    expect(Math.abs(Number(stored.lng) - demoPoints.capital.lng)).toBeLessThan(0.01);
    const contact = staffCase.getByTestId('contact-panel');
    expect(await contact.textContent()).toContain('900101234');
    expect(await contact.textContent()).toContain('+97336007777');
    expect(await staffCase.getByTestId('case-answers').textContent()).toContain('60');
    // An agent may add notes; the officer's actions are not offered.
    expect(await staffCase.getByTestId('action-note').count()).toBe(1);
    expect(await staffCase.getByTestId('action-resolve').count()).toBe(0);
    await expectAccessible(page, 'staff case as agent (en)');
  });

  it("shows the new case in the caller's history on the next call", async () => {
    await page.getByRole('link', { name: 'New hotline case' }).click();
    await page.getByLabel('Phone', { exact: true }).fill('+973 3600 7777');
    await page.getByTestId('caller-lookup').click();
    const history = page.getByTestId('caller-history');
    await expect.poll(() => history.textContent()).toContain(filed);
    expect(await history.textContent()).toContain('2 earlier cases');
    await expectNoMissingKeys(page);
    expect(errors.filter((e) => !(e.includes('Failed to load resource') && e.includes('status of 400')))).toEqual([]);
  });
});
