import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminReasonListSchema, adminReasonSchema, reasonCreateSchema, reasonPatchSchema } from '../../common/schemas/admin.schema.ts';
import type { ReasonAdminService } from './reason-admin.service.ts';

const tags = ['admin'];
const params = z.object({ code: z.string().max(40) });

/** Rejection reasons (national coordinator). */
export function reasonAdminRoutes(reasons: ReasonAdminService) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/admin/rejection-reasons',
      { schema: { tags, summary: 'Rejection reasons, inactive ones included', response: { 200: adminReasonListSchema } } },
      async (req) => ({ items: await reasons.list(req.actor) }),
    );
    r.post(
      '/api/v1/admin/rejection-reasons',
      { schema: { tags, summary: 'Add a rejection reason', body: reasonCreateSchema, response: { 201: adminReasonSchema } } },
      async (req, reply) => reply.status(201).send(await reasons.create(req.actor, req.body)),
    );
    r.patch(
      '/api/v1/admin/rejection-reasons/:code',
      { schema: { tags, summary: 'Rename, reorder, activate or deactivate a rejection reason', params, body: reasonPatchSchema, response: { 200: adminReasonSchema } } },
      async (req) => reasons.update(req.actor, req.params.code, req.body),
    );
  };
}
