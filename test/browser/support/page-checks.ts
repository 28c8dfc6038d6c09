import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const screenshotDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`).join(' | ')}`);
  expect(bad, `accessibility violations on ${where}`).toEqual([]);
}

/** No translation key was asked for that a language lacks (collected by the app's missingKeyHandler). */
export async function expectNoMissingKeys(page: Page): Promise<void> {
  const missing = await page.evaluate(() => (globalThis as { __tawasulMissingKeys?: string[] }).__tawasulMissingKeys ?? null);
  expect(missing, 'the app did not start its i18n').not.toBeNull();
  expect(missing).toEqual([]);
}

/** `<html lang dir>` follow the language. */
export async function expectLanguage(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const read = () =>
    page.evaluate(() => {
      const html = (globalThis as unknown as { document: { documentElement: { lang: string; dir: string } } }).document.documentElement;
      return [html.lang, html.dir];
    });
  await expect.poll(read).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
}

/** Saves a screenshot (the viewport, or the whole page) into docs/screenshots/ (from the PGlite project only, to write each once). */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.TAWASUL_TEST_DB === 'postgres') return;
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: options.fullPage ?? false });
}

/** Errors the page reported, less the browser's own line for an HTTP error status the test caused on purpose. */
export function unexpectedErrors(errors: string[], statuses: number[]): string[] {
  return errors.filter((e) => !statuses.some((s) => e.includes('Failed to load resource') && e.includes(`status of ${s}`)));
}

/** Errors the page threw or logged, to assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
