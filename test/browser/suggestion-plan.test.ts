import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { phone } from './support/citizen.ts';
import { collectPageErrors, expectLanguage, expectNoMissingKeys, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * An accepted suggestion's plan on both pages: the citizen (Arabic, right to left) and a supervisor
 * (English) read the planned action, the owner unit, the cost band and the target date, marked
 * overdue once passed, in the same state wording; once implemented, what was done.
 */
describe("an accepted suggestion's plan, for its citizen and for staff", () => {
  let server: WebServer;
  let browser: Browser;
  let citizen: Page;
  let staffPage: Page;
  let citizenErrors: string[];
  let staffErrors: string[];
  let receipt: CreateCaseResponse;
  let version = 0;
  let session = { cookie: '', csrf: '' };
  const action = 'تركيب أربع حاويات إضافية في المجمع ٢٠٤';

  async function act(name: string, body: object): Promise<void> {
    const res = await fetch(`${server.url}/api/v1/cases/${receipt.reference}/actions/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf, 'if-match': String(version) },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { version: number };
    expect(res.status, `${name}: ${JSON.stringify(json)}`).toBe(200);
    version = json.version;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    const res = await fetch(`${server.url}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(caseInput({ type: 'suggestion', serviceCode: 'bin_overflow', attributes: {}, description: 'أقترح زيادة عدد حاويات القمامة في المجمع ٢٠٤' })),
    });
    expect(res.status).toBe(201);
    receipt = (await res.json()) as CreateCaseResponse;
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'supervisor@muharraq.demo', password: inject('testPassword') }),
    });
    expect(login.status).toBe(200);
    session = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
    version = 1;
    await act('study', {});
    const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await act('accept', { plan: action, ownerUnit: 'muharraq', costBand: 'medium', targetDate: future });
    // The target date then passes with the plan not carried out.
    await server.database.db.updateTable('suggestion_plans').set({ target_date: '2024-01-15' }).execute();

    const citizenContext = await browser.newContext({ ...phone, baseURL: server.url });
    citizen = await citizenContext.newPage();
    citizenErrors = collectPageErrors(citizen);
    const staffContext = await browser.newContext({ ...desktop, baseURL: server.url });
    await staffContext.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'en'));
    staffPage = await staffContext.newPage();
    staffErrors = collectPageErrors(staffPage);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the citizen reads the plan right to left in Arabic, overdue marked', async () => {
    await citizen.goto(`/track/${receipt.reference}?token=${receipt.trackingToken}`);
    const plan = citizen.getByTestId('suggestion-plan');
    await plan.waitFor();
    await expectLanguage(citizen, 'ar');
    expect(await plan.getByTestId('plan-state').textContent()).toBe('مقبول');
    expect(await plan.getByTestId('plan-action').textContent()).toContain(action);
    expect(await plan.getByTestId('plan-cost').textContent()).toContain('متوسطة');
    expect(await plan.getByTestId('plan-overdue').textContent()).toBe('متأخرة عن موعدها');
    expect(await plan.getByTestId('plan-done').count()).toBe(0);
    await expectNoMissingKeys(citizen);
  });

  it('staff read the same plan and state in English', async () => {
    await signInStaff(staffPage, 'supervisor@muharraq.demo', `/staff/cases/${receipt.reference}`);
    const plan = staffPage.getByTestId('suggestion-plan');
    await plan.waitFor();
    await expectLanguage(staffPage, 'en');
    expect(await plan.getByTestId('plan-state').textContent()).toBe('Accepted');
    expect(await staffPage.getByTestId('staff-case').getByTestId('status').first().textContent()).toBe('Accepted');
    expect(await plan.getByTestId('plan-owner').textContent()).toContain('Muharraq');
    expect(await plan.getByTestId('plan-cost').textContent()).toContain('Medium');
    expect(await plan.getByTestId('plan-overdue').textContent()).toBe('Overdue');
    await expectNoMissingKeys(staffPage);
  });

  it('once implemented, both read what was done and the plan is no longer overdue', async () => {
    await act('start', {});
    await act('implement', { body: 'وُضعت أربع حاويات جديدة في المجمع ٢٠٤' });
    await citizen.reload();
    const done = citizen.getByTestId('suggestion-plan').getByTestId('plan-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('وُضعت أربع حاويات جديدة');
    expect(await citizen.getByTestId('plan-state').textContent()).toBe('منفَّذ');
    expect(await citizen.getByTestId('plan-overdue').count()).toBe(0);
    await staffPage.reload();
    await staffPage.getByTestId('plan-done').waitFor();
    expect(await staffPage.getByTestId('plan-done').textContent()).toContain('What was done');
    expect(unexpectedErrors(citizenErrors, [])).toEqual([]);
    expect(unexpectedErrors(staffErrors, [401])).toEqual([]);
  });
});
