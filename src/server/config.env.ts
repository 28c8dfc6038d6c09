/**
 * The environment variables of Tawasul, one schema (see config.variables.ts for the kinds). Order
 * is the README's. Derived defaults (the public URL from HOST and PORT, the demo from DATABASE_URL)
 * are applied by loadConfig in config.ts, which reads its values from here.
 */
import { isIP } from 'node:net';
import { staffRoles, type StaffRole } from '../common/enums.ts';
import { isPhoneCountry, type CountryCode } from '../common/phone.ts';
import { parseWeights, type Weights } from './kpi/kpi.formulas.ts';
import { recognitionPeriodKinds } from './kpi/recognition.ts';
import { parseRoleMap, type SsoRoleRule } from './sso/sso.config.ts';
import { decimal, oneOf, onOff, parsed, readVariables, text, timeZone, url, wholeNumber, type Values, type Variable } from './config.variables.ts';

/** A rectangle that submitted coordinates must fall inside (`minLat,minLng,maxLat,maxLng`). */
export interface Box {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Bahrain, with a small margin around its islands. */
const bahrainBox: Box = { minLat: 25.5, maxLat: 26.4, minLng: 50.3, maxLng: 50.9 };

function parseBox(value: string | undefined): Box {
  if (!value) return bahrainBox;
  const parts = value.split(',').map((s) => Number(s.trim()));
  const [minLat, minLng, maxLat, maxLng] = parts as [number, number, number, number];
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || minLat >= maxLat || minLng >= maxLng || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90 || Math.abs(minLng) > 180 || Math.abs(maxLng) > 180) {
    throw new Error(`expected "minLat,minLng,maxLat,maxLng" (degrees, each minimum below its maximum), got "${value}"`);
  }
  return { minLat, minLng, maxLat, maxLng };
}

/** `name:value,name:value` → values per name (a name may repeat). */
function pairs(value: string | undefined, shape: string): [string, string][] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.indexOf(':');
      if (at < 1 || at === item.length - 1) throw new Error(`expected "${shape}", got "${item.replace(/:.*/, ':…')}"`);
      return [item.slice(0, at), item.slice(at + 1)];
    });
}

function parseSecrets(value: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [channel, secret] of pairs(value, 'channel:secret,channel:secret')) (out[channel] ??= []).push(secret);
  return out;
}

function parseOutboundUrls(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [channel, target] of pairs(value, 'channel:http(s)://…,channel:http(s)://…')) {
    if (!/^https?:\/\/\S+$/.test(target)) throw new Error(`expected "channel:http(s)://…,channel:http(s)://…", got "${channel}:${target}"`);
    out[channel] = target;
  }
  return out;
}

/** `10.0.0.1, 10.1.0.0/16, ::1` → the list, each entry checked. */
export function parseAddressList(value: string | undefined): string[] {
  const list = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of list) {
    const [addr, bits, ...rest] = item.split('/');
    const family = isIP(addr ?? '');
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`"${item}" is not an IP address or CIDR range`);
    }
  }
  return list;
}

function parseRoles(value: string | undefined): StaffRole[] | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return [];
  const roles = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const role of roles) {
    if (!(staffRoles as readonly string[]).includes(role)) throw new Error(`"${role}" is not a staff role (${staffRoles.join(', ')}), or none`);
  }
  return roles as StaffRole[];
}

function parseCountry(value: string | undefined): CountryCode {
  const code = value?.toUpperCase() ?? 'BH';
  if (!isPhoneCountry(code)) throw new Error(`expected a two-letter country code (ISO 3166-1 alpha-2, e.g. BH, SA, AE), got "${value}"`);
  return code;
}

function weights(value: string | undefined): Weights {
  return parseWeights(value);
}

function roleMap(value: string | undefined): SsoRoleRule[] | undefined {
  return value === undefined ? undefined : parseRoleMap(value);
}

function metricsToken(value: string | undefined): string | undefined {
  if (value !== undefined && value.length < 16) throw new Error('expected a token of at least 16 characters');
  return value;
}

const MiB = 1024 * 1024;

