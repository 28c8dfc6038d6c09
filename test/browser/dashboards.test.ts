import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../src/server/datagen/datagen.ts';
import { launchChromium } from './support/chromium.ts';
import { collectPageErrors, expectAccessible, expectLanguage, expectNoMissingKeys, saveScreenshot, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/** How many generated cases the database holds (all in the last six months, so inside every default period). */
const SEEDED = 360;

/** The real server over a fresh test database filled with generated cases first (the app then starts with them in place). */
const startWithCases = () =>
  startWebServer({}, async (database) => {
    await generateCases(database.db, { cases: SEEDED, months: 6, seed: 42, events: false });
  });

/** A page in a fresh context, in the given language, on Bahrain's clock (the inbox filters whole local days). */
async function openPage(browser: Browser, url: string, lang: 'ar' | 'en'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ ...desktop, baseURL: url, timezoneId: 'Asia/Bahrain', locale: lang === 'ar' ? 'ar-BH' : 'en-GB' });
  await context.addInitScript((l) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tawasul.lang', l), lang);
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page) };
}

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));

/** Every row of the inbox as it now stands, pressing "show more" until the list ends. */
async function inboxRows(page: Page): Promise<number> {
  await page.getByTestId('inbox-count').waitFor();
  for (;;) {
    const more = page.getByTestId('show-more');
    if ((await more.count()) === 0) break;
    const before = await page.getByTestId('inbox-row').count();
    await more.click();
    await expect.poll(() => page.getByTestId('inbox-row').count()).toBeGreaterThan(before);
  }
  return page.getByTestId('inbox-row').count();
}

