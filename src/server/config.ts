import path from 'node:path';
import type { StaffRole } from '../common/enums.ts';
import type { CountryCode } from '../common/phone.ts';
import { readEnvironment, type Box } from './config.env.ts';
import { ConfigError } from './config.variables.ts';
import { loadOidcConfig, type OidcConfig } from './sso/sso.config.ts';

/** A rectangle that submitted coordinates must fall inside. */
export type { Box as BoundingBox } from './config.env.ts';

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
  /** A streaming replica of the database for reads that may be a few seconds stale (DATABASE_READ_URL). */
  databaseReadUrl: string | undefined;
  /** Seconds the replica may lag before reads go back to the primary (TAWASUL_READ_MAX_LAG_SECONDS). */
  readMaxLagSeconds: number;
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
  /** Prepare the hot statements once per PostgreSQL connection (TAWASUL_DB_PREPARED). */
  dbPrepared: boolean;
  /** PGlite flushes each commit to disk (fsync); off only where losing the last commits is acceptable (tests). */
  pgliteDurable: boolean;
  /** Time limits the HTTP server puts on its clients. */
  httpLimits: HttpLimits;
  /** Files per upload (a submission or an action), bytes per file, and files a case may hold in all (20 when absent). */
  attachments: { maxFiles: number; maxBytes: number; maxPerCase?: number };
  boundingBox: Box;
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

