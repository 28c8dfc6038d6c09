import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  boundaryImportSchema,
  boundarySetDetailSchema,
  boundarySetListSchema,
  boundarySetParamsSchema,
  boundarySetSchema,
  routingRuleCreateSchema,
  routingRuleListSchema,
  routingRuleOrderSchema,
  routingRuleParamsSchema,
  routingRulePatchSchema,
  routingRuleSchema,
  routingTestResultSchema,
  routingTestSchema,
} from '../../common/schemas/places.schema.ts';
import type { BoundaryService } from './boundary.service.ts';
import type { RoutingRuleService } from './routing-rule.service.ts';
import type { RoutingTestService } from './routing-test.service.ts';

const tags = ['admin'];
/** A national set of fine areas is large; the import is the one route that takes such a body. */
export const boundaryImportBodyLimit = 32 * 1024 * 1024;

/** Boundary sets and routing rules (national coordinator). */
export function placesRoutes(p: { boundaries: BoundaryService; rules: RoutingRuleService; tester: RoutingTestService }) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/admin/boundaries',
      { schema: { tags, summary: 'Boundary sets, newest first', response: { 200: boundarySetListSchema } } },
      async (req) => ({ items: await p.boundaries.list(req.actor) }),
    );
    r.post(
      '/api/v1/admin/boundaries',
      {
        bodyLimit: boundaryImportBodyLimit,
        schema: { tags, summary: 'Import a boundary set from GeoJSON (all or nothing)', body: boundaryImportSchema, response: { 201: boundarySetSchema } },
      },
      async (req, reply) => reply.status(201).send(await p.boundaries.importFromAdmin(req.actor, req.body)),
    );
    r.get(
      '/api/v1/admin/boundaries/:id',
      { schema: { tags, summary: 'A boundary set and its areas (without geometry)', params: boundarySetParamsSchema, response: { 200: boundarySetDetailSchema } } },
      async (req) => p.boundaries.get(req.actor, req.params.id),
    );
    r.post(
      '/api/v1/admin/boundaries/:id/activate',
      { schema: { tags, summary: 'Make a boundary set the one that routes cases', params: boundarySetParamsSchema, response: { 200: boundarySetSchema } } },
      async (req) => p.boundaries.activate(req.actor, req.params.id),
    );

    r.get(
      '/api/v1/admin/routing-rules',
      { schema: { tags, summary: 'Routing rules in order (first match wins)', response: { 200: routingRuleListSchema } } },
      async (req) => ({ items: await p.rules.list(req.actor) }),
    );
    r.post(
      '/api/v1/admin/routing-rules',
      { schema: { tags, summary: 'Add a routing rule', body: routingRuleCreateSchema, response: { 201: routingRuleSchema } } },
      async (req, reply) => reply.status(201).send(await p.rules.create(req.actor, req.body)),
    );
    r.put(
      '/api/v1/admin/routing-rules/order',
      { schema: { tags, summary: 'Reorder the routing rules', body: routingRuleOrderSchema, response: { 200: routingRuleListSchema } } },
      async (req) => ({ items: await p.rules.reorder(req.actor, req.body.ids) }),
    );
    r.post(
      '/api/v1/admin/routing-rules/test',
      { schema: { tags, summary: 'Which rule (or area) a sample point, service, type and time would be routed by', body: routingTestSchema, response: { 200: routingTestResultSchema } } },
      async (req) => p.tester.tryOut(req.actor, req.body),
    );
    r.patch(
      '/api/v1/admin/routing-rules/:id',
      { schema: { tags, summary: 'Change a routing rule', params: routingRuleParamsSchema, body: routingRulePatchSchema, response: { 200: routingRuleSchema } } },
      async (req) => p.rules.update(req.actor, req.params.id, req.body),
    );
    r.delete(
      '/api/v1/admin/routing-rules/:id',
      { schema: { tags, summary: 'Delete a routing rule', params: routingRuleParamsSchema } },
      async (req, reply) => {
        await p.rules.remove(req.actor, req.params.id);
        return reply.status(204).send();
      },
    );
  };
}
