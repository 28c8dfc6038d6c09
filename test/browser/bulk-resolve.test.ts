import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CreateCaseInput, CreateCaseResponse } from '../../src/common/schemas/case.schema.ts';
import { signRelayBody } from '../../src/server/inbound/relay-signature.ts';
import { smsSize } from '../../src/server/notify/sms-segments.ts';
import { caseInput } from '../support/factories.ts';
import { startSmsGateway, type TestSmsGateway } from '../support/sms-gateway.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, saveScreenshot, unexpectedErrors } from './support/page-checks.ts';
import { desktop, expectStaffStatus, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * An officer works cases at once from the Arabic inbox: takes them, then resolves three with one
 * national reply text. Each citizen is answered on their own channel and in their own language: an
 * English writer by email (a real SMTP server), an Arabic one by SMS (a real HTTP gateway) and one who
 * wrote through a WhatsApp relay back through that relay (a real HTTP server as its outbound endpoint).
 */
describe('bulk work from the Arabic inbox, answered on each citizen’s channel', () => {
  let server: WebServer;
  let smtp: TestSmtpServer;
  let gateway: TestSmsGateway;
  let relay: TestSmsGateway;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let national: number;
  let photo: number;
  const refs: Record<'email' | 'sms' | 'relay' | 'picker', string> = { email: '', sms: '', relay: '', picker: '' };
  const relaySecret = 'wa-relay-secret';

  /** Sends a JSON request as a demo staff member (signed in through the API, as the web app does). */
  const asStaff = async (email: string) => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: inject('testPassword') }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return (await res.json()) as T;
    };
  };

  const submit = async (overrides: Partial<CreateCaseInput>) => {
    const res = await fetch(`${server.url}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(caseInput(overrides)) });
    expect(res.status).toBe(201);
    return ((await res.json()) as CreateCaseResponse).reference;
  };

  /** A WhatsApp message through the relay (signed as a relay signs it), filed as a new case. */
  const viaRelay = async (text: string, conversationId: string) => {
    const raw = JSON.stringify({ messageId: `wa-${conversationId}`, from: { phone: '+97336002222' }, conversationId, text });
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await fetch(`${server.url}/api/v1/inbound/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tawasul-timestamp': ts, 'x-tawasul-signature': signRelayBody(relaySecret, ts, raw) },
      body: raw,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as { reference: string }).reference;
  };

  const row = (reference: string) => page.getByTestId('inbox-row').filter({ hasText: reference });

  beforeAll(async () => {
    [smtp, gateway, relay, browser] = await Promise.all([startSmtpServer(), startSmsGateway(), startSmsGateway('/whatsapp/out'), launchChromium()]);
    server = await startWebServer({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Tawasul <no-reply@tawasul.example>',
      SMS_GATEWAY_URL: gateway.url,
      TAWASUL_RELAY_SECRETS: `whatsapp:${relaySecret}`,
      TAWASUL_RELAY_OUTBOUND_URLS: `whatsapp:${relay.url}`,
      TAWASUL_NOTIFY_BACKOFF_SECONDS: '60',
    });
    // A national text (the ministry's, shared with every entity) that resolves, and one of the entity's own that asks for a photo.
    const coordinator = await asStaff('coordinator@ministry.demo');
    ({ id: national } = await coordinator<{ id: number }>('POST', '/api/v1/reply-templates', {
      name: 'إصلاح العطل',
      body: { ar: 'تم إصلاح العطل في بلاغك {reference} ({service}). شكرًا لك.', en: 'The fault in your case {reference} ({service}) has been fixed. Thank you.' },
      action: 'resolve',
    }));
    const admin = await asStaff('entity_admin@muharraq.demo');
    ({ id: photo } = await admin<{ id: number }>('POST', '/api/v1/reply-templates', {
      name: 'طلب صورة',
      body: { ar: 'نرجو إرسال صورة للموقع لبلاغك {reference}.', en: 'Please send a photo of the place for your case {reference}.' },
      action: 'request-info',
    }));
    refs.picker = await submit({ description: 'حفرة كبيرة في الطريق قرب الدوار' });
    refs.sms = await submit({ description: 'عمود الإنارة مطفأ في المجمع ٢٠٤', contact: { name: 'مريم حسن', phone: '36001111' } });
    // A relay's message lands with the triage service's entity; the coordinator sends it to Muharraq.
    refs.relay = await viaRelay('الإنارة مطفأة في شارع ٤١٥ منذ ثلاثة أيام', 'wa-conv-5531');
    const { version } = await coordinator<{ version: number }>('GET', `/api/v1/cases/${refs.relay}`);
    await coordinator('POST', `/api/v1/cases/${refs.relay}/actions/transfer`, { entityCode: 'muharraq', reason: 'إنارة في المحرق' }, { 'if-match': String(version) });
    refs.email = await submit({ description: 'The street light by the school has been off for a week.', language: 'en', contact: { name: 'Sara Khan', email: 'sara.khan@example.com' } });
    // The acknowledgements of the new cases go out first, so what follows is only the answers.
    await server.context.notify.dispatcher.drain();

    context = await browser.newContext({ ...desktop, baseURL: server.url });
    await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', 'ar'));
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.stop();
    await gateway?.close();
    await relay?.close();
  });

  it('selects cases with the keyboard, takes them in one go, and the list shows them assigned', async () => {
    await signInStaff(page, 'officer@muharraq.demo', '/staff');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { user: { id: number } };
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    for (const reference of [refs.email, refs.sms, refs.relay, refs.picker]) {
      const box = row(reference).getByTestId('select-case');
      await box.focus();
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    const bar = page.getByTestId('bulk-bar');
    expect(await bar.getByTestId('bulk-count').textContent()).toBe('4 طلبات محددة');
    await bar.getByTestId('bulk-submit').click();
    await bar.getByText('هذا الحقل مطلوب.').waitFor(); // nobody to assign to yet
    await bar.getByTestId('bulk-assignee').selectOption(String(me.user.id));
    await bar.getByTestId('bulk-submit').click();
    const summary = page.getByTestId('bulk-summary');
    await summary.waitFor();
    expect(await summary.getByTestId('bulk-done').textContent()).toBe('أُنجزت 4 طلبات');
    await bar.waitFor({ state: 'detached' }); // the selection is cleared
    // The list is loaded again: the three show their assignee (and their new versions, which the next step sends).
    for (const reference of [refs.email, refs.sms, refs.relay, refs.picker]) await expect.poll(() => row(reference).textContent()).not.toContain('غير مُسنَد');
    await expectAccessible(page, 'inbox bulk summary (ar)');
  });

  it('resolves three with a national reply text in each case’s language; each citizen gets it on their channel', async () => {
    await page.getByTestId('bulk-summary').getByRole('button', { name: 'إغلاق' }).click();
    await page.getByTestId('bulk-summary').waitFor({ state: 'detached' });
    await row(refs.email).getByTestId('select-case').check();
    await row(refs.sms).getByTestId('select-case').check();
    await row(refs.relay).getByTestId('select-case').check();
    const bar = page.getByTestId('bulk-bar');
    expect(await bar.getByTestId('bulk-count').textContent()).toBe('3 طلبات محددة');
    await bar.getByTestId('bulk-action-resolve').click();
    // Searchable, Arabic-aware: "اصلاح" typed without its hamza finds "إصلاح العطل".
    await bar.getByTestId('bulk-template').click();
    await page.keyboard.type('اصلاح');
    await page.getByRole('option', { name: 'إصلاح العطل' }).click();
    // The preview is the first selected case's (in the list's order: the English one, newest), in its language.
    const preview = await bar.getByTestId('bulk-preview').textContent();
    expect(preview).toBe(`The fault in your case ${refs.email} (Street light fault) has been fixed. Thank you.`);
    await saveScreenshot(page, 'ar-staff-bulk');
    await bar.getByTestId('bulk-submit').click();
    const summary = page.getByTestId('bulk-summary');
    await expect.poll(() => summary.getByTestId('bulk-done').textContent()).toBe('أُنجزت 3 طلبات');
    expect(await summary.getByTestId('bulk-failed').count()).toBe(0);
    await expectAccessible(page, 'inbox after bulk resolve (ar)');

    const sent = await server.context.notify.dispatcher.drain();
    expect(sent.sent).toBeGreaterThanOrEqual(3);
    // By email, in English, with the text filled in for that case.
    const mail = (await smtp.waitFor(1)).find((m) => m.envelope.to.includes('sara.khan@example.com') && m.headers['x-tawasul-reference'] === refs.email && m.headers['content-language'] === 'en' && (m.text ?? '').includes('fixed'));
    expect(mail, smtp.mails.map((m) => m.subject).join('\n')).toBeDefined();
    expect(mail!.text).toContain(`The fault in your case ${refs.email} (Street light fault) has been fixed. Thank you.`);
    expect(mail!.text).not.toContain('تم إصلاح');
    // By SMS, in Arabic, to the Arabic writer's phone: the start of the Arabic answer itself, within two segments, and the link to all of it.
    const sms = gateway.requests.filter((r) => r.json?.to === '+97336001111');
    const resolved = sms.find((r) => String(r.json!.text).includes(`تمت معالجة بلاغك ${refs.sms}.`));
    expect(resolved, sms.map((r) => String(r.json?.text)).join('\n')).toBeDefined();
    const smsText = String(resolved!.json!.text);
    expect(smsText).toContain(`تمت معالجة بلاغك ${refs.sms}. تم إصلاح العطل في بلاغك ${refs.sms}`);
    expect(smsText).toContain(`/track/${refs.sms}#rate`);
    expect(smsSize(smsText)).toMatchObject({ encoding: 'ucs2', segments: 2 });
    expect(resolved!.json).toMatchObject({ encoding: 'ucs2', segments: 2 });
    // Back through the WhatsApp relay, to the conversation it came from, in Arabic, signed with the relay's secret.
    const back = relay.requests.find((r) => r.json?.reference === refs.relay && String(r.json.text).includes('تم إصلاح العطل'));
    expect(back, relay.requests.map((r) => r.body).join('\n')).toBeDefined();
    expect(back!.json).toMatchObject({ channel: 'whatsapp', conversationId: 'wa-conv-5531', language: 'ar' });
    expect(String(back!.json!.text)).toContain(`تم إصلاح العطل في بلاغك ${refs.relay}`);
    expect(back!.headers['x-tawasul-signature']).toBeTruthy();
    // The Arabic case's public answer is the Arabic text, filled in for it.
    const events = await server.database.db
      .selectFrom('case_events as e')
      .innerJoin('cases as c', 'c.id', 'e.case_id')
      .select(['c.reference', 'e.body'])
      .where('e.kind', '=', 'public_reply')
      .where('c.reference', 'in', [refs.email, refs.sms, refs.relay])
      .execute();
    expect(events.find((e) => e.reference === refs.sms)?.body).toBe(`تم إصلاح العطل في بلاغك ${refs.sms} (عطل في الإنارة العامة). شكرًا لك.`);
    // Each case counted one use of the text.
    const used = await server.database.db.selectFrom('reply_templates').select('use_count').where('id', '=', national).executeTakeFirstOrThrow();
    expect(used.use_count).toBe(3);
    expect(unexpectedErrors(errors, [])).toEqual([]);
  });

  it('on the case page, a reply text that asks for a photo opens the request-info form with its text, ready to edit', async () => {
    await page.goto(`/staff/cases/${refs.picker}`);
    await page.getByTestId('staff-case').waitFor();
    await page.getByTestId('action-reply').click();
    const picker = page.getByTestId('action-form-reply').getByTestId('template-picker');
    await picker.click();
    await page.keyboard.type('صورة');
    // By keyboard: the one match is offered, the arrow moves to it and Enter picks it.
    await page.getByRole('option', { name: 'طلب صورة' }).waitFor();
    expect(await page.getByRole('option').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const form = page.getByTestId('action-form-request-info');
    await form.waitFor();
    const body = form.getByTestId('action-body');
    expect(await body.inputValue()).toBe(`نرجو إرسال صورة للموقع لبلاغك ${refs.picker}.`);
    await body.fill(`${await body.inputValue()} من زاويتين إن أمكن.`);
    await form.getByTestId('action-submit').click();
    await form.waitFor({ state: 'detached' });
    await expectStaffStatus(page, 'بانتظار المواطن');
    const used = await server.database.db.selectFrom('reply_templates').select('use_count').where('id', '=', photo).executeTakeFirstOrThrow();
    expect(used.use_count).toBe(1);
    await expectAccessible(page, 'staff case after a reply text (ar)');
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [])).toEqual([]);
  });
});
