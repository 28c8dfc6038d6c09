/**
 * Measures the citizen's shortest path from the home page to the receipt, as a person on a 360 px
 * phone in Arabic would take it: "report" on the home page, a sentence of what happened, the
 * first suggested service, "use my location", a mobile number, send. Starts the real server
 * (PGlite, demo catalogue) on a spare port, drives Chromium, and prints taps, fields typed, screens
 * scrolled (downward scrolling needed to reach what is tapped, in viewport heights) and seconds
 * (machine speed: a person reads and types slower).
 * Usage: npm run bench:path
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { startServerProcess } from '../test/support/server-process.ts';
import { ensureWebBuild } from './ensure-web-build.ts';

const CHROMIUM = process.env.TAWASUL_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A point in Manama, inside the demo's Capital area: no question about the pin. */
const HOME = { latitude: 26.2235, longitude: 50.5822 };
const DESCRIPTION = 'حفرة كبيرة في الشارع قدام المدرسة';

/** Counts what a person does: taps, fields typed into, and how far they scroll down to reach them. */
class Meter {
  taps = 0;
  fields = 0;
  scrolledPx = 0;
  readonly log: string[] = [];
  constructor(private readonly page: Page) {}

  private async reach(target: Locator): Promise<void> {
    const before = (await this.page.evaluate('window.scrollY')) as number;
    await target.scrollIntoViewIfNeeded();
    const after = (await this.page.evaluate('window.scrollY')) as number;
    if (after > before) this.scrolledPx += after - before;
  }

  async tap(target: Locator, what: string): Promise<void> {
    await this.reach(target);
    await target.click();
    this.taps++;
    this.log.push(`tap   ${what}`);
  }

  async type(target: Locator, text: string, what: string): Promise<void> {
    await this.reach(target);
    await target.click();
    await target.pressSequentially(text, { delay: 0 });
    this.fields++;
    this.log.push(`field ${what}`);
  }
}

async function nextStep(page: Page, meter: Meter, what: string): Promise<void> {
  const heading = page.getByTestId('step-title');
  const before = await heading.textContent();
  await meter.tap(page.getByTestId('next'), what);
  for (let waited = 0; (await heading.textContent()) === before; waited += 50) {
    if (waited > 30_000) throw new Error(`the step did not change after "${what}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  ensureWebBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-path-'));
  // A first start migrates and seeds: on a busy machine that takes a while.
  const server = await startServerProcess({ TAWASUL_DATA_DIR: dataDir, TAWASUL_DEMO: 'on', TAWASUL_DEMO_CASES: '0' }, 180_000);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { url } = server;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, geolocation: HOME, permissions: ['geolocation'] });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('link', { name: 'قدّم طلبًا' }).first().waitFor();
    const meter = new Meter(page);
    const started = performance.now();

    await meter.tap(page.getByRole('link', { name: 'قدّم طلبًا' }).first(), 'home: report a problem');
    await meter.type(page.getByTestId('description'), DESCRIPTION, 'what happened');
    await meter.tap(page.getByTestId('suggestion').first(), `suggested service: ${await page.getByTestId('suggestion').first().locator('p').first().textContent()}`);
    await nextStep(page, meter, 'next');
    // Steps with one answer (the type of a service that takes only complaints) do not appear.
    for (let i = 0; i < 3 && (await page.getByTestId('use-my-location').count()) === 0; i++) await nextStep(page, meter, 'next');
    await meter.tap(page.getByTestId('use-my-location'), 'use my location');
    await page.getByTestId('picked-point').waitFor();
    await nextStep(page, meter, 'next (location)');
    await nextStep(page, meter, 'next (photos: none)');
    await meter.type(page.getByLabel('رقم الهاتف النقال'), '36001234', 'mobile number');
    await nextStep(page, meter, 'next (contact)');
    await meter.tap(page.getByTestId('send'), 'send');
    await page.getByTestId('reference').waitFor({ timeout: 30_000 });
    const seconds = (performance.now() - started) / 1000;
    await context.close();

    console.log('Shortest path from home to receipt (360x740, Arabic, catalogue-only suggester):');
    for (const line of meter.log) console.log(`  ${line}`);
    console.log(`Taps:             ${meter.taps} (buttons and links; the fields are counted apart)`);
    console.log(`Fields typed:     ${meter.fields}`);
    console.log(`Screens scrolled: ${(meter.scrolledPx / 740).toFixed(1)}`);
    console.log(`Seconds:          ${seconds.toFixed(1)} (machine speed, typing included)`);
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await server.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
