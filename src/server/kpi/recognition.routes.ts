import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recognitionPublicQuerySchema, recognitionQuerySchema, recognitionResponseSchema } from '../../common/schemas/recognition.schema.ts';
import { z } from 'zod';
import { jsonAnswer, type PublicCache } from '../http/public-cache.ts';
import type { RecognitionService } from './recognition.service.ts';

/** The excellence table: GET /api/v1/kpi/recognition for staff, GET /api/v1/public/recognition for anyone. */
export function recognitionRoutes(recognition: RecognitionService, cache: PublicCache) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/api/v1/kpi/recognition',
      {
        schema: {
          tags: ['indicators'],
          summary: 'The excellence table of a period per entity and per service; weights and the minimum may be tried',
          querystring: recognitionQuerySchema,
          response: { 200: recognitionResponseSchema },
        },
      },
      async (request) => recognition.staffTable(request.query),
    );

    r.get(
      '/api/v1/public/recognition',
      {
        schema: {
          tags: ['public'],
          summary: 'The published excellence table, with the figures that earned each place; no personal data',
          querystring: recognitionPublicQuerySchema,
          response: { 200: recognitionResponseSchema },
        },
      },
      async (request, reply) =>
        cache.send(request, reply, async () => jsonAnswer(z.encode(recognitionResponseSchema, await recognition.publicTable(request.query)))),
    );
  };
}
