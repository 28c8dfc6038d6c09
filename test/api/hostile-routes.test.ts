import type { InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAllRefused, hostileLimits, injectionPayloads, SEED, validJson, type Hostile } from '../support/hostile.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Hostile addresses: tracking references, tokens and attachment ids, catalogue codes and queries, unknown routes and wrong methods, invalid percent-encoding and very long URLs. Every one must be refused with a 4xx problem+json answer (never a 5xx, never a stack
 * trace), and none may write anything. The contract check and the shared payloads are in
 * test/support/hostile.ts.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ attachments: hostileLimits });
});
afterAll(() => t?.close());

function trackingRequests(): Hostile[] {
  const out: Hostile[] = [];
  const refs = [
    ...injectionPayloads.map(encodeURIComponent),
    encodeURIComponent('1 OR 1=1'),
    'x'.repeat(10_000),
    'x'.repeat(201),
    'x'.repeat(41),
    encodeURIComponent('مرجع'),
    encodeURIComponent('أ-١٢٣'),
    encodeURIComponent('٢٦-٠٠٠٠٠٠١-٠'),
    '%00',
    '%FF%FE',
    '%C0%AF',
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e',
    '26-0000001-0',
    '26-0000000-0',
    '99-9999999-9',
    '%20',
    '-',
    '0',
    'null',
    'undefined',
    '%5Bobject%20Object%5D',
    '%25u0041',
    encodeURIComponent('😀'),
    encodeURIComponent('26-0000001-3\u0000'),
  ];
  const random = fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }), { seed: SEED, numRuns: 50 }).map(encodeURIComponent);
  const tokens: [string, (ref: string) => InjectOptions][] = [
    ['no token', (ref) => ({ url: `/api/v1/cases/${ref}` })],
    ['garbage query token', (ref) => ({ url: `/api/v1/cases/${ref}?token=AAAAAAAAAAAAAAAAAAAAAA` })],
    ['garbage header token', (ref) => ({ url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': "' or 1=1 --" } })],
    ['token array', (ref) => ({ url: `/api/v1/cases/${ref}?token=a&token=b` })],
  ];
  for (const ref of refs) {
    for (const [name, make] of tokens) {
      out.push({ category: 'tracking', label: `GET case ${ref.slice(0, 40)} ${name}`, request: make(ref), status: [400, 404] });
    }
  }
  for (const ref of random) {
    out.push({ category: 'tracking (random)', label: `GET case ${ref.slice(0, 60)}`, request: { url: `/api/v1/cases/${ref}?token=x` }, status: [400, 404] });
  }
  // Token trouble on a reference that is well-formed.
  const ref = '26-0000001-3';
  const tokenTrouble: [string, InjectOptions][] = [
    ['empty query token', { url: `/api/v1/cases/${ref}?token=` }],
    ['101-char query token', { url: `/api/v1/cases/${ref}?token=${'a'.repeat(101)}` }],
    ['100 kB query token', { url: `/api/v1/cases/${ref}?token=${'a'.repeat(100_000)}` }],
    ['three query tokens', { url: `/api/v1/cases/${ref}?token=a&token=b&token=c` }],
    ['token[]=', { url: `/api/v1/cases/${ref}?token[]=a` }],
    ['token[a]=', { url: `/api/v1/cases/${ref}?token[a]=b` }],
    ['unknown query parameter', { url: `/api/v1/cases/${ref}?token=a&admin=1` }],
    ['__proto__ query parameter', { url: `/api/v1/cases/${ref}?__proto__=x` }],
    ['constructor query parameter', { url: `/api/v1/cases/${ref}?constructor=x` }],
    ['101-char header token', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': 'a'.repeat(101) } }],
    ['two header tokens', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': ['a', 'b'] } }],
    ['empty header token', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': '' } }],
    ['SQL header token', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': "'; drop table cases; --" } }],
    ['header token with control characters', { url: `/api/v1/cases/${ref}`, headers: { 'x-tracking-token': 'a\u0001b\u007f' } }],
  ];
  for (const [label, request] of tokenTrouble) {
    out.push({ category: 'tracking', label, request, status: [400, 404] });
  }
  // Attachment downloads.
  for (const id of ['abc', '-1', '0', '1.5', '99999999999999999999', 'NaN', 'Infinity', '%00', encodeURIComponent("1;drop table attachments"), '0x10', '', '1e400']) {
    out.push({ category: 'tracking', label: `attachment id ${id}`, request: { url: `/api/v1/cases/${ref}/attachments/${id}?token=x` }, status: [400, 404] });
    out.push({ category: 'tracking', label: `attachment id ${id}, no token`, request: { url: `/api/v1/cases/${ref}/attachments/${id}` }, status: [400, 404] });
  }
  out.push({ category: 'tracking', label: 'attachment id 1 without token', request: { url: `/api/v1/cases/${ref}/attachments/1` }, status: 404 });
  return out;
}

function catalogueRequests(): Hostile[] {
  const out: Hostile[] = [];
  const codes = [...injectionPayloads.map(encodeURIComponent), 'x'.repeat(101), 'x'.repeat(10_000), 'POTHOLE', 'pothole%20', '%00', encodeURIComponent('مخلفات'), '..', encodeURIComponent('😀'), 'pothole%00', '%2e%2e%2f%2e%2e', 'null', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  for (const code of codes) {
    out.push({ category: 'catalogue', label: `GET service ${code.slice(0, 40)}`, request: { url: `/api/v1/services/${code}` }, status: [400, 404] });
  }
  const queries = [
    `q=${'a'.repeat(100_000)}`,
    `q=${encodeURIComponent('ب'.repeat(201))}`,
    'q=a&q=b',
    'q[]=a',
    'q[x]=a',
    'foo=1',
    'q=a&foo=1',
    'type=bogus',
    'type=Complaint',
    'type=complaint&type=inquiry',
    `group=${'g'.repeat(41)}`,
    '__proto__=x',
    'constructor=x',
    'toString=x',
    'api_key=x',
    `${'k'.repeat(10_000)}=1`,
    Array.from({ length: 2000 }, (_, i) => `k${i}=1`).join('&'),
  ];
  for (const q of queries) {
    out.push({ category: 'catalogue', label: `GET services?${q.slice(0, 40)}`, request: { url: `/api/v1/services?${q}` }, status: 400, code: 'validation_failed' });
  }
  return out;
}

function routesAndMethods(): Hostile[] {
  const out: Hostile[] = [];
  const unknown = ['/api/v1/nope', '/api/v1', '/api/v2/cases', '/api', '/api/v1/cases/x/y/z/w', '/api/v1/services/pothole/extra/more', '/api/v1/CASES', '/api/v1/Services', '/api/v1/cases/26-0000001-3/attachments', '/api/v1/entities/x/y', '/api/v9/services', '/api/v1/services/pothole/attributes/x/y', '/api/v1//cases', '/api/v1/cases/.env', '/api/v1/cases/%2e%2e/%2e%2e', '/api/v1/cases;drop', '/api/v1/\u0000'];
  for (const url of unknown) {
    for (const method of ['GET', 'POST'] as const) {
      out.push({ category: 'unknown route', label: `${method} ${url}`, request: { method, url, ...(method === 'POST' ? { payload: validJson(), headers: { 'content-type': 'application/json' } } : {}) }, status: [400, 404, 405] });
    }
  }
  const paths = ['/api/v1/cases', '/api/v1/cases/26-0000001-3', '/api/v1/cases/26-0000001-3/attachments/1', '/api/v1/services', '/api/v1/services/pothole', '/api/v1/entities', '/api/openapi.json'];
  for (const url of paths) {
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      out.push({ category: 'wrong method', label: `${method} ${url}`, request: { method, url }, status: [404, 405] });
      out.push({ category: 'wrong method', label: `${method} ${url} with a JSON body`, request: { method, url, payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [404, 405] });
    }
  }
  for (const url of ['/api/v1/services', '/api/v1/services/pothole', '/api/v1/entities', '/api/v1/cases/26-0000001-3']) {
    out.push({ category: 'wrong method', label: `POST ${url}`, request: { method: 'POST', url, payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [404, 405] });
  }
  return out;
}

function badUrls(): Hostile[] {
  const out: Hostile[] = [];
  const urls = [
    '/api/v1/cases/%E0%A4%A',
    '/api/v1/cases/%',
    '/api/v1/cases/%zz',
    '/api/v1/cases/%E0%A4%A/attachments/1',
    '/api/v1/cases/26-0000001-3/attachments/%E0%A4%A',
    '/api/v1/services/%E0%A4%A',
    '/api/v1/services/%',
    '/api/v1/services/%%%',
    '/api/v1/%E0%A4%A',
    '/api/%E0%A4%A/cases',
    '/api/v1/cases/%C0%AF',
    '/api/v1/cases/%ED%A0%80',
    '/api/v1/cases/%FF',
    '/api/v1/cases/%F4%90%80%80',
    '/api/v1/cases/26-0000001-3?token=%E0%A4%A',
    '/api/v1/cases/26-0000001-3?token=%',
  ];
  for (const url of urls) {
    out.push({ category: 'invalid percent-encoding', label: `GET ${url}`, request: { url }, status: [400, 404] });
  }
  out.push({ category: 'invalid percent-encoding', label: 'POST /api/v1/cases%E0%A4%A', request: { method: 'POST', url: '/api/v1/cases%E0%A4%A', payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [400, 404] });
  const long: [string, string][] = [
    ['100 kB reference', `/api/v1/cases/${'A'.repeat(100_000)}`],
    ['100 kB service code', `/api/v1/services/${'a'.repeat(100_000)}`],
    ['100 kB search', `/api/v1/services?q=${'a'.repeat(100_000)}`],
    ['50,000 path segments', `/api/v1/${'x/'.repeat(50_000)}`],
    ['30,000 percent-escapes', `/api/v1/services/${'%41'.repeat(30_000)}`],
    ['100 kB query without =', `/api/v1/services?${'x'.repeat(100_000)}`],
    ['1 MB unknown path', `/api/v1/${'z'.repeat(1024 * 1024)}`],
    ['10,000 repeated token parameters', `/api/v1/cases/26-0000001-3?${'token=a&'.repeat(10_000)}`],
  ];
  for (const [label, url] of long) {
    out.push({ category: 'very long URL', label, request: { url }, status: [400, 404, 414] });
  }
  out.push({ category: 'very long URL', label: 'POST 100 kB path', request: { method: 'POST', url: `/api/v1/cases/${'c'.repeat(100_000)}`, payload: validJson(), headers: { 'content-type': 'application/json' } }, status: [400, 404, 414] });
  return out;
}

describe('hostile requests: routes, references and URLs', () => {
  it('every malformed or hostile request gets a 4xx problem+json answer and writes nothing', async () => {
    await expectAllRefused(t, [...trackingRequests(), ...catalogueRequests(), ...routesAndMethods(), ...badUrls()]);
  });
});
