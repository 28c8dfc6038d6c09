/**
 * The OpenAPI document as a contract, made in one place from what the app already knows: every
 * operation gets a stable `operationId` (derived from method and URL, a few named better here),
 * its `security` from the access description (access/route.access.ts), the error answers its
 * kind of route may give (problem+json with the codes each status carries; Open311's own error
 * list under /open311), examples for the main requests, the multipart and form-encoded bodies the
 * routes accept, shared schemas as components, and the webhooks Tawasul sends. Routes added later
 * are covered without touching them.
 */
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { createJsonSchemaTransformObject, jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ErrorCode } from '../../common/error-codes.ts';
import { caseListResponseSchema, citizenCaseSchema, movedCaseSchema, staffCaseSchema } from '../../common/schemas/case-actions.schema.ts';
import { createCaseResponseSchema, createCaseSchema } from '../../common/schemas/case.schema.ts';
import { entityRefSchema } from '../../common/schemas/catalogue.schema.ts';
import { routeAccess, routeKey, type RouteRule } from '../access/route.access.ts';
import { webhookSchemas, webhooks } from './openapi-webhooks.ts';

type Json = Record<string, unknown>;

// Shared shapes become `components.schemas` (an input use is named with `Input` after it).
const sharedSchemas: [z.ZodType, string][] = [
  [createCaseSchema, 'CaseSubmission'],
  [createCaseResponseSchema, 'CaseReceipt'],
  [staffCaseSchema, 'StaffCase'],
  [citizenCaseSchema, 'CitizenCase'],
  [movedCaseSchema, 'MovedCase'],
  [caseListResponseSchema, 'CaseListPage'],
  [entityRefSchema, 'EntityRef'],
];
for (const [schema, id] of sharedSchemas) if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });

/** Names better than the derived ones, by route key (`METHOD /url` as in the access description). */
const operationIdOverrides: Record<string, string> = {
  'POST /api/v1/cases': 'submitCase',
  'GET /api/v1/cases': 'listCases',
  'GET /api/v1/cases/:reference': 'getCase',
  'GET /api/v1/cases/:reference/events': 'listCaseEvents',
  'GET /api/v1/services': 'listServices',
  'GET /api/v1/services/:code': 'getService',
  'GET /api/v1/entities': 'listEntities',
  'POST /api/v1/auth/login': 'signIn',
  'POST /api/v1/auth/logout': 'signOut',
  'GET /api/v1/auth/me': 'getSession',
  'POST /api/v1/auth/otp': 'requestSignInCode',
  'POST /api/v1/auth/otp/verify': 'signInWithCode',
};

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean).map(pascal).join('');

/**
 * The operationId of a route: an override, else `caseAction<Action>` for a workflow action, else
 * the method and the URL's words with `By<Param>` for a parameter (`GET /api/v1/admin/staff/:id`
 * → `getAdminStaffById`); `/api/v1` and Open311's `/v2` are left out.
 */
export function operationIdOf(method: string, url: string): string {
  const key = routeKey(method, url);
  const named = operationIdOverrides[key];
  if (named) return named;
  const action = /^POST \/api\/v1\/cases\/:reference\/actions\/([\w-]+)$/.exec(key);
  if (action) return `caseAction${words(action[1]!)}`;
  const path = url.replace(/^\/api\/v1(?=\/|$)/, '').replace(/^\/open311\/v2(?=\/|$)/, '/open311');
  return method.toLowerCase() + words(path.replace(/:(\w+)/g, ' by $1 '));
}

