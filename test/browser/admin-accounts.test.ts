import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, saveScreenshot, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * An entity's administrator in English: adds a unit, a colleague in it (who can then sign in),
 * an API key shown once and revoked; the national sections stay out of their menu. The national
 * coordinator adds a rejection reason that officers then find in the workspace's list.
 */
describe('administration of units, staff, keys and reasons (English)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    context = await browser.newContext({ ...desktop, baseURL: server.url });
    await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'en'));
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows an entity administrator only their sections, and adds a unit to their entity", async () => {
    await signInStaff(page, 'entity_admin@muharraq.demo', '/staff/admin');
    await page.getByTestId('admin-card-services').waitFor();
    expect(await page.getByTestId('admin-nav-sla-policies').count()).toBe(0);
    expect(await page.getByTestId('admin-nav-reasons').count()).toBe(0);
    await expectAccessible(page, 'admin home (en, entity admin)');

    await page.getByTestId('admin-nav-entities').click();
    await page.getByTestId('entity-row').first().waitFor();
    // Their entity only: Muharraq, none of the other municipalities.
    expect(await page.locator('[data-testid="entity-row"][data-code="capital"]').count()).toBe(0);
    await page.getByTestId('entity-new').click();
    await page.getByTestId('entity-code').fill('muharraq-cleaning');
    await page.getByTestId('entity-name-ar').fill('قسم النظافة');
    await page.getByTestId('entity-name-en').fill('Cleaning section');
    await expectAccessible(page, 'new unit form (en)');
    await page.getByTestId('entity-save').click();
    await page.locator('[data-testid="entity-row"][data-code="muharraq-cleaning"]').waitFor();
  });

  it('adds a colleague to the new unit, who can then sign in', async () => {
    await page.getByTestId('admin-nav-staff').click();
    await page.getByTestId('staff-row').first().waitFor();
    await page.getByTestId('staff-new').click();
    const form = page.getByTestId('staff-form');
    // National roles are not theirs to give.
    expect(await form.getByTestId('staff-role').locator('option[value="coordinator"]').count()).toBe(0);
    await form.getByTestId('staff-email').fill('Noor.Cleaning@Muharraq.example');
    await form.getByTestId('staff-name').fill('Noor Hasan');
    await form.getByTestId('staff-role').selectOption('officer');
    await form.getByLabel('Unit').selectOption('muharraq-cleaning');
    await form.getByTestId('staff-password').fill('short');
    await form.getByTestId('staff-save').click();
    await form.getByText('At least', { exact: false }).or(form.locator('[aria-invalid="true"]')).first().waitFor();
    await form.getByTestId('staff-password').fill('a-long-enough-passphrase-2026');
    await expectAccessible(page, 'new staff form (en)');
    await form.getByTestId('staff-save').click();
    const row = page.locator('[data-testid="staff-row"][data-email="noor.cleaning@muharraq.example"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Cleaning section');
    await saveScreenshot(page, 'en-admin-staff');

    const response = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'noor.cleaning@muharraq.example', password: 'a-long-enough-passphrase-2026' }),
    });
    expect(response.status).toBe(200);
  });

  it('creates an API key shown once, then revokes it', async () => {
    await page.getByTestId('admin-nav-api-keys').click();
    await page.getByTestId('apikey-name').fill('Muharraq community app');
    await page.getByTestId('apikey-create').click();
    const secret = ((await page.getByTestId('apikey-secret').locator('code').textContent()) ?? '').trim();
    expect(secret.length).toBeGreaterThan(20);
    const row = page.locator('[data-testid="apikey-row"][data-name="Muharraq community app"]');
    await row.waitFor();
    // The list shows only the key's first characters.
    expect(await page.getByTestId('apikey-row').allTextContents()).not.toContain(secret);
    expect((await row.textContent()) ?? '').not.toContain(secret);
    await expectAccessible(page, 'API keys (en)');
    await row.getByTestId('apikey-revoke').click();
    await row.getByText('Revoked').waitFor();
  });

  it("lets the national coordinator add a rejection reason that officers then pick from", async () => {
    await page.getByTestId('staff-sign-out').click();
    await signInStaff(page, 'coordinator@ministry.demo', '/staff/admin/reasons');
    await page.getByTestId('reason-row').first().waitFor();
    // A code already in the list is refused beside the field.
    await page.getByTestId('reason-code').fill('private_property');
    await page.getByTestId('reason-ar').fill('خارج مملكة البحرين');
    await page.getByTestId('reason-en').fill('Outside Bahrain');
    await page.getByTestId('reason-add').click();
    await page.getByText('This is already in use.').waitFor();
    await page.getByTestId('reason-code').fill('outside_bahrain');
    await page.getByTestId('reason-add').click();
    await page.locator('[data-testid="reason-row"][data-code="outside_bahrain"]').waitFor();
    await expectAccessible(page, 'rejection reasons (en)');
    const reasons = await (await fetch(`${server.url}/api/v1/rejection-reasons`)).json() as { items: { code: string }[] };
    expect(reasons.items.map((r) => r.code)).toContain('outside_bahrain');

    await page.getByTestId('admin-nav-audit').click();
    await page.locator('[data-testid="audit-row"][data-action="rejection_reason.create"]').first().waitFor();
    await page.getByTestId('audit-action').fill('staff.');
    await expect.poll(async () => (await page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))).every((a) => a?.startsWith('staff.'))).toBe(true);
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'audit trail (en)');
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [400, 409, 422])).toEqual([]);
  });
});
