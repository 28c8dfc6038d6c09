import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseChannels, type CaseChannel } from '../../src/common/enums.ts';
import { loadConfig } from '../../src/server/config.ts';
import { buildService, buildStaffSession, caseInputFor, type BuiltService } from '../support/factories.ts';
import { postRelayMessage } from '../support/relay.ts';
import { as, signInCitizen, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Who may say where a case came in. The public's own channels are the web form and the mobile app;
 * hotline and walk-in are staff's word; a relay's channel is proved by its signature and an API
 * client's by its key. Anyone else saying "hotline" is refused (400 channel_not_allowed), and
 * nothing is stored.
 */

const relaySecret = 'channel-claim-relay-secret';
let t: TestApp;
let service: BuiltService;
let citizen: Session;
let agent: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp({ inbound: { ...loadConfig({}).inbound, secrets: { whatsapp: [relaySecret], social: [relaySecret], email: [relaySecret] } } });
  service = await buildService(t.app);
  [citizen, agent, officer] = await Promise.all([
    signInCitizen(t.app, t.notifier, '36470111', '+97336470111'),
    buildStaffSession(t.app, { role: 'agent', entity: service.entity.code }),
    buildStaffSession(t.app, { role: 'officer', entity: service.entity.code }),
  ]);
});
afterAll(() => t?.close());

type Sender = 'anonymous' | 'citizen' | 'agent' | 'officer';
/** What each sender of the JSON API may state, written out here so the rule cannot drift unnoticed. */
const allowed: Record<Sender, CaseChannel[]> = {
  anonymous: ['web', 'mobile'],
  citizen: ['web', 'mobile'],
  agent: ['web', 'hotline', 'walk_in'],
  officer: ['web', 'hotline', 'walk_in'],
};

let seq = 0;
/** Files a case as a sender through `POST /api/v1/cases`; the description is unique, to find what was stored. */
async function submit(sender: Sender, extra: Record<string, unknown>) {
  seq += 1;
  const description = `قناة ${seq} — channel claim ${seq}`;
  const payload = { ...caseInputFor(service, { description }), ...extra };
  const req = { method: 'POST' as const, url: '/api/v1/cases', payload };
  const session = { anonymous: null, citizen, agent, officer }[sender];
  const res = await t.app.inject(session ? as(session, req) : req);
  const stored = await t.ctx.database.db.selectFrom('cases').select(['channel', 'priority']).where('description', '=', description).execute();
  return { res, stored };
}

async function storedChannel(reference: string) {
  return (await t.ctx.database.db.selectFrom('cases').select('channel').where('reference', '=', reference).executeTakeFirstOrThrow()).channel;
}

