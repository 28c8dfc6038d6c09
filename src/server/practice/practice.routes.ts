import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  benchmarksQuerySchema,
  cardInputSchema,
  cardPatchSchema,
  effectQuerySchema,
  publishInputSchema,
} from '../../common/schemas/practice.schema.ts';
import { requireStaff } from '../access/access.service.ts';
import type { BenchmarkService } from './benchmark.service.ts';
import type { PracticeService } from './practice.service.ts';

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Benchmarks, practice cards, recommendations and adoptions. */
export function practiceRoutes(practice: PracticeService, benchmarks: BenchmarkService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['practice'];
    r.get('/api/v1/practice/benchmarks', { schema: { tags, summary: "Per service, each entity's figures beside the best entity's", querystring: benchmarksQuerySchema } }, async (req) =>
      benchmarks.benchmarks(requireStaff(req.actor, 'indicator'), req.query),
    );
    r.get('/api/v1/practice/cards', { schema: { tags, summary: 'Practice cards of the entities in reach' } }, async (req) => ({
      items: await practice.cards(requireStaff(req.actor, 'practice_card')),
    }));
    r.post('/api/v1/practice/cards', { schema: { tags, summary: 'Write a practice card', body: cardInputSchema } }, async (req, reply) =>
      reply.status(201).send(await practice.createCard(requireStaff(req.actor, 'practice_card', 'write'), req.body)),
    );
    r.get('/api/v1/practice/cards/:id', { schema: { tags, summary: 'One practice card', params: idParams } }, async (req) =>
      practice.card(requireStaff(req.actor, 'practice_card'), req.params.id),
    );
    r.patch('/api/v1/practice/cards/:id', { schema: { tags, summary: 'Edit a practice card', params: idParams, body: cardPatchSchema } }, async (req) =>
      practice.updateCard(requireStaff(req.actor, 'practice_card', 'write'), req.params.id, req.body),
    );
    r.post('/api/v1/practice/cards/:id/publish', { schema: { tags, summary: 'Recommend a card to entities (the ministry)', params: idParams, body: publishInputSchema } }, async (req) =>
      practice.publish(requireStaff(req.actor, 'practice_publication', 'write'), req.params.id, req.body),
    );
    r.post('/api/v1/practice/cards/:id/adopt', { schema: { tags, summary: "Adopt a recommended card into the entity's own configuration", params: idParams } }, async (req, reply) =>
      reply.status(201).send(await practice.adopt(requireStaff(req.actor, 'practice_adoption', 'write'), req.params.id)),
    );
    r.get('/api/v1/practice/configuration', { schema: { tags, summary: "An entity's policy in force and reply texts for a service", querystring: z.object({ service: z.string().max(40), entity: z.string().max(40).optional() }).strict() } }, async (req) =>
      practice.configuration(requireStaff(req.actor, 'practice_card'), req.query.service, req.query.entity),
    );
    r.get('/api/v1/practice/recommendations', { schema: { tags, summary: "Cards the ministry recommended to the actor's entity" } }, async (req) => ({
      items: await practice.recommendations(requireStaff(req.actor, 'practice_publication')),
    }));
    r.get('/api/v1/practice/adoptions', { schema: { tags, summary: 'Adoptions of the entities in reach' } }, async (req) => ({
      items: await practice.adoptions(requireStaff(req.actor, 'practice_adoption')),
    }));
    r.get('/api/v1/practice/adoptions/:id', { schema: { tags, summary: 'Did it work: figures before and after the adoption, beside the source', params: idParams, querystring: effectQuerySchema } }, async (req) =>
      practice.effect(requireStaff(req.actor, 'practice_adoption'), req.params.id, req.query.days),
    );
  };
}
