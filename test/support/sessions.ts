import type { FastifyInstance, InjectOptions } from 'fastify';
import { inject } from 'vitest';
import type { MemoryNotifier } from '../../src/server/notify/notifier.ts';

/** A signed-in browser: its session cookie and CSRF token. */
export interface Session {
  cookie: string;
  csrf: string;
  user: { id: number; kind: string };
}

function cookieOf(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!first) throw new Error('no session cookie set');
  return first.split(';')[0]!;
}

/** Signs a demo staff member in (`{role}@{entity}.demo`, the test password). */
export async function signInStaff(app: FastifyInstance, email: string, password = inject('testPassword')): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in ${email}: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { cookie: cookieOf(res.headers['set-cookie']), csrf: body.csrfToken, user: body.user };
}

/** Signs a citizen in with a one-time code read from the test notifier. */
export async function signInCitizen(app: FastifyInstance, notifier: MemoryNotifier, phone: string, normalised: string): Promise<Session> {
  const ask = await app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
  if (ask.statusCode !== 202) throw new Error(`otp: ${ask.statusCode} ${ask.body}`);
  const code = notifier.last(normalised)?.params.code;
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } });
  if (res.statusCode !== 200) throw new Error(`otp verify: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { cookie: cookieOf(res.headers['set-cookie']), csrf: body.csrfToken, user: body.user };
}

/** Adds a session's cookie and CSRF header to a request. */
export function as(session: Session, opts: InjectOptions): InjectOptions {
  return { ...opts, headers: { ...(opts.headers ?? {}), cookie: session.cookie, 'x-csrf-token': session.csrf } };
}
