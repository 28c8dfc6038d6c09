import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../support/factories.ts';
import { createTestApp, testDbKind, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json: () => any }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ status, code });
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  return body;
}

describe('operations', () => {
  it('answers /healthz and /readyz on the database under test', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ok', database: testDbKind });
  });

  it('tags every answer with a request id, and keeps a sane one the client sent', async () => {
    const mine = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(mine.headers['x-request-id']).toBe('abc-123');
    const theirs = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(theirs.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI 3.1 document generated from the request schemas', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/cases', '/api/v1/services', '/api/v1/cases/{reference}']));
    const ref = doc.paths['/api/v1/cases'].post.requestBody.content['application/json'].schema.$ref as string;
    const body = doc.components.schemas[ref.replace('#/components/schemas/', '')];
    expect(body.required).toEqual(expect.arrayContaining(['type', 'serviceCode', 'description']));
  });
});

describe('catalogue', () => {
  it('lists at least 85 services with bilingual names and their questions', async () => {
    const { items } = (await t.app.inject('/api/v1/services')).json();
    expect(items.length).toBeGreaterThanOrEqual(85);
    expect(items.filter((s: any) => s.attributes.length > 0).length).toBeGreaterThanOrEqual(10);
    for (const s of items) {
      expect(s.name.ar).toMatch(/[\u0600-\u06FF]/);
      expect(s.name.en).toMatch(/[A-Za-z]/);
    }
  });

  it.each([
    ['إنارة', 'street_light_fault'],
    ['انارة', 'street_light_fault'],
    ['الإنــارة', 'street_light_fault'],
    ['حفره', 'pothole'],
    ['حُفْرَة', 'pothole'],
    ['STREET LIGHT', 'street_light_fault'],
    ['Pothole', 'pothole'],
  ])('finds services for %s regardless of spelling', async (q, code) => {
    const res = await t.app.inject({ url: '/api/v1/services', query: { q } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: any) => s.code)).toContain(code);
  });

  it('answers one service with its questions, and 404 for an unknown code', async () => {
    const s = (await t.app.inject('/api/v1/services/street_light_fault')).json();
    expect(s.attributes.map((a: any) => a.code)).toContain('fault_kind');
    expectProblem(await t.app.inject('/api/v1/services/nope'), 404, 'service_not_found');
  });

  it('lists the demo entities with the contract codes', async () => {
    const { items } = (await t.app.inject('/api/v1/entities')).json();
    expect(items.map((e: any) => e.code)).toEqual(['ministry', 'capital', 'muharraq', 'northern', 'southern']);
  });
});

describe('error contract', () => {
  const post = (payload: string | Buffer, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/api/v1/cases', payload, headers: { 'content-type': contentType } });

  it('malformed JSON → 400 malformed_json', async () => {
    expectProblem(await post('{"type": "complaint",'), 400, 'malformed_json');
  });

  it('unknown fields → 400 with the field path', async () => {
    const body = expectProblem(await post(JSON.stringify({ ...caseInput(), isAdmin: true })), 400, 'validation_failed');
    expect(body.errors).toContainEqual(expect.objectContaining({ path: 'isAdmin', code: 'unrecognized_key' }));
  });

  it('missing fields → 400 listing each path', async () => {
    const body = expectProblem(await post('{}'), 400, 'validation_failed');
    expect(body.errors.map((e: any) => e.path)).toEqual(expect.arrayContaining(['type', 'serviceCode', 'description']));
  });

  it('too large → 413', async () => {
    expectProblem(await post(JSON.stringify({ ...caseInput(), description: 'x'.repeat(400_000) })), 413, 'payload_too_large');
  });

  it('wrong content type → 415', async () => {
    expectProblem(await post('type=complaint', 'text/plain'), 415, 'unsupported_media_type');
  });

  it('broken UTF-8 → 400 invalid_encoding', async () => {
    expectProblem(await post(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])), 400, 'invalid_encoding');
  });

  it('unknown route → 404 route_not_found', async () => {
    expectProblem(await t.app.inject('/api/v1/nothing-here'), 404, 'route_not_found');
  });

  it('never shows a stack trace', async () => {
    const res = await post('{"__proto__": {"x": 1}}');
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
