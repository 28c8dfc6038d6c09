import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesGated } from '../../src/server/access/access.service.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** No 500 from the administration: empty, partial and absurd bodies on every administration route. */
let t: TestApp;
let national: Session;
let entityAdmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  national = await signInStaff(t.app, 'coordinator@ministry.demo');
  entityAdmin = await signInStaff(t.app, 'entity_admin@capital.demo');
});
afterAll(() => t?.close());

const bodies: unknown[] = [
  {},
  { name: { ar: 'اسم' } },
  { code: 'x'.repeat(10_000), name: 123, week: 'nope', date: '2026-13-99', from: '2026-02-30', to: '0000-00-00', active: 'yes' },
  { name: { ar: '', en: '' }, targets: [{}], ladder: [{ percent: -1 }], questions: [null] },
  [],
  null,
  'text',
  { __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } },
];

describe('every administration route, every bad body', () => {
  it('answers 4xx problem+json, never 5xx', async () => {
    const admin = routesGated(t.app).filter((r) => r.url.startsWith('/api/v1/admin') && ['POST', 'PUT', 'PATCH'].includes(r.method));
    expect(admin.length).toBeGreaterThan(20);
    const bad: string[] = [];
    for (const r of admin) {
      const url = r.url.replace(':code', 'bahrain-gov').replace(':id', '1').replace(':key', 'case_received').replace(':language', 'ar').replace(':date', '2031-01-01');
      for (const who of [national, entityAdmin]) {
        for (const body of bodies) {
          const req: InjectOptions = { method: r.method as 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
          const res = await t.app.inject(as(who, req));
          if (res.statusCode >= 500) bad.push(`${r.method} ${url} ${JSON.stringify(body).slice(0, 60)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          else if (res.statusCode >= 400 && !String(res.headers['content-type']).includes('application/problem+json')) bad.push(`${r.method} ${url} → ${res.statusCode} not problem+json`);
        }
      }
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it('an empty calendar update is 400, not a silent success', async () => {
    const res = await t.app.inject(as(national, { method: 'PATCH', url: '/api/v1/admin/calendars/bahrain-gov', payload: {} }));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('an impossible date in a calendar file is 400 naming its line', async () => {
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20310105', 'SUMMARY:Fine', 'END:VEVENT', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261399', 'SUMMARY:Bad', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const res = await t.app.inject(as(national, { method: 'POST', url: '/api/v1/admin/calendars/bahrain-gov/holidays/import', payload: ics, headers: { 'content-type': 'text/calendar' } }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.errors[0].code).toBe('invalid_date');
    expect(body.errors[0].message).toContain('Line 7');
    // Nothing half-written: the good event before the bad one was not stored either.
    const cals = (await t.app.inject(as(national, { url: '/api/v1/admin/calendars' }))).json();
    const cal = cals.items.find((c: { code: string }) => c.code === 'bahrain-gov');
    expect(cal.holidays.some((h: { date: string }) => h.date === '2031-01-05')).toBe(false);
  });
});
