import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forceState } from '../support/case-state.ts';
import { buildCase, coordinatorSession } from '../support/factories.ts';
import { as, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let officer: Session;
let coordinator: Session;
const refs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  officer = await signInStaff(t.app, 'officer@muharraq.demo');
  coordinator = await coordinatorSession(t.app);
  const texts = {
    poles: 'أعمدة الإنارة في شوارعنا مطفأة منذ أسبوع',
    holes: 'حفر كثيرة وخطيرة بالطريق المؤدي للمدرسة',
    gulf: 'الليت طافي عند بيتنا والزبالة متكدسة',
    lamps: 'The street lamps near the mosque are flickering',
    other: 'تسرب مياه الري من الرشاشات',
  };
  for (const [key, description] of Object.entries(texts)) refs[key] = (await buildCase(t.app, { description })).reference;
});
afterAll(() => t?.close());

async function searchCases(q: string): Promise<string[]> {
  const res = await t.app.inject(as(officer, { url: `/api/v1/cases?limit=100&q=${encodeURIComponent(q)}` }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { reference: string }) => i.reference);
}

async function searchCatalogue(q: string): Promise<string[]> {
  const res = await t.app.inject({ url: `/api/v1/services?q=${encodeURIComponent(q)}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { code: string }) => i.code);
}

describe('case search through the text pipeline', () => {
  it.each([
    ['عمود', 'poles'], // broken plural أعمدة
    ['الشارع', 'poles'], // شوارعنا: plural + pronoun
    ['وشارع', 'poles'], // attached conjunction
    ['مطفئ', 'poles'], // hamza seat
    ['مطفا', 'gulf'], // Gulf طافي
    ['إنارة', 'gulf'], // Gulf ليت
    ['قمامة', 'gulf'], // Gulf زبالة
    ['حفرة', 'holes'], // حفر → حفرة
    ['الحفريات', 'holes'],
    ['بالطرق', 'holes'], // plural of طريق with a preposition and the article
    ['المدارس', 'holes'],
    ['lamp', 'lamps'],
    ['mosques', 'lamps'],
  ])('%s finds the %s case and not the unrelated one', async (q, key) => {
    const found = await searchCases(q);
    expect(found).toContain(refs[key]);
    expect(found).not.toContain(refs.other);
  });

  it('still needs every word', async () => {
    expect(await searchCases('حفرة الري')).toEqual([]);
  });
});

describe('catalogue search through the text pipeline', () => {
  it.each([
    ['ليت طافي', 'street_light_fault'],
    ['الليتات', 'street_light_fault'],
    ['زبالة', 'waste_accumulation'],
    ['أعمدة الإنارة', 'street_light_fault'],
    ['الحفر', 'pothole'],
    ['بالأرصفة', 'damaged_pavement'],
    ['منهول', 'open_manhole'],
    ['potholes', 'pothole'],
  ])('%s finds %s', async (q, code) => {
    expect(await searchCatalogue(q)).toContain(code);
  });

  it('ranks "any word" matches when no service holds every word', async () => {
    // No service holds خالتي: the services holding the most of the other words come first.
    const found = await searchCatalogue('حفرة عميقة قدام بيت خالتي');
    expect(found[0]).toBe('pothole'); // حفرة in its name
    expect(found).toContain('road_cave_in'); // حفرة in its search words
  });
});

describe('the service suggester', () => {
  const suggest = (text: string) => t.app.inject({ method: 'POST', url: '/api/v1/intake/suggest', payload: { text } });

  it('suggests from the catalogue on day one, with confidences', async () => {
    const res = await suggest('الليت طافي في فريجنا من اسبوع');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.modelVersion).toBe(0);
    expect(body.items.length).toBeLessThanOrEqual(3);
    expect(body.items.map((i: { code: string }) => i.code)).toContain('street_light_fault');
    for (const i of body.items) expect(i.score).toBeGreaterThan(0);
    expect((await suggest('xqzv')).json().items).toEqual([]);
    expect((await suggest('')).statusCode).toBe(400);
  });

  it('is trained on confirmed cases, versioned, measured per service, with a threshold an administrator sets', async () => {
    for (const ref of Object.values(refs)) await forceState(t.ctx, ref, { status: 'resolved', resolvedDaysAgo: 1 });
    const version = await t.ctx.suggest.suggester.train();
    expect(version).toBeGreaterThan(0);
    expect(await t.ctx.suggest.suggester.train()).toBeNull(); // nothing new confirmed

    const report = await t.app.inject(as(coordinator, { url: '/api/v1/admin/suggester' }));
    expect(report.statusCode, report.body).toBe(200);
    const r = report.json();
    expect(r).toMatchObject({ version, caseCount: 5 });
    expect(r.services.find((s: { code: string }) => s.code === 'street_light_fault')).toMatchObject({ cases: 5, autoThreshold: null });

    const url = '/api/v1/admin/suggester/services/street_light_fault';
    expect((await t.app.inject(as(officer, { method: 'PUT', url, payload: { autoThreshold: 0.5 } }))).statusCode).toBe(403);
    expect((await t.app.inject(as(coordinator, { method: 'PUT', url, payload: { autoThreshold: 2 } }))).statusCode).toBe(400);
    const set = await t.app.inject(as(coordinator, { method: 'PUT', url, payload: { autoThreshold: 0.01 } }));
    expect(set.statusCode, set.body).toBe(200);
    expect((await t.ctx.suggest.suggester.autoChoose('عمود الإنارة مطفأ'))?.service.code).toBe('street_light_fault');
    expect(await t.ctx.suggest.suggester.autoChoose('حفرة في الشارع')).toBeUndefined();
  });
});
