/**
 * A service is chosen without a person only on channels without one (relays, Open311 without a
 * service_code), and only where the suggester's confidence reaches that service's threshold; the
 * creation event says so. Below it, or with no threshold (never), the old fallback stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinatorSession } from '../support/factories.ts';
import { postRelayMessage } from '../support/relay.ts';
import { as, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let coordinator: Session;
let apiKey: string;
const secret = 'wa-relay-secret';
const LIGHT = 'عمود الإنارة أمام بيتنا طافي من ثلاثة أيام والشارع مظلم';
const LIGHT_EN = 'The street light on our road is out, the lamp post is dark at night';
const POTHOLE = 'حفرة كبيرة في الشارع';

beforeAll(async () => {
  t = await createTestApp({ inbound: { secrets: { whatsapp: [secret] }, toleranceSeconds: 300, serviceCode: 'general_inquiry' } });
  coordinator = await coordinatorSession(t.app);
  apiKey = (await t.ctx.apikeys.create({ name: 'auto-choose app' })).key;
});
afterAll(() => t?.close());

const db = () => t.ctx.database.db;
let serial = 0;

async function relay(text: string) {
  const res = await postRelayMessage(t.app, 'whatsapp', secret, { messageId: `auto-${Date.now()}-${++serial}`, from: { phone: '+973 3600 7788' }, text });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().reference as string;
}

function open311(fields: Record<string, string>) {
  return t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    payload: new URLSearchParams({ api_key: apiKey, lat: '26.2285', long: '50.5860', email: 'citizen@example.org', ...fields }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

/** The case's service code and the data of its creation event. */
async function filed(reference: string) {
  const row = await db()
    .selectFrom('cases as c')
    .innerJoin('services as s', 's.id', 'c.service_id')
    .innerJoin('case_events as e', (j) => j.onRef('e.case_id', '=', 'c.id').on('e.kind', '=', 'created'))
    .select(['s.code', 'e.data'])
    .where('c.reference', '=', reference)
    .executeTakeFirstOrThrow();
  return { service: row.code, event: row.data as Record<string, unknown> };
}

function setThreshold(code: string, autoThreshold: number | null) {
  return t.app.inject(as(coordinator, { method: 'PUT', url: `/api/v1/admin/suggester/services/${code}`, payload: { autoThreshold } }));
}

describe('choosing the service without a person', () => {
  it('never chooses while no threshold is set: relays go to triage, Open311 without a code is refused', async () => {
    const light = await filed(await relay(LIGHT));
    expect(light.service).toBe('general_inquiry');
    expect(light.event).not.toHaveProperty('autoChosen');
    const res = await open311({ description: LIGHT_EN });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.body).toMatch(/service_code/);
  });

  it('chooses a service whose threshold the confidence reaches, and the creation event records it', async () => {
    const scores = await t.app.inject({ method: 'POST', url: '/api/v1/intake/suggest', payload: { text: LIGHT, limit: 1 } });
    const best = scores.json().items[0];
    expect(best).toMatchObject({ code: 'street_light_fault' });
    expect((await setThreshold('street_light_fault', 0.2)).statusCode).toBe(200);
    const report = (await t.app.inject(as(coordinator, { url: '/api/v1/admin/suggester' }))).json();
    expect(report.services.find((s: { code: string }) => s.code === 'street_light_fault')).toMatchObject({
      name: { ar: 'عطل في الإنارة العامة', en: 'Street light fault' },
      autoThreshold: 0.2,
    });

    const light = await filed(await relay(LIGHT));
    expect(light.service).toBe('street_light_fault');
    expect(light.event).toMatchObject({ relay: 'whatsapp', autoChosen: { service: 'street_light_fault', suggesterVersion: 0, threshold: 0.2, unanswered: ['fault_kind'] } });
    const recorded = (light.event.autoChosen as { score: number }).score;
    expect(recorded).toBeCloseTo(best.score, 6);
    expect(recorded).toBeGreaterThanOrEqual(0.2);

    // Another service keeps its own setting (none): a pothole message still goes to triage.
    expect((await filed(await relay(POTHOLE))).service).toBe('general_inquiry');

    const posted = await open311({ description: LIGHT_EN });
    expect(posted.statusCode, posted.body).toBe(200);
    const reference = posted.json()[0].service_request_id as string;
    const viaOpen311 = await filed(reference);
    expect(viaOpen311.service).toBe('street_light_fault');
    expect(viaOpen311.event).toMatchObject({ autoChosen: { service: 'street_light_fault', suggesterVersion: 0 } });
    expect((await open311({ description: POTHOLE })).statusCode).toBe(400);
    // A code sent is a person's choice: it is kept whatever the text says.
    const chosen = await open311({ description: LIGHT_EN, service_code: 'general_inquiry' });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const kept = await filed(chosen.json()[0].service_request_id);
    expect(kept.service).toBe('general_inquiry');
    expect(kept.event).not.toHaveProperty('autoChosen');
  });

  it('keeps the fallback below the threshold, and again once the threshold is cleared', async () => {
    expect((await setThreshold('street_light_fault', 1)).statusCode).toBe(200);
    expect((await filed(await relay(LIGHT))).service).toBe('general_inquiry');
    expect((await setThreshold('street_light_fault', null)).statusCode).toBe(200);
    expect((await filed(await relay(LIGHT))).service).toBe('general_inquiry');
    expect((await open311({ description: LIGHT_EN })).statusCode).toBe(400);
  });
});
