import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { attachPhoto, nextStep, phone, pickOnMap, receiptReference, demoPoints } from './support/citizen.ts';
import {
  collectPageErrors,
  expectAccessible,
  expectLanguage,
  expectNoMissingKeys,
  saveScreenshot,
  unexpectedErrors,
} from './support/page-checks.ts';
import { actWithText, desktop, expectStaffStatus, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * The "done when": a citizen on a phone files an Arabic complaint with a photo; an officer
 * of the entity it was routed to finds it, asks for more information; the citizen answers through
 * the tracking link; the officer resolves (after a version conflict caused by that answer); the
 * citizen rates. axe on every page, no missing translation key, screenshots in both languages.
 */
describe('a case from submission to rating, citizen and officer', () => {
  let server: WebServer;
  let browser: Browser;
  let citizenContext: BrowserContext;
  let officerContext: BrowserContext;
  let citizen: Page;
  let officer: Page;
  let citizenErrors: string[];
  let officerErrors: string[];
  let reference = '';
  let trackingPath = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    // Earlier cases of the same entity, so the inbox is a list and not a single row.
    const earlier = [
      caseInput({ serviceCode: 'pothole', description: 'حفرة عميقة في الطريق 415 بالقرب من الدوار', attributes: {}, contact: { name: 'علي حسن', phone: '36005555' } }),
      caseInput({ description: 'عمود إنارة مائل في الممشى قد يسقط على المارة', contact: { name: 'سارة', email: 'sara@example.com' } }),
      caseInput({ description: 'الإنارة تعمل نهارًا وتنطفئ ليلًا في المجمع 204', title: 'إنارة متقطعة' }),
    ];
    for (const body of earlier) {
      const res = await fetch(`${server.url}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(201);
      expect(((await res.json()) as CreateCaseResponse).entity.code).toBe('muharraq');
    }
    citizenContext = await browser.newContext({ ...phone, baseURL: server.url });
    officerContext = await browser.newContext({ ...desktop, baseURL: server.url });
    citizen = await citizenContext.newPage();
    officer = await officerContext.newPage();
    citizenErrors = collectPageErrors(citizen);
    officerErrors = collectPageErrors(officer);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a citizen on a phone files an Arabic complaint with a photo and gets a reference', async () => {
    await citizen.goto('/submit?service=street_light_fault');
    await expectLanguage(citizen, 'ar');
    await citizen.getByRole('radio', { name: 'شكوى' }).check();
    await nextStep(citizen);
    await citizen.getByTestId('description').fill('عمود الإنارة رقم ٧٧ في شارع المحرق الرئيسي لا يعمل منذ ثلاثة أيام، والمكان مظلم جدًا.');
    await citizen.getByLabel('رقم عمود الإنارة').fill('٧٧');
    await citizen.getByLabel('نوع العطل').selectOption('off');
    await nextStep(citizen);
    await pickOnMap(citizen, demoPoints.muharraq);
    await citizen.getByLabel('المحافظة').selectOption('muharraq');
    await nextStep(citizen);
    await attachPhoto(citizen, 'عمود.png');
    await nextStep(citizen);
    await citizen.getByLabel('الاسم الكامل').fill('مريم أحمد');
    await citizen.getByLabel('رقم الهاتف النقال').fill('٣٦٠٠ ١٢٣٤');
    await nextStep(citizen);
    await citizen.getByTestId('send').click();
    reference = await receiptReference(citizen);
    expect(await citizen.getByRole('status').first().textContent()).toContain('بلدية المحرق');
    trackingPath = (await citizen.getByTestId('tracking-link').getAttribute('href')) ?? '';
    expect(trackingPath).toMatch(/^\/track\/.+\?token=/);
  });

  it('an officer of the owning entity finds it in the inbox, searches, and opens it from the keyboard', async () => {
    await signInStaff(officer, 'officer@muharraq.demo');
    await expectLanguage(officer, 'ar');
    const rows = officer.getByTestId('inbox-row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.first().textContent()).toContain(reference);
    expect(await rows.first().getByTestId('sla-badge').textContent()).toContain('ضمن الوقت');
    expect(await rows.first().getByTestId('due-time').textContent()).toMatch(/الموعد/);

    // Saved views: nothing is assigned to the officer yet; everything is unassigned.
    const views = officer.getByTestId('saved-views');
    await views.getByRole('button', { name: 'طلباتي' }).click();
    await officer.getByText('لا يوجد طلب مطابق.').waitFor();
    expect(new URL(officer.url()).searchParams.get('assignee')).toBe('me');
    await views.getByRole('button', { name: 'غير مُسنَدة' }).click();
    await expect.poll(() => rows.count()).toBe(4);

    // Search: Arabic words (the server's search is Arabic-aware), then the reference itself.
    await officer.getByTestId('inbox-search').fill('حفرة');
    await expect.poll(() => rows.count()).toBe(1);
    await officer.getByTestId('inbox-search').fill(reference);
    await expect.poll(() => rows.count()).toBe(1);
    await officer.getByTestId('inbox-search').fill('');
    await expect.poll(() => rows.count()).toBe(4);
    await views.getByRole('button', { name: 'الكل' }).click();
    await expect.poll(() => rows.count()).toBe(4);
    await expectAccessible(officer, 'staff inbox (ar)');
    await saveScreenshot(officer, 'ar-staff-inbox');

    // Keyboard: J moves down, K up, Enter opens.
    await officer.locator('body').click({ position: { x: 5, y: 300 } });
    await officer.keyboard.press('j');
    await officer.keyboard.press('j');
    await officer.keyboard.press('k');
    const focused = await officer.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent);
    expect(focused).toBe(reference);
    await officer.keyboard.press('Enter');
    await officer.waitForURL(`**/staff/cases/${reference}`);
    await officer.getByTestId('staff-case').waitFor();
  });

  it('shows the whole case to the officer, who starts it, notes, and requests information', async () => {
    const page = officer.getByTestId('staff-case');
    expect(await page.getByTestId('staff-description').textContent()).toContain('عمود الإنارة رقم ٧٧');
    // The answers read as codes until the service's questions have loaded, then in words.
    await expect.poll(() => page.getByTestId('case-answers').textContent()).toContain('الإنارة مطفأة');
    const contact = page.getByTestId('contact-panel');
    expect(await contact.textContent()).toContain('مريم أحمد');
    expect(await contact.textContent()).toContain('+97336001234');
    const image = page.getByTestId('attachment-image');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(48);
    await page.getByTestId('case-location').locator('.leaflet-container').waitFor();
    expect(await page.getByTestId('sla-panel').textContent()).toContain('ضمن الوقت');
    expect(await page.getByTestId('sla-used').textContent()).toMatch(/استُهلك/);
    await expectStaffStatus(officer, 'جديد');

    await page.getByTestId('action-start').click();
    await expectStaffStatus(officer, 'قيد المعالجة');
    await actWithText(officer, 'note', 'اتصلت بالمواطنة ولم ترد؛ سأطلب رقم أقرب منزل.');
    const note = page.locator('[data-kind="internal_note"]');
    await note.waitFor();
    expect(await note.getAttribute('data-visibility')).toBe('internal');
    expect(await note.textContent()).toContain('داخلي — للموظفين فقط');
    await actWithText(officer, 'request-info', 'يرجى تزويدنا برقم أقرب منزل إلى العمود المعطل.');
    await expectStaffStatus(officer, 'بانتظار المواطن');
    expect(await page.getByTestId('action-notice').textContent()).toContain('طلب معلومات');
    expect(await page.locator('[data-kind="info_requested"]').getAttribute('data-visibility')).toBe('public');
    expect(await page.getByTestId('sla-badge').first().textContent()).toContain('متوقف مؤقتًا');
    await expectAccessible(officer, 'staff case (ar)');
    await saveScreenshot(officer, 'ar-staff-case', { fullPage: true });

    // The same pages in English.
    await officer.getByTestId('language-switch').click();
    await expectLanguage(officer, 'en');
    await expectStaffStatus(officer, 'Awaiting citizen');
    expect(await page.locator('[data-kind="internal_note"]').textContent()).toContain('Internal — staff only');
    await expectAccessible(officer, 'staff case (en)');
    await saveScreenshot(officer, 'en-staff-case', { fullPage: true });
    await officer.getByRole('link', { name: 'Back to the inbox' }).click();
    // The list was cached before the request for information; it refreshes on its own.
    await expect.poll(() => officer.getByTestId('inbox-row').first().getByTestId('sla-badge').textContent()).toContain('Paused');
    await expectAccessible(officer, 'staff inbox (en)');
    await saveScreenshot(officer, 'en-staff-inbox');
    await officer.getByRole('link', { name: reference }).click();
    await officer.getByTestId('staff-case').waitFor();
    await expectNoMissingKeys(officer);
  });

  it('the citizen answers through the tracking link', async () => {
    await citizen.goto(trackingPath);
    await citizen.getByTestId('tracked-case').waitFor();
    expect(await citizen.getByTestId('status').textContent()).toBe('بانتظار ردك');
    await citizen.getByText('تحتاج الجهة إلى معلومات إضافية').waitFor();
    await citizen.getByText('يرجى تزويدنا برقم أقرب منزل إلى العمود المعطل.').first().waitFor();
    // The internal note never reaches the citizen.
    expect(await citizen.getByTestId('tracked-case').textContent()).not.toContain('اتصلت بالمواطنة');
    expect(await citizen.getByTestId('rate-send').count()).toBe(0);
    await expectAccessible(citizen, 'tracking with a request for information (ar)');
    await saveScreenshot(citizen, 'ar-citizen-reply', { fullPage: true });
    await citizen.getByTestId('citizen-reply-body').fill('أقرب منزل هو المنزل رقم ١٥٢٠، الطريق ٤١٥، المجمع ٢٠٤.');
    await citizen.getByTestId('citizen-reply-send').click();
    await citizen.getByTestId('action-notice').waitFor();
    expect(await citizen.getByTestId('action-notice').textContent()).toBe('أُرسل ردّك.');
    await expect.poll(() => citizen.getByTestId('status').textContent()).toBe('قيد المعالجة');
    expect(await citizen.getByTestId('timeline').textContent()).toContain('أقرب منزل هو المنزل رقم ١٥٢٠');
  });

  it('the officer resolves: a stale version is refused, the case reloads, and the second try goes through', async () => {
    const page = officer.getByTestId('staff-case');
    // The officer's page still shows the version before the citizen's answer.
    await expectStaffStatus(officer, 'Awaiting citizen');
    await officer.getByTestId('action-resolve').click();
    const form = officer.getByTestId('action-form-resolve');
    await form.getByTestId('action-body').fill('Replaced the lamp of pole 77 on 2 December. The street is lit again.');
    await form.getByTestId('action-submit').click();
    await officer.getByTestId('version-conflict').waitFor();
    expect(await officer.getByTestId('version-conflict').textContent()).toContain('Someone updated this case');
    await page.locator('[data-kind="citizen_replied"]').waitFor();
    expect(await page.locator('[data-kind="citizen_replied"]').textContent()).toContain('أقرب منزل هو المنزل رقم ١٥٢٠');
    expect(await form.getByTestId('action-body').inputValue()).toContain('Replaced the lamp');
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'detached' });
    await expectStaffStatus(officer, 'Resolved');
    expect(await page.getByTestId('sla-badge').first().textContent()).toContain('Met');
    await expectAccessible(officer, 'staff case resolved (en)');
    expect(unexpectedErrors(officerErrors, [409])).toEqual([]);
  });

  it('the citizen rates the resolution', async () => {
    await citizen.reload();
    await citizen.getByTestId('tracked-case').waitFor();
    expect(await citizen.getByTestId('status').textContent()).toBe('تم الحل');
    await citizen.getByTestId('survey-send').waitFor();
    expect(await citizen.getByTestId('reopen-send').count()).toBe(1);
    expect(await citizen.getByTestId('citizen-reply-send').count()).toBe(0);
    await expectAccessible(citizen, 'tracking with rating and reopen (ar)');
    await saveScreenshot(citizen, 'ar-citizen-case', { fullPage: true });

    await citizen.getByTestId('language-switch').click();
    await expectLanguage(citizen, 'en');
    await expectAccessible(citizen, 'tracking with rating and reopen (en)');
    await saveScreenshot(citizen, 'en-citizen-case', { fullPage: true });
    // Nothing chosen: each question is required and the message sits at the field.
    await citizen.getByTestId('survey-send').click();
    expect(await citizen.getByText('Required.').count()).toBe(5);
    for (const q of ['overall', 'speed', 'confidentiality', 'simplicity']) await citizen.getByTestId(`survey-${q}`).getByRole('radio', { name: '4 — Good' }).check();
    await citizen.getByRole('radio', { name: 'Yes, solved' }).check();
    await citizen.getByLabel('Comment (optional)').fill('Quick and polite, thank you.');
    await citizen.getByTestId('survey-send').click();
    await citizen.getByTestId('survey-thanks').waitFor();
    await citizen.getByTestId('rated').waitFor();
    expect(await citizen.getByTestId('rated').textContent()).toBe('You rated this answer 4 out of 5.');
    expect(await citizen.getByTestId('survey-send').count()).toBe(0);
    await expectNoMissingKeys(citizen);
    expect(citizenErrors).toEqual([]);

    await officer.reload();
    await officer.getByTestId('staff-case').waitFor();
    expect(await officer.locator('[data-kind="rated"]').textContent()).toContain('4 out of 5');
    await expectNoMissingKeys(officer);
  });
});
