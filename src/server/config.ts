import { isIP } from 'node:net';
import path from 'node:path';
import { staffRoles, type StaffRole } from '../common/enums.ts';
import { loadOidcConfig, type OidcConfig } from './sso/sso.config.ts';
import { isPhoneCountry, type CountryCode } from '../common/phone.ts';

/** A rectangle that submitted coordinates must fall inside. */
export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** How long the server waits for its database; a wait past a limit answers 503 instead of hanging. */
export interface DatabaseLimits {
  /** Getting a connection: PostgreSQL pool checkout and connect; PGlite's wait for its one connection. */
  connectTimeoutMs: number;
  /** PostgreSQL `statement_timeout`: the server cancels a statement that runs longer. */
  statementTimeoutMs: number;
  /** PostgreSQL `idle_in_transaction_session_timeout`: a transaction left idle this long is ended by the server. */
  idleInTransactionTimeoutMs: number;
  /** Client-side limit on one query's answer (covers a server that does not answer at all). */
  queryTimeoutMs: number;
}

/** Limits on slow or idle HTTP clients (Node's server options; see app.ts). */
export interface HttpLimits {
  /** The whole request, headers and body, must arrive within this time (408 and the connection closed). */
  requestTimeoutMs: number;
  /** The request headers must arrive within this time. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time (above a load balancer's own idle timeout). */
  keepAliveTimeoutMs: number;
  /** A connection on which nothing moves either way for this time is closed. */
  idleTimeoutMs: number;
}

/** Everything the server reads from its environment, parsed once. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  demo: boolean;
  demoPassword: string;
  /** Cases of generated history the demo gets at its first start (TAWASUL_DEMO_CASES; 0 for none). */
  demoCases: number;
  logLevel: string;
  bodyLimitBytes: number;
  /** Time limits on every wait for the database (see db/database.ts). */
  dbLimits: DatabaseLimits;
  /** PGlite flushes each commit to disk (fsync); off only where losing the last commits is acceptable (tests). */
  pgliteDurable: boolean;
  /** Time limits the HTTP server puts on its clients. */
  httpLimits: HttpLimits;
  /** Files per upload (a submission or an action), bytes per file, and files a case may hold in all (20 when absent). */
  attachments: { maxFiles: number; maxBytes: number; maxPerCase?: number };
  boundingBox: BoundingBox;
  /** A point this close (metres) to an area of another governorate does not decide the route (places/). */
  nearBoundaryMetres: number;
  /** The country local phone numbers are dialled in (TAWASUL_COUNTRY, ISO 3166-1 alpha-2; default BH). */
  country: CountryCode;
  open311Jurisdiction: string;
  /** Run the background loops (SLA sweeper, notifications) inside the server process. */
  inProcessWorker: boolean;
  /** Seconds between SLA sweeps. */
  sweepSeconds: number;
  /** Days after resolution during which the citizen may reopen a case. */
  reopenWindowDays: number;
  /** Days after a resolution during which its satisfaction survey may be answered (TAWASUL_SURVEY_DAYS). */
  surveyDays: number;
  /** Send cookies with the Secure attribute (browsers accept it on http://localhost too). */
  cookieSecure: boolean;
  /** Proxies (IPs or CIDRs) whose X-Forwarded-For is believed; empty: the client is the socket's peer. */
  trustedProxies: string[];
  /** Minutes without a request after which a staff session ends (besides its absolute lifetime). */
  sessionIdleMinutes: number;
  /**
   * Roles whose password accounts must have a TOTP second factor (TAWASUL_TOTP_REQUIRED_ROLES,
   * comma-separated, `none` for none); default coordinator and entity_admin, none in the demo.
   */
  totpRequiredRoles: StaffRole[];
  /** Time zone that decides the year of a reference number. */
  timeZone: string;
  /** Outbound notifications: transports and the dispatcher (see notify/). */
  notify: NotifyConfig;
  /** Inbound relays (WhatsApp, social media, email providers); see inbound/. */
  inbound: InboundConfig;
  /** Seconds a stopping worker (SIGTERM) is given to finish the message in hand before it exits. */
  workerGraceSeconds: number;
  /** What the worker purges, how often and after how long (see housekeeping/). */
  housekeeping: HousekeepingConfig;
  /** Who may read GET /metrics (see metrics/). */
  metrics: MetricsConfig;
  /** Staff sign-on through an OpenID Connect provider (TAWASUL_OIDC_*, see sso/sso.config.ts); absent: none. */
  oidc?: OidcConfig;
}

