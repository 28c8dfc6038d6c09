import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles, type StaffRole } from '../../src/common/enums.ts';
import { entitiesIn, reachOf, type Principal, type TreeNode } from '../../src/server/access/access.policy.ts';
import { builtOnlyRoutes, routeAccess, routeKey } from '../../src/server/access/route.access.ts';
import { routesGated } from '../../src/server/access/access.service.ts';
import { makePng, multipart } from '../support/files.ts';
import { as, signInCitizen, signInStaff, type Session } from '../support/sessions.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Every route the app registers × every role × where the role is held, compared with the access
 * description (src/server/access/access.policy.ts and route.access.ts). The routes come from
 * Fastify's own route table, so a route added without a line in the description fails here.
 */

interface Route {
  method: string;
  url: string;
}

let t: TestApp;
let routes: Route[];
let tree: TreeNode[];
let target: { reference: string; entityId: number; attachmentId: string };
let capitalStaffId: number;
const sessions = new Map<string, Session>();
/** Where staff are placed: the root (ministry), the entity holding the target (capital), another (muharraq). */
const places = ['ministry', 'capital', 'muharraq'] as const;

beforeAll(async () => {
  t = await createTestApp();
  // The route table as Fastify built it, recorded by the gate's onRoute hook (installed before any route).
  const seen = routesGated(t.app);
  const keys = new Set<string>();
  routes = seen.filter((r) => {
    const k = routeKey(r.method, r.url);
    if (keys.has(k)) return false;
    keys.add(k);
    return true;
  });

  tree = (await t.ctx.database.db.selectFrom('entities').select(['id', 'parent_id', 'kind']).execute()).map((e) => ({ id: e.id, parentId: e.parent_id, kind: e.kind }));

  // The target case: held by the capital, from a citizen who signs in below, with a photo.
  const form = multipart([
    {
      name: 'case',
      value: JSON.stringify({ type: 'complaint', serviceCode: 'street_light_fault', description: 'عمود مكسور', location: { governorate: 'capital' }, contact: { phone: '36303030', name: 'مريم' }, attributes: { fault_kind: 'damaged_pole' } }),
    },
    { name: 'f', file: { filename: 'p.png', type: 'image/png', content: makePng() } },
  ]);
  const made = await t.app.inject({ method: 'POST', url: '/api/v1/cases', payload: form.payload, headers: form.headers });
  expect(made.statusCode).toBe(201);
  const { reference, trackingToken } = made.json();
  const tracked = (await t.app.inject({ url: `/api/v1/cases/${reference}?token=${trackingToken}` })).json();
  const entity = await t.ctx.database.db.selectFrom('entities').select('id').where('code', '=', tracked.entity.code).executeTakeFirstOrThrow();
  target = { reference, entityId: entity.id, attachmentId: String(tracked.attachments[0].url).split('/').pop()! };
  sessions.set('citizen', await signInCitizen(t.app, t.notifier, '36303030', '+97336303030'));
  for (const place of places) for (const role of staffRoles) sessions.set(`${role}@${place}`, await signInStaff(t.app, `${role}@${place}.demo`));
  capitalStaffId = sessions.get('officer@capital')!.user.id;
}, 240_000);
afterAll(() => t?.close());

const actionBody: Record<string, object> = {
  assign: { assigneeId: 1 },
  reject: { reasonCode: 'duplicate' },
  transfer: { entityCode: 'muharraq', reason: 'x' },
  merge: { masterReference: '26-0000042-5' },
  'change-service': { serviceCode: 'street_light_fault' },
  rate: { rating: 3 },
  accept: { plan: 'x', ownerUnit: 'muharraq', costBand: 'low', targetDate: '2030-01-01' },
  decline: { reasonCode: 'duplicate', body: 'x' },
  priority: { priority: 'high' },
  ...Object.fromEntries(['reply', 'note', 'request-info', 'citizen-reply', 'resolve', 'reopen', 'implement'].map((a) => [a, { body: 'x' }])),
};

/** A concrete request for a route: path parameters filled with real targets, a body that parses. */
function requestFor(r: Route): InjectOptions {
  const url = r.url
    .replace(':reference', target.reference)
    .replace('/attachments/:id', `/attachments/${target.attachmentId}`)
    .replace('/staff/:id', `/staff/${capitalStaffId}`)
    .replace(':id', '999999')
    .replace(':code', 'capital')
    .replace(':date', '2031-01-01')
    .replace(':key', 'case_received')
    .replace(':language', 'ar')
    .replace(':channel', 'whatsapp')
    .replace(':token', 'no-such-token')
    .replace(/\*$/, 'anything');
  const withBody = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method);
  // Case actions carry a body their schema accepts and a stale version: access is decided first,
  // then 409 changes nothing.
  const action = r.url.match(/\/actions\/([a-z-]+)$/)?.[1];
  const survey = r.method === 'POST' && r.url.endsWith('/survey') ? { overall: 3, speed: 3, confidentiality: 3, simplicity: 3, solved: true } : undefined;
  const bulk = r.method === 'POST' && r.url === '/api/v1/cases/bulk' ? { references: [target.reference], versions: { [target.reference]: 999 }, action: 'note', body: 'x' } : undefined;
  // A code without a sign-in challenge: only a staff session could confirm an enrolment with it.
  const enrolment = r.url === '/api/v1/auth/second-factor/enrol/confirm' ? { code: '000000' } : undefined;
  const payload = action ? { version: 999, ...actionBody[action] } : survey ? { version: 999, ...survey } : (bulk ?? enrolment ?? {});
  return { method: r.method as InjectOptions['method'], url, ...(withBody && r.method !== 'DELETE' ? { payload } : {}) };
}