describe('who may claim a channel', () => {
  for (const sender of Object.keys(allowed) as Sender[]) {
    for (const channel of caseChannels) {
      const ok = allowed[sender].includes(channel);
      it(`${sender} saying ${channel}: ${ok ? 'filed with that channel' : '400 channel_not_allowed, nothing stored'}`, async () => {
        const { res, stored } = await submit(sender, { channel });
        if (ok) {
          expect(res.statusCode, res.body).toBe(201);
          expect(stored.map((s) => s.channel)).toEqual([channel]);
        } else {
          expect(res.statusCode, res.body).toBe(400);
          expect(res.json()).toMatchObject({ code: 'channel_not_allowed', errors: [{ path: 'channel', code: 'channel_not_allowed' }] });
          expect(stored).toEqual([]);
        }
      });
    }
  }

  it('without a channel: web for the public, citizens and officers, hotline for an agent', async () => {
    for (const [sender, channel] of [['anonymous', 'web'], ['citizen', 'web'], ['officer', 'web'], ['agent', 'hotline']] as const) {
      const { res, stored } = await submit(sender, {});
      expect(res.statusCode, res.body).toBe(201);
      expect(stored.map((s) => s.channel), sender).toEqual([channel]);
    }
  });

  it('a signed relay files its own channel; an unsigned message is refused', async () => {
    for (const channel of ['whatsapp', 'social', 'email'] as const) {
      const res = await postRelayMessage(t.app, channel, relaySecret, { messageId: `claim-${channel}-${Date.now()}`, from: { phone: '+97336470222' }, text: 'الإنارة مطفأة في الشارع' });
      expect(res.statusCode, res.body).toBe(201);
      expect(await storedChannel(res.json().reference)).toBe(channel);
    }
    const forged = await postRelayMessage(t.app, 'whatsapp', 'not-the-secret', { messageId: `claim-forged-${Date.now()}`, from: { phone: '+97336470222' }, text: 'رسالة' });
    expect(forged.statusCode).toBe(401);
  });

  it("an API client files with its key's channel: open311 by default, or what an administrator gave the key", async () => {
    for (const channel of ['open311', 'whatsapp', 'hotline'] as const) {
      const { key } = await t.ctx.apikeys.create({ name: `claim-${channel}-${seq++}`, channel });
      const form = new URLSearchParams({ api_key: key, service_code: service.code, lat: '26.25', long: '50.61', description: 'عمود إنارة مطفأ', email: 'claim@example.com' });
      const res = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.statusCode, res.body).toBe(200);
      expect(await storedChannel(res.json()[0].service_request_id)).toBe(channel);
    }
  });
});

describe('priority at intake', () => {
  it("staff (a hotline agent) set the new case's priority; it is stored and shown", async () => {
    const { res, stored } = await submit('agent', { channel: 'hotline', priority: 'urgent' });
    expect(res.statusCode, res.body).toBe(201);
    expect(stored).toEqual([{ channel: 'hotline', priority: 'urgent' }]);
    const view = await t.app.inject(as(officer, { url: `/api/v1/cases/${res.json().reference}` }));
    expect(view.json().priority).toBe('urgent');
  });

  it("a hotline agent's priority and map pin are stored, the pin decides the governorate, and the staff case view shows both", async () => {
    // A point well inside the Capital governorate of the demo's boundary set; the caller said Southern.
    const pin = { lat: 26.2235, lng: 50.5822 };
    const { res, stored } = await submit('agent', { channel: 'hotline', priority: 'high', location: { ...pin, governorate: 'southern', block: '306' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(stored).toEqual([{ channel: 'hotline', priority: 'high' }]);
    const reference = res.json().reference as string;
    const row = await t.ctx.database.db.selectFrom('cases').select(['lat', 'lng', 'governorate', 'block']).where('reference', '=', reference).executeTakeFirstOrThrow();
    expect({ ...row, lat: Number(row.lat), lng: Number(row.lng) }).toEqual({ ...pin, governorate: 'capital', block: '306' });

    const view = await t.app.inject(as(officer, { url: `/api/v1/cases/${reference}` }));
    expect(view.statusCode, view.body).toBe(200);
    const page = view.json();
    expect(page).toMatchObject({ channel: 'hotline', priority: 'high', location: { lat: pin.lat, lng: pin.lng, governorate: 'capital', block: '306' } });
    const created = page.timeline.find((e: { kind: string }) => e.kind === 'created');
    expect(created.data.routing).toMatchObject({ area: { layer: 'governorate', code: 'capital' } });
  });

  it("without one the case takes the service's default priority", async () => {
    const { res, stored } = await submit('agent', {});
    expect(res.statusCode, res.body).toBe(201);
    expect(stored).toEqual([{ channel: 'hotline', priority: 'normal' }]);
  });

  it('the public and citizens may not set it: 400 at the priority field, nothing stored', async () => {
    for (const sender of ['anonymous', 'citizen'] as const) {
      const { res, stored } = await submit(sender, { priority: 'urgent' });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'priority', code: 'priority_not_allowed' })]);
      expect(stored).toEqual([]);
    }
  });
});
