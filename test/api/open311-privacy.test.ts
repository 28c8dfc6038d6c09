import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ key } = await t.ctx.apikeys.create({ name: 'privacy check' }));
});
afterAll(() => t?.close());

describe('Open311 lists publish what was reported publicly, and nothing private', () => {
  it('shows the description of an Open311 report, withholds a web complaint\'s text, and never a contact', async () => {
    const web = await buildCase(t.app, { description: 'جاري أحمد يرمي المخلفات أمام بيتي', contact: { name: 'ليلى', phone: '36303030', email: 'laila@example.com' } });
    const form = new URLSearchParams({
      api_key: key,
      service_code: 'pothole',
      lat: '26.23',
      long: '50.58',
      description: 'Pothole on road 415',
      email: 'reporter@example.com',
      first_name: 'Ali',
      phone: '36404040',
    });
    const posted = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(posted.statusCode, posted.body).toBe(200);
    const open311Ref = posted.json()[0].service_request_id;
    for (const fmt of ['json', 'xml']) {
      const list = await t.app.inject({ url: `/open311/v2/requests.${fmt}?service_request_id=${web.reference},${open311Ref}` });
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('Pothole on road 415');
      expect(list.body).toContain(web.reference);
      expect(list.body).not.toContain('يرمي المخلفات');
      expect(list.body).not.toMatch(/36303030|laila@|ليلى|reporter@|36404040|\bAli\b/);
    }
  });
});
