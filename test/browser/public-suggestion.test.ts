import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCalendar, buildEntity, buildPolicy, buildService, buildStaff, coordinatorSession, type BuiltService, type BuiltStaff } from '../support/factories.ts';
import { as, signInCitizen, type Session } from '../support/sessions.ts';
import { launchChromium } from './support/chromium.ts';
import { nextStep, phone, receiptReference } from './support/citizen.ts';
import { collectPageErrors, expectLanguage, expectNoMissingKeys, saveScreenshot } from './support/page-checks.ts';
import { actWithText, desktop } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * The public suggestion's whole path, in Arabic: a citizen asks at submission that a suggestion be
 * public; staff edit a phone number out and publish it; three signed-in citizens support it (one
 * through the page's button) and it crosses a threshold of three; its public answer, due one working
 * minute later on an always-open calendar, falls overdue and the entity's dashboard says so; the
 * entity studies it and accepts it with a plan on the case page; the citizen and the supporters are
 * told; the board shows it accepted.
 */

/** The running server's API through the factories' `inject`: the same requests, over HTTP. */
function overHttp(url: string): FastifyInstance {
  const inject = async (opts: InjectOptions) => {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
    let body: string | undefined;
    if (opts.payload !== undefined) {
      body = JSON.stringify(opts.payload);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(`${url}${String(opts.url)}`, { method: opts.method ?? 'GET', headers, body });
    const text = await res.text();
    return {
      statusCode: res.status,
      body: text,
      headers: { 'set-cookie': res.headers.getSetCookie() },
      json: () => JSON.parse(text) as unknown,
    };
  };
  return { inject } as unknown as FastifyInstance;
}

/** Every day, all day: one working minute is one minute of the clock. */
const alwaysOpen = [0, 1, 2, 3, 4, 5, 6].map(() => [{ start: 0, end: 1440 }]);
const phoneInText = '36457788';
const original = `أقترح إنشاء ممشى مظلل حول الحديقة العامة في الحي، ويمكن التواصل معي على ${phoneInText}`;
const redacted = 'أقترح إنشاء ممشى مظلل حول الحديقة العامة في الحي';
const author = { name: 'سارة يوسف', phone: '36450001', intl: '+97336450001' };
const supporters = [
  { phone: '36450002', intl: '+97336450002' },
  { phone: '36450003', intl: '+97336450003' },
  { phone: '36450004', intl: '+97336450004' },
];

describe('a public suggestion, from the form to the accepted answer (Arabic)', () => {
  let server: WebServer;
  let browser: Browser;
  let app: FastifyInstance;
  let service: BuiltService;
  let entityCode: string;
  let supervisor: BuiltStaff;
  let staffContext: BrowserContext;
  let staffPage: Page;
  let reference: string;
  let publicationId: number;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    app = overHttp(server.url);
    const calendar = await buildCalendar(app, { week: alwaysOpen });
    const policy = await buildPolicy(app, { calendarCode: calendar.code });
    const entity = await buildEntity(app);
    entityCode = entity.code;
    service = await buildService(app, { entity: entity.code, slaPolicyCode: policy.code, types: ['suggestion'] });
    supervisor = await buildStaff(app, { role: 'supervisor', entity: entity.code });
    const threshold = await app.inject(as(await coordinatorSession(app), { method: 'PUT', url: '/api/v1/admin/suggestion-thresholds', payload: { entityCode, serviceCode: service.code, supporters: 3, answerMinutes: 1 } }));
    expect(threshold.statusCode, threshold.body).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the citizen submits a suggestion in Arabic and asks that it be public', async () => {
    const context = await browser.newContext({ ...phone, baseURL: server.url });
    const page = await context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(`/submit?service=${service.code}`);
    await expectLanguage(page, 'ar');
    // One type only: straight to the details.
    await page.getByTestId('description').waitFor();
    await page.getByTestId('description').fill(original);
    const box = page.getByRole('checkbox', { name: 'اجعل مقترحي عامًا' });
    await box.check();
    expect(await page.getByText('لا يُعرض اسمك ولا رقم هاتفك', { exact: false }).count()).toBe(1);
    await nextStep(page);
    // The place and photos are optional: on to the contact step.
    for (let i = 0; i < 4 && !(await page.getByLabel('الاسم الكامل').isVisible()); i++) await nextStep(page);
    await page.getByLabel('الاسم الكامل').fill(author.name);
    await page.getByLabel('رقم الهاتف النقال').fill(author.phone);
    await nextStep(page);
    await page.getByTestId('review').waitFor();
    await page.getByTestId('send').click();
    reference = await receiptReference(page);
    const row = await server.database.db
      .selectFrom('suggestion_publications as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .select(['p.id', 'p.state', 'p.public_text'])
      .where('c.reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('pending');
    publicationId = Number(row.id);
    await expectNoMissingKeys(page);
    await context.close();
  });

  it('staff edit the phone number out and publish it from the review page', async () => {
    staffContext = await browser.newContext({ ...desktop, baseURL: server.url });
    staffPage = await staffContext.newPage();
    errors.push(...collectPageErrors(staffPage));
    await staffPage.goto('/staff/suggestions');
    await staffPage.locator('input[name="email"]').fill(supervisor.email);
    await staffPage.locator('input[name="password"]').fill(supervisor.password);
    await staffPage.getByTestId('staff-sign-in').click();
    await staffPage.getByTestId('moderation-list').waitFor();
    await staffPage.getByRole('link', { name: `راجع المقترح ${reference}` }).click();
    expect(await staffPage.getByTestId('original-text').textContent()).toBe(original);
    const text = staffPage.getByTestId('public-text');
    expect(await text.inputValue()).toBe(original);
    await text.fill(redacted);
    await saveScreenshot(staffPage, 'ar-suggestion-moderation');
    await staffPage.getByTestId('publish').click();
    await staffPage.getByTestId('moderation-done').waitFor();
    expect(await staffPage.getByTestId('publication-state').textContent()).toBe('منشور');
  });

  it('three signed-in citizens support it, one through the button after signing in, and it crosses the threshold of three', async () => {
    for (const s of supporters.slice(0, 2)) {
      const session: Session = await signInCitizen(app, server.notifier, s.phone, s.intl);
      const res = await app.inject(as(session, { method: 'POST', url: `/api/v1/public/suggestions/${publicationId}/support` }));
      expect(res.statusCode, res.body).toBe(200);
    }
    const context = await browser.newContext({ ...phone, baseURL: server.url });
    const page = await context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto('/');
    await page.getByTestId('home-suggestions').click();
    await page.waitForURL(/\/suggestions$/);
    const item = page.getByTestId('board-item').filter({ hasText: redacted });
    await item.waitFor();
    expect(await page.getByTestId('board').textContent()).not.toContain(phoneInText);
    await item.getByRole('link').click();
    await page.getByTestId('public-suggestion').waitFor();
    expect(await page.getByTestId('suggestion-text').textContent()).toBe(redacted);
    expect(await page.getByTestId('support-count').textContent()).toBe('داعمان');
    // Not signed in: the one-time-code sign-in, and back to the suggestion.
    await page.getByTestId('sign-in-to-support').click();
    await page.waitForURL(/\/signin\?next=/);
    await page.getByLabel('رقم الهاتف النقال').fill(supporters[2]!.phone);
    await page.getByTestId('send-code').click();
    await page.getByText('أُرسل رمز إلى', { exact: false }).waitFor();
    const code = server.notifier.last(supporters[2]!.intl)?.params.code ?? '';
    await page.getByLabel('رمز الدخول').fill(code);
    await page.getByTestId('verify-code').click();
    await page.waitForURL(new RegExp(`/suggestions/${publicationId}$`));
    await page.getByTestId('support').click();
    await page.getByTestId('supported').waitFor();
    await expect.poll(() => page.getByTestId('support-count').textContent()).toBe('3 داعمين');
    await saveScreenshot(page, 'ar-suggestion');
    await expectNoMissingKeys(page);
    const row = await server.database.db.selectFrom('suggestion_publications').select(['threshold_crossed_at', 'answer_due_at']).where('id', '=', publicationId).executeTakeFirstOrThrow();
    expect(row.threshold_crossed_at).not.toBeNull();
    // One working minute on an always-open calendar.
    expect(new Date(row.answer_due_at!).getTime() - new Date(row.threshold_crossed_at!).getTime()).toBe(60_000);
    await context.close();
  });

  it("the entity's answer falls overdue and its dashboard shows it", async () => {
    const row = await server.database.db.selectFrom('suggestion_publications').select('answer_due_at').where('id', '=', publicationId).executeTakeFirstOrThrow();
    const wait = new Date(row.answer_due_at!).getTime() - Date.now() + 500;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await staffPage.goto(`/staff/dashboard/${entityCode}`);
    const section = staffPage.getByTestId('section-suggestion-answers');
    await section.getByTestId('suggestion-answers').waitFor();
    const total = section.getByTestId('suggestion-answers-total');
    expect(await total.getByTestId('overdue').textContent()).toBe('1');
    expect(await section.textContent()).toContain('فات موعدها');
  }, 90_000);

  it('the entity studies and accepts it with a plan on the case page; the citizen and the supporters are told', async () => {
    await staffPage.goto(`/staff/cases/${reference}`);
    await staffPage.getByTestId('staff-case').waitFor();
    await actWithText(staffPage, 'study', 'ندرس المقترح مع قسم الحدائق.');
    await staffPage.getByTestId('action-accept').click();
    const form = staffPage.getByTestId('action-form-accept');
    await form.locator('textarea[name="plan"]').fill('إنشاء ممشى مظلل بطول كيلومتر حول الحديقة');
    await form.getByTestId('owner-unit-select').selectOption(entityCode);
    await form.locator('select[name="costBand"]').selectOption('medium');
    await form.locator('input[name="targetDate"]').fill('2027-06-30');
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => staffPage.getByTestId('staff-case').getByTestId('status').first().textContent()).toBe('مقبول');

    const told = await server.database.db
      .selectFrom('notification_outbox')
      .select(['address', 'language'])
      .where('template', '=', 'suggestion_accepted')
      .where('reference', '=', reference)
      .execute();
    const addresses = told.map((m) => m.address);
    for (const who of [author, ...supporters]) expect(addresses).toContain(who.intl);
    expect(told.every((m) => m.language === 'ar')).toBe(true);
  });

  it('the board shows it accepted, with the plan', async () => {
    const context = await browser.newContext({ ...phone, baseURL: server.url });
    const page = await context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto('/stats');
    await page.getByTestId('stats-suggestions').click();
    await page.waitForURL(/\/suggestions$/);
    await page.getByTestId('board-state-filter').selectOption('accepted');
    const item = page.getByTestId('board-item').filter({ hasText: redacted });
    await item.waitFor();
    expect(await item.getByTestId('board-state').textContent()).toBe('مقبول');
    await item.getByRole('link').click();
    expect(await page.getByTestId('suggestion-state').textContent()).toBe('مقبول');
    expect(await page.getByTestId('answer-plan').textContent()).toContain('إنشاء ممشى مظلل بطول كيلومتر');
    expect(await page.getByTestId('public-suggestion').textContent()).not.toContain(author.name);
    await expectNoMissingKeys(page);
    await context.close();
    expect(errors).toEqual([]);
  });
});
