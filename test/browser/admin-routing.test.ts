import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { demoPoints, pickOnMap } from './support/citizen.ts';
import { collectPageErrors, expectAccessible, expectNoMissingKeys, saveScreenshot, unexpectedErrors } from './support/page-checks.ts';
import { desktop, signInStaff } from './support/staff.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const RULE = 'حفر العاصمة إلى بلدية المحرق';

/**
 * Routing by place in the administration, in Arabic: the national coordinator adds a rule that
 * overrides the area, and the tester (a click on the map) shows it hit; then an import of a broken
 * GeoJSON file is refused with each problem at its place in the file, and nothing is stored.
 */
describe('the coordinator manages routing rules and boundary sets', () => {
  let server: WebServer;
  let browser: Browser;
  let admin: Page;
  let errors: string[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchChromium()]);
    const context = await browser.newContext({ ...desktop, baseURL: server.url });
    admin = await context.newPage();
    errors = collectPageErrors(admin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a rule, and the tester shows a point in the capital hit it', async () => {
    await signInStaff(admin, 'coordinator@ministry.demo', '/staff/admin');
    await admin.getByTestId('admin-nav-routing-rules').click();
    await admin.getByTestId('rule-add').click();
    await admin.getByTestId('rule-name').fill(RULE);
    await admin.getByTestId('rule-service').selectOption('pothole');
    await admin.getByTestId('rule-area').selectOption('capital');
    await admin.getByTestId('rule-from').fill('07:00');
    await admin.getByTestId('rule-save').click();
    // Half a time window: refused beside the field before anything is sent.
    expect(await admin.getByTestId('rule-to').getAttribute('aria-invalid')).toBe('true');
    await admin.getByTestId('rule-from').fill('');
    await admin.getByTestId('rule-entity').selectOption('muharraq');
    await admin.getByTestId('rule-save').click();
    await admin.locator(`[data-testid="rule-row"][data-name="${RULE}"]`).waitFor();
    await admin.getByTestId('admin-saved').waitFor();

    await admin.getByTestId('tester-service').selectOption('pothole');
    await pickOnMap(admin, demoPoints.capital);
    await admin.getByTestId('tester-run').click();
    const result = admin.getByTestId('tester-result');
    await result.waitFor();
    expect(await result.getAttribute('data-reason')).toBe('rule');
    expect(await admin.getByTestId('tester-rule').textContent()).toContain(RULE);
    expect(await admin.getByTestId('tester-entity').textContent()).toContain('المحرق');
    await expectAccessible(admin, 'routing rules with a test result (ar)');
    await saveScreenshot(admin, 'admin-routing-rules', { fullPage: true });

    const audit = await server.database.db.selectFrom('audit_log').select('action').where('action', '=', 'routing_rule.create').execute();
    expect(audit).toHaveLength(1);
  });

  it('shows the demo set as approximate, and refuses a broken file with each problem at its place', async () => {
    await admin.getByTestId('admin-nav-boundaries').click();
    const demo = admin.getByTestId('boundary-row').first();
    await demo.waitFor();
    expect(await demo.getByTestId('boundary-description').textContent()).toMatch(/APPROXIMATE, FOR THE DEMO/);
    const before = await admin.getByTestId('boundary-row').count();

    await admin.getByTestId('boundary-name').fill('Municipal blocks');
    await admin.getByTestId('boundary-source').fill('Survey directorate');
    await admin.getByTestId('boundary-licence').fill('CC-BY-4.0');
    const broken = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { layer: 'block', code: '101', name_en: 'Block 101' },
          geometry: { type: 'Polygon', coordinates: [[[50.58, 26.21], [50.59, 26.21], [50.59, 26.22], [50.58, 26.22]]] },
        },
      ],
    };
    await admin.getByTestId('boundary-file').setInputFiles({ name: 'blocks.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(broken)) });
    await admin.getByTestId('boundary-import-submit').click();
    await admin.getByTestId('boundary-import-errors').waitFor();
    const listed = await admin.getByTestId('boundary-import-error').allTextContents();
    expect(listed.some((e) => e.includes('geojson.features[0].properties.name_ar'))).toBe(true);
    expect(listed.some((e) => e.includes('geojson.features[0].geometry.coordinates[0]'))).toBe(true);
    expect(await admin.getByTestId('boundary-file').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin, 'boundary import refused (ar)');
    await saveScreenshot(admin, 'admin-boundaries-refused', { fullPage: true });

    expect(await admin.getByTestId('boundary-row').count()).toBe(before);
    expect(await server.database.db.selectFrom('boundary_sets').select('id').where('name', '=', 'Municipal blocks').execute()).toEqual([]);
    await expectNoMissingKeys(admin);
    expect(unexpectedErrors(errors, [422])).toEqual([]);
  });
});