/** GET /metrics answers a request bearing the token, or one from an allowed address. */
export interface MetricsConfig {
  /** TAWASUL_METRICS_TOKEN: `Authorization: Bearer <token>`; absent → no token opens it. */
  token: string | undefined;
  /** TAWASUL_METRICS_ALLOW: IPs or CIDRs (default loopback); `none` → the token only. */
  allow: string[];
  /** TAWASUL_METRICS_CACHE_SECONDS: the business figures are queried at most this often (default 5; 0: every scrape). */
  cacheSeconds: number;
}

/** Retention of short-lived rows; each period may be fractional (0.5 = half a day or hour). */
export interface HousekeepingConfig {
  everySeconds: number;
  /** Rows per delete statement (each statement locks no more than this many). */
  batchSize: number;
  /** Sent outbox messages (and the digested ones they carried, their digests and files), after sending. */
  outboxDays: number;
  /** Idempotency keys, after they were first used: a retry later than this makes a new case. */
  idempotencyHours: number;
  /** Sessions, after they expired, were signed out or (staff) went idle. */
  sessionDays: number;
  /** One-time sign-in codes and password-reset tokens, after they were used or expired. */
  codeHours: number;
  /**
   * Days a case is kept with its citizen's contact details after it reached a final state
   * (TAWASUL_RETENTION_DAYS); then they are erased and the case kept for the figures. 0: kept.
   */
  personalDataDays: number;
}

/** Email, SMS and the outbox dispatcher. */
export interface NotifyConfig {
  /** `smtp://user:pass@host:port` (or `smtps://` for TLS from the start); absent → messages go to the log. */
  smtpUrl: string | undefined;
  /** The From of every email, e.g. `Tawasul <no-reply@tawasul.example>`. */
  mailFrom: string;
  sms: {
    /** The gateway's URL (may hold `{to}`, `{text}`…); absent → messages go to the log. */
    url: string | undefined;
    method: string;
    /** Name and value of the gateway's authorisation header, e.g. `authorization` / `Bearer …`. */
    authHeader: string;
    authValue: string | undefined;
    contentType: string;
    /** Request body with `{to}`, `{text}`, `{segments}`, `{encoding}`, `{id}`; escaped for the content type. */
    bodyTemplate: string;
    /** A message longer than this many segments is shortened. */
    maxSegments: number;
  };
  /** Failures before a message is parked for an administrator. */
  maxAttempts: number;
  /** First retry delay; each later one doubles, up to maxBackoffSeconds. */
  backoffSeconds: number;
  maxBackoffSeconds: number;
  /**
   * How long a claimed message stays invisible to other dispatchers; renewed while it is being
   * sent, so this is how soon a crashed worker's messages are taken over.
   */
  leaseSeconds: number;
  /** Messages one dispatcher sends at the same time (and SMTP connections it keeps open). */
  concurrency: number;
  pollMs: number;
  batchSize: number;
  /** Local hour (in timeZone) after which the daily staff digests go out. */
  digestHour: number;
}

/** Channel relays: per-channel HMAC secrets, clock tolerance and where unclassified messages go. */
export interface InboundConfig {
  /** Accepted secrets per relay channel (several while a secret is rotated). */
  secrets: Record<string, string[]>;
  /**
   * Where each relay takes messages back to its conversations (TAWASUL_RELAY_OUTBOUND_URLS,
   * `whatsapp:https://…,social:https://…`); signed with the channel's last secret. A relay without
   * one gets no answers by relay.
   */
  outboundUrls?: Record<string, string>;
  toleranceSeconds: number;
  /** The catalogue service that receives messages quoting no known reference (a triage service). */
  serviceCode: string;
}