/** Security schemes: how each kind of caller proves who it is. */
const securitySchemes: Json = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'tawasul_session',
    description: 'The session a staff member or citizen gets from signing in (`signIn`, `signInWithCode`).',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'With a session cookie, every write carries the `csrfToken` that signing in and `getSession` return.',
  },
  trackingToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Tracking-Token',
    description: "A case's tracking token (or short tracking code) from its submission; also as `?token=`. It opens that case and its citizen's own actions.",
  },
  open311ApiKey: {
    type: 'apiKey',
    in: 'query',
    name: 'api_key',
    description: 'An Open311 API key (`tawasul apikey create NAME`), in the query string or as the `api_key` field of the form body.',
  },
  relaySignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Tawasul-Signature',
    description: "`sha256=` and the hex HMAC-SHA256 of `{timestamp}.{raw body}` with the channel's secret.",
  },
  relayTimestamp: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Tawasul-Timestamp',
    description: 'Unix seconds of the signature; outside the tolerance the message is refused.',
  },
  metricsToken: {
    type: 'http',
    scheme: 'bearer',
    description: '`GET /metrics` (Prometheus, not part of this document): `TAWASUL_METRICS_TOKEN`, unless the caller is on an allowed network.',
  },
};

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
// Writes that act on no session (auth/auth.routes.ts): no CSRF header is asked for.
const csrfExempt = /^\/api\/v1\/auth\/(login|otp|otp\/verify|password-reset|password-reset\/confirm)$/;

/** Who may call an operation, from its access rule: public → none; a session (with CSRF on writes); a case's token; a credential. */
export function securityOf(rule: RouteRule | undefined, method: string, url: string): Json[] {
  if (!rule || 'public' in rule) return [];
  if ('credential' in rule) {
    if (/signature/i.test(rule.credential)) return [{ relaySignature: [], relayTimestamp: [] }];
    if (/api key/i.test(rule.credential)) return [{ open311ApiKey: [] }];
    return []; // checked by the route itself from the request (e.g. a sign-in challenge): no scheme to name
  }
  const session = safeMethods.has(method) || csrfExempt.test(url) ? { sessionCookie: [] } : { sessionCookie: [], csrfToken: [] };
  const byToken = 'thing' in rule && rule.thing === 'case' && url.includes('/:reference');
  return byToken ? [session, { trackingToken: [] }] : [session];
}

/**
 * The error codes each status may carry (a code may appear under two statuses, e.g. `validation_failed`).
 * A new code is added here too: test/unit/openapi-errors.test.ts fails on one left out.
 */
export const problemCodes: Record<string, ErrorCode[]> = {
  '400': ['validation_failed', 'malformed_json', 'invalid_encoding', 'idempotency_key_invalid', 'invalid_token', 'channel_not_allowed'],
  '401': ['unauthenticated', 'invalid_credentials', 'invalid_code'],
  '403': ['forbidden', 'csrf_failed', 'action_forbidden'],
  '404': ['not_found', 'case_not_found', 'service_not_found', 'route_not_found'],
  '405': ['method_not_allowed'],
  '409': ['version_conflict', 'action_not_allowed', 'reopen_window_closed', 'already_rated', 'survey_answered', 'survey_expired', 'survey_not_open', 'idempotency_key_reused', 'validation_failed'],
  '413': ['payload_too_large', 'attachment_too_large', 'too_many_attachments'],
  '415': ['unsupported_media_type', 'attachment_type_not_allowed'],
  '422': ['validation_failed', 'type_not_allowed', 'anonymous_not_allowed', 'contact_required', 'location_out_of_bounds', 'location_needs_confirmation', 'service_inactive', 'idempotency_key_reused'],
  '428': ['version_required'],
  '429': ['rate_limited', 'account_locked'],
  '500': ['internal_error'],
  '503': ['service_unavailable'],
};

