import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  enrolmentConfirmedSchema,
  enrolmentConfirmSchema,
  enrolmentSchema,
  enrolmentStartSchema,
  secondFactorSignInSchema,
  secondFactorStatusSchema,
  sessionResponseSchema,
} from '../../common/schemas/auth.schema.ts';
import { clientInfo } from '../http/client-info.ts';
import { setSession, type CookieOptions } from './auth.routes.ts';
import type { AuthService } from './auth.service.ts';

/**
 * The TOTP second factor: the code step of a sign-in, enrolment (during sign-in when the role
 * requires it, or signed in from the security page) and its state.
 */
export function secondFactorRoutes(auth: AuthService, cookie: CookieOptions) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['auth'];

    r.post(
      '/api/v1/auth/login/second-factor',
      { schema: { tags, summary: "Sign in with the code of the password's challenge (a TOTP or a recovery code)", body: secondFactorSignInSchema, response: { 200: sessionResponseSchema } } },
      async (request, reply) => setSession(reply, cookie, await auth.completeSignIn(request.body.challenge, request.body.code, clientInfo(request))),
    );

    r.get(
      '/api/v1/auth/second-factor',
      { schema: { tags, summary: 'Whether the signed-in account has a second factor, must have one, and its recovery codes left', response: { 200: secondFactorStatusSchema } } },
      async (request) => auth.secondFactorStatus(request.actor),
    );

    r.post(
      '/api/v1/auth/second-factor/enrol',
      { schema: { tags, summary: 'Start a TOTP enrolment: a new secret and its otpauth:// URI', body: enrolmentStartSchema, response: { 200: enrolmentSchema } } },
      async (request) => (request.body.challenge ? auth.beginRequiredEnrolment(request.body.challenge) : auth.beginEnrolment(request.actor)),
    );

    r.post(
      '/api/v1/auth/second-factor/enrol/confirm',
      {
        schema: {
          tags,
          summary: 'Confirm the enrolment with a first code: ten recovery codes, shown once (and, during sign-in, the session)',
          body: enrolmentConfirmSchema,
          response: { 200: enrolmentConfirmedSchema },
        },
      },
      async (request, reply) => {
        const { challenge, code } = request.body;
        if (!challenge) return { recoveryCodes: await auth.confirmEnrolment(request.actor, code, clientInfo(request)) };
        const done = await auth.confirmRequiredEnrolment(challenge, code, clientInfo(request));
        return { recoveryCodes: done.recoveryCodes, ...setSession(reply, cookie, done.session) };
      },
    );
  };
}
