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

/** A point well inside each demo governorate (src/server/places/demo-boundaries.ts), far from its lines. */
export const demoPoints = {
  capital: { lat: 26.215, lng: 50.585 },
  muharraq: { lat: 26.265, lng: 50.64 },
  northern: { lat: 26.17, lng: 50.48 },
  southern: { lat: 26.0, lng: 50.55 },
} as const;

/** The demo service area (the default TAWASUL_BBOX), drawn on the map as a dashed rectangle. */
const serviceArea = { minLat: 25.5, maxLat: 26.4, minLng: 50.3, maxLng: 50.9 };

const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Drops the pin on the location map at a point (by default in the Capital): the point's position
 * on screen comes from where the map draws the service area's rectangle, so the pin lands in the
 * governorate asked for, which now decides where the case goes.
 */
export async function pickOnMap(page: Page, at: { lat: number; lng: number } = demoPoints.capital): Promise<void> {
  const map = page.locator('[data-testid="location-map"] .leaflet-container');
  await map.waitFor();
  const rectangle = page.locator('[data-testid="location-map"] .leaflet-overlay-pane path[stroke-dasharray]');
  await rectangle.waitFor();
  const [area, frame] = await Promise.all([rectangle.boundingBox(), map.boundingBox()]);
  if (!area || !frame) throw new Error('the location map is not on screen');
  const b = serviceArea;
  const x = area.x + ((at.lng - b.minLng) / (b.maxLng - b.minLng)) * area.width;
  const y = area.y + ((mercator(b.maxLat) - mercator(at.lat)) / (mercator(b.maxLat) - mercator(b.minLat))) * area.height;
  await map.click({ position: { x: x - frame.x, y: y - frame.y } });
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