const statusText: Record<string, string> = {
  '400': 'The request is malformed or a field is invalid (`errors[]` names each field).',
  '401': 'Not signed in, or the credentials are wrong.',
  '403': 'Signed in but not allowed, or a write without the session\'s X-CSRF-Token.',
  '404': 'Not found, or out of the caller\'s reach (a case of another entity looks the same as none).',
  '405': 'Method not allowed.',
  '409': 'The case changed since it was read (send its current version), or the step is not possible in its state.',
  '413': 'The body or a file is too large, or too many files.',
  '415': 'The body\'s content type, or a file\'s type, is not accepted.',
  '422': 'Well formed, but the service\'s rules refuse it.',
  '428': 'A change to a case needs the version the client saw (If-Match or `version`).',
  '429': 'Too many requests; wait as Retry-After says.',
  '500': 'Something went wrong on the server; nothing to fix in the request.',
  '503': 'The database is not reachable or did not answer in time; retry after Retry-After.',
};

const problemSchema: Json = {
  type: 'object',
  description: 'RFC 9457 problem details; never a stack trace.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', description: 'A URI naming the kind of problem' },
    title: { type: 'string', description: 'Short, the same for every problem of this status' },
    status: { type: 'integer', description: 'The HTTP status' },
    detail: { type: 'string', description: 'What went wrong this time, in words' },
    code: { type: 'string', description: 'Stable snake_case code; clients translate by it' },
    instance: { type: 'string' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' }, description: 'For a validation failure: each field and why' },
  },
};

const fieldErrorSchema: Json = {
  type: 'object',
  required: ['path', 'code', 'message'],
  properties: {
    path: { type: 'string', description: 'Dotted path of the field, e.g. `location.lat`' },
    code: { type: 'string', description: 'Why, e.g. `required`, `too_big`, `unrecognized_key`' },
    message: { type: 'string' },
  },
};

const open311ErrorSchema: Json = {
  type: 'array',
  description: 'Open311 errors: one entry per problem (XML: `<errors><error>…</error></errors>`).',
  items: {
    type: 'object',
    required: ['code', 'description'],
    properties: { code: { type: 'integer', description: 'The HTTP status' }, description: { type: 'string' } },
  },
};

const retryAfter: Json = { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'string' } } };