/** Routes about one capital staff member whose entity decides the answer (no body to fail validation first). */
function staffTargeted(r: Route): boolean {
  return (r.method === 'GET' && r.url === '/api/v1/admin/staff/:id') || r.url === '/api/v1/admin/staff/:id/password-link' || r.url === '/api/v1/admin/staff/:id/second-factor';
}

type Expect = 'allowed' | 'unauthenticated' | 'forbidden' | 'not_found';

/** What the description says a principal at a place gets from a route. */
function expected(r: Route, who: Principal, placeId: number | undefined): Expect {
  const rule = routeAccess[routeKey(r.method, r.url)]!;
  if ('public' in rule) return 'allowed';
  if ('credential' in rule) return 'unauthenticated'; // asked without the credential
  if ('signedIn' in rule) return who === 'anonymous' ? 'unauthenticated' : 'allowed';
  const reach = reachOf(who, rule.thing, rule.action);
  const onCase = r.url.includes(':reference');
  if (who === 'anonymous') {
    if (onCase && reach === 'token') return 'not_found'; // no token sent: the case gate's 404
    return 'unauthenticated';
  }
  if (reach === '-') return 'forbidden';
  if (placeId === undefined) {
    // A citizen: their own cases (the target is theirs), their own preferences.
    return 'allowed';
  }
  const covered = entitiesIn(tree, placeId, reach);
  if (reach === 'root' && covered !== 'all') return 'forbidden';
  if (onCase) return covered === 'all' || covered.includes(target.entityId) ? 'allowed' : 'not_found';
  if (staffTargeted(r)) {
    return covered === 'all' || covered.includes(target.entityId) ? 'allowed' : 'forbidden';
  }
  return 'allowed';
}

function verdict(status: number, r: Route): Expect {
  const rule = routeAccess[routeKey(r.method, r.url)]!;
  // A route checking its own credential may answer 401 or 403 (Open311 answers 403 for a missing key).
  if ('credential' in rule && (status === 401 || status === 403)) return 'unauthenticated';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'allowed';
}

/** 404 is "allowed" where the route's target simply does not exist (an unknown id), not a refusal. */
function matches(want: Expect, got: Expect, r: Route): boolean {
  if (want === got) return true;
  const targetIsReal = r.url.includes(':reference') || staffTargeted(r);
  return want === 'allowed' && got === 'not_found' && !targetIsReal;
}

describe('the access description covers every route', () => {
  it('the route table is read from Fastify (the test would catch an empty list)', () => {
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.some((r) => r.url === '/api/v1/admin/calendars/:code/holidays' && r.method === 'POST')).toBe(true);
  });

  it('every registered route has a line in the description', () => {
    const missing = routes.filter((r) => !(routeKey(r.method, r.url) in routeAccess)).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('the description names no route that does not exist', () => {
    const real = new Set(routes.map((r) => routeKey(r.method, r.url)));
    expect(Object.keys(routeAccess).filter((k) => !real.has(k) && !builtOnlyRoutes.includes(k))).toEqual([]);
  });
});

describe('every route × every role × own, other and national entity answers as described', () => {
  const asked = (r: Route) => !['POST /api/v1/auth/logout'].includes(routeKey(r.method, r.url));

  it('anonymous callers and a signed-in citizen', async () => {
    const wrong: string[] = [];
    for (const r of routes.filter(asked)) {
      for (const who of ['anonymous', 'citizen'] as const) {
        const rule = routeAccess[routeKey(r.method, r.url)]!;
        if (('public' in rule || 'credential' in rule) && who === 'citizen') continue; // asked once, anonymously
        const req = requestFor(r);
        const res = await t.app.inject(who === 'anonymous' ? req : as(sessions.get('citizen')!, req));
        const want = expected(r, who, undefined);
        const got = verdict(res.statusCode, r);
        if (!matches(want, got, r)) wrong.push(`${who} ${r.method} ${r.url}: want ${want}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
        expect(res.statusCode, `${who} ${r.method} ${r.url}`).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const place of places) {
    it(`staff of every role at ${place}`, async () => {
      const placeId = (await t.ctx.access.entityByCode(place))!.id;
      const wrong: string[] = [];
      let allowedCount = 0;
      let deniedCount = 0;
      for (const role of staffRoles as readonly StaffRole[]) {
        const s = sessions.get(`${role}@${place}`)!;
        for (const r of routes.filter(asked)) {
          const rule = routeAccess[routeKey(r.method, r.url)]!;
          if ('public' in rule || 'credential' in rule) continue;
          const res = await t.app.inject(as(s, requestFor(r)));
          const want = expected(r, role, placeId);
          const got = verdict(res.statusCode, r);
          if (want === 'allowed') allowedCount++;
          else deniedCount++;
          if (!matches(want, got, r)) wrong.push(`${role}@${place} ${r.method} ${r.url}: want ${want}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
          expect(res.statusCode, `${role}@${place} ${r.method} ${r.url}`).toBeLessThan(500);
        }
      }
      expect(wrong).toEqual([]);
      // Both sides of the description are exercised at every place.
      expect(allowedCount).toBeGreaterThan(0);
      expect(deniedCount).toBeGreaterThan(0);
    }, 240_000);
  }
});
