import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, setSession, type CookieOptions } from '../auth/auth.routes.ts';
import { clientInfo } from '../http/client-info.ts';
import { errors } from '../http/errors.ts';
import { SsoRefused, type SsoService } from './sso.service.ts';

/** The cookie that ties the provider's answer to the browser that started the sign-in. */
export const SSO_COOKIE = 'tawasul_sso';
const ssoCookiePath = '/api/v1/auth/sso';

/** A configured provider, or 404 on an installation without one. */
function provider(sso: SsoService | null): SsoService {
  if (!sso) throw errors.notFound('single sign-on');
  return sso;
}

/** The URL the provider sent the browser back to, as the browser asked for it (the query is what counts). */
function callbackUrl(request: FastifyRequest, redirectUrl: string): URL {
  const query = request.url.indexOf('?');
  const url = new URL(redirectUrl);
  url.search = query >= 0 ? request.url.slice(query) : '';
  return url;
}

/**
 * Staff sign-on through the identity provider: start (to the provider), callback (back, signed in),
 * sign-out through the provider, and the provider's back-channel logout. Without a configured
 * provider (`sso` null) every route answers 404.
 */
export function ssoRoutes(sso: SsoService | null, cookie: CookieOptions, redirectUrl: string | null) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['auth'];
    const clearSignIn = (reply: FastifyReply) => void reply.clearCookie(SSO_COOKIE, { path: ssoCookiePath });

    r.get(
      '/api/v1/auth/sso/start',
      {
        schema: {
          tags,
          summary: 'Start a staff sign-in at the identity provider (redirects there)',
          querystring: z.object({ next: z.string().max(500).optional().describe('A path of the staff workspace to open after signing in') }),
        },
      },
      async (request, reply) => {
        const started = await provider(sso).start(request.query.next);
        void reply.setCookie(SSO_COOKIE, started.cookieValue, { path: ssoCookiePath, httpOnly: true, secure: cookie.cookieSecure, sameSite: 'lax', maxAge: started.maxAgeSeconds });
        void reply.header('cache-control', 'no-store');
        return reply.redirect(started.redirectTo, 302);
      },
    );

    r.get(
      '/api/v1/auth/sso/callback',
      { schema: { tags, summary: "The identity provider's answer: signs in and opens the page asked for, or the sign-in page with the reason it was refused" } },
      async (request, reply) => {
        const service = provider(sso);
        clearSignIn(reply);
        void reply.header('cache-control', 'no-store');
        try {
          const { session, next } = await service.finish(request.cookies[SSO_COOKIE], callbackUrl(request, redirectUrl!), clientInfo(request));
          setSession(reply, cookie, session);
          return reply.redirect(next, 303);
        } catch (e) {
          if (!(e instanceof SsoRefused)) throw e;
          request.log.warn({ reason: e.reason, detail: e.message }, 'single sign-on refused');
          return reply.redirect(`/staff?ssoError=${e.reason}`, 303);
        }
      },
    );

    r.post(
      '/api/v1/auth/sso/logout',
      {
        schema: {
          tags,
          summary: "Sign out, and for an account of the identity provider answer its sign-out page to open (RP-initiated logout)",
          response: { 200: z.object({ redirectTo: z.string().nullable().describe("The provider's sign-out page, or null") }) },
        },
      },
      async (request, reply) => {
        const redirectTo = await provider(sso).signOut(request.actor);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { redirectTo };
      },
    );

    await app.register(async (scope) => {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      });
      scope.withTypeProvider<ZodTypeProvider>().post(
        '/api/v1/auth/sso/backchannel-logout',
        {
          schema: {
            tags,
            summary: "The identity provider's back-channel logout: a signed logout token ends every session of its subject",
            consumes: ['application/x-www-form-urlencoded'],
            body: z.object({ logout_token: z.string().min(1).max(8192) }),
          },
        },
        async (request, reply) => {
          await provider(sso).backchannelLogout(request.body.logout_token);
          void reply.header('cache-control', 'no-store');
          return reply.status(200).send();
        },
      );
    });
  };
}
