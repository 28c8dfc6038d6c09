import type { FastifyRequest } from 'fastify';

/** Who is at the other end of a request, as far as sign-in throttling and the audit log need. */
export interface ClientInfo {
  /** The client address: the socket's, or the forwarded one from a trusted proxy (TAWASUL_TRUSTED_PROXIES). */
  ip: string;
  userAgent: string;
}

export function clientInfo(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
}
