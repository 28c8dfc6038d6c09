import type { HttpLimits } from '../config.ts';

/**
 * Fastify's and Node's server time limits, set deliberately: left alone, Fastify sets no request
 * limit at all, so a client sending its body one byte at a time held its connection for as long as
 * it liked. Node checks the request and header limits on a timer (every 30 s by default), so the
 * timer here runs often enough that a slow client is cut off within a second of its limit.
 * Only the request being received is timed: a slow answer (an export) is not cut off.
 */
export function httpServerOptions(limits: HttpLimits) {
  const shortest = Math.min(limits.requestTimeoutMs, limits.headersTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    http: {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(shortest / 4))),
    },
  };
}
