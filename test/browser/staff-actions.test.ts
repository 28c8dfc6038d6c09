import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, unexpectedErrors } from './support/page-checks.ts';
import { actWithText, desktop, expectStaffStatus, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/** A supervisor's actions, each form with its own fields; the server's field errors appear beside the field. */
describe('supervisor actions in the staff workspace (English)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const refs: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    for (const description of ['A light pole leans over the pavement.', 'The same leaning pole, reported again.', 'Lights off along the corniche.']) {
      const res = await fetch(`${server.url}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(caseInput({ description, language: 'en' })),
      });
      expect(res.status).toBe(201);
      refs.push(((await res.json()) as CreateCaseResponse).reference);
    }
    context = await browser.newContext({ ...desktop, baseURL: server.url });
    await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'en'));
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (reference: string) => {
    await page.goto(`/staff/cases/${reference}`);
    await page.getByTestId('staff-case').waitFor();
  };

  it('assigns to a colleague picked from the list, and the inbox views follow', async () => {
    await signInStaff(page, 'supervisor@muharraq.demo', `/staff/cases/${refs[0]}`);
    await page.getByTestId('staff-case').waitFor();
    await page.getByTestId('action-assign').click();
    const form = page.getByTestId('action-form-assign');
    await form.getByTestId('action-submit').click();
    await form.getByText('Required.').waitFor();
    await form.getByTestId('assignee-select').selectOption({ label: 'Case officer — Muharraq Municipality' });
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'detached' });
    await expectStaffStatus(page, 'Assigned');
    expect(await page.locator('[data-kind="assigned"]').textContent()).toContain('Assignee: nobody → Case officer — Muharraq Municipality');
    await expectAccessible(page, 'staff case assigned (en)');

    await page.goto('/staff?assignee=unassigned');
    await expect.poll(() => page.getByTestId('inbox-row').count()).toBe(2);
    expect(await page.getByTestId('saved-views').getByRole('button', { name: 'Unassigned' }).getAttribute('aria-pressed')).toBe('true');

    // The list as a file: the same filter, the same cases, in the reader's language.
    const href = await page.getByTestId('inbox-export-csv').getAttribute('href');
    expect(href).toContain('assignee=unassigned');
    const csv = await (await page.request.get(href!)).text();
    expect(csv).toContain(refs[1]);
    expect(csv).toContain(refs[2]);
    expect(csv).not.toContain(refs[0]);
    const xlsx = await page.request.get((await page.getByTestId('inbox-export-xlsx').getAttribute('href'))!);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  });

  it('merges a duplicate: an unknown master reference is refused beside the field, the right one goes through', async () => {
    await open(refs[1]!);
    await page.getByTestId('action-merge').click();
    const form = page.getByTestId('action-form-merge');
    await form.getByTestId('master-reference').fill('26-0009999-0');
    await form.getByTestId('action-submit').click();
    await form.getByText('No case with this reference in your scope.').waitFor();
    expect(await form.getByTestId('master-reference').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'merge with a field error (en)');
    await form.getByTestId('master-reference').fill(refs[0]!);
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'detached' });
    await expectStaffStatus(page, 'Merged');
    expect(await page.getByTestId('action-panel').textContent()).toContain('Internal note');
  });

  it('rejects with a reason from the list, then resolves and closes another case', async () => {
    await open(refs[2]!);
    await page.getByTestId('action-reject').click();
    const form = page.getByTestId('action-form-reject');
    await form.getByTestId('reason-select').selectOption({ label: 'Not enough information' });
    await form.getByTestId('action-body').fill('Please send the pole number.');
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'detached' });
    await expectStaffStatus(page, 'Rejected');
    expect(await page.locator('[data-kind="status_changed"]').last().textContent()).toContain('Reason: Not enough information');

    await open(refs[0]!);
    await page.getByTestId('action-start').click();
    await expectStaffStatus(page, 'In progress');
    await actWithText(page, 'resolve', 'The pole was straightened and secured.');
    await expectStaffStatus(page, 'Resolved');
    await page.getByTestId('action-close').click();
    await page.getByTestId('action-form-close').getByTestId('action-submit').click();
    await expectStaffStatus(page, 'Closed');
    await expectAccessible(page, 'staff case closed (en)');
  });

  it('transfers a case out of the entity: back to the inbox with a notice', async () => {
    const res = await fetch(`${server.url}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(caseInput({ description: 'This one belongs to the capital.', language: 'en' })),
    });
    const { reference } = (await res.json()) as CreateCaseResponse;
    await open(reference);
    await page.getByTestId('action-transfer').click();
    const form = page.getByTestId('action-form-transfer');
    await form.getByTestId('action-submit').click();
    expect(await form.getByText('Required.').count()).toBe(2);
    await form.getByTestId('entity-select').selectOption('capital');
    await form.getByLabel('Reason for the transfer').fill('The address is in Manama.');
    await form.getByTestId('action-submit').click();
    await page.getByTestId('moved-notice').waitFor();
    expect(await page.getByTestId('moved-notice').textContent()).toBe(`Case ${reference} was transferred to Capital Trusteeship.`);
    expect(new URL(page.url()).pathname).toBe('/staff');
  });

  it('pages through a long inbox with the cursor', async () => {
    for (let i = 1; i <= 25; i++) {
      const res = await fetch(`${server.url}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(caseInput({ description: `Street light number ${i} is out.`, language: 'en' })),
      });
      expect(res.status).toBe(201);
    }
    await page.goto('/staff');
    const rows = page.getByTestId('inbox-row');
    await expect.poll(() => rows.count()).toBe(25);
    expect(await page.getByTestId('inbox-count').textContent()).toBe('25 cases shown; there are more');
    await page.getByTestId('show-more').click();
    // 3 cases from the start, 25 now; the transferred one has left this entity.
    await expect.poll(() => rows.count()).toBe(28);
    expect(await page.getByTestId('inbox-count').textContent()).toBe('28 cases');
    expect(await page.getByTestId('show-more').count()).toBe(0);
    expect(await rows.last().textContent()).toContain(refs[0]);
  });

  it('signs out of the workspace', async () => {
    await page.getByTestId('staff-sign-out').click();
    await page.getByTestId('staff-sign-in').waitFor();
    await page.goto(`/staff/cases/${refs[0]}`);
    await page.getByTestId('staff-sign-in').waitFor();
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [400, 401])).toEqual([]);
  });
});