describe('indicator dashboards and the public figures', () => {
  let served: WebServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [served, browser] = await Promise.all([startWithCases(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  const open = async (lang: 'ar' | 'en') => {
    const opened = await openPage(browser, served.url, lang);
    contexts.push(opened.context);
    return opened;
  };

  const countCases = async (entityCode?: string) => {
    let q = served.database.db.selectFrom('cases').innerJoin('entities', 'entities.id', 'cases.entity_id').select((eb) => eb.fn.countAll<string>().as('n'));
    if (entityCode) q = q.where('entities.code', '=', entityCode);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  it.each([
    ['ar', 'coordinator@ministry.demo'],
    ['en', 'analyst@ministry.demo'],
  ] as const)('shows the national dashboard in %s to %s, every count a way into the inbox', async (lang, email) => {
    const { page, errors, context } = await open(lang);
    await signInStaff(page, email, '/staff/dashboard');
    await page.getByTestId('dashboard-national').waitFor();
    await expectLanguage(page, lang);
    expect(await text(page, 'dashboard-title')).toBe(lang === 'ar' ? 'المؤشرات الوطنية' : 'National indicators');

    // The figures are the server's: every generated case received, the ranking in its order.
    expect(digits(await text(page, 'fig-received'))).toBe(SEEDED);
    const api = (await (await context.request.get('/api/v1/kpi/entities')).json()) as {
      items: { entity: { code: string }; rank: number | null; figures: { received: number; open: number } }[];
      weights: Record<string, number>;
    };
    const rows = page.getByTestId('ranking-row');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entity')))).toEqual(api.items.map((i) => i.entity.code));
    // The four municipalities are ranked, not the ministry above them; four are too few to mark a top and a bottom three.
    expect(api.items.filter((i) => i.rank !== null).length).toBe(4);
    expect(api.items.find((i) => i.entity.code === 'ministry')?.rank).toBeNull();
    expect(await page.locator('[data-testid="ranking-row"][data-standing]').count()).toBe(0);
    expect(await text(page, 'ranking-formula')).toContain(lang === 'ar' ? '35' : '35%');
    for (const [i, item] of api.items.entries()) {
      expect(digits((await rows.nth(i).getByTestId('ranking-received').textContent()) ?? '')).toBe(item.figures.received);
    }
    const muharraq = api.items.find((i) => i.entity.code === 'muharraq')!;
    expect(muharraq.figures.received).toBe(await countCases('muharraq'));

    // Trends, breach drivers, the breakdown and the map all answered.
    await page.getByTestId('trend-volume').waitFor();
    await page.getByTestId('breakdown-table').waitFor();
    await page.locator('[data-testid="breaches-table"], [data-testid="breaches-empty"]').first().waitFor();
    await page.getByTestId('map-summary').waitFor();
    await page.locator('[data-testid="cases-map"] .leaflet-interactive').first().waitFor();
    expect(await page.getByTestId('export-entities-csv').getAttribute('href')).toBe(`/api/v1/exports/kpi/entities.csv?lang=${lang}`);
    const xlsx = await context.request.get((await page.getByTestId('export-entities-xlsx').getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    await expectAccessible(page, `national dashboard (${lang})`);
    await saveScreenshot(page, `dashboard-national-${lang}`, { fullPage: true });
    await expectNoMissingKeys(page);

    // An entity's open cases: the link opens the inbox on exactly those cases.
    const link = page.locator('[data-testid="ranking-row"][data-entity="muharraq"]').getByTestId('ranking-open');
    expect(digits((await link.textContent()) ?? '')).toBe(muharraq.figures.open);
    await link.click();
    await page.waitForURL(/\/staff\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('entity')).toBe('muharraq');
    // Open includes a suggestion under study or accepted.
    expect(params.get('status')).toBe('new,assigned,in_progress,awaiting_citizen,under_study,accepted');
    expect(await inboxRows(page)).toBe(muharraq.figures.open);

    // An age bucket of the backlog: its bounds are instants, and the inbox lists exactly those cases.
    await page.goBack();
    const age = page.getByTestId('fig-age-days8to30');
    await age.waitFor();
    expect(await age.getAttribute('data-exact')).toBe('true');
    const aged = digits((await age.textContent()) ?? '');
    await age.click();
    await page.waitForURL(/\/staff\?/);
    expect(await inboxRows(page)).toBe(aged);
    expect(unexpectedErrors(errors, [])).toEqual([]);
  });

  it.each(['ar', 'en'] as const)('shows an entity administrator their own entity by default (%s): targets, national figures, breakdown', async (lang) => {
    const { page, errors, context } = await open(lang);
    await signInStaff(page, 'entity_admin@muharraq.demo', '/staff/dashboard');
    await page.getByTestId('dashboard-entity').waitFor();
    expect(await text(page, 'dashboard-title')).toBe(lang === 'ar' ? 'مؤشرات بلدية المحرق' : 'Indicators: Muharraq Municipality');
    const own = await countCases('muharraq');
    expect(digits(await text(page, 'fig-received'))).toBe(own);
    expect(await page.getByTestId('target-row').count()).toBeGreaterThanOrEqual(6);
    expect(await text(page, 'entity-rank')).toMatch(lang === 'ar' ? /الترتيب \d من \d/ : /Rank \d of \d/);
    expect(await page.getByTestId('back-national').count()).toBe(0);
    await page.getByTestId('breakdown-table').waitFor();
    const serviceRows = page.getByTestId('breakdown-row');
    if (await page.getByTestId('breakdown-all').count()) await page.getByTestId('breakdown-all').click();
    const sum = (await page.getByTestId('breakdown-received').allTextContents()).reduce((s, v) => s + digits(v), 0);
    expect(sum).toBe(own);
    expect(await serviceRows.count()).toBeGreaterThan(1);
    await page.getByTestId('trend-volume').waitFor();
    expect(await page.getByTestId('export-breakdown-csv').getAttribute('href')).toBe(`/api/v1/exports/kpi/breakdown.csv?by=service&entity=muharraq&lang=${lang}`);
    const csv = await context.request.get((await page.getByTestId('export-breakdown-csv').getAttribute('href'))!);
    expect(csv.status()).toBe(200);

    await expectAccessible(page, `entity dashboard (${lang})`);
    if (lang === 'ar') await saveScreenshot(page, 'dashboard-entity-ar', { fullPage: true });
    await expectNoMissingKeys(page);

    // The busiest service's received figure lists that service's cases.
    const first = serviceRows.first();
    const expected = digits((await first.getByTestId('breakdown-received').textContent()) ?? '');
    const service = await first.getAttribute('data-key');
    await first.getByTestId('breakdown-received').click();
    await page.waitForURL(/\/staff\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('service')).toBe(service);
    expect(params.get('entity')).toBe('muharraq');
    expect(await inboxRows(page)).toBe(expected);

    // A rate's numerator: the satisfied ratings (4 or 5) of the entity's cases.
    await page.goBack();
    const satisfied = page.getByTestId('part-satisfiedShare');
    await satisfied.waitFor();
    const happy = digits((await satisfied.textContent()) ?? '');
    await satisfied.click();
    await page.waitForURL(/rating=4%2C5/);
    expect(await inboxRows(page)).toBe(happy);

    // Another entity's dashboard is not theirs to see.
    await page.goto('/staff/dashboard/capital');
    await page.getByTestId('dashboard-entity').waitFor();
    await page.getByRole('alert').first().waitFor();
    expect(unexpectedErrors(errors, [404])).toEqual([]);
  });

  it('opens an entity from the national ranking with the period kept', async () => {
    const { page } = await open('en');
    await signInStaff(page, 'coordinator@ministry.demo', '/staff/dashboard?period=year&at=' + new Date().getFullYear());
    await page.getByTestId('dashboard-national').waitFor();
    await page.locator('[data-testid="ranking-row"][data-entity="capital"] a').first().click();
    await page.waitForURL(/\/staff\/dashboard\/capital\?period=year/);
    await page.getByTestId('dashboard-entity').waitFor();
    await page.getByTestId('back-national').waitFor();
    expect(await text(page, 'dashboard-title')).toBe('Indicators: Capital Trusteeship');
  });

  it.each(['ar', 'en'] as const)('publishes the public figures to anyone signed out (%s)', async (lang) => {
    const { page, errors } = await open(lang);
    await page.goto('/');
    await expectLanguage(page, lang);
    await page.getByTestId('stats-link').click();
    await page.waitForURL(/\/stats$/);
    await page.getByTestId('stats-content').waitFor();
    expect(digits(await text(page, 'stats-received'))).toBe(SEEDED);
    const entityRows = page.getByTestId('stats-entities-table').getByTestId('stats-row');
    const withCases = await served.database.db
      .selectFrom('cases')
      .innerJoin('entities', 'entities.id', 'cases.entity_id')
      .select('entities.code')
      .distinct()
      .execute();
    expect(await entityRows.count()).toBe(withCases.length);
    expect(withCases.length).toBeGreaterThanOrEqual(4);
    const muharraq = page.getByTestId('stats-entities-table').locator('[data-code="muharraq"]').getByTestId('stats-row-received');
    expect(digits((await muharraq.textContent()) ?? '')).toBe(await countCases('muharraq'));
    await page.getByTestId('stats-volume-chart').waitFor();
    await page.getByTestId('map-summary').waitFor();
    const csvHref = (await page.getByTestId('open-data-csv').getAttribute('href'))!;
    expect(csvHref).toMatch(/^\/api\/v1\/public\/stats\.csv\?from=\d{4}-\d{2}&to=\d{4}-\d{2}$/);
    const csv = await page.request.get(csvHref);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\n')[0]).toContain('month,entity_code');
    expect(await page.getByTestId('open-data-json').getAttribute('href')).toMatch(/^\/api\/v1\/public\/stats\.json\?/);
    expect(await page.getByTestId('open-data-schema').locator('tbody tr').count()).toBeGreaterThan(5);

    // The map narrows to one service.
    const before = await text(page, 'map-summary');
    const option = await page.getByTestId('map-service').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('map-service').selectOption(option!);
    await expect.poll(() => text(page, 'map-summary')).not.toBe(before);

    await expectAccessible(page, `public figures (${lang})`);
    await saveScreenshot(page, `stats-public-${lang}`, { fullPage: true });
    await expectNoMissingKeys(page);
    expect(unexpectedErrors(errors, [])).toEqual([]);
  });
});
