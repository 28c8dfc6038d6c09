import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles } from '../../src/common/enums.ts';
import { caseActions } from '../../src/server/cases/workflow.ts';
import { buildCase } from '../support/factories.ts';
import { makePng, multipart } from '../support/files.ts';
import { as, signInCitizen, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let target: { reference: string; trackingToken: string };
let attachmentUrl: string;

/** Every staff endpoint that addresses one case, with a body it would accept. */
function endpoints(reference: string) {
  return [
    { method: 'GET' as const, url: `/api/v1/cases/${reference}` },
    { method: 'GET' as const, url: `/api/v1/cases/${reference}/events` },
    { method: 'GET' as const, url: attachmentUrl },
    ...caseActions.map((a) => ({
      method: 'POST' as const,
      url: `/api/v1/cases/${reference}/actions/${a}`,
      payload: {
        version: 1,
        ...(a === 'assign' ? { assigneeId: 1 } : {}),
        ...(a === 'reject' ? { reasonCode: 'duplicate' } : {}),
        ...(a === 'transfer' ? { entityCode: 'capital', reason: 'x' } : {}),
        ...(a === 'merge' ? { masterReference: reference } : {}),
        ...(a === 'change-service' ? { serviceCode: 'bin_overflow' } : {}),
        ...(a === 'rate' ? { rating: 3 } : {}),
        ...(a === 'accept' ? { plan: 'x', ownerUnit: 'capital', costBand: 'low', targetDate: '2030-01-01' } : {}),
        ...(a === 'decline' ? { reasonCode: 'duplicate' } : {}),
        ...(a === 'priority' ? { priority: 'high' } : {}),
        ...(['reply', 'note', 'request-info', 'citizen-reply', 'resolve', 'reopen', 'implement', 'decline'].includes(a) ? { body: 'x' } : {}),
      },
    })),
  ];
}

beforeAll(async () => {
  t = await createTestApp();
  // A case held by Muharraq, with a photo, from a citizen with a phone.
  const form = multipart([
    { name: 'case', value: JSON.stringify({ type: 'complaint', serviceCode: 'street_light_fault', description: 'عمود مكسور', location: { governorate: 'muharraq' }, contact: { phone: '36101010', name: 'سارة', nationalId: '900101010' }, attributes: { fault_kind: 'damaged_pole' } }) },
    { name: 'f', file: { filename: 'p.png', type: 'image/png', content: makePng() } },
  ]);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: form.payload, headers: form.headers });
  target = res.json();
  const tracked = (await t.app.inject({ url: `/api/v1/cases/${target.reference}?token=${target.trackingToken}` })).json();
  attachmentUrl = tracked.attachments[0].url;
});
afterAll(() => t?.close());

describe('staff of entity A cannot reach a case of entity B', () => {
  for (const role of staffRoles) {
    it(`${role}@capital gets 404 on every endpoint of a Muharraq case`, async () => {
      const s = await signInStaff(t.app, `${role}@capital.demo`);
      const statuses = [];
      for (const e of endpoints(target.reference)) {
        const res = await t.app.inject(as(s, e));
        statuses.push(`${e.method} ${e.url.split('/').slice(-2).join('/')} ${res.statusCode} ${res.json().code ?? ''}`);
      }
      expect(statuses.every((x) => x.includes(' 404 case_not_found')), statuses.join('\n')).toBe(true);
      const list = await t.app.inject(as(s, { url: `/api/v1/cases?limit=100&q=${target.reference}` }));
      expect(list.json().items).toEqual([]);
    });
  }

  it('the same requests from Muharraq staff do reach it (the test would catch a blanket 404)', async () => {
    const s = await signInStaff(t.app, 'officer@muharraq.demo');
    const res = await t.app.inject(as(s, { url: `/api/v1/cases/${target.reference}` }));
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject(as(s, { url: attachmentUrl }))).statusCode).toBe(200);
  });
});

describe('a citizen cannot reach another citizen\'s case', () => {
  let other: Session;
  beforeAll(async () => {
    other = await signInCitizen(t.app, t.notifier, '36202020', '+97336202020');
  });

  it('gets 404 on every endpoint, signed in or with their own case\'s token', async () => {
    const own = await buildCase(t.app, { contact: { phone: '36202020' } });
    for (const e of endpoints(target.reference)) {
      const signedIn = await t.app.inject(as(other, e));
      expect(signedIn.statusCode, `${e.method} ${e.url}`).toBe(404);
      const withToken = await t.app.inject({ ...e, headers: { 'x-tracking-token': own.trackingToken } });
      expect(withToken.statusCode, `${e.method} ${e.url}`).toBe(404);
    }
    const list = await t.app.inject(as(other, { url: '/api/v1/cases' }));
    expect(list.json().items.map((i: { reference: string }) => i.reference)).toEqual([own.reference]);
  });
});

describe('personal data', () => {
  it('shows the contact to staff of the holding entity only; never in lists', async () => {
    const officer = await signInStaff(t.app, 'officer@muharraq.demo');
    const coordinator = await signInStaff(t.app, 'coordinator@ministry.demo');
    const analyst = await signInStaff(t.app, 'analyst@ministry.demo');
    const mine = (await t.app.inject(as(officer, { url: `/api/v1/cases/${target.reference}` }))).json();
    expect(mine.contact).toMatchObject({ name: 'سارة', phone: '+97336101010', nationalId: '900101010' });
    for (const national of [coordinator, analyst]) {
      const view = await t.app.inject(as(national, { url: `/api/v1/cases/${target.reference}` }));
      expect(view.statusCode).toBe(200); // national roles see every entity's cases …
      expect(view.json().contact).toBeNull(); // … but not the citizen's personal data
      expect(view.body).not.toMatch(/36101010|سارة|900101010/);
    }
    for (const s of [officer, coordinator]) {
      const list = await t.app.inject(as(s, { url: '/api/v1/cases?limit=100' }));
      expect(list.body).not.toMatch(/36101010|سارة|900101010/);
    }
  });
});
