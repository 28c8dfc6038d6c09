import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  boardQuerySchema,
  boardResponseSchema,
  moderationItemSchema,
  moderationListSchema,
  moderationQuerySchema,
  publicSuggestionSchema,
  publishBodySchema,
  suggestionIdParamsSchema,
  suggestionKpiQuerySchema,
  suggestionKpiSchema,
  suggestionOpenDataColumns,
  supportResponseSchema,
  thresholdBodySchema,
  thresholdListSchema,
} from '../../common/schemas/public-suggestion.schema.ts';
import { z } from 'zod';
import { toCsv } from '../exports/csv.writer.ts';
import { jsonAnswer, type PublicAnswer, type PublicCache } from '../http/public-cache.ts';
import type { SuggestionService } from './suggestion.service.ts';

/** Support counts move without the figures: the board is kept this long at most. */
const BOARD_MAX_AGE_SECONDS = 10;

/** The public board, support, moderation, thresholds, answer figures and open data of public suggestions. */
export function suggestionRoutes(suggestions: SuggestionService, cache: PublicCache) {
  /**
   * An anonymous visitor's answer is the same for every anonymous visitor: kept briefly in the public
   * cache. A signed-in citizen's view (supportedByMe) is theirs alone: computed, never kept nor shared.
   */
  const board = async <T>(request: FastifyRequest, reply: FastifyReply, compute: () => Promise<T>, schema: z.ZodType<T>): Promise<T | FastifyReply> => {
    if (request.actor.kind !== 'anonymous') {
      void reply.header('cache-control', 'private, no-store').header('vary', 'cookie');
      return compute();
    }
    return cache.send(request, reply, async () => jsonAnswer(z.encode(schema, await compute())), { vary: 'cookie', maxAgeSeconds: BOARD_MAX_AGE_SECONDS });
  };
  const openData = (request: FastifyRequest, reply: FastifyReply, compute: () => Promise<PublicAnswer>) =>
    cache.send(request, reply, compute, { maxAgeSeconds: BOARD_MAX_AGE_SECONDS });

  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['public suggestions'];

    r.get(
      '/api/v1/public/suggestions',
      { schema: { tags, summary: 'The public board: published suggestions (reviewed text, no personal data), filtered and searched, paged', querystring: boardQuerySchema, response: { 200: boardResponseSchema } } },
      async (request, reply) => board(request, reply, () => suggestions.board(request.actor, request.query), boardResponseSchema),
    );

    r.get(
      '/api/v1/public/suggestions/:id',
      { schema: { tags, summary: "One published suggestion with its support count, threshold and the entity's structured answer", params: suggestionIdParamsSchema, response: { 200: publicSuggestionSchema } } },
      // One indexed read, and its state must show as soon as the entity decides (a decision may move
      // no figure, so the cache's generation would not see it): computed every time, revalidated by caches.
      async (request, reply) => {
        void reply.header('cache-control', request.actor.kind === 'anonymous' ? 'public, no-cache' : 'private, no-store').header('vary', 'cookie');
        return suggestions.one(request.actor, request.params.id);
      },
    );

    r.post(
      '/api/v1/public/suggestions/:id/support',
      { schema: { tags, summary: 'Support a published suggestion (a citizen signed in with a one-time code; once). The supporter follows its progress.', params: suggestionIdParamsSchema, response: { 200: supportResponseSchema } } },
      async (request) => suggestions.support(request.actor, request.params.id),
    );

    r.get(
      '/api/v1/public/suggestions.csv',
      { schema: { tags, summary: 'Open data: one row per published suggestion (UTF-8 CSV with BOM; no personal data, no case reference)' } },
      async (request, reply) =>
        openData(request, reply, async () => ({
          type: 'text/csv; charset=utf-8',
          headers: { 'content-disposition': 'attachment; filename="tawasul-suggestions.csv"' },
          body: toCsv([...suggestionOpenDataColumns], (await suggestions.openData()).map((row) => suggestionOpenDataColumns.map((c) => row[c]))),
        })),
    );

    r.get(
      '/api/v1/public/suggestions.json',
      { schema: { tags, summary: 'Open data as JSON: the same rows as the CSV, with the schema' } },
      async (request, reply) =>
        openData(request, reply, async () => jsonAnswer({ schema: { name: 'tawasul-suggestions', version: 1, fields: suggestionOpenDataColumns }, rows: await suggestions.openData() })),
    );

    r.get(
      '/api/v1/moderation/suggestions',
      { schema: { tags, summary: 'Requests to publish suggestions, of the entities in scope (default: pending)', querystring: moderationQuerySchema, response: { 200: moderationListSchema } } },
      async (request) => suggestions.moderationList(request.actor, request.query.state),
    );

    r.get(
      '/api/v1/moderation/suggestions/:id',
      { schema: { tags, summary: "One request to publish: the citizen's words beside the public copy", params: suggestionIdParamsSchema, response: { 200: moderationItemSchema } } },
      async (request) => suggestions.moderationOne(request.actor, request.params.id),
    );

    r.post(
      '/api/v1/moderation/suggestions/:id/publish',
      { schema: { tags, summary: 'Publish with the public text given (personal details edited out; the change is audited without the removed words)', params: suggestionIdParamsSchema, body: publishBodySchema, response: { 200: moderationItemSchema } } },
      async (request) => suggestions.publish(request.actor, request.params.id, request.body.publicText),
    );

    r.post(
      '/api/v1/moderation/suggestions/:id/refuse',
      { schema: { tags, summary: 'Refuse to publish: the suggestion stays a private case', params: suggestionIdParamsSchema, response: { 200: moderationItemSchema } } },
      async (request) => suggestions.refuse(request.actor, request.params.id),
    );

    r.get(
      '/api/v1/admin/suggestion-thresholds',
      { schema: { tags: ['admin'], summary: 'Support thresholds of the entities administered', response: { 200: thresholdListSchema } } },
      async (request) => suggestions.thresholds(request.actor),
    );

    r.put(
      '/api/v1/admin/suggestion-thresholds',
      { schema: { tags: ['admin'], summary: "Set an entity's support threshold, or one service's: supporters (absolute or per 10,000 residents) and the answer's working minutes", body: thresholdBodySchema, response: { 200: thresholdListSchema } } },
      async (request) => suggestions.putThreshold(request.actor, request.body),
    );

    r.get(
      '/api/v1/kpi/suggestions',
      { schema: { tags: ['indicators'], summary: 'Public answers owed for supported suggestions, per entity and service: due, on time, late, overdue, pending', querystring: suggestionKpiQuerySchema, response: { 200: suggestionKpiSchema } } },
      async (request) => suggestions.figures(request.actor, request.query),
    );
  };
}
