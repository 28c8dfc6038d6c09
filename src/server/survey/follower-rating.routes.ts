import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { followerRatingBodySchema, followerRatingParamsSchema, followerRatingStateSchema } from '../../common/schemas/survey.schema.ts';
import type { FollowerRatingService } from './follower-rating.service.ts';

/** A follower's rating of the case that answered them, by their own token: public facts only. */
export function followerRatingRoutes(ratings: FollowerRatingService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/api/v1/follower-ratings/:token',
      {
        schema: {
          tags: ['cases'],
          summary: 'The case a follower was answered by (reference, entity, service, public answer) and whether they may rate it',
          params: followerRatingParamsSchema,
          response: { 200: followerRatingStateSchema },
        },
      },
      async (request) => ratings.state(request.params.token),
    );

    r.post(
      '/api/v1/follower-ratings/:token',
      {
        schema: {
          tags: ['cases'],
          summary: 'A follower rates the case that answered them, once: 1–5 and an optional comment',
          params: followerRatingParamsSchema,
          body: followerRatingBodySchema,
          response: { 200: followerRatingStateSchema },
        },
      },
      async (request) => ratings.rate(request.params.token, request.body),
    );
  };
}
