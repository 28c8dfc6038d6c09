import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  loginResponseSchema,
  loginSchema,
  otpRequestSchema,
  otpVerifySchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  sessionResponseSchema,
} from '../../common/schemas/auth.schema.ts';
import type { Config } from '../config.ts';
import { errors } from '../http/errors.ts';
import type { CitizenActor, StaffActor } from './actor.ts';
import { clientInfo } from '../http/client-info.ts';
import type { AuthService, NewSession } from './auth.service.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'tawasul_session';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that do not act on a session: signing in, asking for a code or a reset. */
const csrfExempt = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/login/second-factor',
  '/api/v1/auth/otp',
  '/api/v1/auth/otp/verify',
  '/api/v1/auth/password-reset',
  '/api/v1/auth/password-reset/confirm',
]);

/** What GET /auth/me and the sign-in answers say about the signed-in person. */
export function presentUser(actor: StaffActor | CitizenActor) {
  if (actor.kind === 'staff') {
    return {
      kind: 'staff' as const,
      id: actor.id,
      email: actor.email,
      name: actor.name,
      role: actor.role,
      language: actor.language,
      entity: { code: actor.entityCode, name: actor.entityName },
    };
  }
  return { kind: 'citizen' as const, id: actor.id, name: actor.name, phone: actor.phone, email: actor.email, language: actor.language };
}

/**
 * Resolves the actor of every API request from its session cookie, and refuses a
 * cookie-authenticated write that lacks the session's CSRF token.
 */
export function installAuthentication(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', { getter: () => ({ kind: 'anonymous' as const }) });
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const actor = await auth.authenticate(request.cookies[SESSION_COOKIE]);
    Object.defineProperty(request, 'actor', { value: actor, writable: true, configurable: true });
  });
  app.addHook('preHandler', async (request) => {
    if (safeMethods.has(request.method) || request.actor.kind === 'anonymous') return;
    if (csrfExempt.has(request.routeOptions.url ?? '')) return;
    const header = request.headers['x-csrf-token'];
    if (!auth.csrfValid(request.actor, typeof header === 'string' ? header : undefined)) throw errors.csrf();
  });
}

/** How the session cookie is set: `Secure` unless the deployment is plain HTTP (config.ts). */
export type CookieOptions = Pick<Config, 'cookieSecure'>;

/** Sets the session cookie of a new session and answers what the sign-in answers say (every staff sign-in: password, identity provider). */
export function setSession(reply: FastifyReply, cookie: CookieOptions, s: NewSession) {
  void reply.setCookie(SESSION_COOKIE, s.cookieValue, {
    path: '/',
    httpOnly: true,
    secure: cookie.cookieSecure,
    sameSite: 'lax',
    maxAge: s.maxAgeSeconds,
  });
  return { csrfToken: s.csrfToken, user: presentUser(s.actor) };
}

/** Sign-in for staff (password) and citizens (one-time code), sign-out and password reset. */
export function authRoutes(auth: AuthService, cookie: CookieOptions) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['auth'];

    r.post(
      '/api/v1/auth/login',
      { schema: { tags, summary: 'Staff sign-in; an account with a second factor gets a challenge for its code', body: loginSchema, response: { 200: loginResponseSchema } } },
      async (request, reply) => {
        const result = await auth.login(request.body.email, request.body.password, clientInfo(request));
        return 'challenge' in result ? result : setSession(reply, cookie, result);
      },
    );

    r.post(
      '/api/v1/auth/logout',
      { schema: { tags, summary: 'Sign out (everywhere: every session of this staff member)', body: z.object({ everywhere: z.boolean().optional() }).strict().optional() } },
      async (request, reply) => {
        await auth.logout(request.actor, request.body?.everywhere === true);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    r.get('/api/v1/auth/me', { schema: { tags, summary: 'Who is signed in', response: { 200: sessionResponseSchema } } }, async (request) => {
      const actor = request.actor;
      if (actor.kind === 'anonymous') throw errors.unauthenticated();
      return { csrfToken: actor.csrfToken, user: presentUser(actor) };
    });

    r.post('/api/v1/auth/otp', { schema: { tags, summary: 'Send a one-time sign-in code to a phone or email', body: otpRequestSchema } }, async (request, reply) => {
      await auth.requestOtp(request.body, clientInfo(request));
      return reply.status(202).send({ sent: true });
    });

    r.post(
      '/api/v1/auth/otp/verify',
      { schema: { tags, summary: 'Sign in with the code', body: otpVerifySchema, response: { 200: sessionResponseSchema } } },
      async (request, reply) => setSession(reply, cookie, await auth.verifyOtp(request.body, clientInfo(request))),
    );

    r.post('/api/v1/auth/password-reset', { schema: { tags, summary: 'Email a password-reset link', body: passwordResetRequestSchema } }, async (request, reply) => {
      await auth.requestPasswordReset(request.body.email, clientInfo(request));
      return reply.status(202).send({ sent: true });
    });

    r.post('/api/v1/auth/password-reset/confirm', { schema: { tags, summary: 'Set a new password with the link token', body: passwordResetConfirmSchema } }, async (request, reply) => {
      await auth.confirmPasswordReset(request.body.token, request.body.password);
      return reply.status(204).send();
    });
  };
}
