import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Language } from '../../common/enums.ts';
import type { ApiClient, ApiKeyService } from '../apikeys/apikey.service.ts';
import { AppError } from '../http/errors.ts';
import { installOpen311Errors, sendOpen311, sendOpen311NotFound, type Open311Format } from './open311.errors.ts';
import { isTrue, languageOfText, preferredLanguage } from './open311.filters.ts';
import { parseFormBody } from './open311.intake.ts';
import type { Open311Service } from './open311.service.ts';
import {
  discoveryQuerySchema,
  postRequestBodySchema,
  requestParamsSchema,
  requestQuerySchema,
  requestsQuerySchema,
  serviceParamsSchema,
  servicesQuerySchema,
  tokenParamsSchema,
  updatesQuerySchema,
} from './open311.schema.ts';

/** Options of the Open311 API. */
export interface Open311Options {
  /** Posts a minute per API key (per address for requests without a valid key). Default 120. */
  postsPerMinute?: number;
}

const formats: Open311Format[] = ['xml', 'json'];

/** The first value of a raw (not yet validated) query or body parameter; empty is absent. */
function rawParam(source: unknown, name: string): string | undefined {
  const v = source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() !== '' ? s : undefined;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The language of a read: `locale`, then Accept-Language, else Arabic. */
function readLanguage(request: FastifyRequest): Language {
  return preferredLanguage(rawParam(request.query, 'locale'), header(request, 'accept-language')) ?? 'ar';
}

/**
 * Open311 GeoReport v2 at `/open311/v2/`, every resource as `.xml` and `.json`. Its own scope holds
 * the form-body parser, the per-key rate limit and the Open311 error format.
 */
export function open311Routes(open311: Open311Service, apikeys: ApiKeyService, options: Open311Options = {}) {
  const clients = new WeakMap<FastifyRequest, Promise<ApiClient | null>>();
  /** The API client of a request, from `api_key` in the body or the query string; looked up once. */
  const clientOf = (request: FastifyRequest) => {
    let c = clients.get(request);
    if (!c) {
      c = apikeys.authenticate(rawParam(request.body, 'api_key') ?? rawParam(request.query, 'api_key'));
      clients.set(request, c);
    }
    return c;
  };

  return async (app: FastifyInstance) => {
    await app.register(
      async (scope) => {
        installOpen311Errors(scope);
        scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
          try {
            done(null, parseFormBody(body));
          } catch (error) {
            done(error as Error, undefined);
          }
        });
        // One bucket per key across both formats (a route-level rateLimit config would keep one per route).
        await scope.register(fastifyRateLimit, { global: false });
        const limit = scope.createRateLimit({
          max: options.postsPerMinute ?? 120,
          timeWindow: 60_000,
          keyGenerator: async (request) => {
            const client = await clientOf(request);
            return client ? `open311:key:${client.id}` : `open311:ip:${request.ip}`;
          },
        });
        const rateLimited = async (request: FastifyRequest, reply: FastifyReply) => {
          const r = await limit(request);
          if (r.isAllowed) return;
          void reply.headers({ 'x-ratelimit-limit': r.max, 'x-ratelimit-remaining': r.remaining, 'x-ratelimit-reset': r.ttlInSeconds });
          if (r.isExceeded) {
            void reply.header('retry-after', r.ttlInSeconds);
            throw new AppError(429, 'rate_limited', `Too many requests; try again in ${r.ttlInSeconds} seconds.`);
          }
        };
        scope.all('/*', { schema: { hide: true } }, async (request, reply) => sendOpen311NotFound(request, reply));
        scope.all('/', { schema: { hide: true } }, async (request, reply) => sendOpen311NotFound(request, reply));
        scope.addHook('onSend', async (_request, reply) => {
          void reply.header('access-control-allow-origin', '*');
        });
        scope.addHook('preValidation', async (request) => {
          open311.checkJurisdiction(rawParam(request.body, 'jurisdiction_id') ?? rawParam(request.query, 'jurisdiction_id'));
        });

        const r = scope.withTypeProvider<ZodTypeProvider>();
        const tags = ['open311'];
        for (const f of formats) {
          r.get(`/discovery.${f}`, { schema: { tags, summary: `Discovery (${f})`, querystring: discoveryQuerySchema } }, async (_request, reply) =>
            sendOpen311(reply, f, 'discovery', open311.discovery()),
          );

          r.get(`/services.${f}`, { schema: { tags, summary: `Service list (${f})`, querystring: servicesQuerySchema } }, async (request, reply) =>
            sendOpen311(reply, f, 'services', await open311.services(readLanguage(request))),
          );

          r.get(
            `/services/:code.${f}`,
            { schema: { tags, summary: `Service definition (${f})`, params: serviceParamsSchema, querystring: servicesQuerySchema } },
            async (request, reply) =>
              sendOpen311(reply, f, 'service_definition', await open311.definition(request.params.code, readLanguage(request))),
          );

          r.post(
            `/requests.${f}`,
            {
              schema: { tags, summary: `Submit a service request (${f}), form-encoded`, body: postRequestBodySchema },
              // Before validation (the body is parsed by then), so that every post counts, valid or not.
              preValidation: rateLimited,
            },
            async (request, reply) => {
              const body = request.body;
              const language = preferredLanguage(body.locale ?? rawParam(request.query, 'locale'), header(request, 'accept-language'));
              const result = await open311.submit(body, await clientOf(request), language ?? languageOfText(body.description));
              return sendOpen311(reply, f, 'service_requests', result);
            },
          );

          r.get(`/requests.${f}`, { schema: { tags, summary: `Search service requests (${f})`, querystring: requestsQuerySchema } }, async (request, reply) =>
            sendOpen311(reply, f, 'service_requests', await open311.requests(request.query, readLanguage(request))),
          );

          r.get(
            `/requests/:id.${f}`,
            { schema: { tags, summary: `One service request (${f})`, params: requestParamsSchema, querystring: requestQuerySchema } },
            async (request, reply) =>
              sendOpen311(
                reply,
                f,
                'service_requests',
                await open311.request(request.params.id, readLanguage(request), isTrue(request.query.extensions)),
              ),
          );

          r.get(
            `/tokens/:token.${f}`,
            { schema: { tags, summary: `Service request id of a token (${f})`, params: tokenParamsSchema, querystring: discoveryQuerySchema } },
            async (request, reply) => sendOpen311(reply, f, 'service_requests', await open311.token(request.params.token)),
          );

          r.get(
            `/servicerequestupdates.${f}`,
            { schema: { tags, summary: `Public status changes and replies (${f})`, querystring: updatesQuerySchema } },
            async (request, reply) => sendOpen311(reply, f, 'service_request_updates', await open311.updates(request.query)),
          );
        }
      },
      { prefix: '/open311/v2' },
    );
  };
}
