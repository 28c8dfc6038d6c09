import fs from 'node:fs';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAccess, routeKey } from '../../src/server/access/route.access.ts';
import { apiTypesFile, generateApiTypes, lintApiDocument } from '../support/api-contract.ts';
import type { paths } from '../support/api-types.ts';
import { caseInput } from '../support/factories.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** The OpenAPI document is a contract: linted, complete, and the client generated from it works. */

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
  requestBody?: { content: Record<string, { schema?: unknown; examples?: Record<string, unknown> }> };
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>>; webhooks: Record<string, unknown> };

let t: TestApp;
let doc: Doc;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject('/api/openapi.json')).json();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 180_000);
afterAll(() => t?.close());

function operations(): { method: string; path: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));
}
const ruleOf = (method: string, path: string) => routeAccess[routeKey(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1'))];

describe('the OpenAPI document', () => {
  it('passes the Redocly linter with no error', async () => {
    const result = await lintApiDocument(doc);
    expect(result.errors, result.report).toBe(0);
  }, 120_000);

  it('gives every operation a unique operationId, and the main ones readable names', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/cases']!.post!.operationId).toBe('submitCase');
    expect(doc.paths['/api/v1/cases/{reference}']!.get!.operationId).toBe('getCase');
    expect(doc.paths['/api/v1/cases/{reference}/actions/request-info']!.post!.operationId).toBe('caseActionRequestInfo');
    expect(doc.paths['/api/v1/admin/staff/{id}']!.get!.operationId).toBe('getAdminStaffById');
  });

  it('takes each operation\'s security from the access description', () => {
    for (const { method, path, op } of operations()) {
      const rule = ruleOf(method, path);
      if (!rule || path === '/metrics') continue;
      if ('public' in rule) expect(op.security, `${method} ${path}`).toEqual([]);
      // A credential the route checks itself (a relay's signature, an API key, a sign-in challenge) is named when it is a known scheme.
      else if (!('credential' in rule)) expect(op.security![0], `${method} ${path}`).toMatchObject({ sessionCookie: [] });
    }
    expect(doc.paths['/api/v1/services']!.get!.security).toEqual([]);
    expect(doc.paths['/api/v1/admin/staff']!.get!.security).toEqual([{ sessionCookie: [] }]);
    expect(doc.paths['/api/v1/admin/staff']!.post!.security).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    expect(doc.paths['/api/v1/cases/{reference}/actions/rate']!.post!.security).toEqual([{ sessionCookie: [], csrfToken: [] }, { trackingToken: [] }]);
    expect(doc.paths['/open311/v2/requests.json']!.post!.security).toEqual([{ open311ApiKey: [] }]);
    expect(doc.paths['/api/v1/inbound/{channel}']!.post!.security).toEqual([{ relaySignature: [], relayTimestamp: [] }]);
    expect(Object.keys(doc.components.securitySchemes!)).toEqual(
      expect.arrayContaining(['sessionCookie', 'csrfToken', 'trackingToken', 'open311ApiKey', 'relaySignature', 'relayTimestamp', 'metricsToken']),
    );
  });

  it('documents errors as problem+json with their codes; a public route has no 401 or 403', () => {
    for (const { method, path, op } of operations()) {
      if (path === '/metrics') continue;
      const rule = ruleOf(method, path);
      expect(op.responses['400'] ?? op.responses['404'], `${method} ${path}`).toBeDefined();
      if (rule && 'public' in rule) {
        expect(op.responses['401'], `${method} ${path}`).toBeUndefined();
        if (!path.startsWith('/open311/')) expect(op.responses['403'], `${method} ${path}`).toBeUndefined();
      }
    }
    const action = doc.paths['/api/v1/cases/{reference}/actions/resolve']!.post!.responses;
    expect(action['409']).toEqual({ $ref: '#/components/responses/Problem409' });
    expect(action['401']).toEqual({ $ref: '#/components/responses/Problem401' });
    const conflict = doc.components.responses!.Problem409 as { content: Record<string, { schema: { allOf: { properties?: { code?: { enum: string[] } } }[] } }> };
    expect(conflict.content['application/problem+json']!.schema.allOf[1]!.properties!.code!.enum).toContain('version_conflict');
    expect(Object.keys(doc.components.schemas!.Problem as object)).toContain('properties');
    expect(Object.keys((doc.components.schemas!.Problem as { properties: object }).properties)).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'errors']),
    );
    expect(doc.paths['/open311/v2/requests.json']!.post!.responses['403']).toEqual({ $ref: '#/components/responses/Open311Error403' });
  });

  it('describes the bodies the routes take: multipart with files, Open311 form-encoded, with examples', () => {
    const submit = doc.paths['/api/v1/cases']!.post!.requestBody!.content;
    expect(Object.keys(submit)).toEqual(['application/json', 'multipart/form-data']);
    expect(submit['application/json']!.schema).toEqual({ $ref: '#/components/schemas/CaseSubmissionInput' });
    expect(Object.keys(submit['application/json']!.examples!)).toContain('complaint');
    expect(doc.paths['/api/v1/cases/{reference}/actions/reply']!.post!.requestBody!.content['multipart/form-data']).toBeDefined();
    const open311 = doc.paths['/open311/v2/requests.json']!.post!.requestBody!.content;
    expect(Object.keys(open311)).toEqual(['application/x-www-form-urlencoded', 'application/json']);
    expect(open311['application/x-www-form-urlencoded']!.examples).toBeDefined();
    expect(Object.keys(doc.components.schemas!)).toEqual(expect.arrayContaining(['StaffCase', 'CitizenCase', 'CaseListPage', 'Problem']));
  });

  it('describes the signed webhooks Tawasul sends', () => {
    expect(Object.keys(doc.webhooks)).toEqual(['caseCreated', 'caseStatusChanged', 'caseResolved', 'relayMessage']);
    const event = doc.components.schemas!.CaseEvent as { properties: Record<string, unknown> };
    for (const personal of ['name', 'phone', 'email', 'address', 'contact', 'description']) expect(event.properties).not.toHaveProperty(personal);
    expect(doc.paths['/metrics']!.get!.security).toEqual([{ metricsToken: [] }, {}]);
  });
});

describe('the client generated from the document', () => {
  it('is the committed test/support/api-types.ts (run `npm run api:types` after changing a route)', async () => {
    const generated = await generateApiTypes(doc);
    expect(generated === fs.readFileSync(apiTypesFile, 'utf8'), 'test/support/api-types.ts is stale: run npm run api:types').toBe(true);
  }, 60_000);

  it('submits a case and reads it back by its token over HTTP, typed by the document', async () => {
    const client = createClient<paths>({ baseUrl });
    const submitted = await client.POST('/api/v1/cases', { body: caseInput({ description: 'Contract round trip: the lamp is out.' }) });
    expect(submitted.response.status).toBe(201);
    const receipt = submitted.data!;
    const read = await client.GET('/api/v1/cases/{reference}', {
      params: { path: { reference: receipt.reference }, header: { 'x-tracking-token': receipt.trackingToken } },
    });
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({ reference: receipt.reference, status: receipt.status });
    const missing = await client.GET('/api/v1/cases/{reference}', { params: { path: { reference: receipt.reference } } });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.error).toMatchObject({ status: 404, code: 'case_not_found' });
  });
});
