import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { referenceParamsSchema } from '../../common/schemas/case.schema.ts';
import { followBodySchema, followResponseSchema, similarListSchema, similarQuerySchema } from '../../common/schemas/similar.schema.ts';
import { clientInfo } from '../http/client-info.ts';
import type { SimilarService } from './similar.service.ts';

/** "Already reported?" for the portal, the hotline and API clients; likely duplicates for staff; "this is mine too". */
export function similarRoutes(similar: SimilarService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/api/v1/intake/similar',
      {
        schema: {
          tags: ['cases'],
          summary: 'Already reported? Open cases nearby (or, for suggestions and inquiries, with the same words) likely the same problem. No personal data.',
          querystring: similarQuerySchema,
          response: { 200: similarListSchema },
        },
      },
      async (request) => similar.forIntake(request.actor, clientInfo(request), request.query),
    );

    r.get(
      '/api/v1/cases/:reference/similar',
      {
        schema: {
          tags: ['cases'],
          summary: 'Likely duplicates of a case: staff, among the cases they may reach (merge one with the merge action); its signed-in citizen, the public summary',
          params: referenceParamsSchema,
          response: { 200: similarListSchema },
        },
      },
      async (request) => similar.forCase(request.actor, request.params.reference),
    );

    r.post(
      '/api/v1/cases/:reference/followers',
      {
        schema: {
          tags: ['cases'],
          summary: 'This is mine too: follow an open case (told of each public step, counted as a supporter). Following twice is once.',
          params: referenceParamsSchema,
          body: followBodySchema,
          response: { 200: followResponseSchema },
        },
      },
      async (request) => similar.follow(request.actor, clientInfo(request), request.params.reference, request.body),
    );
  };
}
