import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, saveScreenshot, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const COORDINATOR = 'coordinator@ministry.demo';
const ENTITY_ADMIN = 'entity_admin@muharraq.demo';
/** One working day on the seeded Bahrain calendar (07:00–14:15), in minutes. */
const WORKING_DAY = 435;

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//Holidays//EN',
  'BEGIN:VEVENT',
  'UID:one@test',
  'DTSTART;VALUE=DATE:20271005',
  'DTEND;VALUE=DATE:20271006',
  'SUMMARY:Imported day one',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:two@test',
  'DTSTART;VALUE=DATE:20271012',
  'SUMMARY:Imported day two',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

interface PolicyJson {
  code: string;
  calendarCode: string;
  targets: { caseType: string | null; priority: string | null; unit: string; firstResponseTarget: number; resolutionTarget: number }[];
}

/** What the signed-in page's session reads from an API address. */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(p, { headers: { accept: 'application/json' } })).json(), path) as Promise<T>;
}

async function newContext(browser: Browser, url: string, lang: 'ar' | 'en'): Promise<BrowserContext> {
  const context = await browser.newContext({ ...desktop, baseURL: url });
  await context.addInitScript((l) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', l), lang);
  return context;
}

/** SLA policies, working calendars and notification templates in the administration pages. */
describe('SLA and template administration', () => {
  let server: WebServer;
  let browser: Browser;
  const errors: string[][] = [];

  const open = async (lang: 'ar' | 'en', email: string, path: string): Promise<Page> => {
    const context = await newContext(browser, server.url, lang);
    const page = await context.newPage();
    errors.push(collectPageErrors(page));
    await signInStaff(page, email, path);
    return page;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the national coordinator, in Arabic', () => {
    let page: Page;

    beforeAll(async () => {
      page = await open('ar', COORDINATOR, '/staff/admin/sla-policies');
    });

    it('creates a policy with a two-working-day resolution target and sees it listed', async () => {
      const rows = page.getByTestId('policy-row');
      await rows.first().waitFor();
      expect(await page.locator('[data-testid="policy-row"][data-code="two-days"]').count()).toBe(0);

      await page.getByTestId('policy-new').click();
      // Nothing typed yet: the required fields say so, beside each field.
      await page.getByTestId('policy-save').click();
      await expect.poll(() => page.getByTestId('policy-code').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByTestId('policy-name-ar').getAttribute('aria-invalid')).toBe('true');

      await page.getByTestId('policy-code').fill('Two Days');
      await page.getByTestId('policy-name-ar').fill('سياسة اليومين');
      await page.getByTestId('policy-name-en').fill('Two-day policy');
      expect(await page.getByTestId('policy-calendar').inputValue()).toBe('bahrain-gov');
      await page.getByTestId('policy-target-first-response').fill('1');
      await page.getByTestId('policy-target-resolution').fill('2');
      await page.getByTestId('policy-save').click();
      await page.getByText('استخدم حروفًا إنجليزية صغيرة').waitFor();
      await page.getByTestId('policy-code').fill('two-days');
      await expectAccessible(page, 'SLA policy form (ar)');
      await saveScreenshot(page, 'admin-sla-policy-ar', { fullPage: true });

      await page.getByTestId('policy-save').click();
      const row = page.locator('[data-testid="policy-row"][data-code="two-days"]');
      await row.waitFor();
      await page.getByTestId('admin-saved').waitFor();
      expect(await row.textContent()).toContain('سياسة اليومين');
      expect(await row.textContent()).toContain('يوما عمل');
      expect(await row.textContent()).toContain('يوم عمل واحد');

      const { items } = await apiGet<{ items: PolicyJson[] }>(page, '/api/v1/admin/sla-policies');
      const saved = items.find((p) => p.code === 'two-days');
      expect(saved?.calendarCode).toBe('bahrain-gov');
      expect(saved?.targets).toEqual([
        { caseType: null, priority: null, unit: 'working_minutes', firstResponseTarget: WORKING_DAY, resolutionTarget: 2 * WORKING_DAY },
      ]);
      await expectAccessible(page, 'SLA policies list (ar)');
    });

    it('edits the policy: the targets come back in working days', async () => {
      await page.locator('[data-testid="policy-row"][data-code="two-days"]').getByTestId('policy-edit').click();
      expect(await page.getByTestId('policy-code').getAttribute('readonly')).not.toBeNull();
      expect(await page.getByTestId('policy-target-resolution').inputValue()).toBe('2');
      await page.getByTestId('policy-target-resolution').fill('3');
      await page.getByTestId('policy-save').click();
      const row = page.locator('[data-testid="policy-row"][data-code="two-days"]');
      await expect.poll(() => row.textContent()).toContain('3 أيام عمل');
    });

    it('adds a holiday to the Bahrain calendar', async () => {
      await page.goto('/staff/admin/calendars');
      const calendar = page.locator('[data-testid="calendar-row"][data-code="bahrain-gov"]');
      await calendar.waitFor();
      expect(await calendar.getByTestId('calendar-hours').textContent()).toContain('07:00–14:15');

      await page.getByTestId('holiday-add').click();
      await page.getByTestId('holiday-date').fill('2026-10-15');
      await page.getByTestId('holiday-name-ar').fill('عطلة تجريبية');
      await page.getByTestId('holiday-name-en').fill('Test holiday');
      await page.getByTestId('holiday-save').click();
      const row = page.locator('[data-testid="holiday-row"][data-date="2026-10-15"]');
      await row.waitFor();
      expect(await row.textContent()).toContain('عطلة تجريبية');
      await expectAccessible(page, 'calendars (ar)');
    });

    it('imports an .ics file with two events and lists them', async () => {
      await page.getByTestId('ics-file').setInputFiles({ name: 'holidays.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
      await page.getByTestId('ics-import').click();
      await page.getByTestId('ics-result').waitFor();
      expect(await page.getByTestId('ics-result').textContent()).toContain('تاريخا عطلة');
      // The page shows the year of the imported events.
      await page.locator('[data-testid="holiday-row"][data-date="2027-10-05"]').waitFor();
      expect(await page.locator('[data-testid="holiday-row"][data-date="2027-10-12"]').textContent()).toContain('Imported day two');
      expect(await page.getByTestId('holiday-year').inputValue()).toBe('2027');
      await expectNoMissingKeys(page);
    });
  });

  describe('in English', () => {
    let page: Page;

    beforeAll(async () => {
      page = await open('en', COORDINATOR, '/staff/admin/templates');
    });

    it("overrides a template's Arabic wording, previews it and goes back to the default", async () => {
      const card = page.locator('[data-testid="template-row"][data-key="case_acknowledged"]');
      await card.waitFor();
      expect(await card.getByTestId('template-ar').getAttribute('data-own')).toBe('false');
      await card.getByTestId('template-edit-ar').click();
      const editor = card.getByTestId('template-editor');

      // A placeholder the template does not have is refused beside the field.
      await editor.getByTestId('template-subject').fill('بلاغك {nope}');
      await editor.getByTestId('template-preview').click();
      await editor.getByText('Uses a placeholder this message does not have').waitFor();
      expect(await editor.getByTestId('template-subject').getAttribute('aria-invalid')).toBe('true');

      await editor.getByTestId('template-subject').fill('وصلنا بلاغك رقم {reference} وسنتابعه');
      await editor.getByTestId('template-preview').click();
      await editor.getByTestId('template-preview-result').waitFor();
      expect(await editor.getByTestId('preview-subject').textContent()).toBe('وصلنا بلاغك رقم 26-0000042-5 وسنتابعه');
      await expectAccessible(page, 'template editor with preview (en)');
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await saveScreenshot(page, 'admin-templates-en');

      await editor.getByTestId('template-save').click();
      await page.getByTestId('admin-saved').waitFor();
      await expect.poll(() => card.getByTestId('template-ar').getAttribute('data-own')).toBe('true');
      expect(await card.getByTestId('template-ar').textContent()).toContain('وصلنا بلاغك رقم {reference}');

      await card.getByTestId('template-edit-ar').click();
      await card.getByTestId('template-reset').click();
      await expect.poll(() => card.getByTestId('template-ar').getAttribute('data-own')).toBe('false');
    });

    it('shows the policies and calendars accessibly in English', async () => {
      await page.goto('/staff/admin/sla-policies');
      const row = page.locator('[data-testid="policy-row"][data-code="two-days"]');
      await row.waitFor();
      expect(await row.textContent()).toContain('resolution 3 working days');
      await page.getByTestId('policy-new').click();
      await page.getByTestId('policy-code').waitFor();
      await page.getByRole('button', { name: 'Add a target' }).click();
      await page.getByRole('button', { name: 'Add a step' }).click();
      expect(await page.getByTestId('policy-target').count()).toBe(2);
      await expectAccessible(page, 'SLA policy form (en)');

      await page.goto('/staff/admin/calendars');
      await page.getByTestId('calendar-row').first().waitFor();
      expect(await page.getByTestId('calendar-hours').first().textContent()).toBe('Sun–Thu 07:00–14:15');
      const added = page.locator('[data-testid="holiday-row"][data-date="2026-10-15"]');
      await page.getByTestId('holiday-year').selectOption('2026');
      expect(await added.textContent()).toContain('Test holiday');
      await added.getByTestId('holiday-remove').click();
      await added.waitFor({ state: 'detached' });
      await page.getByTestId('holiday-add').click();
      await page.getByTestId('override-add').click();
      await expectAccessible(page, 'calendars with open forms (en)');
      await expectNoMissingKeys(page);
    });
  });

  it("tells an entity's administrator that SLA policies are not theirs", async () => {
    const page = await open('en', ENTITY_ADMIN, '/staff/admin/sla-policies');
    const refused = page.getByTestId('admin-forbidden');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Not allowed here');
    expect(await refused.textContent()).toContain('You may not do this.');
    expect(await page.getByTestId('policy-new').count()).toBe(0);
    await expectAccessible(page, 'SLA policies refused (en)');
    await expectNoMissingKeys(page);
  });

  it('logged no unexpected errors', () => {
    // 400: the refused placeholder; 403: the entity administrator's refused request.
    for (const list of errors) expect(unexpectedErrors(list, [400, 403])).toEqual([]);
  });
});
