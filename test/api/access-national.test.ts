import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCase } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** National configuration belongs to the nation; personal-data lookups to those who need them. */
let t: TestApp;
let national: Session;
let municipal: Session;

beforeAll(async () => {
  t = await createTestApp();
  national = await signInStaff(t.app, 'coordinator@ministry.demo');
  municipal = await signInStaff(t.app, 'coordinator@capital.demo');
});
afterAll(() => t?.close());

const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20310105', 'SUMMARY:Day', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
const week = { sun: [['07:00', '14:15']], mon: [['07:00', '14:15']], tue: [], wed: [], thu: [], fri: [], sat: [] };

/** Every national write, each with a body the server accepts from the national coordinator. */
const nationalWrites: InjectOptions[] = [
  { method: 'POST', url: '/api/v1/admin/calendars/bahrain-gov/holidays', payload: { date: '2031-01-01', name: { ar: 'عطلة', en: 'Holiday' } } },
  { method: 'POST', url: '/api/v1/admin/calendars/bahrain-gov/overrides', payload: { from: '2031-02-01', to: '2031-02-02', name: { ar: 'دوام', en: 'Hours' }, week } },
  { method: 'POST', url: '/api/v1/admin/calendars/bahrain-gov/holidays/import', payload: ics, headers: { 'content-type': 'text/calendar' } },
  { method: 'DELETE', url: '/api/v1/admin/calendars/bahrain-gov/holidays/2031-01-01' },
  { method: 'PATCH', url: '/api/v1/admin/calendars/bahrain-gov', payload: { name: { ar: 'تقويم', en: 'Calendar' } } },
  { method: 'POST', url: '/api/v1/admin/calendars', payload: { code: 'capital-own', name: { ar: 'تقويم', en: 'Own' }, timeZone: 'Asia/Bahrain', week } },
  { method: 'PUT', url: '/api/v1/admin/services/street_light_fault/sla-policy', payload: { policyCode: 'municipal-standard' } },
  { method: 'POST', url: '/api/v1/admin/rejection-reasons', payload: { code: 'capital_reason', name: { ar: 'سبب', en: 'Reason' } } },
  { method: 'POST', url: '/api/v1/admin/service-groups', payload: { code: 'capital_group', name: { ar: 'مجموعة', en: 'Group' } } },
  { method: 'POST', url: '/api/v1/admin/entities', payload: { code: 'capital_twin', kind: 'municipality', name: { ar: 'بلدية', en: 'Municipality' } } },
];

describe("a municipality's coordinator cannot change national configuration", () => {
  it('gets 403 on every national write, and nothing changes', async () => {
    const before = (await t.app.inject(as(national, { url: '/api/v1/admin/calendars' }))).json();
    for (const req of nationalWrites) {
      const res = await t.app.inject(as(municipal, req));
      expect(res.statusCode, `${req.method} ${req.url}: ${res.body}`).toBe(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    const policyPut = await t.app.inject(as(municipal, { method: 'PUT', url: '/api/v1/admin/sla-policies/municipal-standard', payload: {} }));
    expect(policyPut.statusCode).toBe(403);
    const after = (await t.app.inject(as(national, { url: '/api/v1/admin/calendars' }))).json();
    expect(after).toEqual(before);
  });

  it('still reads the calendars and policies it works with', async () => {
    for (const url of ['/api/v1/admin/calendars', '/api/v1/admin/sla-policies']) {
      const res = await t.app.inject(as(municipal, { url }));
      expect(res.statusCode, url).toBe(200);
      expect(res.json().items.length).toBeGreaterThan(0);
    }
  });

  it('the national coordinator may make the same holiday change (the test would catch a blanket 403)', async () => {
    const res = await t.app.inject(as(national, nationalWrites[0]!));
    expect(res.statusCode).toBe(201);
    const del = await t.app.inject(as(national, nationalWrites[3]!));
    expect(del.statusCode).toBe(204);
  });
});

describe('finding cases by phone or national ID', () => {
  let phone: string;
  beforeAll(async () => {
    phone = '36404040';
    await buildCase(t.app, { location: { governorate: 'capital' }, contact: { phone, nationalId: '880404040' } });
  });

  for (const who of ['analyst@ministry.demo', 'coordinator@ministry.demo', 'coordinator@capital.demo', 'analyst@capital.demo']) {
    it(`is refused to ${who}`, async () => {
      const s = await signInStaff(t.app, who);
      for (const q of [`phone=${phone}`, 'nationalId=880404040']) {
        const res = await t.app.inject(as(s, { url: `/api/v1/cases?${q}` }));
        expect(res.statusCode, `${who} ${q}`).toBe(403);
      }
      // Without the personal filters the list itself still answers.
      expect((await t.app.inject(as(s, { url: '/api/v1/cases?limit=1' }))).statusCode).toBe(200);
    });
  }

  for (const who of ['agent@ministry.demo', 'officer@capital.demo', 'agent@capital.demo']) {
    it(`is open to ${who}, who finds the case`, async () => {
      const s = await signInStaff(t.app, who);
      for (const q of [`phone=${phone}`, 'nationalId=880404040']) {
        const res = await t.app.inject(as(s, { url: `/api/v1/cases?${q}` }));
        expect(res.statusCode, `${who} ${q}`).toBe(200);
        expect(res.json().items.length, `${who} ${q}`).toBe(1);
      }
    });
  }

  it("staff of another entity find nothing of the capital's callers", async () => {
    const s = await signInStaff(t.app, 'officer@muharraq.demo');
    const res = await t.app.inject(as(s, { url: `/api/v1/cases?phone=${phone}` }));
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });
});