/** Every variable the server reads. */
export const variables = {
  PORT: wholeNumber('where to listen: the port', 3000, 0, 65535),
  HOST: text('where to listen: the address (`0.0.0.0` for every interface)', '127.0.0.1'),
  DATABASE_URL: url('`postgres://…` for a PostgreSQL server; absent → embedded PGlite', ['postgres:', 'postgresql:']),
  DATABASE_READ_URL: url('`postgres://…` of a streaming replica of `DATABASE_URL`: indicators, public statistics, exports and staff lists read from it while it is close enough behind (see Scaling out); absent → every read on the primary', ['postgres:', 'postgresql:']),
  TAWASUL_READ_MAX_LAG_SECONDS: decimal('seconds the read replica may be behind the primary (checked every second); further behind, or not answering within 1 s, it is skipped and reads go to the primary until it catches up', 5, { above: 0 }),
  TAWASUL_DATA_DIR: text('PGlite data and attachments', './data'),
  TAWASUL_PGLITE_DURABLE: onOff('PGlite flushes every commit to disk (fsync), so an acknowledged case survives a power cut; `off` is faster (see Benchmarks) and fit only for tests and throw-away data', true),
  TAWASUL_PUBLIC_URL: url('base of links in receipts and messages', ['http:', 'https:'], undefined, '`http://HOST:PORT`'),
  TAWASUL_DEMO: onOff('seed the demo into an empty database at start', undefined, '`on` without `DATABASE_URL`, else `off`'),
  TAWASUL_DEMO_PASSWORD: text('password of the demo staff accounts', 'tawasul-demo', '`tawasul-demo`', true),
  TAWASUL_DEMO_CASES: wholeNumber('cases of generated history the demo gets when it is first seeded (`0`: none)', 20_000, 0),
  TAWASUL_TIME_ZONE: timeZone("the installation's zone: a reference's year, and every date the web app shows", 'Asia/Bahrain'),
  TAWASUL_BBOX: parsed('`minLat,minLng,maxLat,maxLng` that coordinates must fall in', 'Bahrain', parseBox),
  TAWASUL_NEAR_BOUNDARY_METRES: decimal('a point this close to an area of another governorate does not decide the route (see Routing by place); `0` turns the check off', 150, { atLeast: 0 }),
  TAWASUL_COUNTRY: parsed('the country local phone numbers are dialled in (two letters, ISO 3166-1; numbers checked with its numbering plan)', 'BH', parseCountry),
  TAWASUL_MAX_ATTACHMENTS: wholeNumber('files per upload (a submission or an action); a multipart request may be at most files × bytes plus 64 KiB per field and 16 KiB per part', 5, 1, 50),
  TAWASUL_MAX_ATTACHMENT_BYTES: wholeNumber('bytes per file', 10 * MiB, 1, 1024 * MiB, '10 MiB'),
  TAWASUL_MAX_CASE_ATTACHMENTS: wholeNumber("files a case may hold in all (its submission's and every action's)", 20, 1),
  OPEN311_JURISDICTION: text('the Open311 `jurisdiction_id`', 'tawasul.example'),
  TAWASUL_MAP_TILE_URL: url('a map tile server (`https://…/{z}/{x}/{y}.png`); without one the map still works, on an outline of the country', ['http:', 'https:']),
  TAWASUL_MAP_ATTRIBUTION: text("the tile server's credit", ''),
  TAWASUL_MAP_OUTLINE: text("a GeoJSON file (Polygon, MultiPolygon, Feature or FeatureCollection) of the country's outline, drawn on maps without tiles", undefined, "the demo's sketch of Bahrain (`src/server/web/bahrain-outline.geojson`)"),
  TAWASUL_WORKER: onOff('run the background loops inside the server', true),
  TAWASUL_SWEEP_SECONDS: decimal('seconds between SLA sweeps', 30, { above: 0 }),
  TAWASUL_REOPEN_DAYS: wholeNumber('days after resolution a citizen may reopen', 14, 0, 3650),
  TAWASUL_SURVEY_DAYS: wholeNumber('days after an answer during which its satisfaction survey may be answered', 14, 1, 365),
  TAWASUL_KPI_WEIGHTS: parsed("weights of the indicators' composite score, `name=number,…` (see Indicators)", '`resolutionCompliance=35,firstResponseCompliance=20,satisfiedShare=20,resolvedShare=15,reopenRate=10`', weights),
  TAWASUL_PUBLIC_MAX_AGE: wholeNumber('seconds browsers and CDNs (and the server) keep a public answer (see Public statistics)', 60, 0),
  TAWASUL_PUBLIC_STALE: wholeNumber('seconds a CDN may serve a public answer stale while fetching', 300, 0),
  TAWASUL_PUBLIC_CHECK_MS: wholeNumber("milliseconds between reads of the figures' generation", 2000, 0),
  TAWASUL_PUBLIC_CACHE_ENTRIES: wholeNumber('public answers kept per process', 500, 1),
  TAWASUL_EXPORT_MAX_ROWS: wholeNumber('the most cases one case export (CSV or XLSX, streamed) holds; past it the answer says `x-export-truncated: true`', 100_000, 1),
  TAWASUL_EXPORT_BACKGROUND_ROWS: wholeNumber('a case export asked through `POST /api/v1/exports/cases` of more rows than this runs as a background job with progress (see Exports); up to it, the answer is the direct download', 10_000, 0),
  TAWASUL_EXPORT_KEEP_HOURS: decimal("hours a background export's file is kept for download before the housekeeping deletes it and its job", 24, { above: 0 }),
  TAWASUL_RECOGNITION_PERIOD: oneOf("the excellence table's period (see Indicators)", recognitionPeriodKinds, 'quarter'),
  TAWASUL_RECOGNITION_MIN_CASES: wholeNumber('the fewest cases to be placed in the excellence table', 20, 1),
  TAWASUL_COOKIE_SECURE: onOff('`Secure` attribute on the session cookie (browsers accept it on `http://localhost`); on, every answer also carries HSTS (`Strict-Transport-Security: max-age=31536000`) — turn it off only for a plain-HTTP deployment', true),
  TAWASUL_TRUSTED_PROXIES: parsed("proxies (IPs or CIDRs, comma-separated) whose `X-Forwarded-For` gives the client address for throttling and the audit log; empty: the socket's peer is the client and the header is ignored", '— (trust none)', parseAddressList),
  TAWASUL_SESSION_IDLE_MINUTES: decimal('a staff session ends after this many minutes without a request (besides its 12-hour lifetime)', 60, { above: 0 }),
  TAWASUL_TOTP_REQUIRED_ROLES: parsed('staff roles (comma-separated, or `none`) whose password accounts must have a TOTP second factor: they enrol at their next sign-in before anything else', '`coordinator,entity_admin` (none in the demo, whose accounts share a printed password)', parseRoles),
  TAWASUL_OIDC_ISSUER: url("staff single sign-on: the OpenID provider's issuer URL (see Staff single sign-on)", ['http:', 'https:'], undefined, '— (no single sign-on)'),
  TAWASUL_OIDC_CLIENT_ID: text("this client's id at the OpenID provider", undefined),
  TAWASUL_OIDC_CLIENT_SECRET: text("this client's secret (none: a public client, PKCE only)", undefined, '—', true),
  TAWASUL_OIDC_ROLE_MAP: parsed("the JSON list mapping the provider's groups to a role, entity and unit (first match wins)", '—', roleMap),
  TAWASUL_OIDC_GROUPS_CLAIM: text("the claim that lists a person's groups", 'groups'),
  TAWASUL_OIDC_REDIRECT_URL: url('where the provider sends the browser back', ['http:', 'https:'], undefined, '`<TAWASUL_PUBLIC_URL>/api/v1/auth/sso/callback`'),
  TAWASUL_OIDC_PROVIDER_NAME: text('the name on the sign-in button', 'SSO'),
  TAWASUL_METRICS_TOKEN: parsed('`GET /metrics` answers a request bearing `Authorization: Bearer <token>` (16 characters or more)', '—', metricsToken, true),
  TAWASUL_METRICS_ALLOW: parsed('`GET /metrics` also answers these addresses (IPs or CIDRs; `none`: the token only)', '`127.0.0.0/8, ::1`', (v) => (v === 'none' ? [] : parseAddressList(v ?? '127.0.0.0/8, ::1'))),
  TAWASUL_METRICS_CACHE_SECONDS: decimal('the business figures of `/metrics` are queried at most this often (`0`: every scrape)', 5, { atLeast: 0 }),
  SMTP_URL: url('email: `smtp://user:pass@host:587` (`smtps://…:465` for TLS from the start)', ['smtp:', 'smtps:'], undefined, '— (emails go to the log)'),
  MAIL_FROM: text('the From of every email', 'Tawasul <no-reply@tawasul.localhost>'),
  SMS_GATEWAY_URL: url('the HTTP SMS gateway (may hold `{to}`, `{text}`…): see Notifications', ['http:', 'https:'], undefined, '— (SMS go to the log)'),
  SMS_GATEWAY_METHOD: oneOf("the gateway's HTTP method", ['post', 'put', 'get'], 'post'),
  SMS_GATEWAY_AUTH_HEADER: text("the name of the gateway's authorisation header", 'authorization'),
  SMS_GATEWAY_AUTH: text("the value of the gateway's authorisation header", undefined, '—', true),
  SMS_GATEWAY_CONTENT_TYPE: text("the gateway request's content type", 'application/json'),
  SMS_GATEWAY_BODY: text('the gateway request body with `{to}`, `{text}`, `{segments}`, `{encoding}`, `{id}`', '{"to":"{to}","text":"{text}","segments":{segments},"encoding":"{encoding}","id":"{id}"}', 'a JSON body'),
  SMS_MAX_SEGMENTS: wholeNumber('a longer SMS is shortened to this many segments', 3, 1, 10),
  TAWASUL_NOTIFY_MAX_ATTEMPTS: wholeNumber('failures before a message is parked for an administrator', 8, 1),
  TAWASUL_NOTIFY_BACKOFF_SECONDS: decimal('first retry delay (doubling each time)', 30, { above: 0 }),
  TAWASUL_NOTIFY_MAX_BACKOFF_SECONDS: decimal('the retry delay’s cap', 21_600, { above: 0 }),
  TAWASUL_NOTIFY_POLL_MS: decimal('dispatcher poll interval', 2000, { above: 0 }),
  TAWASUL_NOTIFY_BATCH: wholeNumber('messages a dispatcher claims at once', 20, 1),
  TAWASUL_NOTIFY_LEASE_SECONDS: decimal("how long a claimed message stays invisible to other dispatchers (renewed while it is being sent: how soon a crashed worker's messages are taken over)", 30, { above: 0 }),
  TAWASUL_NOTIFY_CONCURRENCY: wholeNumber('messages one dispatcher sends at once, and SMTP connections it keeps open (pooled)', 4, 1, 100),
  TAWASUL_WORKER_GRACE_SECONDS: decimal("on SIGTERM the worker (or the server's background loops) finishes the messages in hand, gives back the rest at once and exits within this time", 10, { above: 0 }),
  TAWASUL_HOUSEKEEPING_SECONDS: decimal('how often the worker purges expired rows', 600, { above: 0 }),
  TAWASUL_HOUSEKEEPING_BATCH: wholeNumber('rows per delete statement of the housekeeping', 1000, 1),
  TAWASUL_RETAIN_OUTBOX_DAYS: decimal('sent notifications (with the digested messages, digest days and files that belong to them) are deleted this long after sending; parked and pending ones are kept', 90, { above: 0 }),
  TAWASUL_RETENTION_DAYS: wholeNumber("days a case keeps its citizen's contact details after reaching a final state (closed, rejected, merged, implemented, declined); then the housekeeping erases the contact name, phone, email, national id, free-text address, the link to the citizen's account and the case's followers, keeps the case, its place, events and figures, and writes one audit entry per batch (docs/operations.md); `0` keeps them", 0, 0),
  TAWASUL_RETAIN_IDEMPOTENCY_HOURS: decimal("an `Idempotency-Key` is remembered this long; a retry after it makes a new case. Relays' delivery receipt ids are kept as long (never less than twice TAWASUL_RELAY_TOLERANCE_SECONDS), so a replayed receipt is refused", 24, { above: 0 }),
  TAWASUL_RETAIN_SESSIONS_DAYS: decimal('sessions are deleted this long after they expired, were signed out or went idle', 7, { above: 0 }),
  TAWASUL_RETAIN_CODES_HOURS: decimal('one-time codes and reset tokens are deleted this long after use or expiry (throttle windows and sign-in backoff streaks as soon as they are over)', 24, { above: 0 }),
  TAWASUL_DIGEST_HOUR: wholeNumber('local hour after which the daily staff digests go out', 7, 0, 23),
  TAWASUL_MONTHLY_REPORT_HOUR: wholeNumber("local hour of the 1st from which last month's reports are emailed", 6, 0, 23),
  TAWASUL_MONTHLY_REPORT_CHECK_MINUTES: wholeNumber('how often the worker checks for monthly reports due', 60, 1, 1440),
  TAWASUL_RELAY_SECRETS: parsed('per-relay HMAC secrets, `whatsapp:s1,social:s2,email:s3` (repeat a channel while rotating)', '— (relays refused)', parseSecrets, true),
  TAWASUL_RELAY_OUTBOUND_URLS: parsed("where each relay takes answers back to its conversations, `whatsapp:https://…,social:https://…` (signed with the channel's last secret)", '— (no answers by relay)', parseOutboundUrls),
  TAWASUL_RELAY_TOLERANCE_SECONDS: decimal("how far a relay's timestamp may be from the server clock", 300, { above: 0 }),
  TAWASUL_INBOUND_SERVICE: text('the catalogue service (triage) that receives relay messages quoting no case', 'general_inquiry'),
  TAWASUL_DB_PREPARED: onOff('the statements of intake are prepared once per PostgreSQL connection instead of planned on every call (`src/server/db/hot-statements.ts`); turn it off behind PgBouncer older than 1.21 in transaction mode, or with its `max_prepared_statements` at 0', true),
  TAWASUL_DB_CONNECT_TIMEOUT_MS: decimal("longest wait for a database connection (PostgreSQL pool and connect; PGlite's one connection); past it the request answers 503 `service_unavailable` with `Retry-After`", 5000, { above: 0 }),
  TAWASUL_DB_STATEMENT_TIMEOUT_MS: decimal("PostgreSQL `statement_timeout` of the server's connections (migrations are not limited)", 30_000, { above: 0 }),
  TAWASUL_DB_IDLE_TX_TIMEOUT_MS: decimal("PostgreSQL `idle_in_transaction_session_timeout` of the server's connections", 60_000, { above: 0 }),
  TAWASUL_DB_QUERY_TIMEOUT_MS: decimal("longest wait for a query's answer, for a PostgreSQL server that does not answer at all", 0, { atLeast: 0 }, 'statement limit + `5000`'),
  TAWASUL_HTTP_REQUEST_TIMEOUT_MS: decimal('a request (headers and body) must arrive within this time, else 408 and the connection is closed; raise it if citizens upload large photos over slow links', 30_000, { above: 0 }),
  TAWASUL_HTTP_HEADERS_TIMEOUT_MS: decimal("a request's headers must arrive within this time (at most the request limit)", 10_000, { above: 0 }),
  TAWASUL_HTTP_KEEP_ALIVE_TIMEOUT_MS: decimal("an idle keep-alive connection is closed after this time (keep it above your load balancer's idle timeout)", 72_000, { above: 0 }),
  TAWASUL_HTTP_IDLE_TIMEOUT_MS: decimal('a connection on which nothing moves is closed after this time', 120_000, { above: 0 }),
  LOG_LEVEL: oneOf('pino level', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
} satisfies Record<string, Variable>;

export type Environment = Values<typeof variables>;
export type VariableName = keyof typeof variables;

/** Every variable from `env`, checked at once: a ConfigError names each bad one and what it accepts. */
export function readEnvironment(env: Record<string, string | undefined> = process.env): Environment {
  return readVariables(variables, env);
}

/** One variable, read and checked as the schema says (for the modules that read their own settings). */
export function readVariable<N extends VariableName>(name: N, env: Record<string, string | undefined> = process.env): Environment[N] {
  return readVariables({ [name]: variables[name] } as Pick<typeof variables, N>, env)[name] as Environment[N];
}
