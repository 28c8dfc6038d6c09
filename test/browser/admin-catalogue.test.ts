import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { nextStep, phone, pickOnMap, receiptReference, demoPoints } from './support/citizen.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, saveScreenshot, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const COORDINATOR = 'coordinator@ministry.demo';
const SERVICE = 'abandoned_trolleys';
const POLICY = 'trolleys_2d';

/**
 * The administration round trip: the national coordinator writes an SLA policy and a new service
 * with two extra questions and a route, in Arabic, in the browser; a citizen on a phone finds the
 * service at once, answers its questions and submits; the case carries the new policy and goes
 * where the route says.
 */
describe('an administrator adds a service and a citizen submits to it at once', () => {
  let server: WebServer;
  let browser: Browser;
  let staffContext: BrowserContext;
  let admin: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    staffContext = await browser.newContext({ ...desktop, baseURL: server.url });
    admin = await staffContext.newPage();
    errors = collectPageErrors(admin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes an SLA policy of two working days', async () => {
    await signInStaff(admin, COORDINATOR, '/staff/admin');
    await admin.getByTestId('admin-card-services').waitFor();
    await expectAccessible(admin, 'admin home (ar)');
    await admin.getByTestId('admin-nav-sla-policies').click();
    await admin.getByTestId('policy-new').click();
    await admin.getByTestId('policy-code').fill(POLICY);
    await admin.getByTestId('policy-name-ar').fill('رفع عربات التسوق خلال يومين');
    await admin.getByTestId('policy-name-en').fill('Trolleys within two days');
    await admin.getByTestId('policy-target-first-response').fill('1');
    await admin.getByTestId('policy-target-resolution').fill('٢');
    await admin.getByTestId('policy-save').click();
    await admin.locator(`[data-testid="policy-row"][data-code="${POLICY}"]`).waitFor();
  });

  it('refuses an incomplete service beside the fields, then saves a whole one', async () => {
    await admin.getByTestId('admin-nav-services').click();
    await admin.getByTestId('service-row').first().waitFor();
    await admin.getByTestId('service-new').click();
    const form = admin.getByTestId('service-form');
    await form.waitFor();

    // Nothing filled in, and a list question without answers: each problem is shown where it is.
    await admin.getByTestId('question-add').click();
    await admin.getByTestId('question').last().getByTestId('question-kind').selectOption('singlevaluelist');
    await admin.getByTestId('question').last().getByTestId('value-add').click();
    await admin.getByTestId('service-save').click();
    await admin.getByTestId('service-form-errors').waitFor();
    expect(await admin.getByTestId('service-code').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByTestId('service-name-ar').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByTestId('question').last().getByTestId('question-code').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin, 'service editor with errors (ar)');

    // A code the catalogue already has: the server's answer lands beside the code.
    await admin.getByTestId('service-code').fill('bulky_waste_pickup');
    await admin.getByTestId('service-name-ar').fill('عربات تسوق مهملة في الطريق');
    await admin.getByTestId('service-name-en').fill('Abandoned shopping trolleys');
    await admin.getByTestId('service-group').selectOption('cleanliness');
    await admin.getByTestId('service-entity').selectOption('capital');
    await admin.getByTestId('service-type-suggestion').check();

    const kind = admin.getByTestId('question').nth(0);
    await kind.getByTestId('question-code').fill('store_kind');
    await kind.getByTestId('question-ar').fill('نوع المتجر');
    await kind.getByTestId('question-en').fill('Kind of shop');
    await kind.getByTestId('question-required').check();
    const values = kind.getByTestId('question-value');
    await values.nth(0).getByTestId('value-key').fill('supermarket');
    await values.nth(0).getByTestId('value-ar').fill('سوبرماركت');
    await values.nth(0).getByTestId('value-en').fill('Supermarket');
    await values.nth(1).getByTestId('value-key').fill('hypermarket');
    await values.nth(1).getByTestId('value-ar').fill('هايبرماركت');
    await values.nth(1).getByTestId('value-en').fill('Hypermarket');

    await admin.getByTestId('question-add').click();
    const count = admin.getByTestId('question').nth(1);
    await count.getByTestId('question-code').fill('trolley_count');
    await count.getByTestId('question-kind').selectOption('number');
    await count.getByTestId('question-ar').fill('عدد العربات');
    await count.getByTestId('question-en').fill('Number of trolleys');
    await count.getByTestId('question-required').check();

    await admin.getByTestId('service-policy').selectOption(POLICY);
    await admin.getByTestId('route-muharraq').locator('select').first().selectOption('muharraq');
    await saveScreenshot(admin, 'ar-admin-service', { fullPage: true });
    await admin.getByTestId('service-save').click();
    await form.getByText('هذه القيمة مستعملة من قبل.').waitFor();
    expect(await admin.getByTestId('service-code').getAttribute('aria-invalid')).toBe('true');
    await admin.getByTestId('service-code').fill(SERVICE);
    await admin.getByTestId('service-save').click();

    await admin.getByTestId('service-saved').waitFor();
    await admin.locator(`[data-testid="service-row"][data-code="${SERVICE}"]`).waitFor();
    await expectAccessible(admin, 'service list after saving (ar)');

    // The change is in the audit trail, with who made it.
    await admin.getByTestId('admin-nav-audit').click();
    await admin.getByTestId('audit-row').first().waitFor();
    expect(await admin.locator('[data-testid="audit-row"][data-action^="service."]').count()).toBeGreaterThan(0);
    expect(await admin.getByTestId('audit-row').first().textContent()).toContain(COORDINATOR);
    await expectAccessible(admin, 'audit trail (ar)');
    await expectNoMissingKeys(admin);
    expect(unexpectedErrors(errors, [409])).toEqual([]);
  });

  it('lets a citizen find the new service, answer its questions and submit at once', async () => {
    const context = await browser.newContext({ ...phone, baseURL: server.url });
    const page = await context.newPage();
    const citizenErrors = collectPageErrors(page);
    await page.goto('/');
    await page.getByTestId('catalogue-search').fill('عربات التسوق'); // with the article the name does not have: found all the same
    const card = page.getByRole('link', { name: 'عربات تسوق مهملة في الطريق' });
    await card.waitFor();
    await card.click();
    await page.getByRole('radio', { name: 'شكوى' }).check();
    await nextStep(page);

    await page.getByTestId('description').fill('ثلاث عربات تسوق متروكة على الرصيف منذ أيام وتعيق المشاة.');
    // Both questions are required: the form stays on the details step until they are answered.
    await page.getByTestId('next').click();
    await expect.poll(() => page.getByLabel('نوع المتجر').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('نوع المتجر').selectOption('hypermarket');
    await page.getByLabel('عدد العربات').fill('٣');
    await expectAccessible(page, 'submit to the new service: details (ar)');
    await nextStep(page);

    await pickOnMap(page, demoPoints.muharraq);
    await page.getByLabel('المحافظة').selectOption('muharraq');
    await page.getByLabel('المجمع').fill('٢١٠');
    await nextStep(page);
    await nextStep(page);
    await page.getByLabel('الاسم الكامل').fill('سلمان علي');
    await page.getByLabel('رقم الهاتف النقال').fill('٣٦٠٠ ٩٨٧٦');
    await nextStep(page);
    expect(await page.getByTestId('review').textContent()).toContain('هايبرماركت');
    await page.getByTestId('send').click();

    const reference = await receiptReference(page);
    // Routed by the new route: Muharraq's cases go to Muharraq, not to the owner (the Capital).
    expect(await page.getByRole('status').first().textContent()).toContain('بلدية المحرق');
    await expectNoMissingKeys(page);
    expect(citizenErrors).toEqual([]);

    const row = await server.database.db
      .selectFrom('cases')
      .innerJoin('services', 'services.id', 'cases.service_id')
      .innerJoin('entities', 'entities.id', 'cases.entity_id')
      .innerJoin('sla_policies', 'sla_policies.id', 'cases.sla_policy_id')
      .select(['services.code as service', 'entities.code as entity', 'sla_policies.code as policy', 'cases.attributes', 'cases.sla_resolution_target', 'cases.sla_policy_id'])
      .where('cases.reference', '=', reference)
      .executeTakeFirstOrThrow();
    const target = await server.database.db
      .selectFrom('sla_targets')
      .select(['resolution_target'])
      .where('policy_id', '=', row.sla_policy_id!)
      .executeTakeFirstOrThrow();
    expect({ service: row.service, entity: row.entity, policy: row.policy, attributes: row.attributes }).toEqual({
      service: SERVICE,
      entity: 'muharraq',
      policy: POLICY,
      attributes: { store_kind: 'hypermarket', trolley_count: 3 },
    });
    // Two working days of the policy's calendar, as the policy page wrote it.
    expect(row.sla_resolution_target).toBe(target.resolution_target);
    expect(target.resolution_target).toBeGreaterThan(0);
    await context.close();
  });
});