/** Bahrain, with a small margin around its islands. */
const bahrainBox: BoundingBox = { minLat: 25.5, maxLat: 26.4, minLng: 50.3, maxLng: 50.9 };

function parseBox(value: string | undefined): BoundingBox {
  if (!value) return bahrainBox;
  const parts = value.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw new Error('TAWASUL_BBOX must be "minLat,minLng,maxLat,maxLng"');
  }
  const [minLat, minLng, maxLat, maxLng] = parts as [number, number, number, number];
  return { minLat, minLng, maxLat, maxLng };
}

/** A number ≥ 0 from the environment (0 turns the thing off); anything else stops the start. */
function nonNegative(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`Expected a number ≥ 0, got "${value}"`);
  return n;
}

function parseBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'on', 'true', 'yes'].includes(value.toLowerCase());
}

/** `whatsapp:secret1,social:secret2,whatsapp:secret3` → accepted secrets per channel. */
function parseSecrets(value: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = item.indexOf(':');
    if (at < 1 || at === item.length - 1) throw new Error('TAWASUL_RELAY_SECRETS must be "channel:secret,channel:secret"');
    (out[item.slice(0, at)] ??= []).push(item.slice(at + 1));
  }
  return out;
}

/** `whatsapp:https://relay.example/out,social:http://…` → each relay's outbound URL; anything else stops the start. */
function parseOutboundUrls(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = item.indexOf(':');
    const url = item.slice(at + 1);
    if (at < 1 || !/^https?:\/\/\S+$/.test(url)) throw new Error('TAWASUL_RELAY_OUTBOUND_URLS must be "channel:http(s)://…,channel:http(s)://…"');
    out[item.slice(0, at)] = url;
  }
  return out;
}

/** `10.0.0.1, 10.1.0.0/16, ::1` → the list, each entry checked, so a typo fails at start and not silently. */
function parseProxies(value: string | undefined, variable = 'TAWASUL_TRUSTED_PROXIES'): string[] {
  const list = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of list) {
    const [addr, bits, ...rest] = item.split('/');
    const family = isIP(addr ?? '');
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`${variable}: "${item}" is not an IP address or CIDR range`);
    }
  }
  return list;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function loadDatabaseLimits(env: NodeJS.ProcessEnv): DatabaseLimits {
  const statementTimeoutMs = positive(env.TAWASUL_DB_STATEMENT_TIMEOUT_MS, 30_000);
  return {
    connectTimeoutMs: positive(env.TAWASUL_DB_CONNECT_TIMEOUT_MS, 5_000),
    statementTimeoutMs,
    idleInTransactionTimeoutMs: positive(env.TAWASUL_DB_IDLE_TX_TIMEOUT_MS, 60_000),
    // A little above the statement limit, so the server's own cancel normally comes first.
    queryTimeoutMs: positive(env.TAWASUL_DB_QUERY_TIMEOUT_MS, statementTimeoutMs + 5_000),
  };
}

function loadHttpLimits(env: NodeJS.ProcessEnv): HttpLimits {
  const requestTimeoutMs = positive(env.TAWASUL_HTTP_REQUEST_TIMEOUT_MS, 30_000);
  return {
    requestTimeoutMs,
    // Node refuses a headers limit above the request limit.
    headersTimeoutMs: Math.min(requestTimeoutMs, positive(env.TAWASUL_HTTP_HEADERS_TIMEOUT_MS, 10_000)),
    keepAliveTimeoutMs: positive(env.TAWASUL_HTTP_KEEP_ALIVE_TIMEOUT_MS, 72_000),
    idleTimeoutMs: positive(env.TAWASUL_HTTP_IDLE_TIMEOUT_MS, 120_000),
  };
}

