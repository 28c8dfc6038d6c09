import type { AccessAction, Thing } from './access.policy.ts';
import { caseActions } from '../cases/workflow.ts';

/**
 * What each route of the app needs, by method and URL as Fastify registers them (HEAD is folded
 * into GET). Every route must be here: the access gate refuses a route it does not find, and
 * test/api/access-matrix.test.ts fails naming it.
 *
 * - `{ thing, action }`: the role must reach that thing in the policy (access.policy.ts); the
 *   service then narrows to the entities the reach covers.
 * - `public`: anyone; the reason says why (or who checks instead: an API key, a tracking token).
 * - `signedIn`: any signed-in person, about themself.
 * - `credential`: no session; the route itself checks the credential named (an API key, a relay's
 *   signature) and refuses a request without it.
 */
export type RouteRule = { thing: Thing; action: AccessAction } | { public: string } | { signedIn: true } | { credential: string };

const read = (thing: Thing): RouteRule => ({ thing, action: 'read' });
const write = (thing: Thing): RouteRule => ({ thing, action: 'write' });
const open = (why: string): RouteRule => ({ public: why });
const credential = (what: string): RouteRule => ({ credential: what });

export const routeAccess: Record<string, RouteRule> = {
  // The web app, the API documentation, health checks.
  'GET /': open('the web app'),
  'GET /*': open('the web app'),
  'GET /assets/*': open("the web app's built files, one route per file"),
  'GET /api/docs': open('API documentation'),
  'GET /api/docs/static/*': open('API documentation'),
  'GET /api/docs/static/index.html': open('API documentation'),
  'GET /api/docs/static/swagger-initializer.js': open('API documentation'),
  'GET /api/docs/json': open('API documentation'),
  'GET /api/docs/yaml': open('API documentation'),
  'GET /api/openapi.json': open('API documentation'),
  'GET /healthz': open('health check'),
  'GET /readyz': open('health check'),
  // Counts only, no personal data; the route itself lets in a bearer token or an allowed network (access/metrics-guard.ts).
  'GET /metrics': open('operational figures for Prometheus, behind a token or a network rule'),

  // Signing in and out.
  'POST /api/v1/auth/login': open('signing in'),
  'POST /api/v1/auth/logout': open('signing out ends whatever session the cookie names'),
  'GET /api/v1/auth/me': { signedIn: true },
  'POST /api/v1/auth/otp': open('asking for a one-time code'),
  'POST /api/v1/auth/otp/verify': open('signing in with a one-time code'),
  'POST /api/v1/auth/password-reset': open('asking for a reset link'),
  'POST /api/v1/auth/password-reset/confirm': open('a reset token authorises it'),
  'POST /api/v1/auth/login/second-factor': open("the password's sign-in challenge authorises it"),
  'GET /api/v1/auth/second-factor': { signedIn: true },
  'POST /api/v1/auth/second-factor/enrol': credential("the password's sign-in challenge (an enrolment the role requires) or a staff session"),
  'POST /api/v1/auth/second-factor/enrol/confirm': credential("the password's sign-in challenge (an enrolment the role requires) or a staff session"),
  // Staff sign-on through the identity provider (404 where none is configured).
  'GET /api/v1/auth/sso/start': open('starting a staff sign-in at the identity provider'),
  'GET /api/v1/auth/sso/callback': open("the identity provider's answer, checked against the sign-in this browser started"),
  'POST /api/v1/auth/sso/logout': open('signing out ends whatever session the cookie names'),
  'POST /api/v1/auth/sso/backchannel-logout': open("the identity provider's logout token, whose signature the route verifies"),

  // The public catalogue and figures.
  'GET /api/v1/services': open('the public catalogue'),
  'GET /api/v1/services/:code': open('the public catalogue'),
  'GET /api/v1/entities': open('the public catalogue'),
  'GET /api/v1/rejection-reasons': open('reason names shown to citizens'),
  'GET /api/v1/public/stats': open('public figures'),
  'GET /api/v1/public/stats.csv': open('public figures'),
  'GET /api/v1/public/stats.json': open('public figures'),
  'GET /api/v1/public/map': open('public map, coarse cells'),
  'GET /api/v1/public/recognition': open('public figures: the excellence table, entities and services only'),
  'GET /api/v1/public/survey': open('public figures: survey counts and means, no comments'),

  // Cases: submission is open; everything else passes the case gate (scope, own case or token),
  // which answers 404 for a case out of reach. A move on a reachable case is then decided by the
  // workflow table (cases/workflow.ts), whose roles match the policy's `case` write column
  // (test/unit/access-policy.test.ts).
  'POST /api/v1/cases': open('anyone may submit a case'),
  'POST /api/v1/intake/suggest': open('suggesting a service from a description, rate-limited per address'),
  'GET /api/v1/cases': read('case'),
  'GET /api/v1/cases/:reference': read('case'),
  'GET /api/v1/cases/:reference/events': read('case'),
  'GET /api/v1/cases/:reference/attachments/:id': read('case'),
  // "Already reported?": no personal data, rate-limited per address; staff in scope also see excerpts.
  'GET /api/v1/intake/similar': open('open cases nearby without personal data, rate-limited'),
  'GET /api/v1/cases/:reference/similar': read('case'),
  'POST /api/v1/cases/:reference/followers': open('"this is mine too" with a contact or signed in, rate-limited'),
  // The satisfaction survey: the case gate decides (its citizen answers; staff in scope read).
  'GET /api/v1/cases/:reference/survey': read('case'),
  'POST /api/v1/cases/:reference/survey': read('case'),
  'GET /api/v1/follower-ratings/:token': open("a follower's own rating token authorises it; the case's public facts only"),
  'POST /api/v1/follower-ratings/:token': open("a follower's own rating token authorises it; the case's public facts only"),
  // Every action of the transition table: the case gate decides, then the table (one list, so a new action is described).
  ...Object.fromEntries(caseActions.map((a) => [`POST /api/v1/cases/:reference/actions/${a}`, read('case')])),

  // Workspace.
  'GET /api/v1/staff': read('staff_directory'),
  'GET /api/v1/me/notifications': read('notification_preference'),
  'PUT /api/v1/me/notifications': write('notification_preference'),

  // Channels with their own credentials.
  'POST /api/v1/inbound/:channel': credential("the relay's HMAC signature"),
  'POST /api/v1/relays/:channel/receipts': credential("the relay's HMAC signature"),
  'GET /open311/v2': open('Open311 (public presenter; API key to submit)'),
  'POST /open311/v2': open('Open311 (public presenter; API key to submit)'),
  'PUT /open311/v2': open('Open311 (public presenter; API key to submit)'),
  'PATCH /open311/v2': open('Open311 (public presenter; API key to submit)'),
  'DELETE /open311/v2': open('Open311 (public presenter; API key to submit)'),
  'OPTIONS /open311/v2': open('Open311 (public presenter; API key to submit)'),
  'TRACE /open311/v2': open('Open311 (public presenter; API key to submit)'),
  'QUERY /open311/v2': open('Open311 (public presenter; API key to submit)'),
  ...Object.fromEntries(
    ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'QUERY'].map((m) => [`${m} /open311/v2/*`, open('Open311 (unknown path)')]),
  ),
  ...Object.fromEntries(
    ['discovery', 'services', 'services/:code', 'servicerequestupdates', 'requests', 'requests/:id', 'tokens/:token'].flatMap((p) =>
      ['xml', 'json'].map((f) => [`GET /open311/v2/${p}.${f}`, open('Open311 (public presenter)')]),
    ),
  ),
  'POST /open311/v2/requests.xml': credential('an Open311 API key'),
  'POST /open311/v2/requests.json': credential('an Open311 API key'),

  // Indicators and exports.
  'GET /api/v1/kpi/entities': read('indicator'),
  'GET /api/v1/kpi/breakdown': read('indicator'),
  'GET /api/v1/kpi/breaches': read('indicator'),
  'GET /api/v1/kpi/trends': read('indicator'),
  'GET /api/v1/kpi/recognition': read('indicator'),
  'GET /api/v1/kpi/survey': read('indicator'),
  'GET /api/v1/exports/cases.csv': read('export'),
  'GET /api/v1/exports/cases.xlsx': read('export'),
  // Background exports: asked as the direct download is; the service narrows jobs and files to their owner's (others are not found).
  'POST /api/v1/exports/cases': read('export'),
  'GET /api/v1/exports/jobs': read('export'),
  'GET /api/v1/exports/jobs/:id': read('export'),
  'GET /api/v1/exports/jobs/:id/file': read('export'),
  ...Object.fromEntries(
    ['entities', 'breakdown', 'breaches', 'trends'].flatMap((k) => ['csv', 'xlsx'].map((f) => [`GET /api/v1/exports/kpi/${k}.${f}`, read('export')])),
  ),

  // National configuration.
  'GET /api/v1/admin/calendars': read('calendar'),
  'POST /api/v1/admin/calendars': write('calendar'),
  'PATCH /api/v1/admin/calendars/:code': write('calendar'),
  'POST /api/v1/admin/calendars/:code/holidays': write('calendar'),
  'POST /api/v1/admin/calendars/:code/holidays/import': write('calendar'),
  'DELETE /api/v1/admin/calendars/:code/holidays/:date': write('calendar'),
  'POST /api/v1/admin/calendars/:code/overrides': write('calendar'),
  'GET /api/v1/admin/sla-policies': read('sla_policy'),
  'PUT /api/v1/admin/sla-policies/:code': write('sla_policy'),
  'PUT /api/v1/admin/services/:code/sla-policy': write('sla_policy'),
  'GET /api/v1/admin/service-groups': read('service_group'),
  'POST /api/v1/admin/service-groups': write('service_group'),
  'PATCH /api/v1/admin/service-groups/:code': write('service_group'),
  'GET /api/v1/admin/rejection-reasons': read('rejection_reason'),
  'POST /api/v1/admin/rejection-reasons': write('rejection_reason'),
  'PATCH /api/v1/admin/rejection-reasons/:code': write('rejection_reason'),
  // Entities: an entity administrator reads theirs and adds or edits units (checked in the
  // service against `unit`); entities above units are national (`entity`).
  'GET /api/v1/admin/entities': read('entity'),
  'POST /api/v1/admin/entities': write('unit'),
  'PATCH /api/v1/admin/entities/:code': write('unit'),

  // Per-entity configuration.
  'GET /api/v1/admin/services': read('service'),
  'POST /api/v1/admin/services': write('service'),
  'GET /api/v1/admin/services/:code': read('service'),
  'PUT /api/v1/admin/services/:code': write('service'),
  'PATCH /api/v1/admin/services/:code': write('service'),
  'GET /api/v1/admin/staff': read('staff'),
  'POST /api/v1/admin/staff': write('staff'),
  'GET /api/v1/admin/staff/:id': read('staff'),
  'PATCH /api/v1/admin/staff/:id': write('staff'),
  'POST /api/v1/admin/staff/:id/password-link': write('staff'),
  'DELETE /api/v1/admin/staff/:id/second-factor': write('staff'),
  'GET /api/v1/admin/api-keys': read('api_key'),
  'POST /api/v1/admin/api-keys': write('api_key'),
  'POST /api/v1/admin/api-keys/:id/revoke': write('api_key'),
  'GET /api/v1/admin/notification-templates': read('notification_template'),
  'PUT /api/v1/admin/notification-templates/:key/:language': write('notification_template'),
  'DELETE /api/v1/admin/notification-templates/:key/:language': write('notification_template'),
  'POST /api/v1/admin/notification-templates/:key/:language/preview': read('notification_template'),
  'GET /api/v1/admin/outbox/parked': read('parked_outbox'),
  'POST /api/v1/admin/outbox/:id/retry': write('parked_outbox'),
  // Integration endpoints are credentials of the entity, managed as its API keys are.
  'GET /api/v1/admin/webhooks': read('api_key'),
  'POST /api/v1/admin/webhooks': write('api_key'),
  'POST /api/v1/admin/webhooks/:id/disable': write('api_key'),
  'GET /api/v1/admin/audit': read('audit'),
  // The service suggester: figures and auto-choose thresholds of the services administered.
  'GET /api/v1/admin/suggester': read('service'),
  'PUT /api/v1/admin/suggester/services/:code': write('service'),
  // Boundaries and routing rules (national configuration).
  'GET /api/v1/admin/boundaries': read('boundary'),
  'POST /api/v1/admin/boundaries': write('boundary'),
  'GET /api/v1/admin/boundaries/:id': read('boundary'),
  'POST /api/v1/admin/boundaries/:id/activate': write('boundary'),
  'GET /api/v1/admin/routing-rules': read('routing_rule'),
  'POST /api/v1/admin/routing-rules': write('routing_rule'),
  'PUT /api/v1/admin/routing-rules/order': write('routing_rule'),
  'POST /api/v1/admin/routing-rules/test': read('routing_rule'),
  'PATCH /api/v1/admin/routing-rules/:id': write('routing_rule'),
  'DELETE /api/v1/admin/routing-rules/:id': write('routing_rule'),
  // Support thresholds of public suggestions: per-entity configuration, as services are.
  'GET /api/v1/admin/suggestion-thresholds': read('service'),
  'PUT /api/v1/admin/suggestion-thresholds': write('service'),

  // Public suggestions: the board and open data carry only reviewed text and no personal data;
  // support is a signed-in citizen's; moderation is staff's of the entity holding the case.
  'GET /api/v1/public/suggestions': open('the public board: reviewed text, no personal data'),
  'GET /api/v1/public/suggestions/:id': open('one published suggestion: reviewed text, no personal data'),
  'GET /api/v1/public/suggestions.csv': open('open data, no personal data'),
  'GET /api/v1/public/suggestions.json': open('open data, no personal data'),
  'POST /api/v1/public/suggestions/:id/support': write('suggestion_support'),
  'GET /api/v1/moderation/suggestions': write('public_suggestion'),
  'GET /api/v1/moderation/suggestions/:id': write('public_suggestion'),
  'POST /api/v1/moderation/suggestions/:id/publish': write('public_suggestion'),
  'POST /api/v1/moderation/suggestions/:id/refuse': write('public_suggestion'),
  'GET /api/v1/kpi/suggestions': read('indicator'),

  // Practice that spreads: benchmarks (figures in scope), cards, recommendations, adoptions; an
  // entity's reply texts are managed as its notification wording is.
  'GET /api/v1/practice/benchmarks': read('indicator'),
  'GET /api/v1/practice/cards': read('practice_card'),
  'POST /api/v1/practice/cards': write('practice_card'),
  'GET /api/v1/practice/cards/:id': read('practice_card'),
  'PATCH /api/v1/practice/cards/:id': write('practice_card'),
  'POST /api/v1/practice/cards/:id/publish': write('practice_publication'),
  'POST /api/v1/practice/cards/:id/adopt': write('practice_adoption'),
  'GET /api/v1/practice/configuration': read('practice_card'),
  'GET /api/v1/practice/recommendations': read('practice_publication'),
  'GET /api/v1/practice/adoptions': read('practice_adoption'),
  'GET /api/v1/practice/adoptions/:id': read('practice_adoption'),
  'GET /api/v1/reply-templates': read('notification_template'),
  'POST /api/v1/reply-templates': write('notification_template'),
  'PATCH /api/v1/reply-templates/:id': write('notification_template'),
  // Filled in for a case the actor reaches (the case gate answers 404 otherwise).
  'GET /api/v1/cases/:reference/reply-templates': read('case'),
  // What was sent to the case's citizen and what became of it: staff who reach the case (its citizen gets none).
  'GET /api/v1/cases/:reference/messages': read('case'),
  // Each case then passes the case gate and the workflow table on its own; the answer says per case.
  'POST /api/v1/cases/bulk': read('case'),
  // Saved inbox views: the service narrows to one's own and those shared with one's entity (others
  // are not found); counts go through the case list's own scope.
  'GET /api/v1/inbox-views': read('inbox_view'),
  'GET /api/v1/inbox-views/counts': read('inbox_view'),
  'POST /api/v1/inbox-views': write('inbox_view'),
  'PUT /api/v1/inbox-views/order': write('inbox_view'),
  'PATCH /api/v1/inbox-views/:id': write('inbox_view'),
  'DELETE /api/v1/inbox-views/:id': write('inbox_view'),
};

/** Routes that exist only once the web app is built (`npm run build`): the static files. */
export const builtOnlyRoutes: readonly string[] = ['GET /assets/*'];

/**
 * The key of a route in {@link routeAccess}: HEAD answers as GET, and the static plugin's one
 * route per built file (`/assets/index-3f2a.js`) is described once, as `/assets/*`.
 */
export function routeKey(method: string, url: string): string {
  const m = method === 'HEAD' ? 'GET' : method;
  if (m === 'GET' && url.startsWith('/assets/') && !url.includes(':')) return 'GET /assets/*';
  return `${m} ${url}`;
}
