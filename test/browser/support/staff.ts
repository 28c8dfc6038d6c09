import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** A desktop-sized page for the staff workspace. */
export const desktop = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };

/** Signs a demo staff member in through the workspace's sign-in form and waits for the workspace. */
export async function signInStaff(page: Page, email: string, path = '/staff'): Promise<void> {
  await page.goto(path);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(inject('testPassword'));
  await page.getByTestId('staff-sign-in').click();
  await page.getByTestId('staff-user').waitFor();
}

/** The status badge of the open staff case page, once it reads `text`. */
export async function expectStaffStatus(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByTestId('staff-case').getByTestId('status').first().textContent()).toBe(text);
}

/** Opens an action's form on the staff case page, fills its text and sends it. */
export async function actWithText(page: Page, action: string, text: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId(`action-form-${action}`);
  await form.getByTestId('action-body').fill(text);
  await form.getByTestId('action-submit').click();
  await form.waitFor({ state: 'detached' });
}