function loadNotifyConfig(env: NodeJS.ProcessEnv): NotifyConfig {
  return {
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Tawasul <no-reply@tawasul.localhost>',
    sms: {
      url: env.SMS_GATEWAY_URL || undefined,
      method: (env.SMS_GATEWAY_METHOD || 'POST').toUpperCase(),
      authHeader: env.SMS_GATEWAY_AUTH_HEADER || 'authorization',
      authValue: env.SMS_GATEWAY_AUTH || undefined,
      contentType: env.SMS_GATEWAY_CONTENT_TYPE || 'application/json',
      bodyTemplate: env.SMS_GATEWAY_BODY || '{"to":"{to}","text":"{text}","segments":{segments},"encoding":"{encoding}","id":"{id}"}',
      maxSegments: positive(env.SMS_MAX_SEGMENTS, 3),
    },
    maxAttempts: positive(env.TAWASUL_NOTIFY_MAX_ATTEMPTS, 8),
    backoffSeconds: positive(env.TAWASUL_NOTIFY_BACKOFF_SECONDS, 30),
    maxBackoffSeconds: positive(env.TAWASUL_NOTIFY_MAX_BACKOFF_SECONDS, 6 * 3600),
    leaseSeconds: positive(env.TAWASUL_NOTIFY_LEASE_SECONDS, 30),
    concurrency: Math.floor(positive(env.TAWASUL_NOTIFY_CONCURRENCY, 4)),
    pollMs: positive(env.TAWASUL_NOTIFY_POLL_MS, 2000),
    batchSize: positive(env.TAWASUL_NOTIFY_BATCH, 20),
    digestHour: Math.min(23, Math.max(0, Number(env.TAWASUL_DIGEST_HOUR ?? 7) || 0)),
  };
}

/** TAWASUL_SURVEY_DAYS: a whole number of days from 1 to 365 (default 14). */
function surveyDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 14;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > 365) throw new Error(`TAWASUL_SURVEY_DAYS must be a whole number of days from 1 to 365, got "${value}"`);
  return n;
}

/** TAWASUL_RETENTION_DAYS: a whole number of days ≥ 0 (default 0: contact details are kept). */
function retentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`TAWASUL_RETENTION_DAYS must be a whole number of days ≥ 0 (0 keeps contact details), got "${value}"`);
  return n;
}

/** TAWASUL_DEMO_CASES: a whole number ≥ 0 (default 20,000). */
function demoCaseCount(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 20_000;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`TAWASUL_DEMO_CASES must be a whole number ≥ 0, got "${value}"`);
  return n;
}

/** TAWASUL_METRICS_TOKEN and TAWASUL_METRICS_ALLOW; a token shorter than 16 characters stops the start. */
function loadMetricsConfig(env: NodeJS.ProcessEnv): MetricsConfig {
  const token = env.TAWASUL_METRICS_TOKEN?.trim() || undefined;
  if (token !== undefined && token.length < 16) throw new Error('TAWASUL_METRICS_TOKEN must be at least 16 characters');
  const allow = env.TAWASUL_METRICS_ALLOW?.trim();
  return {
    token,
    allow: allow === 'none' ? [] : parseProxies(allow || '127.0.0.0/8, ::1', 'TAWASUL_METRICS_ALLOW'),
    cacheSeconds: nonNegative(env.TAWASUL_METRICS_CACHE_SECONDS, 5),
  };
}

/** TAWASUL_COUNTRY: an ISO 3166-1 alpha-2 code the phone metadata knows (default BH). */
function phoneCountry(value: string | undefined): CountryCode {
  const code = value?.trim().toUpperCase() || 'BH';
  if (!isPhoneCountry(code)) throw new Error(`TAWASUL_COUNTRY must be a two-letter country code (ISO 3166-1 alpha-2, e.g. BH, SA, AE), got "${value}"`);
  return code;
}

/**
 * TAWASUL_TOTP_REQUIRED_ROLES: staff roles, comma-separated, or `none`. Unset: coordinator and
 * entity_admin, except in the demo, whose accounts share a printed password. A role name that
 * does not exist stops the start.
 */
