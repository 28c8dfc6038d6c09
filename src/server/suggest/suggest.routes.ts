import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { suggestRequestSchema, suggestResponseSchema, suggesterReportSchema, suggestThresholdSchema } from '../../common/schemas/suggest.schema.ts';
import { errors } from '../http/errors.ts';
import type { SuggestService } from './suggest.service.ts';

/** Suggestions per minute and client address: typing with a short pause stays well under it. */
export const SUGGESTIONS_PER_MINUTE = 120;

/** `POST /api/v1/intake/suggest` (public, rate-limited) and the suggester's administration. */
export function suggestRoutes(suggester: SuggestService, options: { perMinute?: number } = {}) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyRateLimit, { global: false });
    const limit = app.createRateLimit({ max: options.perMinute ?? SUGGESTIONS_PER_MINUTE, timeWindow: 60_000, keyGenerator: (r) => `suggest:${r.ip}` });
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/api/v1/intake/suggest',
      {
        schema: { tags: ['cases'], summary: 'The services most likely to fit a description', body: suggestRequestSchema, response: { 200: suggestResponseSchema } },
        preHandler: async (request) => {
          const verdict = await limit(request);
          if (verdict.isAllowed || !verdict.isExceeded) return;
          throw errors.rateLimited(verdict.ttlInSeconds, `Too many requests; try again in ${verdict.ttlInSeconds} seconds.`);
        },
      },
      async (request) => {
        const { version, items } = await suggester.suggest(request.body.text, request.body.limit);
        return {
          modelVersion: version,
          items: items.map(({ service, score }) => ({
            code: service.code,
            name: service.name,
            group: { code: service.group.code, name: service.group.name },
            score,
          })),
        };
      },
    );

    r.get(
      '/api/v1/admin/suggester',
      { schema: { tags: ['admin'], summary: "The suggester's precision per service and auto-choose thresholds", response: { 200: suggesterReportSchema } } },
      async (request) => {
        const report = await suggester.report(request.actor);
        return { ...report, trainedAt: report.trainedAt?.toISOString() ?? null };
      },
    );

    r.put(
      '/api/v1/admin/suggester/services/:code',
      {
        schema: {
          tags: ['admin'],
          summary: 'Set the confidence at which a service is chosen without a person (relays, Open311 without a service code)',
          params: z.object({ code: z.string().max(100) }),
          body: suggestThresholdSchema,
          response: { 200: suggestThresholdSchema.extend({ code: z.string() }) },
        },
      },
      async (request) => suggester.setThreshold(request.actor, request.params.code, request.body.autoThreshold),
    );
  };
}
