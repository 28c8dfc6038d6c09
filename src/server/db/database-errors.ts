/** The database could not be reached or did not answer within its limit; the request may be retried. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * PostgreSQL SQLSTATEs and socket errors that say "not now" rather than "this request is wrong":
 * shutdown and recovery (57P0x), a statement cancelled by `statement_timeout` (57014), a session
 * ended by `idle_in_transaction_session_timeout` (25P03), lost or refused connections (08xxx).
 */
const transientCodes = new Set([
  '57P01',
  '57P02',
  '57P03',
  '57014',
  '25P03',
  '08000',
  '08001',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

/** node-postgres raises its time limits and lost connections as plain Errors, known only by their message. */
const transientMessages = [
  /^timeout exceeded when trying to connect$/, // pool: no connection within connectionTimeoutMillis
  /^Connection terminated due to connection timeout$/, // a new connection not ready within connectionTimeoutMillis
  /^Query read timeout$/, // query_timeout: no answer from the server
  /^Connection terminated unexpectedly$/,
  /^Client has encountered a connection error and is not queryable$/,
];

/** True when an error means the database is unavailable or too slow right now (answered as 503 with Retry-After). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && transientCodes.has(code)) return true;
  return transientMessages.some((re) => re.test(error.message));
}

/** Codes and messages of a connection that is gone (not a slow or refused statement). */
const lostCodes = new Set(['57P01', '57P02', '08000', '08003', '08006', 'ECONNRESET', 'EPIPE']);
const lostMessages = [/^Connection terminated unexpectedly$/, /^Client has encountered a connection error and is not queryable$/];

/**
 * True when a statement failed because its connection was lost (the server went away or ended the
 * session) and got no answer — unlike a statement timeout, which the server ran and cancelled.
 * Looks through the `cause` of an abandoned connection's error.
 */
export function isConnectionLost(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && lostCodes.has(code)) return true;
    if (lostMessages.some((re) => re.test(e instanceof Error ? e.message : ''))) return true;
  }
  return false;
}
