import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminEntityListSchema, adminEntitySchema, entityCreateSchema, entityPatchSchema } from '../../common/schemas/admin.schema.ts';
import type { EntityAdminService } from './entity-admin.service.ts';

const tags = ['admin'];
const params = z.object({ code: z.string().max(40) });

/** Entities and units: the national coordinator for all, an entity's administrator for its units. */
export function entityAdminRoutes(entities: EntityAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/admin/entities',
      { schema: { tags, summary: 'The entities and units you administer, as a tree (depth first)', response: { 200: adminEntityListSchema } } },
      async (req) => ({ items: await entities.list(req.actor) }),
    );
    r.post(
      '/api/v1/admin/entities',
      { schema: { tags, summary: 'Add a municipality (coordinator) or a unit', body: entityCreateSchema, response: { 201: adminEntitySchema } } },
      async (req, reply) => reply.status(201).send(await entities.create(req.actor, req.body)),
    );
    r.patch(
      '/api/v1/admin/entities/:code',
      { schema: { tags, summary: 'Rename, activate or deactivate an entity or unit', params, body: entityPatchSchema, response: { 200: adminEntitySchema } } },
      async (req) => entities.update(req.actor, req.params.code, req.body),
    );
  };
}
