import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { makePng } from '../../support/files.ts';

/** A phone-sized browser page (360×740, touch), in a fresh context. */
export const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** Clicks the form's Next button and waits for the step heading to change. */
export async function nextStep(page: Page): Promise<void> {
  const heading = page.getByTestId('step-title');
  const before = await heading.textContent();
  await page.getByTestId('next').click();
  await expect.poll(() => heading.textContent()).not.toBe(before);
}

/** Clicks somewhere on the location map (its centre, inside the service area) and waits for the pin. */
export async function pickOnMap(page: Page): Promise<void> {
  const map = page.locator('[data-testid="location-map"] .leaflet-container');
  await map.waitFor();
  await map.click();
  await page.getByTestId('picked-point').waitFor();
}

/** Attaches a real PNG through the file input and waits for its preview. */
export async function attachPhoto(page: Page, name: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: makePng(48, 32, [30, 120, 200]) });
  await page.getByTestId('photo-preview').first().waitFor();
}

/** The reference shown on the receipt, checked for its canonical form. */
export async function receiptReference(page: Page): Promise<string> {
  const reference = page.getByTestId('reference');
  await reference.waitFor({ timeout: 30_000 });
  const text = ((await reference.textContent()) ?? '').trim();
  expect(text).toMatch(/^\d{2}-\d{7}-\d$/);
  return text;
}