/** `components.responses`: `Problem<status>` (problem+json) and `Open311Error<status>`. */
function errorResponses(): Json {
  const out: Json = {};
  for (const [status, codes] of Object.entries(problemCodes)) {
    out[`Problem${status}`] = {
      description: `${statusText[status]} Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
      ...(status === '429' || status === '503' ? { headers: retryAfter } : {}),
      content: {
        'application/problem+json': {
          schema: { allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object', properties: { status: { const: Number(status) }, code: { enum: codes } } }] },
        },
      },
    };
  }
  for (const status of open311Statuses) {
    out[`Open311Error${status}`] = {
      description: statusText[status],
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/Open311Errors' } },
        'text/xml': { schema: { type: 'string', description: 'The same list as XML' } },
      },
    };
  }
  return out;
}
const open311Statuses = ['400', '403', '404', '429', '500', '503'];

/** The error statuses an operation may answer, from its access rule, method, path and body. */
export function errorStatusesOf(rule: RouteRule | undefined, method: string, url: string, hasBody: boolean): string[] {
  if (url.startsWith('/open311/')) {
    return open311Statuses.filter((s) => (s === '403' ? Boolean(rule && 'credential' in rule) : s !== '429' || method === 'POST'));
  }
  const write = !safeMethods.has(method);
  const signed = Boolean(rule && !('public' in rule));
  const action = /\/actions\/[\w-]+$/.test(url);
  const statuses = ['400'];
  if (signed) statuses.push('401', '403');
  if (signed || url.includes('/:')) statuses.push('404');
  if (action || (write && url.includes('/:') && method !== 'DELETE')) statuses.push('409');
  if (hasBody) statuses.push('413', '415', '422');
  if (action) statuses.push('428');
  if (write || (rule && 'public' in rule && /similar|suggest/.test(url))) statuses.push('429');
  statuses.push('500', '503');
  return statuses;
}

/** Examples of the main requests, by operationId and media type. */
const requestExamples: Record<string, Record<string, Json>> = {
  submitCase: {
    'application/json': {
      complaint: {
        summary: 'A complaint with a place and a contact',
        value: {
          type: 'complaint',
          serviceCode: 'street_light_fault',
          description: 'عمود الإنارة أمام المنزل لا يعمل منذ أسبوع.',
          location: { lat: 26.2235, lng: 50.5876, governorate: 'capital' },
          contact: { name: 'Mariam', phone: '+97333000001' },
          language: 'ar',
        },
      },
      anonymousSuggestion: {
        summary: 'An anonymous suggestion',
        value: { type: 'suggestion', serviceCode: 'parks_suggestion', description: 'Shade over the playground in Riffa park.', anonymous: true, language: 'en' },
      },
    },
  },
  caseActionReply: { 'application/json': { reply: { value: { version: 3, body: 'We have sent a team; the light will be fixed this week.' } } } },
  caseActionAssign: { 'application/json': { assign: { value: { version: 1, assigneeId: 17 } } } },
  caseActionResolve: { 'application/json': { resolve: { value: { version: 5, body: 'The light was repaired on 7 December.' } } } },
  caseActionReject: { 'application/json': { reject: { value: { version: 2, reasonCode: 'duplicate' } } } },
  caseActionCitizenReply: { 'application/json': { citizenReply: { value: { version: 4, body: 'The pole is number 1187, by the mosque.' } } } },
  caseActionRate: { 'application/json': { rate: { value: { version: 6, rating: 5, comment: 'Quick and polite.' } } } },
};
const open311Post: Json = {
  service_code: 'street_light_fault',
  lat: '26.2235',
  long: '50.5876',
  description: 'Street light out in front of house 12.',
  email: 'citizen@example.org',
  api_key: 'KEY',
};

/** The multipart alternative of a route that takes files (`config.multipartBodyLimit`), named by its JSON field. */
function multipartBody(field: string): Json {
  return {
    schema: {
      type: 'object',
      required: [field],
      properties: {
        [field]: { type: 'string', contentMediaType: 'application/json', description: 'The same JSON as the application/json body' },
        files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' }, description: 'Image (JPEG, PNG, WebP, HEIC) or PDF files; any part with a filename is a file' },
      },
    },
    encoding: { [field]: { contentType: 'application/json' } },
  };
}

/**
 * Per route: the zod schemas as JSON Schema, a mark on routes that also take multipart/form-data,
 * and Open311's form-encoded body (its routes parse JSON too).
 */
export const openApiRouteTransform: SwaggerTransform = (input) => {
  const out = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]) as { schema: Json; url: string };
  if (!out.schema || out.schema.hide) return out;
  const method = String(Array.isArray(input.route.method) ? input.route.method[0] : input.route.method);
  if ((input.route.config as { multipartBodyLimit?: number } | undefined)?.multipartBodyLimit) {
    out.schema['x-multipart-field'] = input.url.endsWith('/cases') ? 'case' : 'action';
  }
  if (input.url.startsWith('/open311/') && method === 'POST') out.schema.consumes = ['application/x-www-form-urlencoded', 'application/json'];
  return out;
};

const componentsTransform = createJsonSchemaTransformObject({});
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The whole document: components, then each operation's id, security, errors, examples and bodies; then the webhooks. */
export const openApiDocumentTransform: SwaggerTransformObject = (input) => {
  const doc = componentsTransform(input) as Json & { components: Json; paths: Record<string, Record<string, Json>> };
  const components = doc.components as { schemas?: Json; responses?: Json; securitySchemes?: Json };
  components.schemas = { ...components.schemas, Problem: problemSchema, FieldError: fieldErrorSchema, Open311Errors: open311ErrorSchema, ...webhookSchemas };
  components.responses = { ...components.responses, ...errorResponses() };
  components.securitySchemes = { ...components.securitySchemes, ...securitySchemes };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const url = path.replace(/\{(\w+)\}/g, ':$1');
    for (const verb of methods) {
      const op = item[verb] as Json | undefined;
      if (op) completeOperation(op, verb.toUpperCase(), url);
    }
  }
  doc.paths['/metrics'] = metricsPath;
  const out = { ...doc, webhooks };
  fillEnumeratedRecords(out);
  pruneUnused(out, components);
  return out as ReturnType<SwaggerTransformObject>;
};

// GET /metrics is hidden as a route (it is not under /api); described here for its token.
const metricsPath: Record<string, Json> = {
  get: {
    operationId: 'getMetrics',
    summary: 'Prometheus figures: counts and durations only, no personal data',
    tags: ['operations'],
    security: [{ metricsToken: [] }, {}],
    description: 'With the bearer token, or with none from an allowed network (`TAWASUL_METRICS_ALLOW`).',
    responses: {
      '200': { description: 'Prometheus text exposition', content: { 'text/plain': { schema: { type: 'string' } } } },
      '403': { description: 'Neither the token nor an allowed network', content: { 'text/plain': { schema: { type: 'string' } } } },
    },
  },
};

/**
 * zod writes a record keyed by an enum (`{ ar, en }`) as `required` keys with `additionalProperties`
 * and no `properties`; each required key is given the value schema so the keys are described.
 */
function fillEnumeratedRecords(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(fillEnumeratedRecords);
  const o = node as Json;
  const value = o.additionalProperties;
  if (Array.isArray(o.required) && value && typeof value === 'object') {
    const properties = (o.properties ?? {}) as Json;
    for (const key of o.required as string[]) properties[key] ??= value;
    o.properties = properties;
  }
  for (const child of Object.values(o)) fillEnumeratedRecords(child);
}

/** Drops schemas and responses nothing refers to (the unused input or output copy of a shared shape, an error status no route gives). */
function pruneUnused(doc: Json, components: { schemas?: Json; responses?: Json }): void {
  for (let changed = true; changed; ) {
    changed = false;
    const text = JSON.stringify(doc);
    for (const [kind, map] of [['schemas', components.schemas], ['responses', components.responses]] as const) {
      for (const name of Object.keys(map ?? {})) {
        const own = JSON.stringify(map![name]);
        const uses = text.split(`"#/components/${kind}/${name}"`).length - 1 - (own.split(`"#/components/${kind}/${name}"`).length - 1);
        if (uses === 0) {
          delete map![name];
          changed = true;
        }
      }
    }
  }
}

function completeOperation(op: Json, method: string, url: string): void {
  const rule = routeAccess[routeKey(method, url)];
  op.operationId ??= operationIdOf(method, url);
  op.security = securityOf(rule, method, url);
  const body = op.requestBody as { content: Record<string, Json> } | undefined;
  const field = op['x-multipart-field'];
  delete op['x-multipart-field'];
  if (body && typeof field === 'string') body.content['multipart/form-data'] = multipartBody(field);
  const examples = requestExamples[op.operationId as string];
  for (const [type, media] of Object.entries(body?.content ?? {})) {
    if (examples?.[type]) media.examples = examples[type];
    if (url.startsWith('/open311/') && method === 'POST') media.examples = { request: { value: open311Post } };
  }
  const responses = (op.responses ?? {}) as Json;
  const prefix = url.startsWith('/open311/') ? 'Open311Error' : 'Problem';
  for (const status of errorStatusesOf(rule, method, url, Boolean(body))) {
    responses[status] ??= { $ref: `#/components/responses/${prefix}${status}` };
  }
  op.responses = responses;
}

/** Top-level parts of the document beside the generated ones (app.ts passes them to @fastify/swagger). */
export const openApiInfo = {
  title: 'Tawasul API',
  version: '1',
  description:
    'National suggestions and complaints platform. Errors are RFC 9457 problem+json with a stable `code` (Open311 answers its own error list). Every operation has a stable operationId.',
  license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
};
export const openApiServers = [{ url: '/', description: 'The server that serves this document' }];
