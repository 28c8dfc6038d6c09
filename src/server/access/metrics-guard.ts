import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import type { MetricsConfig } from '../config.ts';
import { errors } from '../http/errors.ts';

/** Refuses (401) a request that may not read GET /metrics; returns quietly otherwise. */
export type MetricsGuard = (request: FastifyRequest) => void;

/** `::ffff:127.0.0.1` → `127.0.0.1`, so an IPv4 rule matches a dual-stack socket's peer. */
function plainAddress(ip: string): string {
  return ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who reads the operational figures: a request bearing `Authorization: Bearer <TAWASUL_METRICS_TOKEN>`,
 * or one from an address in TAWASUL_METRICS_ALLOW (`request.ip`: behind a trusted proxy, the client's).
 * Everyone else gets 401, as a missing credential does elsewhere.
 */
export function metricsGuard(config: MetricsConfig): MetricsGuard {
  const allowed = new BlockList();
  for (const item of config.allow) {
    const [addr, bits] = item.split('/') as [string, string | undefined];
    const type = isIP(addr) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) allowed.addAddress(addr, type);
    else allowed.addSubnet(addr, Number(bits), type);
  }
  return (request) => {
    const header = request.headers.authorization;
    if (config.token && typeof header === 'string' && header.startsWith('Bearer ') && sameSecret(header.slice(7).trim(), config.token)) return;
    const ip = plainAddress(request.ip);
    const family = isIP(ip);
    if (family && allowed.check(ip, family === 6 ? 'ipv6' : 'ipv4')) return;
    throw errors.unauthenticated();
  };
}