function totpRequiredRoles(value: string | undefined, demo: boolean): StaffRole[] {
  if (value === undefined || value.trim() === '') return demo ? [] : ['coordinator', 'entity_admin'];
  if (value.trim() === 'none') return [];
  const roles = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const role of roles) {
    if (!(staffRoles as readonly string[]).includes(role)) throw new Error(`TAWASUL_TOTP_REQUIRED_ROLES: "${role}" is not a staff role (${staffRoles.join(', ')})`);
  }
  return roles as StaffRole[];
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '127.0.0.1';
  const demo = parseBool(env.TAWASUL_DEMO, databaseUrl === undefined);
  const publicUrl = (env.TAWASUL_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/$/, '');
  return {
    port,
    host,
    databaseUrl,
    dataDir: path.resolve(env.TAWASUL_DATA_DIR ?? './data'),
    publicUrl,
    demo,
    demoPassword: env.TAWASUL_DEMO_PASSWORD || 'tawasul-demo',
    demoCases: demoCaseCount(env.TAWASUL_DEMO_CASES),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimitBytes: 256 * 1024,
    dbLimits: loadDatabaseLimits(env),
    pgliteDurable: parseBool(env.TAWASUL_PGLITE_DURABLE, true),
    httpLimits: loadHttpLimits(env),
    attachments: {
      maxFiles: Number(env.TAWASUL_MAX_ATTACHMENTS ?? 5),
      maxBytes: Number(env.TAWASUL_MAX_ATTACHMENT_BYTES ?? 10 * 1024 * 1024),
      maxPerCase: Number(env.TAWASUL_MAX_CASE_ATTACHMENTS ?? 20),
    },
    boundingBox: parseBox(env.TAWASUL_BBOX),
    nearBoundaryMetres: nonNegative(env.TAWASUL_NEAR_BOUNDARY_METRES, 150),
    country: phoneCountry(env.TAWASUL_COUNTRY),
    open311Jurisdiction: env.OPEN311_JURISDICTION ?? 'tawasul.example',
    timeZone: env.TAWASUL_TIME_ZONE ?? 'Asia/Bahrain',
    reopenWindowDays: Number(env.TAWASUL_REOPEN_DAYS ?? 14),
    surveyDays: surveyDays(env.TAWASUL_SURVEY_DAYS),
    inProcessWorker: parseBool(env.TAWASUL_WORKER, true),
    sweepSeconds: Number(env.TAWASUL_SWEEP_SECONDS ?? 30),
    cookieSecure: parseBool(env.TAWASUL_COOKIE_SECURE, true),
    trustedProxies: parseProxies(env.TAWASUL_TRUSTED_PROXIES),
    sessionIdleMinutes: positive(env.TAWASUL_SESSION_IDLE_MINUTES, 60),
    totpRequiredRoles: totpRequiredRoles(env.TAWASUL_TOTP_REQUIRED_ROLES, demo),
    notify: loadNotifyConfig(env),
    workerGraceSeconds: positive(env.TAWASUL_WORKER_GRACE_SECONDS, 10),
    housekeeping: {
      everySeconds: positive(env.TAWASUL_HOUSEKEEPING_SECONDS, 600),
      batchSize: Math.floor(positive(env.TAWASUL_HOUSEKEEPING_BATCH, 1000)),
      outboxDays: positive(env.TAWASUL_RETAIN_OUTBOX_DAYS, 90),
      idempotencyHours: positive(env.TAWASUL_RETAIN_IDEMPOTENCY_HOURS, 24),
      sessionDays: positive(env.TAWASUL_RETAIN_SESSIONS_DAYS, 7),
      codeHours: positive(env.TAWASUL_RETAIN_CODES_HOURS, 24),
      personalDataDays: retentionDays(env.TAWASUL_RETENTION_DAYS),
    },
    metrics: loadMetricsConfig(env),
    oidc: loadOidcConfig(env, publicUrl),
    inbound: {
      secrets: parseSecrets(env.TAWASUL_RELAY_SECRETS),
      outboundUrls: parseOutboundUrls(env.TAWASUL_RELAY_OUTBOUND_URLS),
      toleranceSeconds: positive(env.TAWASUL_RELAY_TOLERANCE_SECONDS, 300),
      serviceCode: env.TAWASUL_INBOUND_SERVICE || 'general_inquiry',
    },
  };
}
