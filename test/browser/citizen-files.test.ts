import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { caseInput } from '../support/factories.ts';
import { makePdf, makePng } from '../support/files.ts';
import { phone } from './support/citizen.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * The conversation with files: a citizen adds a photo to an open case from the tracking page, the
 * officer sees it on the case page and answers with a file of their own, and the citizen sees it.
 */
describe('files in the conversation (English)', () => {
  let server: WebServer;
  let browser: Browser;
  let citizenContext: BrowserContext;
  let staffContext: BrowserContext;
  let citizen: Page;
  let officer: Page;
  let citizenErrors: string[];
  let receipt: CreateCaseResponse;
  const english = (ctx: BrowserContext) =>
    ctx.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'en'));

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    const res = await fetch(`${server.url}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(caseInput({ description: 'The street light by the school has been off for a week.', language: 'en' })),
    });
    expect(res.status).toBe(201);
    receipt = (await res.json()) as CreateCaseResponse;
    [citizenContext, staffContext] = await Promise.all([
      browser.newContext({ ...phone, baseURL: server.url }),
      browser.newContext({ ...desktop, baseURL: server.url }),
    ]);
    await Promise.all([english(citizenContext), english(staffContext)]);
    [citizen, officer] = await Promise.all([citizenContext.newPage(), staffContext.newPage()]);
    citizenErrors = collectPageErrors(citizen);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const track = async () => {
    await citizen.goto(`/track/${receipt.reference}?token=${receipt.trackingToken}`);
    await citizen.getByTestId('tracked-case').waitFor();
  };

  it('the citizen adds a photo with a reply: the box clears and focus moves to the new message, which shows the photo', async () => {
    await track();
    const box = citizen.getByTestId('citizen-reply-body');
    const form = citizen.locator('form').filter({ has: box });
    // A file the server would refuse is refused here first, named with its reason.
    await form.locator('input[type="file"]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await form.getByTestId('file-rejections').waitFor();
    expect(await form.getByTestId('file-rejections').textContent()).toContain('notes.txt');

    await box.fill('Here is a photo of the pole at night.');
    await form.locator('input[type="file"]').setInputFiles({ name: 'pole.png', mimeType: 'image/png', buffer: makePng(48, 32, [30, 120, 200]) });
    await form.getByTestId('citizen-reply-send').click();
    await citizen.getByTestId('action-notice').waitFor();

    expect(await box.inputValue()).toBe('');
    const reply = citizen.locator('[data-kind="citizen_replied"]').last();
    await expect.poll(() => reply.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    expect(await reply.textContent()).toContain('Here is a photo of the pole at night.');
    const image = reply.getByTestId('event-image');
    await image.waitFor();
    // The thumbnail really loads, by the tracking token.
    await expect.poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(48);
    await expectNoMissingKeys(citizen);
    await expectAccessible(citizen, 'tracking page after a reply with a photo (en)');
  });

  it("the officer sees the citizen's photo on the case page and replies with a file of their own", async () => {
    await signInStaff(officer, 'officer@muharraq.demo', `/staff/cases/${receipt.reference}`);
    await officer.getByTestId('staff-case').waitFor();
    const photo = officer.getByTestId('attachments').getByTestId('attachment-image');
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(48);

    await officer.getByTestId('action-reply').click();
    const form = officer.getByTestId('action-form-reply');
    await form.getByTestId('action-body').fill('The repair is booked; the work order is attached.');
    await form.locator('input[type="file"]').setInputFiles({ name: 'work-order.pdf', mimeType: 'application/pdf', buffer: makePdf() });
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => officer.getByTestId('attachments').getByTestId('attachment-link').allTextContents()).toContain('work-order.pdf');
  });

  it("the citizen sees the officer's file with the reply, and may open it by the tracking token", async () => {
    await track();
    const answer = citizen.locator('[data-kind="public_reply"]').last();
    await answer.waitFor();
    expect(await answer.textContent()).toContain('The repair is booked');
    const link = answer.getByTestId('event-file');
    expect(await link.textContent()).toBe('work-order.pdf');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('token=');
    const download = await fetch(new URL(href, server.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('application/pdf');
    // The officer's file is beside the officer's words, not the citizen's.
    expect(await citizen.locator('[data-kind="citizen_replied"]').last().getByTestId('event-file').count()).toBe(0);
    expect(unexpectedErrors(citizenErrors, [])).toEqual([]);
  });
});