/**
 * Reads the configuration from an environment (process.env by default). Every variable is checked
 * by the one schema in config.env.ts first, so a start with bad values stops with a ConfigError
 * that names each variable and what it accepts; what follows only assembles the checked values.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = readEnvironment(env);
  const databaseUrl = e.DATABASE_URL;
  const port = e.PORT;
  const host = e.HOST ?? '127.0.0.1';
  const publicUrl = (e.TAWASUL_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/$/, '');
  const demo = e.TAWASUL_DEMO ?? databaseUrl === undefined;
  const statementTimeoutMs = e.TAWASUL_DB_STATEMENT_TIMEOUT_MS;
  const requestTimeoutMs = e.TAWASUL_HTTP_REQUEST_TIMEOUT_MS;
  return {
    port,
    host,
    databaseUrl,
    databaseReadUrl: e.DATABASE_READ_URL,
    readMaxLagSeconds: e.TAWASUL_READ_MAX_LAG_SECONDS,
    dataDir: path.resolve(e.TAWASUL_DATA_DIR ?? './data'),
    publicUrl,
    demo,
    demoPassword: e.TAWASUL_DEMO_PASSWORD ?? 'tawasul-demo',
    demoCases: e.TAWASUL_DEMO_CASES,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: 256 * 1024,
    dbLimits: {
      connectTimeoutMs: e.TAWASUL_DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs,
      idleInTransactionTimeoutMs: e.TAWASUL_DB_IDLE_TX_TIMEOUT_MS,
      // A little above the statement limit, so the server's own cancel normally comes first.
      queryTimeoutMs: e.TAWASUL_DB_QUERY_TIMEOUT_MS || statementTimeoutMs + 5_000,
    },
    pgliteDurable: e.TAWASUL_PGLITE_DURABLE,
    dbPrepared: e.TAWASUL_DB_PREPARED,
    httpLimits: {
      requestTimeoutMs,
      // Node refuses a headers limit above the request limit.
      headersTimeoutMs: Math.min(requestTimeoutMs, e.TAWASUL_HTTP_HEADERS_TIMEOUT_MS),
      keepAliveTimeoutMs: e.TAWASUL_HTTP_KEEP_ALIVE_TIMEOUT_MS,
      idleTimeoutMs: e.TAWASUL_HTTP_IDLE_TIMEOUT_MS,
    },
    attachments: {
      maxFiles: e.TAWASUL_MAX_ATTACHMENTS,
      maxBytes: e.TAWASUL_MAX_ATTACHMENT_BYTES,
      maxPerCase: e.TAWASUL_MAX_CASE_ATTACHMENTS,
    },
    boundingBox: e.TAWASUL_BBOX,
    nearBoundaryMetres: e.TAWASUL_NEAR_BOUNDARY_METRES,
    country: e.TAWASUL_COUNTRY,
    open311Jurisdiction: e.OPEN311_JURISDICTION ?? 'tawasul.example',
    timeZone: e.TAWASUL_TIME_ZONE,
    reopenWindowDays: e.TAWASUL_REOPEN_DAYS,
    surveyDays: e.TAWASUL_SURVEY_DAYS,
    inProcessWorker: e.TAWASUL_WORKER,
    sweepSeconds: e.TAWASUL_SWEEP_SECONDS,
    cookieSecure: e.TAWASUL_COOKIE_SECURE,
    trustedProxies: e.TAWASUL_TRUSTED_PROXIES,
    sessionIdleMinutes: e.TAWASUL_SESSION_IDLE_MINUTES,
    // The demo's accounts share a printed password: no second factor asked of them unless set.
    totpRequiredRoles: e.TAWASUL_TOTP_REQUIRED_ROLES ?? (demo ? [] : ['coordinator', 'entity_admin']),
    notify: {
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM ?? 'Tawasul <no-reply@tawasul.localhost>',
      sms: {
        url: e.SMS_GATEWAY_URL,
        method: e.SMS_GATEWAY_METHOD.toUpperCase(),
        authHeader: e.SMS_GATEWAY_AUTH_HEADER ?? 'authorization',
        authValue: e.SMS_GATEWAY_AUTH,
        contentType: e.SMS_GATEWAY_CONTENT_TYPE ?? 'application/json',
        bodyTemplate: e.SMS_GATEWAY_BODY ?? '',
        maxSegments: e.SMS_MAX_SEGMENTS,
      },
      maxAttempts: e.TAWASUL_NOTIFY_MAX_ATTEMPTS,
      backoffSeconds: e.TAWASUL_NOTIFY_BACKOFF_SECONDS,
      maxBackoffSeconds: e.TAWASUL_NOTIFY_MAX_BACKOFF_SECONDS,
      leaseSeconds: e.TAWASUL_NOTIFY_LEASE_SECONDS,
      concurrency: e.TAWASUL_NOTIFY_CONCURRENCY,
      pollMs: e.TAWASUL_NOTIFY_POLL_MS,
      batchSize: e.TAWASUL_NOTIFY_BATCH,
      digestHour: e.TAWASUL_DIGEST_HOUR,
    },
    workerGraceSeconds: e.TAWASUL_WORKER_GRACE_SECONDS,
    housekeeping: {
      everySeconds: e.TAWASUL_HOUSEKEEPING_SECONDS,
      batchSize: e.TAWASUL_HOUSEKEEPING_BATCH,
      outboxDays: e.TAWASUL_RETAIN_OUTBOX_DAYS,
      idempotencyHours: e.TAWASUL_RETAIN_IDEMPOTENCY_HOURS,
      sessionDays: e.TAWASUL_RETAIN_SESSIONS_DAYS,
      codeHours: e.TAWASUL_RETAIN_CODES_HOURS,
      personalDataDays: e.TAWASUL_RETENTION_DAYS,
    },
    metrics: { token: e.TAWASUL_METRICS_TOKEN, allow: e.TAWASUL_METRICS_ALLOW, cacheSeconds: e.TAWASUL_METRICS_CACHE_SECONDS },
    oidc: oidcConfig(env, publicUrl),
    inbound: {
      secrets: e.TAWASUL_RELAY_SECRETS,
      outboundUrls: e.TAWASUL_RELAY_OUTBOUND_URLS,
      toleranceSeconds: e.TAWASUL_RELAY_TOLERANCE_SECONDS,
      serviceCode: e.TAWASUL_INBOUND_SERVICE ?? 'general_inquiry',
    },
  };
}

/** Single sign-on needs its client id and role map with an issuer: said as a configuration error. */
function oidcConfig(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | undefined {
  try {
    return loadOidcConfig(env, publicUrl);
  } catch (err) {
    const message = (err as Error).message;
    const variable = /^(TAWASUL_OIDC_[A-Z_]+)/.exec(message)?.[1] ?? 'TAWASUL_OIDC_ISSUER';
    throw new ConfigError([{ variable, message: message.replace(/^TAWASUL_OIDC_[A-Z_]+:?\s*/, '') }]);
  }
}
